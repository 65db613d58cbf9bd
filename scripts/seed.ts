/**
 * `deno task seed`: migrates, then loads the sample catalog when the catalog is empty.
 *
 * @module
 */
import { seedCatalog } from "../src/catalog/seed.ts";
import { databaseOptions, openDatabase } from "../src/db/connect.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { runCli } from "./cli.ts";
import { parseCommand } from "./options.ts";

parseCommand({
  command: "deno task seed",
  summary: "apply pending migrations, then load the sample catalog if the catalog is empty.",
  options: {},
  notes: ["A catalog with products already is left as is."],
});

await runCli(async ({ config }) => {
  const db = await openDatabase(databaseOptions(config));
  try {
    await migrateDatabase(db.sql, { migrationUrl: config.databaseMigrationUrl });
    const count = await seedCatalog(db.sql, config.storeCurrency);
    console.log(
      count ? `Loaded ${count} sample products` : "The catalog has products already; left as is",
    );
  } finally {
    await db.close();
  }
});
