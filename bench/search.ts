/**
 * `deno task bench --only search`: catalog search latency (the service REST and the agent's
 * search_products call) at 1,000, 10,000 and 100,000 generated products, on the embedded
 * database and, when `DATABASE_URL` is set, on a fresh database of that server. Each size runs
 * the search-quality queries (tests/catalog/search_queries.ts) round after round, one at a time.
 *
 * @module
 */
import { listProducts } from "../src/catalog/service.ts";
import { type Database, openDatabase } from "../src/db/connect.ts";
import { migrate } from "../src/db/migrate.ts";
import { emptyServerDatabase } from "../tests/helpers/db.ts";
import { generatedProducts, insertProducts } from "../tests/catalog/generated.ts";
import { QUALITY_QUERIES } from "../tests/catalog/search_queries.ts";

export interface SearchFigure {
  database: string;
  products: number;
  queries: number;
  p50: number;
  p95: number;
  /** Products inserted per second while loading (the search trigger included). */
  insertPerSecond: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const round = (x: number) => Math.round(x * 10) / 10;

/** Measures every size on every database; `log` gets a line per figure as it comes. */
export async function benchSearch(
  options: { sizes: number[]; rounds: number; log: (line: string) => void },
): Promise<SearchFigure[]> {
  const figures: SearchFigure[] = [];
  const targets: { label: string; open: () => Promise<Database & { drop(): Promise<void> }> }[] = [
    {
      label: "embedded (PGlite)",
      open: async () => {
        const db = await openDatabase({ dataDir: "memory://" });
        return { ...db, drop: () => Promise.resolve() };
      },
    },
  ];
  const serverUrl = Deno.env.get("DATABASE_URL");
  if (serverUrl) {
    targets.push({
      label: `PostgreSQL at ${new URL(serverUrl).host}`,
      open: async () => {
        const empty = await emptyServerDatabase(serverUrl);
        const db = await openDatabase({ url: empty.url, poolSize: 2 });
        return { ...db, drop: empty.drop };
      },
    });
  } else {
    options.log("DATABASE_URL unset: the embedded database only");
  }
  for (const target of targets) {
    const db = await target.open();
    try {
      await migrate(db.sql);
      let loaded = 0;
      for (const size of options.sizes) {
        const started = performance.now();
        await insertProducts(db.sql, generatedProducts(size).slice(loaded));
        const insertPerSecond = (size - loaded) / ((performance.now() - started) / 1000);
        loaded = size;
        await db.sql`analyze products`;
        await db.sql`analyze catalog_words`;
        const samples: number[] = [];
        for (let r = 0; r < options.rounds; r++) {
          for (const query of QUALITY_QUERIES) {
            const t0 = performance.now();
            await listProducts(db.sql, { q: query.q, limit: 10 });
            samples.push(performance.now() - t0);
          }
        }
        samples.sort((a, b) => a - b);
        const figure = {
          database: target.label,
          products: size,
          queries: samples.length,
          p50: round(percentile(samples, 0.5)),
          p95: round(percentile(samples, 0.95)),
          insertPerSecond: Math.round(insertPerSecond),
        };
        figures.push(figure);
        options.log(
          `search ${figure.database} ${size} products: p50 ${figure.p50} ms, p95 ${figure.p95} ms ` +
            `(${figure.queries} queries; loaded at ${figure.insertPerSecond} products/s)`,
        );
      }
    } finally {
      await db.close();
      await db.drop();
    }
  }
  return figures;
}
