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
import { listen } from "./http/listener.ts";
import { scheduleMaintenance } from "./maintenance.ts";

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

/** Below this many open files the server says so at start. */
const LOW_OPEN_FILE_LIMIT = 4096;

/** How to reach a listening address from this machine. */
function shownHost(hostname: string): string {
  if (hostname === "0.0.0.0") return "127.0.0.1";
  if (hostname === "::") return "[::1]";
  return hostname.includes(":") ? `[${hostname}]` : hostname;
}

/**
 * Where to listen: `LISTEN_HOST`, else every interface, except in development without a Twilio
 * token (unsigned webhooks accepted), where only this machine may reach the server.
 */
export function listenHost(config: Config): string {
  if (config.listenHost) return config.listenHost;
  return config.devMode && !config.twilio.authToken ? "127.0.0.1" : "0.0.0.0";
}

/** Opens the database and starts serving on `config.port`. */
export async function startServer(
  config: Config,
  log: Logger,
  options: { model?: ChatModel } = {},
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
  await scheduleMaintenance(runtime);
  if (!config.twilio.authToken) {
    log.warn(
      config.devMode ? "webhook.unsigned_accepted" : "webhook.disabled",
      config.devMode
        ? { hint: "DEV_MODE=1 and no TWILIO_AUTH_TOKEN: unsigned webhooks are accepted" }
        : { hint: "no TWILIO_AUTH_TOKEN: webhooks are refused (DEV_MODE=1 accepts unsigned ones)" },
    );
  }
  const app = createApp(runtime);
  const hostname = listenHost(config);
  if (hostname === "127.0.0.1" && !config.listenHost) {
    log.warn("server.loopback_only", {
      hint:
        "DEV_MODE=1 without TWILIO_AUTH_TOKEN accepts unsigned webhooks, so only this machine can connect; set LISTEN_HOST=0.0.0.0 to open it",
    });
  }
  let listener;
  try {
    listener = await listen((request, info) => app.fetch(request, info), {
      hostname,
      port: config.port,
      ...config.http,
      log,
    });
  } catch (err) {
    await db.close();
    throw err;
  }
  if (listener.openFileLimit !== null && listener.openFileLimit < LOW_OPEN_FILE_LIMIT) {
    log.warn("server.low_open_file_limit", {
      open_files_limit: listener.openFileLimit,
      max_connections: listener.maxConnections,
      hint:
        "Deno raises the soft limit to the hard one; raise the hard limit (docker run --ulimit nofile=65536:65536, systemd LimitNOFILE=)",
    });
  }
  runtime.metrics.gauge("http_open_connections", () => listener.connections());
  const url = `http://${shownHost(hostname)}:${listener.port}`;
  const shown = `http://${
    hostname === "0.0.0.0" || hostname === "::" ? "localhost" : shownHost(hostname)
  }:${listener.port}`;
  const background = startBackground(runtime);
  log.info("server.started", {
    listening: `${hostname}:${listener.port}`,
    url: shown,
    docs: `${shown}/docs`,
    dashboard: config.adminToken ? `${shown}/admin` : "off: set ADMIN_TOKEN to turn it on",
    webhook: `${config.publicBaseUrl ?? shown}/webhook`,
    database: db.kind === "embedded" ? `embedded (${config.dataDir})` : "postgres",
    model: runtime.model.name,
    max_connections: listener.maxConnections,
    open_files_limit: listener.openFileLimit,
    startup_ms: Math.round(performance.now() - started),
  });
  return {
    url,
    db,
    runtime,
    tick: () => background.tick(),
    close: async () => {
      await listener.close();
      await background.stop();
      await db.close();
      log.info("server.stopped");
    },
  };
}
