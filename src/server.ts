/**
 * Start-up and shutdown: open the database, migrate, seed an empty catalog, build the app
 * and serve it. `main.ts` runs this with the environment; tests run it with their own config.
 *
 * @example
 * ```ts
 * const server = await startServer(loadConfig(Deno.env.toObject()), createLogger("info"));
 * await server.close();
 * ```
 * @module
 */
import { seedCatalog } from "./catalog/seed.ts";
import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/connect.ts";
import { migrate } from "./db/migrate.ts";
import { createApp } from "./http/app.ts";
import type { Logger } from "./log.ts";

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8000 */
  url: string;
  db: Database;
  /** Stops accepting requests, finishes the ones under way, closes the database. */
  close(): Promise<void>;
}

/** Opens the database and starts serving on `config.port`. */
export async function startServer(
  config: Config,
  log: Logger,
  options: { hostname?: string } = {},
): Promise<RunningServer> {
  const started = performance.now();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { applied } = await migrate(db.sql);
    const seeded = await seedCatalog(db.sql, config.storeCurrency);
    if (applied.length > 0) log.info("db.migrated", { applied });
    if (seeded > 0) log.info("catalog.seeded", { products: seeded });
  } catch (err) {
    await db.close();
    throw err;
  }
  const app = createApp({ db, config, log });
  const server = Deno.serve({
    port: config.port,
    hostname: options.hostname ?? "0.0.0.0",
    onListen: () => {},
  }, app.fetch);
  const url = `http://${options.hostname ?? "127.0.0.1"}:${server.addr.port}`;
  log.info("server.started", {
    url,
    database: db.kind === "embedded" ? `embedded (${config.dataDir})` : "postgres",
    startup_ms: Math.round(performance.now() - started),
  });
  return {
    url,
    db,
    close: async () => {
      await server.shutdown();
      await db.close();
      log.info("server.stopped");
    },
  };
}
