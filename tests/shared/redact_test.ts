import assert from "node:assert/strict";
import { loadConfig } from "../../src/shared/config.ts";
import { createLogger } from "../../src/shared/log.ts";
import { REDACTED, redactor, secretsOf } from "../../src/shared/redact.ts";

Deno.test("configured secrets and anything shaped like a credential are redacted", () => {
  const config = loadConfig({
    GOOGLE_API_KEY: "AIzaSyA1234567890abcdefghijklmnopqrstuv",
    TWILIO_AUTH_TOKEN: "twilio-auth-token-0123456789",
    ADMIN_TOKEN: "admin-token-0123456789",
    DATABASE_URL: "postgres://shop:s3cr3t-pass@db.internal:5432/shop",
  });
  const redact = redactor(secretsOf(config));
  const cases: [string, string][] = [
    ["key AIzaSyA1234567890abcdefghijklmnopqrstuv rejected", `key ${REDACTED} rejected`],
    [
      "echo: twilio-auth-token-0123456789 and admin-token-0123456789",
      `echo: ${REDACTED} and ${REDACTED}`,
    ],
    ["could not connect with s3cr3t-pass", `could not connect with ${REDACTED}`],
    ['{"x-goog-api-key":"some-other-key-value"}', `{"x-goog-api-key":"${REDACTED}"}`],
    ["Authorization: Bearer abc.def.ghi", `Authorization: Bearer ${REDACTED}`],
    ["authorization: Basic QUM6dG9rZW4=", `authorization: Basic ${REDACTED}`],
    [
      "GET https://g.example/v1?key=zzz&alt=json",
      `GET https://g.example/v1?key=${REDACTED}&alt=json`,
    ],
    [`AIza${"Z".repeat(35)} leaked`, `${REDACTED} leaked`],
    ["postgres://u:pw@h/db down", `postgres://u:${REDACTED}@h/db down`],
    ["nothing secret here: 402 payment required", "nothing secret here: 402 payment required"],
  ];
  for (const [text, expected] of cases) assert.equal(redact(text), expected, text);
});

Deno.test("a logger given a redactor writes no secret", () => {
  const lines: string[] = [];
  const log = createLogger("info", (line) => lines.push(line), redactor(["the-secret-token"]));
  log.error("request.failed", {
    error: "Error: 401 for the-secret-token",
    stack: "at the-secret-token",
  });
  assert.equal(lines.length, 1);
  assert.doesNotMatch(lines[0], /the-secret-token/);
  assert.equal(JSON.parse(lines[0]).error, `Error: 401 for ${REDACTED}`);
});
