/**
 * `deno task bench --only import`: catalog import throughput. A generated Shopify export of
 * 50,000 rows (10,000 products in 5 sizes each; built row by row, never held whole) is imported
 * into a fresh database (embedded, and `DATABASE_URL`'s server when set), through the same
 * function as the admin API and `deno task import`; rows per second and the process's peak RSS.
 *
 * @module
 */
import { stringify } from "csv-stringify/sync";
import { importCatalog } from "../src/catalog/import.ts";
import { type Database, openDatabase } from "../src/db/connect.ts";
import { migrate } from "../src/db/migrate.ts";
import { emptyServerDatabase } from "../tests/helpers/db.ts";

export interface ImportFigure {
  database: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

const HEADER = [
  "Handle",
  "Title",
  "Body (HTML)",
  "Type",
  "Option1 Name",
  "Option1 Value",
  "Variant SKU",
  "Variant Inventory Qty",
  "Variant Price",
  "Image Src",
  "Status",
];
const SIZES = ["XS", "S", "M", "L", "XL"];

/** A Shopify export of `rows` rows, as text chunks of 500 rows. */
export async function* shopifyExport(rows: number): AsyncGenerator<string> {
  yield stringify([HEADER]);
  for (let start = 0; start < rows; start += 500) {
    const lines: string[][] = [];
    for (let i = start; i < Math.min(rows, start + 500); i++) {
      const product = Math.floor(i / SIZES.length);
      const size = SIZES[i % SIZES.length];
      const first = i % SIZES.length === 0;
      lines.push([
        `camiseta-${product}`,
        first ? `Camiseta estampada ${product}` : "",
        first ? `<p>Algodón orgánico, <strong>diseño ${product}</strong>.</p>` : "",
        first ? "Ropa" : "",
        first ? "Talla" : "",
        size,
        `CAM-${product}-${size}`,
        String(i % 30),
        (15 + (product % 20)).toFixed(2),
        first ? `https://cdn.example.com/camiseta-${product}.jpg` : "",
        first ? "active" : "",
      ]);
    }
    yield stringify(lines);
    await Promise.resolve();
  }
}

export async function benchImport(
  options: { rows: number; log: (line: string) => void },
): Promise<ImportFigure[]> {
  const targets: { label: string; open: () => Promise<Database & { drop(): Promise<void> }> }[] = [
    {
      label: "embedded (PGlite)",
      open: async () => ({
        ...await openDatabase({ dataDir: "memory://" }),
        drop: () => Promise.resolve(),
      }),
    },
  ];
  const serverUrl = Deno.env.get("DATABASE_URL");
  if (serverUrl) {
    targets.push({
      label: `PostgreSQL at ${new URL(serverUrl).host}`,
      open: async () => {
        const empty = await emptyServerDatabase(serverUrl);
        return { ...await openDatabase({ url: empty.url, poolSize: 2 }), drop: empty.drop };
      },
    });
  }
  const figures: ImportFigure[] = [];
  for (const target of targets) {
    const db = await target.open();
    try {
      await migrate(db.sql);
      let peak = Deno.memoryUsage().rss;
      const started = performance.now();
      const report = await importCatalog(db.sql, shopifyExport(options.rows), {
        storeCurrency: "EUR",
        apply: true,
        onProgress: () => peak = Math.max(peak, Deno.memoryUsage().rss),
      });
      const seconds = (performance.now() - started) / 1000;
      if (!report.applied) throw new Error(`import refused: ${JSON.stringify(report.errors[0])}`);
      const figure = {
        database: target.label,
        rows: report.rows,
        seconds: Math.round(seconds * 10) / 10,
        rowsPerSecond: Math.round(report.rows / seconds),
        peakRssMb: Math.round(peak / 1024 / 1024),
      };
      figures.push(figure);
      options.log(
        `import ${figure.database}: ${figure.rows} rows in ${figure.seconds} s ` +
          `(${figure.rowsPerSecond} rows/s), peak RSS ${figure.peakRssMb} MB`,
      );
    } finally {
      await db.close();
      await db.drop();
    }
  }
  return figures;
}
