import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { ask } from "../../src/chat/ask.ts";
import { loadConfig } from "../../src/shared/config.ts";
import { formatMicros, tokenCostMicros } from "../../src/reports/model-cost.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";
import { signIn, visibleText } from "./staff.ts";

const prices = {
  inputPerMillionMicros: 500_000,
  cachedPerMillionMicros: 50_000,
  outputPerMillionMicros: 3_000_000,
  date: "2025-12-17",
};

Deno.test("cached input is billed at the cached price, the rest of the input and the output at theirs", () => {
  assert.equal(
    tokenCostMicros({ inputTokens: 10_000, cachedTokens: 8_000, outputTokens: 200 }, prices),
    2000 * 0.5 + 8000 * 0.05 + 200 * 3,
  );
  assert.equal(
    tokenCostMicros({ inputTokens: 1_000_000, cachedTokens: 0, outputTokens: 0 }, prices),
    500_000,
  );
  assert.equal(formatMicros(2685), "$0.0027");
  assert.equal(formatMicros(12_345_678), "$12.35");
});

Deno.test("prices are settings in US$ per million tokens; a wrong one stops start-up", () => {
  const config = loadConfig({ GEMINI_PRICE_INPUT: "0.30", GEMINI_PRICES_DATE: "2026-01-15" });
  assert.equal(config.gemini.prices.inputPerMillionMicros, 300_000);
  assert.equal(config.gemini.prices.outputPerMillionMicros, 3_000_000);
  assert.equal(config.gemini.prices.date, "2026-01-15");
  assert.throws(
    () => loadConfig({ GEMINI_PRICE_OUTPUT: "3,00" }),
    /GEMINI_PRICE_OUTPUT must be US\$ per million tokens, such as 0\.50/,
  );
});

Deno.test("the metrics page prices the tokens a sale's conversation used, per conversation and per order", async () => {
  await using fake = await FakeGemini.start({ minCacheTokens: 256 });
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: fake.url,
  });
  await using shop = await testApp({ GEMINI_PRICE_INPUT: "1.00", GEMINI_PRICE_OUTPUT: "10.00" }, {
    model,
  });
  fake.script({ calls: [{ name: "view_cart" }] }, { text: "Vacío." }, { text: "Hola." });
  await ask(shop.inbox, "+34600000501", "ver carrito");
  await ask(shop.inbox, "+34600000502", "hola");
  const [t] = await shop.sql<{ input: number; cached: number; output: number }[]>`
    select sum(input_tokens)::int as input, sum(cached_tokens)::int as cached,
      sum(output_tokens)::int as output from messages where kind = 'model'`;
  assert.ok(t.cached > 0, "some input came from the cache");
  const expected = tokenCostMicros(
    { inputTokens: t.input, cachedTokens: t.cached, outputTokens: t.output },
    { ...prices, inputPerMillionMicros: 1_000_000, outputPerMillionMicros: 10_000_000 },
  );
  const staff = await signIn(shop.request);
  const text = visibleText(await (await staff.get("/admin/metrics?days=1")).text());
  assert.match(
    text,
    new RegExp(`Model cost \\${formatMicros(expected).replace(".", "\\.")} Model`),
  );
  assert.match(
    text,
    new RegExp(`\\${formatMicros(Math.round(expected / 2)).replace(".", "\\.")} per conversation`),
  );
  assert.match(text, /— per order placed/, "no order in the period");
  assert.match(text, /At \$1\.00 per million input tokens, \$0\.05 cached, \$10\.00 output/);
});
