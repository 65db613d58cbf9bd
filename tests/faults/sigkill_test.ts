/**
 * Fault drill: the server process is killed with SIGKILL while customers write, and started
 * again on the same port. Webhooks that got no answer meanwhile are delivered again with the
 * same MessageSid, as Twilio does. Every reply goes through the outbox (INLINE_REPLY_MS=0) and
 * leases are short (WORKER_LEASE_SECONDS=2), so the new process takes over the dead one's
 * conversations quickly. Every acknowledged message must be answered exactly once, in order,
 * within 40 s of the restart.
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
  openWorld,
  report,
  settle,
  sleep,
} from "./helpers.ts";

const CUSTOMERS = 12;
const MESSAGES = 10;
const SETTLE_MS = 40_000;

drill(
  "server killed with SIGKILL mid-load and restarted: one reply per acknowledged message",
  async () => {
    const started = Date.now();
    await using world = await openWorld({ gemini: true });
    world.gemini!.setDelay(300);
    await world.start({ INLINE_REPLY_MS: "0" });
    const load = new Load(world);

    const customers = load.crowd(34, CUSTOMERS, MESSAGES, 200);
    await sleep(2000);
    const killedAt = Date.now();
    await world.stop("SIGKILL");
    const left = await world.sql<{ id: number; status: string; body: string; toAddress: string }[]>`
    select id::int, status, body, to_address as "toAddress" from outbound_messages
    where status in ('pending', 'sending') order by id`;
    const sentBeforeKill = world.twilio.messages.filter((m) => m.receivedAt <= killedAt);
    const leftSending = left.filter((row) => row.status === "sending");
    const handedToTwilio = leftSending.filter((row) =>
      sentBeforeKill.some((m) => m.to === row.toAddress && m.body === row.body)
    );
    await world.start({ INLINE_REPLY_MS: "0" });
    const restartedAt = Date.now();
    await customers;
    const result = await settle(world, load, SETTLE_MS);
    const lastReply = Math.max(...world.twilio.messages.map((m) => m.receivedAt));
    const unsent = await world.sql<{ id: number; status: string }[]>`
    select id::int, status from outbound_messages where status in ('pending', 'sending') order by id`;

    report("sigkill", {
      messages: load.deliveries.length,
      webhook_retries: load.retries(),
      left_by_dead_process: {
        pending: left.length - leftSending.length,
        sending: leftSending.length,
        sending_that_twilio_had_received: handedToTwilio.length,
      },
      restart_ms: restartedAt - killedAt,
      answered: [...result.replies.values()].filter((r) => r.length > 0).length,
      last_reply_ms_after_restart: lastReply - restartedAt,
      still_unsent: unsent.length,
      log: logCounts(world.lines(), "inbox.recovered", "outbox.reconciled", "turn.finished"),
      duration_ms: Date.now() - started,
    });

    assert.deepEqual(
      unsent.map((row) => `${row.id} ${row.status}`),
      [],
      `outbound messages unsent ${SETTLE_MS / 1000} s after the restart. The dead process left ` +
        `${leftSending.length} rows 'sending' (${leftSending.map((r) => r.id)}), of which Twilio ` +
        `had received ${handedToTwilio.length}; each blocks its conversation's later replies`,
    );
    assertOneReplyEach(result, load);
    for (const d of load.deliveries) {
      assert.equal(result.replies.get(d.sid)?.[0].body, echo(d.text), `reply to ${d.text}`);
    }
    await assertConsistent(world.sql);
  },
);
