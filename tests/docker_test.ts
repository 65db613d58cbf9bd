/**
 * What can be checked of the container image without a Docker engine: the Dockerfile's
 * statements, what .dockerignore leaves out, the narrowing of the imports the image installs,
 * and the health-check script against real servers.
 */
import assert from "node:assert/strict";
import { type Lock, narrowLock, productionImports } from "../scripts/production-imports.ts";
import { emptyServerDatabase } from "./helpers/db.ts";
import { spawnServer } from "./helpers/process.ts";

const root = new URL("..", import.meta.url);
const read = (path: string) => Deno.readTextFile(new URL(path, root));

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
async function instructions(): Promise<{ op: string; args: string }[]> {
  const text = (await read("Dockerfile")).replace(/\\\n/g, " ");
  return text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => {
    const [op, ...rest] = l.split(/\s+/);
    return { op: op.toUpperCase(), args: rest.join(" ") };
  });
}

/** The instructions of the last stage, the image that runs. */
async function finalStage() {
  const all = await instructions();
  const from = all.map((i) => i.op).lastIndexOf("FROM");
  return all.slice(from);
}

Deno.test("the image runs as the non-root deno user and checks its health with Deno's fetch", async () => {
  const stage = await finalStage();
  const users = stage.filter((i) => i.op === "USER").map((i) => i.args);
  assert.deepEqual(users, ["deno"], "one USER, the image's non-root deno");
  const userAt = stage.findIndex((i) => i.op === "USER");
  const copies = stage.map((i, n) => [i, n] as const).filter(([i]) => i.op === "COPY");
  for (const [copy, n] of copies) {
    assert.ok(n > userAt && copy.args.includes("--chown=deno:deno"), `owned by deno: ${copy.args}`);
  }
  const health = stage.filter((i) => i.op === "HEALTHCHECK");
  assert.equal(health.length, 1);
  const command = JSON.parse(/CMD\s+(\[.*\])/.exec(health[0].args)?.[1] ?? "null");
  assert.deepEqual(command.slice(0, 2), ["deno", "run"]);
  assert.equal(command.at(-1), "scripts/healthcheck.ts");
  await Deno.stat(new URL("scripts/healthcheck.ts", root));
  assert.deepEqual(JSON.parse(stage.find((i) => i.op === "CMD")?.args ?? "null"), [
    "deno",
    "task",
    "start",
  ]);
});

Deno.test("the image is on the Deno version CI uses, and installs only as deno.lock pins", async () => {
  const all = await instructions();
  const ci = /^DENO_VERSION=(\S+)$/m.exec(await read(".ci/run"))?.[1];
  for (const from of all.filter((i) => i.op === "FROM")) {
    assert.match(from.args, new RegExp(`^denoland/deno:${ci?.replaceAll(".", "\\.")}( |$)`));
  }
  const runs = all.filter((i) => i.op === "RUN" && /deno (install|cache)/.test(i.args));
  assert.ok(runs.length >= 2);
  for (const run of runs) {
    for (const step of run.args.split("&&").filter((s) => /deno (install|cache)/.test(s))) {
      assert.match(step, /--frozen/, step);
    }
  }
});

Deno.test(".dockerignore leaves out tests, the bench, CI, docs and local state; COPY takes only what exists", async () => {
  const ignored = (await read(".dockerignore")).split("\n").map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  for (const path of ["tests", "bench", ".ci", "docs", ".git", ".env", "data", "node_modules"]) {
    assert.ok(ignored.includes(path), `${path} is ignored`);
  }
  const copies = (await instructions()).filter((i) =>
    i.op === "COPY" && !i.args.includes("--from")
  );
  for (const copy of copies) {
    const paths = copy.args.split(/\s+/).filter((a) => !a.startsWith("--")).slice(0, -1);
    for (const path of paths) {
      await Deno.stat(new URL(path, root));
      assert.ok(!ignored.includes(path.replace(/\/$/, "")), `${path} is not ignored`);
    }
  }
});

