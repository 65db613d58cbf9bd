/**
 * The server: read config -> open db -> migrate -> seed an empty catalog -> serve.
 * Stops cleanly on SIGINT and SIGTERM.
 *
 * @module
 */
import { runCli } from "./scripts/cli.ts";
import { startServer } from "./src/server.ts";

await runCli(async ({ config, log }) => {
  const server = await startServer(config, log);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) Deno.addSignalListener(signal, resolve);
  });
  await server.close();
});
