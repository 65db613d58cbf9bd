/**
 * The server: read config -> open db -> migrate -> seed an empty catalog -> serve.
 * The periodic work (background.ts) is registered with `Deno.cron` here, at the top level and
 * before the server starts: Deno Deploy discovers cron jobs only there, and running locally
 * takes the same path (`"unstable": ["cron"]` in deno.json). Its handler runs a tick on the
 * server once started, waiting for a start-up under way (an isolate woken for the cron).
 * Stops cleanly on SIGINT and SIGTERM.
 *
 * @module
 */
import { runCli } from "./scripts/cli.ts";
import { parseCommand } from "./scripts/options.ts";
import { CRON_NAME, CRON_SCHEDULE } from "./src/background.ts";
import { type RunningServer, startServer } from "./src/server.ts";

parseCommand({
  command: "deno task start",
  summary: "serve the shop: REST API, WhatsApp webhook, agent and staff dashboard.",
  options: {},
  notes: [
    "It opens the database (embedded in ./data unless DATABASE_URL is set), applies\n" +
    "migrations, loads the sample catalog when the catalog is empty, and serves on PORT\n" +
    "(8000). Stop it with Ctrl-C or SIGTERM. `deno task dev` is the same with DEV_MODE=1,\n" +
    ".env loaded when present, and a reload on every change.",
  ],
});

/** The server, once `runCli` starts it: what the cron's handler works on. */
let server: Promise<RunningServer> | undefined;
const cron = new AbortController();

Deno.cron(CRON_NAME, CRON_SCHEDULE, { signal: cron.signal }, async () => {
  const running = await server?.catch(() => undefined);
  await running?.tick();
});

await runCli(async ({ config, log }) => {
  // Listening before the start-up ends: a signal right after "server.started" still stops cleanly.
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      cron.abort();
      await (await server?.catch(() => undefined))?.close();
    })();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) Deno.addSignalListener(signal, stop);
  server = startServer(config, log);
  await server;
});
