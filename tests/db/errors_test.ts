/**
 * A database that cannot be opened stops `deno task start` (main.ts) with one line on stderr
 * that names the problem and the fix, exit status 1, and no stack trace.
 */
import assert from "node:assert/strict";

const root = new URL("../..", import.meta.url);

async function start(env: Record<string, string>) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts"],
    cwd: root,
    env: { PORT: "0", ...env },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr) };
}

/** Starts the server with `env` and checks it stopped with exactly `expected` on stderr. */
async function assertStopsWith(env: Record<string, string>, expected: RegExp) {
  const out = await start(env);
  assert.equal(out.code, 1, out.stderr);
  const lines = out.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, `one line, got:\n${out.stderr}`);
  assert.match(lines[0], expected);
  assert.doesNotMatch(out.stderr, /Uncaught|\n\s+at |error:/);
  assert.equal(out.stdout, "", "nothing logged: the server never started");
  return lines[0];
}

/** A port on this machine nothing listens on. */
function closedPort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

/** The URL of DATABASE_URL's server with another database name or user. */
function serverUrl(change: (url: URL) => void): string {
  const url = new URL(String(Deno.env.get("DATABASE_URL")));
  change(url);
  return url.toString();
}

Deno.test("a DATABASE_URL whose port is closed: one line saying nothing answers there", async () => {
  const port = closedPort();
  await assertStopsWith(
    { DATABASE_URL: `postgres://shop:secret@127.0.0.1:${port}/shop` },
    new RegExp(
      `^Cannot reach the database at 127\\.0\\.0\\.1:${port} \\(connection refused\\): is PostgreSQL running there\\? check DATABASE_URL, or unset it to use the embedded database\\.$`,
    ),
  );
});

Deno.test("a DATABASE_URL with an unknown host: one line naming the host, never the password", async () => {
  const line = await assertStopsWith(
    { DATABASE_URL: "postgres://shop:secret@db.invalid:5432/shop" },
    /^Cannot reach the database at db\.invalid:5432 \(unknown host\): check DATABASE_URL/,
  );
  assert.doesNotMatch(line, /secret/);
});

Deno.test("a DATABASE_URL on a Unix socket that does not exist: one line naming the socket", async () => {
  await assertStopsWith(
    { DATABASE_URL: "postgres://postgres@localhost/shop?host=/nonexistent" },
    /^Cannot reach the database at \/nonexistent\/\.s\.PGSQL\.5432 \(no such socket\): is PostgreSQL running there\?/,
  );
});

Deno.test("a DATABASE_URL whose server accepts but never answers: one line after the 10 s timeout", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  const held: Deno.Conn[] = [];
  const accepting = (async () => {
    for await (const conn of listener) held.push(conn);
  })();
  try {
    await assertStopsWith(
      { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/shop` },
      new RegExp(`^Cannot reach the database at 127\\.0\\.0\\.1:${port} \\(timed out\\)`),
    );
  } finally {
    listener.close();
    for (const conn of held) conn.close();
    await accepting.catch(() => {});
  }
});

Deno.test("a DATA_DIR that cannot be created: one line naming it and the fix", async () => {
  await assertStopsWith(
    { DATA_DIR: "/proc/no-such-dir/data" },
    /^Cannot use \/proc\/no-such-dir\/data for the embedded database \(no such file or directory\): set DATA_DIR to a directory this user can write, or set DATABASE_URL\.$/,
  );
});

// These two need a PostgreSQL server to refuse them: the one of DATABASE_URL, which the
// run on PostgreSQL sets.
Deno.test({
  name: "a DATABASE_URL naming a database that does not exist: one line saying how to create it",
  ignore: !Deno.env.get("DATABASE_URL"),
}, async () => {
  const name = `missing_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = serverUrl((u) => u.pathname = `/${name}`);
  const host = `${new URL(url).hostname}:${new URL(url).port || "5432"}`;
  await assertStopsWith(
    { DATABASE_URL: url },
    new RegExp(
      `^The database "${name}" does not exist at ${
        host.replaceAll(".", "\\.")
      }: create it \\(createdb ${name}\\) or check DATABASE_URL`,
    ),
  );
});

Deno.test({
  name: "a DATABASE_URL with a user the server does not know: one line naming the user",
  ignore: !Deno.env.get("DATABASE_URL"),
}, async () => {
  const user = `nobody_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = serverUrl((u) => {
    u.username = user;
    u.password = "";
  });
  await assertStopsWith(
    { DATABASE_URL: url },
    new RegExp(`^The database at \\S+ does not let user "${user}" in: check DATABASE_URL`),
  );
});
