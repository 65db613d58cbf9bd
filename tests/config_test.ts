import assert from "node:assert/strict";
import { ConfigError, ENV_VARIABLES, loadConfig } from "../src/shared/config.ts";

const root = new URL("..", import.meta.url);
/** A line of .env.example that sets a variable, commented out or not. */
const VARIABLE_LINE = /^(?:#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/;

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
    [{ DATABASE_POOL_SIZE: "0" }, /^Invalid configuration: DATABASE_POOL_SIZE must be at least 1/],
    [{ DATABASE_PREPARE: "sometimes" }, /DATABASE_PREPARE must be auto, 1 or 0/],
    [{ SWEEP_SECONDS: "-1" }, /SWEEP_SECONDS must be a whole number from 0 to 3600/],
  ];
  for (const [env, expected] of cases) assert.match(failure(env), expected);
});

Deno.test("the database settings default to a pool of 5 with prepared statements", () => {
  const c = loadConfig({ DATABASE_URL: "postgres://shop@db.example.com:5432/shop" });
  assert.equal(c.databasePoolSize, 5);
  assert.equal(c.databasePrepare, true);
  assert.equal(c.databaseMigrationUrl, undefined);
  assert.equal(c.sweepSeconds, 15);
});

Deno.test("prepared statements are off behind a known transaction pooler, or when told", () => {
  const prepare = (env: Record<string, string>) => loadConfig(env).databasePrepare;
  const supabase = "postgres://u:p@aws-0-eu-west-1.pooler.supabase.com:6543/postgres";
  const neon = "postgres://u:p@ep-cool-42-pooler.eu-central-1.aws.neon.tech/shop";
  assert.equal(prepare({ DATABASE_URL: supabase }), false);
  assert.equal(prepare({ DATABASE_URL: neon }), false);
  assert.equal(prepare({ DATABASE_URL: "postgres://u:p@db.abc.supabase.co:6543/postgres" }), false);
  assert.equal(prepare({ DATABASE_URL: "postgres://u:p@db.abc.supabase.co:5432/postgres" }), true);
  assert.equal(prepare({ DATABASE_URL: neon, DATABASE_PREPARE: "1" }), true);
  assert.equal(
    prepare({ DATABASE_URL: "postgres://127.0.0.1:6432/x", DATABASE_PREPARE: "0" }),
    false,
  );
});

Deno.test("a stall limit no longer than a model call is refused; the default is longer", () => {
  assert.equal(
    failure({ WORKER_STALL_SECONDS: "30" }),
    "Invalid configuration: WORKER_STALL_SECONDS (30 s) must be longer than one model call may " +
      "take (GEMINI_TIMEOUT_MS, 30000 ms), or every slow answer would be given up and asked again",
  );
  assert.equal(loadConfig({}).workerStallSeconds, 120);
  assert.equal(
    loadConfig({ WORKER_STALL_SECONDS: "3", GEMINI_TIMEOUT_MS: "2000" }).workerStallSeconds,
    3,
  );
});

Deno.test("a migration URL without DATABASE_URL is refused, and neither URL is echoed", () => {
  assert.equal(
    failure({ DATABASE_MIGRATION_URL: "postgres://u:secret@db.example.com/shop" }),
    "Invalid configuration: DATABASE_MIGRATION_URL is set without DATABASE_URL " +
      "(it is the direct URL of the database DATABASE_URL reaches through a pooler)",
  );
  const message = failure({
    DATABASE_URL: "postgres://u:p@h/shop",
    DATABASE_MIGRATION_URL: "mysql://u:secret@h/shop",
  });
  assert.match(message, /^Invalid configuration: DATABASE_MIGRATION_URL must be a URL starting/);
  assert.doesNotMatch(message, /secret/);
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
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 1);
  assert.equal(
    new TextDecoder().decode(out.stderr).trim(),
    'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")',
  );
});

/** The variables the README's Configuration table lists (backticked names in its first column). */
async function readmeVariables(): Promise<string[]> {
  const readme = await Deno.readTextFile(new URL("README.md", root));
  const section = /\n## Configuration\n([^]*?)(?:\n## |$)/.exec(readme)?.[1];
  assert.ok(section, "README.md has a Configuration section");
  const rows = section.split("\n").filter((l) => /^\| `/.test(l));
  return rows.flatMap((row) =>
    [...row.split("|")[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1])
  );
}

async function exampleLines(): Promise<string[]> {
  return (await Deno.readTextFile(new URL(".env.example", root))).split("\n");
}

Deno.test("config.ts, .env.example and the README's table name the same variables", async () => {
  const inExample = (await exampleLines()).flatMap((l) => VARIABLE_LINE.exec(l)?.[1] ?? []);
  const inReadme = await readmeVariables();
  const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
  assert.deepEqual(sorted(inExample), sorted(ENV_VARIABLES), ".env.example against config.ts");
  assert.deepEqual(sorted(inReadme), sorted(ENV_VARIABLES), "README table against config.ts");
  assert.equal(new Set(inExample).size, inExample.length, "each variable once in .env.example");
  assert.equal(new Set(inReadme).size, inReadme.length, "each variable once in the README table");
});

Deno.test("every line of .env.example, uncommented, loads through Deno's --env-file", async () => {
  const lines = await exampleLines();
  const uncommented = lines.map((l) => {
    const m = VARIABLE_LINE.exec(l);
    return m ? `${m[1]}=${m[2]}` : l;
  });
  for (const line of uncommented.filter((l) => VARIABLE_LINE.test(l))) {
    assert.doesNotMatch(line.split("=").slice(1).join("="), /\s{2}|\s[#(]/, `a note in ${line}`);
  }
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/.env`, uncommented.join("\n"));
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "eval",
        `--env-file=${dir}/.env`,
        "console.log(JSON.stringify(Deno.env.toObject()))",
      ],
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    const env: Record<string, string> = JSON.parse(new TextDecoder().decode(out.stdout));
    for (const name of ENV_VARIABLES) assert.ok(name in env, `${name} is set by the file`);
    const config = loadConfig(env);
    assert.equal(config.gemini.baseUrl, "https://generativelanguage.googleapis.com");
    assert.equal(config.twilio.whatsappFrom, "whatsapp:+14155238886");
    assert.equal(config.storeName, "Mi Tienda");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
