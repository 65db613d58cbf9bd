/**
 * `deno task doctor`: checks every configured integration (Gemini, Twilio, PUBLIC_BASE_URL,
 * Stripe, Mercado Pago, Content templates) against its API with the server's settings, from
 * the same environment the server reads, and prints one line each. Exits 1 when any check
 * fails, 0 otherwise (warnings included). It reads only; nothing is sent to a customer.
 *
 * @module
 */
import { formatResult, runChecks } from "../src/doctor/checks.ts";
import { runCli } from "./cli.ts";
import { parseCommand } from "./options.ts";

parseCommand({
  command: "deno task doctor",
  summary: "check each configured integration against its API, one line each.",
  options: {},
});

await runCli(async ({ config }) => {
  const results = await runChecks(config, Deno.env.toObject());
  for (const result of results) console.log(formatResult(result));
  if (results.some((r) => r.status === "fail")) Deno.exit(1);
});
