/**
 * Start-up and shutdown: open the database, migrate, seed an empty catalog, build the app
 * and serve it. `main.ts` runs this with the environment; tests run it with their own config.
 *
 * @example
 * ```ts
 * import { loadConfig } from "./shared/config.ts";
 * import { createLogger } from "./shared/log.ts";
 * const server = await startServer(loadConfig(Deno.env.toObject()), createLogger("info"));
 * await server.close();
 * ```
 * @module
 */
import { seedCatalog } from "./catalog/seed.ts";
import type { Config } from "./shared/config.ts";
import { type Database, databaseOptions, openDatabase } from "./db/connect.ts";
import { migrateDatabase } from "./db/migrate.ts";
import { createApp } from "./app.ts";
import type { Logger } from "./shared/log.ts";
import type { ChatModel } from "./agent/model.ts";
import { startBackground, type TickReport } from "./background.ts";
import { createRuntime, type Runtime } from "./runtime.ts";

export interface RunningServer {
  /** A base URL this machine reaches the server at, e.g. http://127.0.0.1:8000 */
  url: string;
  db: Database;
  runtime: Runtime;
  /** One round of the periodic work (background.ts); what `main.ts`'s cron runs. */
  tick(): Promise<TickReport | null>;
  /** Stops accepting requests, finishes the ones under way, closes the database. */
  close(): Promise<void>;
}

/** Opens the database and starts serving on `config.port`. */
export async function startServer(
  config: Config,
  log: Logger,
  options: { hostname?: string; model?: ChatModel } = {},
): Promise<RunningServer> {
  const started = performance.now();
  const db = await openDatabase(databaseOptions(config));
  try {
    const { applied } = await migrateDatabase(db.sql, {
      migrationUrl: config.databaseMigrationUrl,
    });
    const seeded = await seedCatalog(db.sql, config.storeCurrency);
    if (applied.length > 0) log.info("db.migrated", { applied });
    if (seeded > 0) log.info("catalog.seeded", { products: seeded });
  } catch (err) {
    await db.close();
    throw err;
  }
  const runtime = createRuntime({ db, config, log, model: options.model });
  if (!config.twilio.authToken) {
    log.warn(
      config.devMode ? "webhook.unsigned_accepted" : "webhook.disabled",
      config.devMode
        ? { hint: "DEV_MODE=1 and no TWILIO_AUTH_TOKEN: unsigned webhooks are accepted" }
        : { hint: "no TWILIO_AUTH_TOKEN: webhooks are refused (DEV_MODE=1 accepts unsigned ones)" },
    );
  }
  const app = createApp(runtime);
  const server = Deno.serve({
    port: config.port,
    hostname: options.hostname ?? "0.0.0.0",
    onListen: () => {},
  }, app.fetch);
  const { hostname, port } = server.addr;
  const everywhere = hostname === "0.0.0.0";
  const url = `http://${everywhere ? "127.0.0.1" : hostname}:${port}`;
  const shown = `http://${everywhere ? "localhost" : hostname}:${port}`;
  const background = startBackground(runtime);
  log.info("server.started", {
    listening: `${hostname}:${port}`,
    url: shown,
    docs: `${shown}/docs`,
    dashboard: config.adminToken ? `${shown}/admin` : "off: set ADMIN_TOKEN to turn it on",
    webhook: `${config.publicBaseUrl ?? shown}/webhook`,
    database: db.kind === "embedded" ? `embedded (${config.dataDir})` : "postgres",
    model: runtime.model.name,
    startup_ms: Math.round(performance.now() - started),
  });
  return {
    url,
    db,
    runtime,
    tick: () => background.tick(),
    close: async () => {
      await server.shutdown();
      await background.stop();
      await db.close();
      log.info("server.stopped");
    },
  };
}
