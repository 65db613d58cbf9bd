import assert from "node:assert/strict";
import { openDatabase, socketOf } from "../../src/db/connect.ts";
import { DatabaseError } from "../../src/db/errors.ts";
import {
  migrate,
  migrateDatabase,
  type Migration,
  MigrationError,
  readMigrations,
} from "../../src/db/migrate.ts";
import { testDatabase } from "../helpers/db.ts";

async function extra(version: string, sql: string, name = "test"): Promise<Migration> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(sql));
  const checksum = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0"))
    .join("");
  return { version, name, sql, checksum };
}

Deno.test("applying the migrations again changes nothing", async () => {
  await using db = await testDatabase();
  const before = await db.sql`select version, applied_at from schema_migrations order by version`;
  const files = await readMigrations();
  assert.deepEqual(before.map((r) => r.version), files.map((f) => f.version));
  assert.deepEqual(await migrate(db.sql), { applied: [] });
  const after = await db.sql`select version, applied_at from schema_migrations order by version`;
  assert.deepEqual(after, before);
});

Deno.test("a new migration is applied once, in its own transaction, and recorded", async () => {
  await using db = await testDatabase();
  const files = [...await readMigrations(), await extra("9001", "create table t9001 (x int);")];
  assert.deepEqual(await migrate(db.sql, files), { applied: ["9001"] });
  assert.deepEqual(await migrate(db.sql, files), { applied: [] });
  const [row] = await db.sql`select name, checksum from schema_migrations where version = '9001'`;
  assert.equal(row.checksum, files[files.length - 1].checksum);
});

Deno.test("a failing migration leaves nothing behind and stops", async () => {
  await using db = await testDatabase();
  const files = [
    ...await readMigrations(),
    await extra("9001", "create table t_half (x int); select 1/0;"),
  ];
  await assert.rejects(() => migrate(db.sql, files), /division by zero/);
  const [{ exists }] = await db.sql`select to_regclass('t_half') is not null as exists`;
  assert.equal(exists, false);
  const rows = await db.sql`select 1 from schema_migrations where version = '9001'`;
  assert.equal(rows.length, 0);
});

Deno.test("an applied migration that was edited afterwards is refused with a clear message", async () => {
  await using db = await testDatabase();
  const [first, second, ...rest] = await readMigrations();
  const edited = [
    first,
    await extra(second.version, `${second.sql}\n-- edited`, second.name),
    ...rest,
  ];
  await assert.rejects(
    () => migrate(db.sql, edited),
    (err) =>
      err instanceof MigrationError &&
      err.message ===
        "Migration sql/0002_customers_carts_orders.sql was edited after it was applied " +
          "(checksum differs). Restore the file and put the change in a new migration.",
  );
});

Deno.test("a database with a migration this code lacks is refused", async () => {
  await using db = await testDatabase();
  const files = await readMigrations();
  await migrate(db.sql, [...files, await extra("9002", "select 1;")]);
  await assert.rejects(() => migrate(db.sql, files), /has migration 9002_test, which this code/);
});

Deno.test("two migrators starting at once apply each migration exactly once", async () => {
  await using db = await testDatabase();
  await db.sql`create table migration_runs (version text)`;
  const files = [
    ...await readMigrations(),
    await extra("9001", "insert into migration_runs values ('9001'); select pg_sleep(0.05);"),
    await extra("9002", "insert into migration_runs values ('9002'); create table t9002 (x int);"),
  ];
  // Against a real server the second migrator has its own connections, as a second process would.
  const other = db.url ? await openDatabase({ url: db.url }) : db;
  try {
    const [a, b] = await Promise.all([migrate(db.sql, files), migrate(other.sql, files)]);
    assert.deepEqual([...a.applied, ...b.applied].sort(), ["9001", "9002"]);
  } finally {
    if (other !== db) await other.close();
  }
  const runs = await db.sql`select version from migration_runs order by version`;
  assert.deepEqual(runs.map((r) => r.version), ["9001", "9002"]);
});

/** A Postgres URL where nothing listens: a connection attempt fails at once. */
function deadUrl(): string {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr;
  listener.close();
  return `postgres://migrator:secret@127.0.0.1:${port}/shop`;
}

Deno.test("with every migration applied, the migration URL is not even connected to", async () => {
  await using db = await testDatabase();
  assert.deepEqual(await migrateDatabase(db.sql, { migrationUrl: deadUrl() }), {
    applied: [],
  });
});

Deno.test("pending migrations go through the migration URL, named when it fails", async () => {
  await using db = await testDatabase();
  const files = [...await readMigrations(), await extra("9001", "create table t9001 (x int);")];
  await assert.rejects(
    () => migrateDatabase(db.sql, { migrationUrl: deadUrl(), migrations: files }),
    (err) =>
      err instanceof DatabaseError &&
      /^Cannot reach the database at 127\.0\.0\.1:\d+ \(connection refused\).*check DATABASE_MIGRATION_URL, or unset it to migrate through DATABASE_URL\.$/
        .test(err.message) &&
      !err.message.includes("secret"),
  );
  const rows = await db.sql`select 1 from schema_migrations where version = '9001'`;
  assert.equal(rows.length, 0, "nothing was applied through the pooled connection");
});

Deno.test({
  name: "a pending migration runs on its own connection to the migration URL, closed after",
  ignore: !Deno.env.get("DATABASE_URL"),
}, async () => {
  await using db = await testDatabase();
  const files = [
    ...await readMigrations(),
    await extra("9001", "create table ran_on as select pg_backend_pid() as pid;"),
  ];
  assert.deepEqual(await migrateDatabase(db.sql, { migrationUrl: db.url, migrations: files }), {
    applied: ["9001"],
  });
  const [{ pid }] = await db.sql<{ pid: number }[]>`select pid from ran_on`;
  const [{ mine }] = await db.sql<{ mine: number }[]>`select pg_backend_pid() as mine`;
  assert.notEqual(pid, mine);
  // A closed backend leaves pg_stat_activity as its process exits, a moment after the close.
  const deadline = Date.now() + 3000;
  let live = await db.sql`select 1 from pg_stat_activity where pid = ${pid}`;
  while (live.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    live = await db.sql`select 1 from pg_stat_activity where pid = ${pid}`;
  }
  assert.equal(live.length, 0, "the migration's connection is closed");
});

Deno.test("a libpq-style ?host=/dir URL names a Unix socket", () => {
  assert.deepEqual(socketOf("postgres://app@localhost/shop?host=/var/run/postgresql"), {
    url: "postgres://app@localhost/shop",
    socket: "/var/run/postgresql/.s.PGSQL.5432",
  });
  assert.deepEqual(socketOf("postgres://app@localhost:5433/shop?host=/tmp&sslmode=disable"), {
    url: "postgres://app@localhost:5433/shop?sslmode=disable",
    socket: "/tmp/.s.PGSQL.5433",
  });
  assert.deepEqual(socketOf("postgres://app@db.example.com/shop"), {
    url: "postgres://app@db.example.com/shop",
  });
});
