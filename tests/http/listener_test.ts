import assert from "node:assert/strict";
import { spawnServer } from "../helpers/process.ts";
import { listenHost } from "../../src/server.ts";
import { loadConfig } from "../../src/shared/config.ts";
import { FD_RESERVE, fittedCap } from "../../src/http/listener.ts";

const SCRIPT = "tests/http/fixtures/listener_server.ts";

/** GET `url` on a new connection, or the error's name when it fails or takes over `ms`. */
async function get(url: string, ms: number): Promise<string> {
  using client = Deno.createHttpClient({ poolMaxIdlePerHost: 0 });
  try {
    const response = await fetch(url, { client, signal: AbortSignal.timeout(ms) });
    return `${response.status} ${await response.text()}`;
  } catch (err) {
    return err instanceof Error ? err.name : String(err);
  }
}

Deno.test("the connection cap leaves descriptors free under the open-file limit", () => {
  assert.equal(fittedCap(10_000, 1024), 1024 - FD_RESERVE);
  assert.equal(fittedCap(500, 1_048_576), 500);
  assert.equal(fittedCap(10_000, null), 10_000);
});

Deno.test("the listener accepts again after the process ran out of file descriptors", async () => {
  const server = await spawnServer({ WATCHDOG_MS: "500" }, {
    script: SCRIPT,
    prefix: ["prlimit", "--nofile=200:200", "--"],
  });
  try {
    assert.equal(await get(`${server.url}/`, 2000), "200 ok");
    const held = await get(`${server.url}/hog?ms=500`, 2000);
    assert.match(held, /^200 \d+$/);
    // Out of descriptors for half a second: this connection's accept fails meanwhile.
    await get(`${server.url}/`, 3000);
    const after = [];
    for (let i = 0; i < 3; i++) after.push(await get(`${server.url}/`, 2000));
    assert.deepEqual(after, ["200 ok", "200 ok", "200 ok"], server.lines.join("\n"));
    assert.equal(server.exited(), false);
  } finally {
    await server.kill("SIGKILL");
  }
});

Deno.test("a connection that sends nothing, or its headers too slowly, is closed at the headers timeout", async () => {
  const server = await spawnServer({ HEADERS_TIMEOUT_MS: "1000", REQUEST_TIMEOUT_MS: "2000" }, {
    script: SCRIPT,
  });
  try {
    const { hostname, port } = new URL(server.url);
    const closedAfter = async (conn: Deno.Conn) => {
      const start = performance.now();
      const buffer = new Uint8Array(1024);
      try {
        while ((await conn.read(buffer)) !== null) { /* the 408, then the close */ }
      } catch {
        // reset: closed too
      }
      conn.close();
      return performance.now() - start;
    };
    const silent = await Deno.connect({ hostname, port: Number(port) });
    const slow = await Deno.connect({ hostname, port: Number(port) });
    await slow.write(new TextEncoder().encode(`GET / HTTP/1.1\r\nHost: ${hostname}\r\n`));
    const drip = setInterval(
      () => slow.write(new TextEncoder().encode("X-A: b\r\n")).catch(() => {}),
      200,
    );
    const [silentMs, slowMs] = await Promise.all([closedAfter(silent), closedAfter(slow)]);
    clearInterval(drip);
    assert.ok(silentMs >= 900 && silentMs < 2500, `silent closed after ${silentMs} ms`);
    assert.ok(slowMs >= 900 && slowMs < 2500, `slow headers closed after ${slowMs} ms`);
    assert.equal(await get(`${server.url}/`, 2000), "200 ok");
  } finally {
    await server.kill("SIGKILL");
  }
});

Deno.test("deno task start runs with the soft open-file limit raised to the hard limit", async () => {
  const dataDir = await Deno.makeTempDir();
  const server = await spawnServer({ DATA_DIR: dataDir }, {
    args: ["task", "start"],
    prefix: ["prlimit", "--nofile=512:4096", "--"],
    timeoutMs: 60_000,
  });
  try {
    const started = JSON.parse(server.lines.find((l) => l.includes('"server.started"'))!);
    assert.equal(started.open_files_limit, 4096);
    assert.equal(started.max_connections, 4096 - FD_RESERVE);
  } finally {
    await server.kill("SIGTERM");
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("DEV_MODE without a Twilio token listens on loopback only, and says so", async () => {
  const dataDir = await Deno.makeTempDir();
  const server = await spawnServer({ DEV_MODE: "1", DATA_DIR: dataDir }, { timeoutMs: 60_000 });
  try {
    const started = JSON.parse(server.lines.find((l) => l.includes('"server.started"'))!);
    const port = Number(new URL(server.url).port);
    assert.equal(started.listening, `127.0.0.1:${port}`);
    assert.ok(server.lines.some((l) => l.includes('"server.loopback_only"')));
    assert.equal(await get(`${server.url}/healthz`, 2000), '200 {"status":"ok"}');
    const outside = Deno.networkInterfaces().find((i) =>
      i.family === "IPv4" && !i.address.startsWith("127.")
    );
    if (outside) {
      await assert.rejects(
        Deno.connect({ hostname: outside.address, port }),
        Deno.errors.ConnectionRefused,
        `not reachable on ${outside.address}`,
      );
    }
  } finally {
    await server.kill("SIGTERM");
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("LISTEN_HOST decides where to listen; production and signed development listen everywhere", () => {
  const host = (env: Record<string, string>) => listenHost(loadConfig(env));
  assert.equal(host({ DEV_MODE: "1" }), "127.0.0.1");
  assert.equal(host({ DEV_MODE: "1", LISTEN_HOST: "0.0.0.0" }), "0.0.0.0");
  assert.equal(host({ DEV_MODE: "1", TWILIO_AUTH_TOKEN: "a-token-0123456789" }), "0.0.0.0");
  assert.equal(host({}), "0.0.0.0");
  assert.equal(host({ LISTEN_HOST: "::" }), "::");
});
