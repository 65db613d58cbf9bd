import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../src/shared/config.ts";

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.message;
  }
  assert.fail("expected a ConfigError");
}

Deno.test("an empty environment gives the documented defaults", () => {
  const c = loadConfig({});
  assert.equal(c.port, 8000);
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.dataDir, "./data");
  assert.equal(c.gemini.model, "gemini-3.8-flash");
  assert.equal(c.gemini.apiKey, undefined);
  assert.equal(c.twilio.apiBaseUrl, "https://api.twilio.com");
  assert.equal(c.storeName, "Mi Tienda");
  assert.equal(c.storeCurrency, "EUR");
  assert.equal(c.adminToken, undefined);
  assert.equal(c.devMode, false);
  assert.equal(c.inlineReplyMs, 8000);
});

Deno.test("GEMINI_API_KEY is an alias of GOOGLE_API_KEY, which wins when both are set", () => {
  assert.equal(loadConfig({ GEMINI_API_KEY: "b" }).gemini.apiKey, "b");
  assert.equal(loadConfig({ GOOGLE_API_KEY: "a", GEMINI_API_KEY: "b" }).gemini.apiKey, "a");
});

Deno.test("a PORT that is not a number names the variable and the value", () => {
  assert.equal(
    failure({ PORT: "abc" }),
    'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")',
  );
  assert.match(failure({ PORT: "70000" }), /^Invalid configuration: PORT must be at most 65535/);
});

Deno.test("a DATABASE_URL that is not a postgres URL is refused without echoing it", () => {
  const message = failure({ DATABASE_URL: "mysql://user:secret@host/db" });
  assert.equal(
    message,
    "Invalid configuration: DATABASE_URL must be a URL starting with postgres:// or postgresql://",
  );
  assert.doesNotMatch(message, /secret/);
});

Deno.test("each other bad value gets its own clear line", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ STORE_CURRENCY: "euro" }, /^Invalid configuration: STORE_CURRENCY must be a three-letter/],
    [{ TWILIO_WHATSAPP_FROM: "+14155238886" }, /TWILIO_WHATSAPP_FROM must look like whatsapp:\+/],
    [{ TWILIO_ACCOUNT_SID: "123" }, /TWILIO_ACCOUNT_SID must look like AC followed by 32/],
    [
      { ADMIN_TOKEN: "short" },
      /^Invalid configuration: ADMIN_TOKEN must be at least 16 characters$/,
    ],
    [{ GEMINI_BASE_URL: "not a url" }, /GEMINI_BASE_URL must be a URL starting with http:\/\//],
    [{ DEV_MODE: "maybe" }, /DEV_MODE must be 1 or 0/],
    [{ INLINE_REPLY_MS: "20000" }, /INLINE_REPLY_MS must be at most 14000/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of debug, info, warn, error, silent/],
  ];
  for (const [env, expected] of cases) assert.match(failure(env), expected);
});

Deno.test("the hardening settings default to bounds well under Twilio's 15 s and to no trusted proxy", () => {
  const c = loadConfig({});
  assert.deepEqual(c.http, {
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 12_000,
    idleTimeoutMs: 5_000,
    maxConnections: 10_000,
  });
  assert.equal(c.listenHost, undefined);
  assert.equal(c.trustedProxies, 0);
  assert.deepEqual(c.rest, { cartsPerMinute: 30, checkoutsPerMinute: 10 });
  assert.deepEqual(c.customerLimits, { maxQueued: 10, perMinute: 20 });
  assert.match(
    failure({ HTTP_HEADERS_TIMEOUT_MS: "20000", HTTP_REQUEST_TIMEOUT_MS: "15000" }),
    /HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS/,
  );
  assert.match(failure({ TRUSTED_PROXIES: "-1" }), /TRUSTED_PROXIES must be a whole number/);
  assert.match(failure({ LISTEN_HOST: "a b" }), /LISTEN_HOST must be an address/);
});

Deno.test("empty values count as unset", () => {
  assert.equal(loadConfig({ PORT: "", DATABASE_URL: " " }).port, 8000);
});

Deno.test("a wrong value stops `deno task start` with one line and exit status 1", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts"],
    env: { PORT: "abc" },
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 1);
  assert.equal(
    new TextDecoder().decode(out.stderr).trim(),
    'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")',
  );
});
