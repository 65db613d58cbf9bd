/**
 * Database connection: postgres.js against `DATABASE_URL`, or against an embedded Postgres
 * (PGlite in `DATA_DIR`, served on a loopback port by pglite-socket) when no URL is set.
 * After connect both are the same `Sql`, so every query runs unchanged on either. The embedded
 * database's modules are imported only when it is opened, so a server with `DATABASE_URL`
 * never loads them (a faster cold start, and no local TCP listener where none is offered).
 *
 * @example
 * ```ts
 * import { loadConfig } from "../shared/config.ts";
 * const db = await openDatabase(databaseOptions(loadConfig(Deno.env.toObject())));
 * const [{ now }] = await db.sql`select now()`;
 * await db.close();
 * ```
 * @module
 */
import postgres from "postgres";
import type { Config } from "../shared/config.ts";
import { describeConnectError } from "./errors.ts";

/** A postgres.js client, or one of its transactions: what services take. */
export type Sql = postgres.Sql | postgres.TransactionSql;
/** A postgres.js client that can start transactions. */
export type Client = postgres.Sql;

/** An open database: its client, what it is, and how many queries it has run. */
export interface Database {
  readonly sql: Client;
  readonly kind: "postgres" | "embedded";
  /** Queries sent to the server since open (counted at the driver). */
  queryCount(): number;
  /** The embedded database's data directory as a tarball; undefined for a real server. */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Postgres URL; unset opens the embedded database. */
  url?: string;
  /** Directory of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string;
  /** A saved embedded data directory (from `dumpDataDir`) to start from; in memory only. */
  snapshot?: Blob;
  /** Pool size against a real server (the embedded one always uses 1). Default 5. */
  poolSize?: number;
  /**
   * Named prepared statements (postgres.js `prepare`). Off behind a transaction pooler that
   * cannot keep them between transactions (PgBouncer before 1.21). Default true.
   */
  prepare?: boolean;
  /** The setting `url` came from, named in connection errors. Default `DATABASE_URL`. */
  setting?: "DATABASE_URL" | "DATABASE_MIGRATION_URL";
}

/** The options the configuration asks for (`DATABASE_URL`, `DATA_DIR`, pool size, prepare). */
export function databaseOptions(
  config: Pick<Config, "databaseUrl" | "dataDir" | "databasePoolSize" | "databasePrepare">,
): OpenOptions {
  return {
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    prepare: config.databasePrepare,
  };
}

/**
 * Opens the database and checks that it answers.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  let queries = 0;
  const clientOptions: postgres.Options<Record<string, postgres.PostgresType>> = {
    onnotice: () => {},
    transform: { column: { from: postgres.toCamel }, undefined: null },
    types: {
      bigint: {
        to: 20,
        from: [20],
        serialize: (value: number) => String(value),
        parse: (value: string) => Number(value),
      },
    },
    debug: () => {
      queries++;
    },
    connection: { application_name: "whatsapp-sales-agent" },
  };

  if (options.url) {
    const { url, socket } = socketOf(options.url);
    const sql = postgres(url, {
      ...clientOptions,
      ...(socket ? { path: socket } : {}),
      max: options.poolSize ?? 5,
      prepare: options.prepare ?? true,
      idle_timeout: 60,
      connect_timeout: 10,
    });
    try {
      await sql`select 1`;
    } catch (err) {
      await sql.end({ timeout: 1 }).catch(() => {});
      throw describeConnectError(err, options.url, options.setting);
    }
    return {
      sql,
      kind: "postgres",
      queryCount: () => queries,
      close: () => sql.end({ timeout: 5 }),
    };
  }

  const { openEmbedded } = await import("./embedded.ts");
  const embedded = await openEmbedded({
    dataDir: options.dataDir ?? "./data",
    snapshot: options.snapshot,
  });
  const sql = postgres(embedded.url, { ...clientOptions, max: 1, connect_timeout: 10 });
  try {
    await sql`select 1`;
  } catch (err) {
    await embedded.close();
    throw err;
  }
  return {
    sql,
    kind: "embedded",
    queryCount: () => queries,
    dump: embedded.dump,
    close: async () => {
      await sql.end({ timeout: 5 });
      await embedded.close();
    },
  };
}

/**
 * A Unix socket named libpq's way, `postgres://user@localhost/db?host=/var/run/postgresql`
 * (postgres.js takes sockets only as an option): the URL without it, and the socket's path.
 */
export function socketOf(url: string): { url: string; socket?: string } {
  const parsed = new URL(url);
  const dir = parsed.searchParams.get("host");
  if (!dir?.startsWith("/")) return { url };
  parsed.searchParams.delete("host");
  return { url: parsed.toString(), socket: `${dir}/.s.PGSQL.${parsed.port || 5432}` };
}

/**
 * Runs `fn` in a transaction: a new one on a client, or the caller's when `sql` already is one.
 */
export function inTransaction<T>(
  sql: Sql,
  fn: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  if ("begin" in sql) return sql.begin((tx) => fn(tx)) as Promise<T>;
  return fn(sql);
}

/** Marks a value built from typed objects as JSON for `sql.json(...)`. */
export function asJson(value: unknown): postgres.JSONValue {
  return value as postgres.JSONValue;
}
