/**
 * The server: read config -> open db -> migrate -> seed an empty catalog -> serve.
 * Stops cleanly on SIGINT and SIGTERM.
 *
 * @module
 */
import { runCli } from "./scripts/cli.ts";
import { parseCommand } from "./scripts/options.ts";
import { startServer } from "./src/server.ts";

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

await runCli(async ({ config, log }) => {
  const server = await startServer(config, log);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) Deno.addSignalListener(signal, resolve);
  });
  await server.close();
});
