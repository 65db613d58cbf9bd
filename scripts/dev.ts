/**
 * `deno task dev`: the server with `DEV_MODE=1`, `.env` loaded when there is one, restarted on
 * every change under src/, sql/ and main.ts. Without `.env` it says so once, at start, instead
 * of Deno's `--env-file` warning twice and again on every reload.
 *
 * @module
 */
import { parseCommand } from "./options.ts";

parseCommand({
  command: "deno task dev",
  summary: "the server for development: DEV_MODE=1, .env loaded, reloaded on every change.",
  options: {},
  notes: [
    "It runs `deno task start` under `deno run --watch=src/,sql/,main.ts`, with the settings of\n" +
    ".env when the file exists (copy .env.example to start one). DEV_MODE=1 accepts unsigned\n" +
    "webhooks while TWILIO_AUTH_TOKEN is unset; never use it in production.",
  ],
});

const root = new URL("..", import.meta.url);
const envFile = await Deno.stat(".env").then((s) => s.isFile, () => false);
if (!envFile) {
  console.error(
    "No .env file here: starting with the environment and the defaults (copy .env.example to .env to change settings).",
  );
}
const child = new Deno.Command(Deno.execPath(), {
  args: [
    "run",
    "--allow-all",
    `--watch=${["src/", "sql/", "main.ts"].map((p) => new URL(p, root).pathname).join(",")}`,
    ...(envFile ? ["--env-file=.env"] : []),
    new URL("main.ts", root).pathname,
  ],
  env: { DEV_MODE: "1" },
  stdin: "inherit",
  stdout: "inherit",
  stderr: "inherit",
}).spawn();
// The watcher stops for good on SIGINT; on SIGTERM it only restarts the server at the next change.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  Deno.addSignalListener(signal, () => child.kill("SIGINT"));
}
Deno.exit((await child.status).code);
