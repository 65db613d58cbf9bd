/**
 * The container's health check: asks the server on this machine for `/healthz` and exits 0
 * when it answers 200, 1 otherwise, saying why in one line. The Deno image has no curl, so
 * the check is Deno's own fetch:
 * `deno run --allow-net=127.0.0.1 --allow-env=PORT scripts/healthcheck.ts`.
 *
 * @module
 */
import { parseCommand } from "./options.ts";

const options = parseCommand({
  command: "deno run scripts/healthcheck.ts",
  summary: "exit 0 when the server on this machine answers /healthz, 1 otherwise.",
  options: {
    url: {
      type: "string",
      default: `http://127.0.0.1:${Deno.env.get("PORT") || "8000"}/healthz`,
      value: "<url>",
      help: "what to ask",
    },
    "timeout-ms": {
      type: "string",
      default: "4000",
      value: "<ms>",
      help: "how long to wait for the answer",
    },
  },
  environment: "PORT (8000 when unset) names the port of the default --url.",
});

const timeoutMs = Number(options["timeout-ms"]);
if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
  console.error(
    `--timeout-ms must be a whole number of milliseconds (got "${options["timeout-ms"]}")`,
  );
  Deno.exit(2);
}
try {
  const res = await fetch(options.url, { signal: AbortSignal.timeout(timeoutMs) });
  await res.body?.cancel();
  if (res.status !== 200) {
    console.error(`unhealthy: ${options.url} answered ${res.status}`);
    Deno.exit(1);
  }
} catch (err) {
  const reason = err instanceof DOMException && err.name === "TimeoutError"
    ? `no answer within ${timeoutMs} ms`
    : causeOf(err);
  console.error(`unhealthy: ${options.url}: ${reason}`);
  Deno.exit(1);
}

/** The innermost message of a failed fetch ("... Connection refused (os error 111)"). */
function causeOf(err: unknown): string {
  let inner = err;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  return inner instanceof Error ? inner.message.split("\n")[0] : String(inner);
}
