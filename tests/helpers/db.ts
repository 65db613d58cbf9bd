/**
 * A clean database for each test file: a fresh Postgres database when `DATABASE_URL` is set
 * (dropped on close), otherwise an in-memory embedded one started from a snapshot that is
 * migrated and seeded once (cached on disk by the migrations' checksums, so initdb runs once).
 *
 * @example
 * ```ts
 * await using db = await testDatabase();
 * const [{ count }] = await db.sql`select count(*)::int from products`; // 15
 * ```
 * @module
 */
import postgres from "postgres";
import { seedCatalog } from "../../src/catalog/seed.ts";
import { type Database, openDatabase, socketOf } from "../../src/db/connect.ts";
import { migrate, readMigrations } from "../../src/db/migrate.ts";

export type TestDatabase = Database & AsyncDisposable & { url?: string };

const cacheDir = new URL("../.cache/", import.meta.url);
let snapshot: Promise<Blob> | undefined;

/** Opens a new, migrated and seeded database. `seed: false` leaves the catalog empty. */
export async function testDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const seed = options.seed ?? true;
  const serverUrl = Deno.env.get("DATABASE_URL");
  if (serverUrl) return await freshServerDatabase(serverUrl, seed);
  const db = await openDatabase({ snapshot: await embeddedSnapshot() });
  if (!seed) await db.sql`truncate products restart identity cascade`;
  return withDispose(db);
}

/** The URL of a new empty database on the real server (for tests that run migrations). */
export async function emptyServerDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const { url: base, socket } = socketOf(serverUrl);
  const adminOptions = { max: 1, onnotice: () => {}, ...(socket ? { path: socket } : {}) };
  const admin = postgres(base, adminOptions);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(base, adminOptions);
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

async function freshServerDatabase(serverUrl: string, seed: boolean): Promise<TestDatabase> {
  const empty = await emptyServerDatabase(serverUrl);
  const db = await openDatabase({ url: empty.url, poolSize: 20 });
  await migrate(db.sql);
  if (seed) await seedCatalog(db.sql, "EUR");
  const close = async () => {
    await db.close();
    await empty.drop();
  };
  return { ...db, url: empty.url, close, [Symbol.asyncDispose]: close };
}

function withDispose(db: Database): TestDatabase {
  return { ...db, [Symbol.asyncDispose]: () => db.close() };
}

/** The migrated, seeded embedded data directory, built once and cached on disk. */
function embeddedSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const migrations = await readMigrations();
    const digest = await crypto.subtle.digest(
      "SHA-256",
      new TextEncoder().encode(migrations.map((m) => m.checksum).join(",")),
    );
    const key = Array.from(
      new Uint8Array(digest).slice(0, 8),
      (b) => b.toString(16).padStart(2, "0"),
    )
      .join("");
    const file = new URL(`snapshot-${key}.tar.gz`, cacheDir);
    try {
      return new Blob([await Deno.readFile(file)]);
    } catch {
      const db = await openDatabase({ dataDir: "memory://" });
      await migrate(db.sql, migrations);
      await seedCatalog(db.sql, "EUR");
      const blob = await db.dump!();
      await db.close();
      await Deno.mkdir(cacheDir, { recursive: true });
      const tmp = new URL(`${file.pathname}.${crypto.randomUUID()}`, "file://");
      await Deno.writeFile(tmp, new Uint8Array(await blob.arrayBuffer()));
      await Deno.rename(tmp, file);
      return blob;
    }
  })();
  return snapshot;
}
