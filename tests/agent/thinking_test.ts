import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import { ConfigError, loadConfig } from "../../src/shared/config.ts";
import { thinkingFor } from "../../src/shared/thinking.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";

Deno.test("Gemini 3 models take a level, low unless set; Gemini 2.5 models a budget, never both", () => {
  assert.deepEqual(thinkingFor("gemini-3.8-flash", undefined), { thinkingLevel: "LOW" });
  assert.deepEqual(thinkingFor("gemini-3-flash-preview", "minimal"), { thinkingLevel: "MINIMAL" });
  assert.deepEqual(thinkingFor("gemini-3-pro-preview", "HIGH"), { thinkingLevel: "HIGH" });
  assert.deepEqual(thinkingFor("gemini-2.5-flash", undefined), { thinkingBudget: 1024 });
  assert.deepEqual(thinkingFor("gemini-2.5-flash", "minimal"), { thinkingBudget: 0 });
  assert.deepEqual(thinkingFor("gemini-2.5-pro", "minimal"), { thinkingBudget: 128 });
  assert.deepEqual(thinkingFor("gemini-2.5-flash-lite", "2048"), { thinkingBudget: 2048 });
  assert.equal(thinkingFor("gemini-2.0-flash", undefined), undefined, "an older model: nothing");
  assert.equal(thinkingFor("my-gateway-model", undefined), undefined);
});

Deno.test("a thinking setting the model does not take stops start-up with one clear line", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ GEMINI_MODEL: "gemini-3-pro-preview", GEMINI_THINKING_LEVEL: "minimal" }, /low or high/],
    [
      { GEMINI_MODEL: "gemini-3.8-flash", GEMINI_THINKING_LEVEL: "2048" },
      /take a level, not a budget/,
    ],
    [{ GEMINI_MODEL: "gemini-2.5-pro", GEMINI_THINKING_LEVEL: "0" }, /budget from 128 to 32768/],
    [{ GEMINI_MODEL: "gemini-2.0-flash", GEMINI_THINKING_LEVEL: "low" }, /does not think/],
    [{ GEMINI_MODEL: "my-gateway-model", GEMINI_THINKING_LEVEL: "low" }, /not a model family/],
    [{ GEMINI_THINKING_LEVEL: "lots" }, /must be one of minimal, low, medium, high/],
  ];
  for (const [env, message] of cases) {
    assert.throws(() => loadConfig(env), (err: Error) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /^Invalid configuration: GEMINI_THINKING_LEVEL/);
      assert.match(err.message, message);
      return true;
    });
  }
});

Deno.test("the level is sent in generationConfig.thinkingConfig and the fake accepts it", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.url,
    GEMINI_THINKING_LEVEL: "minimal",
  });
  fake.script({ text: "Hola" });
  await ask(shop.inbox, "+34600000301", "hola");
  assert.equal(fake.requests[0].status, 200);
  assert.deepEqual(fake.requests[0].body.generationConfig?.thinkingConfig, {
    thinkingLevel: "MINIMAL",
  });
});

Deno.test("a Gemini 2.5 model gets a budget, never a level", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.url,
    GEMINI_MODEL: "gemini-2.5-flash",
  });
  fake.script({ text: "Hola" });
  await ask(shop.inbox, "+34600000302", "hola");
  assert.equal(fake.requests[0].status, 200);
  assert.deepEqual(fake.requests[0].body.generationConfig?.thinkingConfig, {
    thinkingBudget: 1024,
  });
});
