/**
 * Fault drills: one database connection goes silent. A proxy between the server and Postgres
 * holds one statement, neither passing it on nor answering, as a half-open connection does or a
 * query postgres.js leaves pending when the server closes a connection during its start-up
 * (porsager/postgres#1193). Held in the middle of a turn (the statement that finishes it), the
 * worker waiting on it must be given up after `WORKER_STALL_SECONDS` and the conversation
 * answered by another worker of the same process; held in the outbox's claim of due replies, the
 * round must give up on it and the next one send. Either way the held statement, let through
 * afterwards, must change nothing: one reply per message, in each customer's order.
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
  logCounts,
  metric,
  openWorld,
  replyReport,
  report,
  SERVER_DATABASE_URL,
  settle,
  sleep,
  type World,
} from "./helpers.ts";

/** Text only the statement that finishes a turn has (inbox/claim.ts, finishTurn). */
const FINISH_TURN = "as released";
/** Text only the outbox's claim of due replies has (whatsapp/outbox.ts). */
const OUTBOX_CLAIM = "insert into send_slots";

drill(
  "a database connection silent mid-turn: the stuck worker is given up, one reply each",
  async () => {
    await using world = await openWorld({ gemini: true });
    assert.ok(await silentDrill(world, FINISH_TURN, "silent_turn"), "a turn's statement was held");
    assert.ok(
      await metric(world, 'inbox_workers_stalled_total{stage="finish"}') >= 1,
      "the stuck worker was counted",
    );
  },
);

drill(
  "a database connection silent in the outbox's claim: the next round sends, one reply each",
  async () => {
    await using world = await openWorld({ gemini: true });
    assert.ok(await silentDrill(world, OUTBOX_CLAIM, "silent_outbox"), "a claim was held");
    assert.ok(
      world.lines().some((l) => /outbox.round_failed.*no answer from the database/.test(l)),
      "the held claim was given up",
    );
  },
);

/**
 * Three customers write four messages each while the first statement carrying `marker` is
 * held; every message must be answered once while it is held, and still once after the
 * statement is let through. Returns whether a statement was held.
 */
async function silentDrill(world: World, marker: string, name: string): Promise<boolean> {
  const started = Date.now();
  await using proxy = SilentProxy.start(new URL(SERVER_DATABASE_URL));
  const proxied = new URL(world.env.DATABASE_URL);
  proxied.host = `127.0.0.1:${proxy.port}`;
  proxy.holdNext(marker);
  await world.start({
    DATABASE_URL: proxied.href,
    WORKER_STALL_SECONDS: "3",
    GEMINI_TIMEOUT_MS: "2000",
    INLINE_REPLY_MS: "0",
  });
  const load = new Load(world);
  await load.crowd(34, 3, 4, 300);
  const held = proxy.holding;

  const answered = await settle(world, load, 30_000);
  const heldFor = Date.now() - proxy.heldAt;
  await proxy.release();
  await sleep(1500);
  const result = await replyReport(world, load);
  report(name, {
    messages: load.deliveries.length,
    answered_while_held: [...answered.replies.values()].filter((r) => r.length > 0).length,
    held_ms: heldFor,
    log: logCounts(
      world.lines(),
      "inbox.worker_stalled",
      "inbox.lease_lost",
      "outbox.round_failed",
      "turn.finished",
    ),
    duration_ms: Date.now() - started,
  });

  assertOneReplyEach(answered, load);
  assertOneReplyEach(result, load);
  for (const d of load.deliveries) {
    assert.equal(result.replies.get(d.sid)?.[0].body, echo(d.text), `reply to ${d.text}`);
  }
  await assertConsistent(world.sql);
  return held;
}

/**
 * A TCP proxy to Postgres that can hold one connection: from the first client chunk carrying
 * a given text, nothing more goes to the server on that connection until `release`.
 */
class SilentProxy implements AsyncDisposable {
  readonly #listener: Deno.TcpListener;
  readonly #conns = new Set<Deno.Conn>();
  #marker: string | null = null;
  #release: (() => Promise<void>) | null = null;
  heldAt = 0;

  private constructor(readonly upstream: URL) {
    this.#listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    this.#accept();
  }

  static start(upstream: URL): SilentProxy {
    return new SilentProxy(upstream);
  }

  get port(): number {
    return this.#listener.addr.port;
  }

  /** Whether a connection is held now. */
  get holding(): boolean {
    return this.#release !== null;
  }

  /** Holds the next connection that sends `marker`. */
  holdNext(marker: string): void {
    this.#marker = marker;
  }

  /** Lets the held connection's bytes through, in order, and everything after them. */
  async release(): Promise<void> {
    await this.#release?.();
    this.#release = null;
  }

  async #accept(): Promise<void> {
    try {
      for await (const client of this.#listener) this.#pipe(client);
    } catch {
      // closed
    }
  }

  async #pipe(client: Deno.Conn): Promise<void> {
    const server = await Deno.connect({
      hostname: this.upstream.hostname,
      port: Number(this.upstream.port || 5432),
    });
    this.#conns.add(client).add(server);
    server.readable.pipeTo(client.writable).catch(() => {});
    const toServer = server.writable.getWriter();
    const queued: Uint8Array[] = [];
    let held = false;
    const decoder = new TextDecoder("latin1");
    try {
      for await (const chunk of client.readable) {
        if (!held && this.#marker && decoder.decode(chunk).includes(this.#marker)) {
          held = true;
          this.#marker = null;
          this.heldAt = Date.now();
          this.#release = async () => {
            while (queued.length > 0) await toServer.write(queued.shift()!);
            held = false;
          };
        }
        if (held) queued.push(chunk);
        else await toServer.write(chunk);
      }
    } catch {
      // either side went away
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.#listener.close();
    for (const conn of this.#conns) {
      try {
        conn.close();
      } catch {
        // already closed
      }
    }
    await sleep(0);
  }
}
