/**
 * Holds the offline model to its measured accuracy on the corpus, through the real turn path
 * (runner.ts): the cases it was tuned on at 95 % right tool or better and no write that the
 * case did not ask for. The held-out cases are measured by `deno task eval`, not held here:
 * they are kept for judging whether the model generalises, never for tuning it.
 * @module
 */
import assert from "node:assert/strict";
import type { ChatModel } from "../../src/agent/model.ts";
import { OfflineModel } from "../../src/agent/offline/model.ts";
import { corpus } from "./corpus.ts";
import { runCases, summarize } from "./runner.ts";

Deno.test("the offline model picks the right tool for 95 % of the tuned corpus and never writes unasked", async () => {
  const results = await runCases(corpus.filter((c) => !c.heldOut), {
    model: (storeName) => new OfflineModel({ storeName }),
  });
  const s = summarize(results);
  const wrong = results.filter((r) => r.wrongWrite).map((r) => `${r.case.id}: ${r.case.text}`);
  assert.deepEqual(wrong, [], "writes the customer did not ask for");
  assert.ok(s.cases >= 300, `${s.cases} cases scored`);
  assert.ok(s.tool / s.cases >= 0.95, `right tool ${s.tool}/${s.cases}`);
  assert.ok(s.args / s.cases >= 0.9, `right arguments ${s.args}/${s.cases}`);
  for (const [lang, l] of Object.entries(s.byLang)) {
    assert.ok(l.tool / l.cases >= 0.9, `${lang}: right tool ${l.tool}/${l.cases}`);
  }
});

Deno.test("the runner counts a write on a question as a wrong write, read from the real cart", async () => {
  const eager: ChatModel = {
    name: "eager",
    generate: (request) => {
      const answered = request.contents.at(-1)?.parts?.some((p) => p.functionResponse);
      return Promise.resolve({
        parts: answered
          ? [{ text: "ok" }]
          : [{ functionCall: { name: "add_to_cart", args: { product_id: 12, quantity: 1 } } }],
        usage: { inputTokens: 0, outputTokens: 0 },
      });
    },
  };
  const question = corpus.find((c) => c.id === "es-product_info-01")!;
  const order = corpus.find((c) => c.id === "es-add-01")!;
  const [asked, added] = await runCases([question, order], { model: () => eager });
  assert.equal(asked.wrongWrite, true);
  assert.equal(asked.tool, false);
  assert.deepEqual([added.wrongWrite, added.tool, added.args], [false, true, true]);
});
