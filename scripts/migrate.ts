/**
 * `deno task migrate`: applies pending migrations and nothing else.
 *
 * @module
 */
import { databaseOptions, openDatabase } from "../src/db/connect.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { runCli } from "./cli.ts";

await runCli(async ({ config }) => {
  const db = await openDatabase(databaseOptions(config));
  try {
    const { applied } = await migrateDatabase(db.sql, {
      migrationUrl: config.databaseMigrationUrl,
    });
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "Nothing to apply");
  } finally {
    await db.close();
  }
});
