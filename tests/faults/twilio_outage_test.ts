/**
 * Fault drill: Twilio's Messages API answers 500, 503 or 429 for five seconds
 * while customers write; every reply goes through the outbox (INLINE_REPLY_MS=0). Once Twilio
 * recovers, the outbox must drain by itself: each acknowledged message answered exactly once,
 * each customer's replies in the order of their messages, every failed attempt recorded.
 *
 * @module
 */
import assert from "node:assert/strict";
import type { FakeFailure } from "../fakes/twilio.ts";
import {
  assertConsistent,
  assertOneReplyEach,
  drill,
  echo,
  Load,
  logCounts,
  openWorld,
  report,
  settle,
  sleep,
} from "./helpers.ts";

const CUSTOMERS = 10;
const MESSAGES = 5;
const OUTAGE_MS = 5000;

drill(
  "Twilio failing with 5xx and 429 for a while: the outbox drains in order once it recovers",
  async () => {
    const started = Date.now();
    await using world = await openWorld({ gemini: true });
    await world.start({ INLINE_REPLY_MS: "0" });
    const load = new Load(world);

    const failures: FakeFailure[] = [
      { status: 500 },
      { status: 503 },
      { status: 429 },
    ];
    let next = 0;
    let outageEnds = Infinity;
    const customers = load.crowd(31, CUSTOMERS, MESSAGES, 1000);
    await sleep(1000);
    outageEnds = Date.now() + OUTAGE_MS;
    world.twilio.setResponder(() =>
      Date.now() < outageEnds ? failures[next++ % failures.length] : null
    );
    await customers;

    const result = await settle(world, load, 45_000);
    const lastSent = Math.max(...world.twilio.messages.map((m) => m.receivedAt));
    assertOneReplyEach(result, load);
    for (const d of load.deliveries) {
      assert.equal(result.replies.get(d.sid)?.[0].body, echo(d.text), `reply to ${d.sid}`);
    }
    await assertConsistent(world.sql);

    const failedRequests = world.twilio.requests.filter((r) => r.status !== 201).length;
    const [attempts] = await world.sql<{ failed: number; ok: number; maxAttempts: number }[]>`
      select count(*) filter (where http_status is distinct from 201)::int as failed,
        count(*) filter (where http_status = 201)::int as ok,
        (select max(attempts) from outbound_messages)::int as "maxAttempts"
      from delivery_attempts`;
    assert.ok(failedRequests > 0, "the outage was felt");
    assert.equal(attempts.failed, failedRequests, "every failed attempt is recorded");
    assert.equal(attempts.ok, CUSTOMERS * MESSAGES, "one successful attempt per reply");

    report("twilio_outage", {
      messages: load.deliveries.length,
      twilio_requests: world.twilio.requests.length,
      twilio_failed_requests: failedRequests,
      max_attempts_per_reply: attempts.maxAttempts,
      drained_ms_after_outage: lastSent - outageEnds,
      log: logCounts(world.lines(), "outbox.attempt", "outbox.round_failed"),
      duration_ms: Date.now() - started,
    });
  },
);
