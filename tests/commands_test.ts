/**
 * Every `deno task` command answers `--help` with its options and exit status 0, and refuses an
 * unknown option with one line and exit status 2, before touching the database or the network.
 */
import assert from "node:assert/strict";
import { emptyServerDatabase } from "./helpers/db.ts";

const root = new URL("..", import.meta.url);

/** Each command: how it is run, the name its usage gives, and options the usage must list. */
const COMMANDS: [args: string[], name: string, options: string[]][] = [
  ...(["start", "dev", "migrate", "seed", "import"].map((
    task,
  ) => [["task", task], `deno task ${task}`, []])) as [
    string[],
    string,
    string[],
  ][],
  [["task", "chat"], "deno task chat", ["--phone <number>"]],
  [["task", "bench"], "deno task bench", [
    "--json",
    "--model-latency-ms <ms>",
    "--inline-reply-ms <ms>",
    "--seconds <n>",
  ]],
  [
    ["run", "-A", "scripts/healthcheck.ts"],
    "deno run scripts/healthcheck.ts",
    ["--url <url>", "--timeout-ms <ms>"],
  ],
  [["run", "-A", "scripts/production-imports.ts"], "deno run scripts/production-imports.ts", []],
  [["task", "eval"], "deno task eval", ["--failures", "--only <id prefix>", "--json"]],
];

async function run(args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: root,
    env: { DATA_DIR: "/nonexistent/never-created", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr) };
}

/** What the task printed on stderr, without `deno task`'s own "Task ..." line. */
const ownLines = (stderr: string) =>
  stderr.split("\n").filter((l) => l.trim() !== "" && !/^Task \S+ /.test(l));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const [args, name, options] of COMMANDS) {
  Deno.test(`\`${name} --help\` prints its usage and exits 0`, async () => {
    const out = await run([...args, "--help"]);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, new RegExp(`^${escape(name)}: `));
    assert.match(out.stdout, new RegExp(`\nUsage: ${escape(name)}( \\[options\\])?\n`));
    assert.match(out.stdout, /\n {2}-h, --help +show this help and exit\n/);
    for (const option of options) assert.ok(out.stdout.includes(`  ${option}  `), option);
    assert.deepEqual(ownLines(out.stderr), []);
  });

  Deno.test(`\`${name}\` refuses an unknown option with one line and exit status 2`, async () => {
    const out = await run([...args, "--no-such-option"]);
    assert.equal(out.code, 2, out.stdout + out.stderr);
    assert.deepEqual(ownLines(out.stderr), [
      `${name}: Unknown option '--no-such-option'. Run \`${name} --help\` for its options.`,
    ]);
    assert.equal(out.stdout, "");
  });
}

Deno.test("the server's commands point to where their settings are documented", async () => {
  for (const task of ["start", "dev", "chat", "migrate", "seed"]) {
    const out = await run(["task", task, "--help"]);
    assert.match(out.stdout, /see \.env\.example and the README's Configuration section/, task);
  }
});

Deno.test("`deno task dev` without .env says so once, and serves with DEV_MODE=1", async () => {
  const dir = await Deno.makeTempDir();
  const serverUrl = Deno.env.get("DATABASE_URL");
  const db = serverUrl ? await emptyServerDatabase(serverUrl) : undefined;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("scripts/dev.ts", root).pathname],
    cwd: dir,
    env: {
      PATH: Deno.env.get("PATH") ?? "",
      HOME: Deno.env.get("HOME") ?? dir,
      ...(Deno.env.get("DENO_DIR") ? { DENO_DIR: String(Deno.env.get("DENO_DIR")) } : {}),
      PORT: "0",
      ...(db ? { DATABASE_URL: db.url } : { DATA_DIR: `${dir}/data` }),
      LOG_LEVEL: "info",
      NO_COLOR: "1",
    },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  // Under --watch a server that fails to start waits for a change instead of exiting.
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const stderr = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  let errors = "";
  const drainErrors = (async () => {
    for (let r = await stderr.read(); !r.done; r = await stderr.read()) errors += r.value;
  })();
  try {
    const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    let out = "";
    while (!out.includes('"server.started"')) {
      const r = await lines.read();
      assert.ok(!r.done, `the server did not start:\n${out}\n${errors}`);
      out += r.value;
    }
    assert.match(out, /"webhook\.unsigned_accepted"/, "DEV_MODE=1 is set");
    child.kill("SIGINT");
    assert.equal((await child.status).code, 0);
    await drainErrors;
    await lines.cancel();
    const notes = errors.split("\n").filter((l) => /\.env/.test(l));
    assert.deepEqual(notes, [
      "No .env file here: starting with the environment and the defaults (copy .env.example to .env to change settings).",
    ]);
  } finally {
    try {
      child.kill("SIGKILL");
    } catch {
      // already exited
    }
    await child.status;
    clearTimeout(timer);
    await db?.drop();
    await Deno.remove(dir, { recursive: true });
  }
});
