import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { ask } from "../../src/chat/ask.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { ADMIN_TOKEN } from "../helpers/app.ts";
import { testApp } from "../helpers/app.ts";

Deno.test("after request_human the agent stays silent until staff hands the conversation back", async () => {
  await using fake = await FakeGemini.start();
  const model = new GeminiModel({ apiKey: "test-key", model: "m", baseUrl: fake.url });
  await using shop = await testApp({}, { model });
  const phone = "+34600000001";
  fake.script(
    { calls: [{ name: "request_human", args: { reason: "quiere hablar con alguien" } }] },
    { text: "Te paso con una persona." },
  );
  assert.equal(
    (await ask(shop.inbox, phone, "quiero hablar con una persona")).messages[0].body,
    "Te paso con una persona.",
  );
  const [conversation] = await shop
    .sql`select id, handler, needs_attention, attention_reason from conversations`;
  assert.deepEqual({ ...conversation, id: 0 }, {
    id: 0,
    handler: "staff",
    needsAttention: true,
    attentionReason: "quiere hablar con alguien",
  });

  const silent = await ask(shop.inbox, phone, "¿hola? ¿hay alguien?");
  assert.equal(silent.status, "skipped");
  assert.deepEqual(silent.messages, []);
  assert.equal(fake.requests.length, 2, "the model was not called");
  const [stored] = await shop.sql`
    select text, status from messages where kind = 'customer' order by id desc limit 1`;
  assert.deepEqual({ ...stored }, { text: "¿hola? ¿hay alguien?", status: "skipped" });

  const unauthorized = await shop.request(`/api/admin/conversations/${conversation.id}/release`, {
    method: "POST",
  });
  assert.equal(unauthorized.status, 401);
  const released = await shop.request(`/api/admin/conversations/${conversation.id}/release`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  assert.equal(released.status, 200);
  assert.deepEqual(await released.json(), { id: conversation.id, handler: "agent" });
  const missing = await shop.request("/api/admin/conversations/999999/release", {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  assert.equal(missing.status, 404);

  fake.script({ text: "¡Hola de nuevo!" });
  assert.equal((await ask(shop.inbox, phone, "hola")).messages[0].body, "¡Hola de nuevo!");
  const history = fake.requests[2].body.contents ?? [];
  const texts = history.flatMap((c) => c.parts ?? []).map((p) => p.text).filter(Boolean);
  assert.ok(texts.includes("¿hola? ¿hay alguien?"), "the model sees what was said meanwhile");
});
