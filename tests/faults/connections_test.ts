/**
 * Drill: a server started with a 1,024 open-file limit (a common container default) faces
 * 2,000 idle TCP connections, 50 slow-loris connections (one header line a second) and a body
 * sent a byte every half second. A signed webhook is answered during the attack and after it,
 * every attacking connection is closed within the configured bounds, and the server is the same
 * process throughout. Prints the figures (`connections.figures`).
 *
 * @module
 */
import assert from "node:assert/strict";
import { drill, Load, openWorld, phone, sleep } from "./helpers.ts";

const LIMIT = 1024;
const IDLE = 2000;
const LORIS = 50;
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 12_000;

/** A connection the drill holds, and when the server closed it (ms after `opened`). */
interface Held {
  conn: Deno.TcpConn;
  opened: number;
  closedAfterMs: number | null;
}

/** Opens a connection and notes when the server closes it. */
async function hold(hostname: string, port: number): Promise<Held> {
  const conn = await Deno.connect({ hostname, port });
  const held: Held = { conn, opened: performance.now(), closedAfterMs: null };
  (async () => {
    const buffer = new Uint8Array(4096);
    try {
      while ((await conn.read(buffer)) !== null) { /* a 408 or nothing: wait for the close */ }
    } catch {
      // reset by the server: closed too
    }
    held.closedAfterMs = performance.now() - held.opened;
  })();
  return held;
}

/** Writes to a held connection, ignoring a connection the server already closed. */
async function write(held: Held, text: string): Promise<boolean> {
  try {
    await held.conn.write(new TextEncoder().encode(text));
    return true;
  } catch {
    return false;
  }
}

function openDescriptors(pid: number): number {
  return [...Deno.readDirSync(`/proc/${pid}/fd`)].length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

drill(
  "idle, slow-header and slow-body connections cannot stop a server with 1,024 open files",
  async () => {
    await using world = await openWorld();
    const server = await world.start({
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    }, { prefix: ["prlimit", `--nofile=${LIMIT}:${LIMIT}`, "--"] });
    const started = JSON.parse(server.lines.find((l) => l.includes('"server.started"'))!);
    assert.equal(started.open_files_limit, LIMIT);
    assert.ok(
      started.max_connections < LIMIT,
      `cap ${started.max_connections} fits under the limit`,
    );
    const { hostname, port } = new URL(world.url);
    const load = new Load(world, { retryMs: 250, giveUpMs: 30_000 });

    const idle: Held[] = [];
    for (let i = 0; i < IDLE; i++) idle.push(await hold(hostname, Number(port)));
    const loris: Held[] = [];
    for (let i = 0; i < LORIS; i++) {
      const held = await hold(hostname, Number(port));
      await write(held, `POST /webhook HTTP/1.1\r\nHost: ${hostname}:${port}\r\n`);
      loris.push(held);
    }
    const slowBody = await hold(hostname, Number(port));
    await write(
      slowBody,
      `POST /webhook HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n",
    );
    let dripping = true;
    const drips = (async () => {
      for (let line = 0; dripping; line++) {
        await sleep(500);
        await write(slowBody, "a");
        if (line % 2 === 0) {
          for (const held of loris) await write(held, `X-Line-${line}: a\r\n`);
        }
      }
    })();
    const peakDescriptors = openDescriptors(server.pid);

    const duringStart = performance.now();
    const during = await load.deliver(phone(41, 0), "hola durante el ataque");
    const duringMs = performance.now() - duringStart;
    assert.equal(during.attempts, 1, `answered at the first attempt: ${during.failures.join(",")}`);
    assert.match(during.twiml, /<Message>/);

    // Every attacking connection is closed by the server within its bound.
    const everyone = [...idle, ...loris, slowBody];
    const deadline = performance.now() + REQUEST_TIMEOUT_MS + 5_000;
    while (
      everyone.some((h) => h.closedAfterMs === null) && performance.now() < deadline
    ) {
      await sleep(200);
    }
    dripping = false;
    await drips;
    const open = everyone.filter((h) => h.closedAfterMs === null).length;
    assert.equal(open, 0, `${open} attacking connections still open`);
    const lorisMs = loris.map((h) => h.closedAfterMs!);
    assert.ok(
      Math.max(...lorisMs) < HEADERS_TIMEOUT_MS + 2_000,
      `slow headers closed by ${Math.max(...lorisMs)} ms`,
    );
    assert.ok(
      slowBody.closedAfterMs! < REQUEST_TIMEOUT_MS + 2_000,
      `slow body closed after ${slowBody.closedAfterMs} ms`,
    );
    const idleMs = idle.map((h) => h.closedAfterMs!);
    assert.ok(
      Math.max(...idleMs) < HEADERS_TIMEOUT_MS + 2_000,
      `idle closed by ${Math.max(...idleMs)} ms`,
    );
    for (const held of everyone) held.conn.close();

    const afterStart = performance.now();
    const after = await load.deliver(phone(41, 1), "hola después del ataque");
    const afterMs = performance.now() - afterStart;
    assert.equal(after.attempts, 1);
    assert.match(after.twiml, /<Message>/);

    assert.equal(server.exited(), false, "the server process is still running");
    assert.equal(world.server?.pid, server.pid);
    const lines = world.lines();
    assert.equal(lines.filter((l) => l.includes('"server.started"')).length, 1);
    assert.ok(lines.some((l) => l.includes('"http.connection_cap_reached"')));
    assert.ok(!lines.some((l) => /Too many open files|os error 24/.test(l)));

    const evictedSoon = idleMs.filter((ms) => ms < 2_000).length;
    console.log(JSON.stringify({
      msg: "connections.figures",
      open_files_limit: LIMIT,
      max_connections: started.max_connections,
      peak_descriptors: peakDescriptors,
      idle_closed_within_2s: evictedSoon,
      idle_closed_median_ms: Math.round(median(idleMs)),
      idle_closed_max_ms: Math.round(Math.max(...idleMs)),
      slow_headers_closed_median_ms: Math.round(median(lorisMs)),
      slow_body_closed_ms: Math.round(slowBody.closedAfterMs!),
      webhook_during_ms: Math.round(duringMs),
      webhook_after_ms: Math.round(afterMs),
    }));
  },
);
