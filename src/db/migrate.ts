/**
 * Migrations: the numbered files in `sql/` (`0001_catalog.sql`, ...), forward-only, each
 * applied once in its own transaction and recorded with its SHA-256. An applied file that was
 * edited since, or an applied migration this code does not have, stops start-up. Concurrent
 * migrators serialize on a transaction-level advisory lock, so each file runs exactly once.
 * Behind a pooler, pending migrations can go through a direct connection instead
 * (`DATABASE_MIGRATION_URL`, see {@link migrateDatabase}).
 *
 * @example
 * ```ts
 * import { openDatabase } from "./connect.ts";
 * const db = await openDatabase({ url: Deno.env.get("DATABASE_URL") });
 * const { applied } = await migrate(db.sql);
 * ```
 * @module
 */
import postgres from "postgres";
import { type Client, openDatabase } from "./connect.ts";

/** One migration file. */
export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

/** A migration that cannot be applied, or a database that does not match the files. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

const LOCK_KEY = 727_413_001;
const defaultDir = new URL("../../sql/", import.meta.url);

/** Reads the migration files of `dir`, in order. */
export async function readMigrations(dir: URL = defaultDir): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(entry.name);
    if (!entry.isFile || !match) continue;
    const sql = await Deno.readTextFile(new URL(entry.name, dir));
    migrations.push({ version: match[1], name: match[2], sql, checksum: await sha256(sql) });
  }
  migrations.sort((a, b) => a.version.localeCompare(b.version));
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new MigrationError(`Two migrations share version ${migrations[i].version}`);
    }
  }
  return migrations;
}

/**
 * Applies the pending migrations. A no-op costing one query when everything is applied.
 * Returns the versions this call applied.
 */
export async function migrate(
  sql: Client,
  migrations?: Migration[],
): Promise<{ applied: string[] }> {
  const files = migrations ?? await readMigrations();
  const recorded = await appliedMigrations(sql);
  if (recorded && verify(files, recorded) === files.length) return { applied: [] };

  const applied: string[] = [];
  for (const migration of files) {
    const ran = await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${LOCK_KEY})`;
      await tx`
        create table if not exists schema_migrations (
          version text primary key,
          name text not null,
          checksum text not null,
          applied_at timestamptz not null default now()
        )`;
      const [row] = await tx<{ checksum: string }[]>`
        select checksum from schema_migrations where version = ${migration.version}`;
      if (row) {
        if (row.checksum !== migration.checksum) throw edited(migration);
        return false;
      }
      await tx.unsafe(migration.sql).simple();
      await tx`
        insert into schema_migrations (version, name, checksum)
        values (${migration.version}, ${migration.name}, ${migration.checksum})`;
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  const after = await appliedMigrations(sql);
  if (after) verify(files, after);
  return { applied };
}

/**
 * Applies the pending migrations through `migrationUrl` when it is set (the direct URL of the
 * database `sql` reaches through a pooler), through `sql` otherwise. Whether anything is
 * pending is read through `sql` first, so an up-to-date database costs one query and opens no
 * second connection.
 */
export async function migrateDatabase(
  sql: Client,
  options: { migrationUrl?: string; migrations?: Migration[] } = {},
): Promise<{ applied: string[] }> {
  const files = options.migrations ?? await readMigrations();
  if (!options.migrationUrl) return migrate(sql, files);
  const recorded = await appliedMigrations(sql);
  if (recorded && verify(files, recorded) === files.length) return { applied: [] };
  const direct = await openDatabase({
    url: options.migrationUrl,
    poolSize: 1,
    setting: "DATABASE_MIGRATION_URL",
  });
  try {
    return await migrate(direct.sql, files);
  } finally {
    await direct.close();
  }
}

type Recorded = Map<string, { name: string; checksum: string }>;

async function appliedMigrations(sql: Client): Promise<Recorded | null> {
  try {
    const rows = await sql<{ version: string; name: string; checksum: string }[]>`
      select version, name, checksum from schema_migrations`;
    return new Map(rows.map((r) => [r.version, { name: r.name, checksum: r.checksum }]));
  } catch (err) {
    if (err instanceof postgres.PostgresError && err.code === "42P01") return null;
    throw err;
  }
}

/** Throws when the database and the files disagree; returns how many files are applied. */
function verify(files: Migration[], recorded: Recorded): number {
  const known = new Set(files.map((f) => f.version));
  for (const [version, row] of recorded) {
    if (!known.has(version)) {
      throw new MigrationError(
        `The database has migration ${version}_${row.name}, which this code does not have. ` +
          "Run a version of the server that includes it.",
      );
    }
  }
  let count = 0;
  for (const file of files) {
    const row = recorded.get(file.version);
    if (!row) continue;
    if (row.checksum !== file.checksum) throw edited(file);
    count++;
  }
  return count;
}

function edited(m: Migration): MigrationError {
  return new MigrationError(
    `Migration sql/${m.version}_${m.name}.sql was edited after it was applied ` +
      "(checksum differs). Restore the file and put the change in a new migration.",
  );
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
