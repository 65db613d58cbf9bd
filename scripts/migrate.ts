/**
 * `deno task migrate`: applies pending migrations and nothing else.
 *
 * @module
 */
import { databaseOptions, openDatabase } from "../src/db/connect.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { runCli } from "./cli.ts";
import { parseCommand } from "./options.ts";

parseCommand({
  command: "deno task migrate",
  summary: "apply the pending migrations in sql/ to the database, and nothing else.",
  options: {},
  notes: ["`deno task start` applies them too, so this is for deployments that migrate first."],
});

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
