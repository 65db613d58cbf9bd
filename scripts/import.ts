/**
 * `deno task import FILE`: imports a Shopify product export or a Meta catalog feed into the
 * catalog, streamed from disk, all or nothing (src/catalog/import.ts); `--dry-run` previews.
 * Progress goes to stderr every 1,000 rows; every refused row is printed with its line.
 *
 * @module
 */
import { databaseOptions, openDatabase } from "../src/db/connect.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { importCatalog } from "../src/catalog/import.ts";
import { runCli } from "./cli.ts";
import { parseCommand } from "./options.ts";

const positional = Deno.args[0] !== undefined && !Deno.args[0].startsWith("-");
const file = positional ? Deno.args[0] : undefined;
const rest = positional ? Deno.args.slice(1) : Deno.args;
const flags = parseCommand({
  command: "deno task import",
  summary: "import a Shopify product export or a Meta catalog feed (CSV) into the catalog.",
  options: {
    "dry-run": { type: "boolean", help: "say what would change, change nothing" },
  },
  notes: [
    "Usage: deno task import FILE [--dry-run]. Products are keyed by SKU: importing the same\n" +
    "file twice changes nothing. Any refused row and nothing is imported (docs/catalog.md).",
  ],
}, rest);
if (!file) {
  console.error("deno task import: which file? Run `deno task import --help` for its options.");
  Deno.exit(2);
}

await runCli(async ({ config }) => {
  const db = await openDatabase(databaseOptions(config));
  try {
    await migrateDatabase(db.sql, { migrationUrl: config.databaseMigrationUrl });
    const input = await Deno.open(file);
    const started = performance.now();
    const report = await importCatalog(db.sql, input.readable, {
      storeCurrency: config.storeCurrency,
      apply: !flags["dry-run"],
      onProgress: (rows) => console.error(`… ${rows} rows`),
    });
    const seconds = (performance.now() - started) / 1000;
    for (const e of report.errors) console.error(`line ${e.line}: ${e.reason}`);
    const { created, updated, unchanged, refused } = report.counts;
    console.log(
      `${report.format}: ${report.rows} rows in ${seconds.toFixed(1)} s; ${created} created, ` +
        `${updated} updated, ${unchanged} unchanged, ${refused} refused; ` +
        `${report.leftAlone} other products left alone`,
    );
    if (report.applied) console.log("Applied.");
    else if (refused > 0) {
      console.log("Nothing was imported: fix the rows above and run it again.");
      Deno.exit(1);
    } else console.log("Dry run: nothing was changed.");
  } finally {
    await db.close();
  }
});