Deno.test("the image's imports are the npm packages the server and its scripts load, closed under dependencies", async () => {
  const config = JSON.parse(await read("deno.json"));
  const lock: Lock = JSON.parse(await read("deno.lock"));
  const sources: string[] = [];
  for (const dir of ["src", "scripts"]) {
    for await (const path of files(new URL(`${dir}/`, root))) {
      sources.push(await Deno.readTextFile(path));
    }
  }
  sources.push(await read("main.ts"));
  const imports = productionImports(config.imports, sources);
  for (const testOnly of ["fast-check", "playwright-core"]) assert.ok(!(testOnly in imports));

  const loaded = new Set<string>();
  for (const entry of ["main.ts", "scripts/chat.ts", "scripts/seed.ts", "scripts/healthcheck.ts"]) {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["info", "--json", entry],
      cwd: root,
      stdout: "piped",
    }).output();
    const graph: { modules: { specifier: string }[] } = JSON.parse(
      new TextDecoder().decode(out.stdout),
    );
    for (const m of graph.modules) {
      const pkg = /^npm:\/?((?:@[^/]+\/)?[^/@]+@[^/]+)/.exec(m.specifier)?.[1];
      if (pkg) loaded.add(`npm:${pkg}`);
    }
  }
  const kept = new Set(
    Object.values(imports).map((t) => t.replace(/^npm:\//, "npm:").replace(/\/$/, "")),
  );
  assert.deepEqual([...kept].sort(), [...loaded].sort());

  const narrowed = narrowLock(lock, imports);
  assert.deepEqual(narrowed.workspace?.dependencies?.sort(), [...kept].sort());
  for (const [key, entry] of Object.entries(narrowed.npm)) {
    assert.deepEqual(entry, lock.npm[key], "entries are copied unchanged");
    for (const d of entry.dependencies ?? []) {
      assert.ok(
        Object.keys(narrowed.npm).some((k) =>
          k === d || k.startsWith(`${d}@`) || k.startsWith(`${d}_`)
        ),
        `${key} needs ${d}`,
      );
    }
  }
  assert.ok(!Object.keys(narrowed.npm).some((k) => /^(fast-check|playwright-core)@/.test(k)));
});

async function* files(dir: URL): AsyncGenerator<URL> {
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isDirectory) yield* files(new URL(`${entry.name}/`, dir));
    else if (/\.tsx?$/.test(entry.name)) yield new URL(entry.name, dir);
  }
}

/** Runs the health check as the image does, against `port`. */
async function healthcheck(port: number) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", "--allow-env=PORT", "scripts/healthcheck.ts"],
    cwd: root,
    env: { PORT: String(port) },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr).trim() };
}

Deno.test("the health check exits 0 against the running server, 1 when it is down or unhealthy", async () => {
  const serverUrl = Deno.env.get("DATABASE_URL");
  const dir = await Deno.makeTempDir();
  const db = serverUrl ? await emptyServerDatabase(serverUrl) : undefined;
  const server = await spawnServer(db ? { DATABASE_URL: db.url } : { DATA_DIR: `${dir}/data` });
  const port = Number(new URL(server.url).port);
  try {
    assert.deepEqual(await healthcheck(port), { code: 0, stderr: "" });
  } finally {
    await server.kill();
    await db?.drop();
    await Deno.remove(dir, { recursive: true });
  }
  const down = await healthcheck(port);
  assert.equal(down.code, 1);
  assert.match(
    down.stderr,
    new RegExp(`^unhealthy: http://127\\.0\\.0\\.1:${port}/healthz: .*Connection refused`),
  );

  const sick = Deno.serve(
    { port: 0, hostname: "127.0.0.1", onListen: () => {} },
    () => new Response("no", { status: 503 }),
  );
  try {
    assert.deepEqual(await healthcheck(sick.addr.port), {
      code: 1,
      stderr: `unhealthy: http://127.0.0.1:${sick.addr.port}/healthz answered 503`,
    });
  } finally {
    await sick.shutdown();
  }
});
