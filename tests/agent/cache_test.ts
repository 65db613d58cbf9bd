import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { fitWindow } from "../../src/agent/window.ts";
import type { HistoryRow } from "../../src/conversations/thread.ts";
import { ask } from "../../src/chat/ask.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";

const model = (fake: FakeGemini) =>
  new GeminiModel({ apiKey: "test-key", model: "gemini-3.8-flash", baseUrl: fake.url });

const user = (text: string) => ({ role: "user", parts: [{ text }] });

Deno.test("the fake reports as cached the prefix a request shares with an earlier one, from the minimum size", async () => {
  await using fake = await FakeGemini.start({ minCacheTokens: 1024 });
  const system = "You are the shop's assistant. ".repeat(200); // about 1,500 tokens
  const gemini = model(fake);
  const first = await gemini.generate({ system, contents: [user("Hola")], tools: [] });
  assert.equal(first.usage.cachedTokens, 0, "nothing before it");
  const second = await gemini.generate({
    system,
    contents: [user("Hola"), { role: "model", parts: [{ text: "ok" }] }, user("¿y envíos?")],
    tools: [],
  });
  assert.ok((second.usage.cachedTokens ?? 0) >= system.length / 4, "the system prefix is cached");
  assert.ok((second.usage.cachedTokens ?? 0) < second.usage.inputTokens);
  const other = await gemini.generate({ system: "Brief.", contents: [user("Hola")], tools: [] });
  assert.equal(other.usage.cachedTokens, 0, "a short shared prefix is under the minimum");
});

Deno.test("cached tokens from usageMetadata are stored with each step and counted in /metrics", async () => {
  await using fake = await FakeGemini.start({ minCacheTokens: 256 });
  await using shop = await testApp({ METRICS_PUBLIC: "1" }, { model: model(fake) });
  const phone = "+34600000201";
  fake.script(
    { calls: [{ name: "view_cart" }] },
    { text: "Tu carrito está vacío." },
    { text: "De nada." },
  );
  await ask(shop.inbox, phone, "ver carrito");
  await ask(shop.inbox, phone, "gracias");
  const steps = await shop.sql<{ input: number; cached: number }[]>`
    select m.input_tokens as input, m.cached_tokens as cached from messages m
    join conversations v on v.id = m.conversation_id join customers c on c.id = v.customer_id
    where c.phone = ${phone} and m.kind = 'model' order by m.id`;
  assert.equal(steps.length, 3);
  assert.equal(steps[0].cached, 0);
  assert.ok(steps.slice(1).every((s) => s.cached > 0 && s.cached < s.input), "later calls cached");
  const metrics = await (await shop.request("/metrics")).text();
  const cached = Number(/model_tokens_total\{direction="cached"\} (\d+)/.exec(metrics)?.[1]);
  assert.equal(cached, steps.reduce((n, s) => n + s.cached, 0));
});

/** A conversation of `turns` turns (customer, model call, tool, answer), newest first. */
function conversation(turns: number): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let id = 1000;
  for (let t = 0; t < turns; t++) {
    const turnId = id;
    // Sizes like the bench's: a short message, a call, a tool result, an answer.
    const vary = (t * 37) % 100;
    const row = (kind: HistoryRow["kind"], size: number): HistoryRow => ({
      id: id++,
      kind,
      turnId,
      text: null,
      parts: null,
      media: [],
      size,
    });
    rows.push(row("customer", 60 + vary), row("model", 250), row("tool", 400 + 8 * vary));
    rows.push(row("model", 200 + 3 * vary));
  }
  return rows.reverse();
}

/** Where a window sliding by whole turns would start: the oldest customer message that fits. */
function oldestTurnThatFits(newestFirst: HistoryRow[], budget: number): number {
  let used = 0;
  let start = newestFirst[0].id;
  for (const row of newestFirst) {
    used += row.size;
    if (used > budget) break;
    if (row.kind === "customer") start = row.id;
  }
  return start;
}

Deno.test("the window moves in steps: consecutive turns mostly start at the same message, within the budget", () => {
  const budget = 12_000;
  const all = conversation(120);
  let moves = 0;
  let slides = 0;
  let previous: number | null = null;
  let previousSlide: number | null = null;
  for (let t = 1; t <= 120; t++) {
    const newestFirst = all.slice(all.length - 4 * t);
    const turnId = newestFirst[3].turnId;
    const window = fitWindow(newestFirst, turnId, budget);
    assert.ok(window.reduce((n, r) => n + r.size, 0) <= budget, `turn ${t} within the budget`);
    assert.equal(window[0].kind, "customer");
    if (previous !== null && window[0].id !== previous) moves++;
    previous = window[0].id;
    const slide = oldestTurnThatFits(newestFirst, budget);
    if (previousSlide !== null && slide !== previousSlide) slides++;
    previousSlide = slide;
  }
  assert.ok(slides > 100, `a sliding window moves on almost every turn (${slides})`);
  assert.ok(moves <= 45, `the window's start moved on ${moves} of 120 turns`);
});
