/**
 * `deno task seed`: migrates, then loads the sample catalog when the catalog is empty.
 *
 * @module
 */
import { seedCatalog } from "../src/catalog/seed.ts";
import { databaseOptions, openDatabase } from "../src/db/connect.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { runCli } from "./cli.ts";

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
