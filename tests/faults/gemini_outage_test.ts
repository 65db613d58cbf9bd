/**
 * Fault drill: Gemini answers 500, 429 or never answers (the call times out) for six seconds
 * while customers write, then recovers. The server keeps inline replies (INLINE_REPLY_MS
 * default), so slow turns cross the inline deadline and go through the outbox instead. Every
 * acknowledged message must get exactly one reply: the model's answer, the offline fallback's
 * (the step says so), or, when both failed, the apology (and the message is kept as failed,
 * flagged for staff). Messages written after the outage are answered normally.
 *
 * @module
 */
import assert from "node:assert/strict";
import { apology } from "../../src/agent/language.ts";
import type { FakeReply } from "../fakes/gemini.ts";
import {
  assertConsistent,
  assertOneReplyEach,
  drill,
  echo,
  Load,
  logCounts,
  metric,
  openWorld,
  report,
  settle,
  sleep,
} from "./helpers.ts";

const CUSTOMERS = 8;
const MESSAGES = 5;
const OUTAGE_MS = 6000;

drill(
  "Gemini failing and timing out for a while: one reply per message, answers again after",
  async () => {
    const started = Date.now();
    await using world = await openWorld({ gemini: true });
    const gemini = world.gemini!;
    let outage = { from: Infinity, to: Infinity };
    const failures: FakeReply[] = [{ hang: true }, { error: 500 }, { hang: true }, { error: 429 }];
    let next = 0;
    gemini.fallback((req) => {
      const now = Date.now();
      if (now >= outage.from && now < outage.to) return failures[next++ % failures.length];
      const contents = req.body.contents ?? [];
      return { text: echo(contents.at(-1)?.parts?.at(-1)?.text ?? "") };
    });
    await world.start({ GEMINI_TIMEOUT_MS: "2000" });
    const load = new Load(world);

    const customers = load.crowd(32, CUSTOMERS, MESSAGES, 800);
    await sleep(1000);
    outage = { from: Date.now(), to: Date.now() + OUTAGE_MS };
    await customers;
    const result = await settle(world, load, 40_000);

    assertOneReplyEach(result, load);
    // Turns the offline fallback answered (MODEL_FALLBACK's default) say so in their steps.
    const offline = new Set(
      (await world.sql<{ sid: string }[]>`
        select distinct m.external_id as sid from messages m
        join messages a on a.turn_id = m.id and a.kind = 'model' and a.model = 'offline'
        where m.kind = 'customer'`).map((r) => r.sid),
    );
    let failed = 0;
    for (const d of load.deliveries) {
      const [reply] = result.replies.get(d.sid)!;
      const status = result.status.get(d.sid);
      if (status === "failed") failed++;
      if (status === "done" && offline.has(d.sid)) {
        assert.notEqual(reply.body, apology("es"), `offline answer to ${d.text}`);
        continue;
      }
      assert.equal(
        reply.body,
        status === "done" ? echo(d.text) : apology("es"),
        `reply to ${d.text}`,
      );
    }
    assert.ok(failed + offline.size > 0, "the outage was felt");
    const [late] = await world.sql<{ notDone: number; flagged: number }[]>`
    select count(*) filter (where status <> 'done' and created_at > ${new Date(
      outage.to + 1000,
    )})::int
        as "notDone",
      (select count(*)::int from conversations where needs_attention) as flagged
    from messages where kind = 'customer'`;
    assert.equal(late.notDone, 0, "messages written after the outage are answered normally");
    if (failed > 0) {
      assert.ok(late.flagged > 0, "conversations with a failed turn are flagged for staff");
    }
    assert.equal(await metric(world, 'agent_turns_total{status="failed"}'), failed);
    await assertConsistent(world.sql);

    const inline = [...result.replies.values()].filter((r) => r[0]?.via === "inline").length;
    report("gemini_outage", {
      messages: load.deliveries.length,
      failed_with_apology: failed,
      replies_inline: inline,
      replies_rest: load.deliveries.length - inline,
      gemini_requests: gemini.requests.length,
      gemini_errors: gemini.requests.filter((r) => r.status !== 200).length,
      log: logCounts(world.lines(), "agent.model_failed", "turn.finished"),
      duration_ms: Date.now() - started,
    });
  },
);
