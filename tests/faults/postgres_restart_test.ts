/**
 * Fault drill: the Postgres server is restarted twice while customers write: once with
 * `pg_ctlcluster ... restart` (down for a fraction of a second), then stopped, held down for
 * three seconds and started again (a restart long enough for `/readyz` to be seen failing).
 * Webhooks that fail meanwhile are not acknowledged and are delivered again with the same
 * MessageSid, as Twilio does. The server must say it is not ready while the database is down
 * (`/readyz` 503), become ready again by itself, and lose nothing: every acknowledged message
 * answered exactly once, inline or through the outbox, in order, and no reply put in a
 * webhook answer that came after Twilio's 15 s timeout (Twilio has stopped listening by then).
 *
 * This is the only drill that touches the Postgres server; it always leaves it running.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  assertConsistent,
  assertOneReplyEach,
  drill,
  echo,
  Load,
  openWorld,
  report,
  settle,
  sleep,
  TWILIO_WEBHOOK_TIMEOUT_MS,
} from "./helpers.ts";

const CUSTOMERS = 20;
const MESSAGES = 16;
const HOLD_DOWN_MS = 3000;

drill(
  "Postgres restarted mid-load: not ready meanwhile, recovers by itself, loses nothing",
  async () => {
    const started = Date.now();
    await using world = await openWorld({ gemini: true });
    world.gemini!.setDelay(100);
    // A statement the restart leaves pending forever (porsager/postgres#1193) holds up its
    // worker until the watchdog gives it up: soon enough here to be answered while it settles.
    await world.start({ WORKER_STALL_SECONDS: "25", GEMINI_TIMEOUT_MS: "5000" });
    const load = new Load(world);
    await using readiness = watchReadiness(world.url);
    const at: Record<string, number> = {};
    try {
      const customers = load.crowd(33, CUSTOMERS, MESSAGES, 100);
      await sleep(1500);
      at.restart = Date.now();
      await pgCtl("restart");
      await waitForPostgres(30_000);
      at.restarted = Date.now();
      await sleep(1000);
      at.stop = Date.now();
      await pgCtl("stop");
      at.stopped = Date.now();
      await sleep(HOLD_DOWN_MS);
      at.start = Date.now();
      await pgCtl("start");
      await waitForPostgres(30_000);
      at.started = Date.now();
      await customers;
    } finally {
      await ensurePostgresUp();
    }
    const result = await settle(world, load, 40_000);
    const states = await readiness.stop();

    const during = (from: number, to: number) => states.filter((s) => s.from >= from && s.at <= to);
    const held = during(at.stopped, at.start);
    const readyAgain = states.find((s) => s.from >= at.started && s.status === 200);
    const [{ restarted }] = await world.sql<{ restarted: number }[]>`
      select count(*)::int as restarted from messages where kind = 'customer' and attempts > 1`;
    const acked = new Map(load.deliveries.map((d) => [d.sid, d.ackedAt]));
    report("postgres_restart", {
      messages: load.deliveries.length,
      webhook_retries: load.retries(),
      retry_reasons: countOf(
        load.deliveries.flatMap((d) => d.failures.map((f) => f.replace(/ after \d+ ms/, ""))),
      ),
      slowest_webhook_ms: load.slowestMs,
      late_webhooks: load.late,
      quick_restart: {
        pg_ctlcluster_ms: at.restarted - at.restart,
        readyz: countOf(during(at.restart, at.restarted).map((s) => String(s.status))),
      },
      held_down: {
        stop_ms: at.stopped - at.stop,
        readyz_while_down: countOf(held.map((s) => String(s.status))),
        start_ms: at.started - at.start,
        ready_again_ms_after_start: (readyAgain?.at ?? NaN) - at.started,
      },
      turns_claimed_again: restarted,
      longest_wait_ack_to_reply_ms: Math.max(
        ...[...result.replies].map(([sid, r]) => (r[0]?.at ?? NaN) - acked.get(sid)!),
      ),
      duration_ms: Date.now() - started,
    });

    assertOneReplyEach(result, load);
    for (const d of load.deliveries) {
      assert.equal(result.replies.get(d.sid)?.[0].body, echo(d.text), `reply to ${d.text}`);
    }
    await assertConsistent(world.sql);
    assert.ok(held.length > 0, "/readyz was asked while Postgres was down");
    assert.deepEqual(
      held.filter((s) => s.status !== 503),
      [],
      "/readyz is 503 while Postgres is down",
    );
    assert.ok(readyAgain, "/readyz is 200 again by itself");
    assert.equal(states.at(-1)?.status, 200);
    // Twilio gives up on a webhook after 15 s and does not retry it by default: a reply put
    // inline in a later answer never reaches the customer, though it is recorded as sent.
    assert.deepEqual(
      load.late.filter((l) => l.inlineReply),
      [],
      `replies sent inline in webhook answers that came after Twilio's ` +
        `${TWILIO_WEBHOOK_TIMEOUT_MS / 1000} s timeout (lost without Twilio's retry)`,
    );
  },
);

/**
 * Polls `/readyz` every 100 ms until stopped (or disposed): each poll's start (`from`), end
 * (`at`) and status (0 when the server did not answer).
 */
/**
 * Probes `/readyz` every 200 ms, as a load balancer does: a probe does not wait for the one
 * before it, so a probe held by the database going down does not hide the next ones.
 */
function watchReadiness(base: string) {
  const states: { from: number; at: number; status: number }[] = [];
  const inFlight = new Set<Promise<void>>();
  const probe = async () => {
    const from = Date.now();
    let status = 0;
    try {
      const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(3000) });
      await response.body?.cancel();
      status = response.status;
    } catch {
      // the server did not answer
    }
    states.push({ from, at: Date.now(), status });
  };
  const timer = setInterval(() => {
    const p = probe().finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, 200);
  const stop = async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    return states.sort((x, y) => x.from - y.from);
  };
  return {
    stop,
    async [Symbol.asyncDispose]() {
      await stop();
    },
  };
}

async function pgCtl(action: "restart" | "stop" | "start"): Promise<void> {
  const [version] = [...Deno.readDirSync("/etc/postgresql")].map((e) => e.name).sort();
  const out = await new Deno.Command("pg_ctlcluster", {
    args: ["--skip-systemctl-redirect", version, "main", action],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) {
    throw new Error(`pg_ctlcluster ${action}: ${new TextDecoder().decode(out.stderr)}`);
  }
}

async function isReady(): Promise<boolean> {
  const out = await new Deno.Command("pg_isready", {
    args: ["-q", "-h", "127.0.0.1", "-p", "5432"],
  }).output();
  return out.success;
}

async function waitForPostgres(ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!await isReady()) {
    if (Date.now() > deadline) throw new Error("Postgres did not come back");
    await sleep(100);
  }
}

/** Never leave the machine without its Postgres. */
async function ensurePostgresUp(): Promise<void> {
  if (await isReady()) return;
  await pgCtl("start").catch(() => {});
  await waitForPostgres(60_000);
}

function countOf(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
