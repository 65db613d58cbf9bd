import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";
import { signIn, visibleText } from "../dashboard/staff.ts";

const KEY = "AIzaSyTest-key-that-a-gateway-echoes-0001";

Deno.test("a model error that echoes the API key is stored, shown and logged without it", async () => {
  await using fake = await FakeGemini.start({ apiKey: KEY });
  fake.fallback((req) => ({
    error: 400,
    message:
      `gateway: upstream refused; request headers x-goog-api-key: ${req.apiKey}; key=${req.apiKey}`,
  }));
  await using t = await testApp({
    GOOGLE_API_KEY: KEY,
    GEMINI_BASE_URL: fake.url,
    MODEL_FALLBACK: "apology",
  }, {
    captureLog: true,
  });
  await ask(t.inbox, "+34600000001", "Hola");
  assert.equal(fake.requests[0].apiKey, KEY, "the gateway did see the key");
  const [message] = await t.sql<{ error: string; conversationId: number }[]>`
    select error, conversation_id from messages where kind = 'customer'`;
  assert.match(message.error, /model failed: .*gateway: upstream refused/);
  assert.match(message.error, /\[redacted\]/);
  assert.doesNotMatch(message.error, new RegExp(KEY));
  const staff = await signIn(t.request);
  const page = await (await staff.get(`/admin/conversations/${message.conversationId}`)).text();
  assert.match(visibleText(page), /gateway: upstream refused/);
  assert.doesNotMatch(page, new RegExp(KEY));
  assert.ok(t.logLines.some((l) => l.includes("agent.model_failed")));
  for (const line of t.logLines) assert.doesNotMatch(line, new RegExp(KEY));
});
