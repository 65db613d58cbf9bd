import assert from "node:assert/strict";
import type { ChatModel, ModelRequest } from "../../src/agent/model.ts";
import { OfflineModel } from "../../src/agent/offline/model.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

const NOTICE = /He recibido varios mensajes seguidos/;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The offline model, counting its calls and keeping what each one was asked. */
function countingModel(latencyMs = 0): ChatModel & { calls: ModelRequest[] } {
  const inner = new OfflineModel({ storeName: "Mi Tienda", latencyMs });
  const calls: ModelRequest[] = [];
  return {
    name: "counting-offline",
    calls,
    generate(request) {
      calls.push(request);
      return inner.generate(request);
    },
  };
}

/** The customer texts a model request carries, in order. */
function customerTexts(request: ModelRequest): string[] {
  return request.contents.filter((c) => c.role === "user").flatMap((c) =>
    (c.parts ?? []).map((p) => p.text ?? "")
  ).filter((t) => t.startsWith("hola "));
}

async function waitUntil(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(50);
  }
}

Deno.test("past its turns a minute, a customer's messages are all stored, held, then answered in one turn; told once", async () => {
  const model = countingModel();
  await using wa = await whatsappShop({ CUSTOMER_RATE_PER_MINUTE: "3" }, { model });
  wa.outbox.start();
  const phone = "+34600000077";
  const answers = [];
  for (let i = 1; i <= 12; i++) {
    const res = await wa.send(phone, `hola ${i}`);
    assert.equal(res.status, 200);
    answers.push(wa.parse(await res.text()).length);
  }
  assert.deepEqual(answers, [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], "3 answered inline, then held");
  assert.equal(model.calls.length, 3);
  const stored = await wa.sql<{ status: string }[]>`
    select status from messages where kind = 'customer' order by id`;
  assert.equal(stored.length, 12, "nothing lost");
  assert.deepEqual(stored.slice(3).map((m) => m.status), Array(9).fill("queued"));

  // The customer is told once, through the outbox.
  const [notice] = await wa.twilio.waitForMessages(1);
  assert.match(notice.body, NOTICE);

  // The minute ends: one turn answers the nine waiting messages together.
  await wa.sql`update conversations set turn_window_start = now() - interval '61 seconds'`;
  const [{ id }] = await wa.sql<{ id: number }[]>`select id from conversations`;
  await wa.inbox.kick(id);
  assert.equal(model.calls.length, 4, "one model call for nine messages");
  assert.deepEqual(
    customerTexts(model.calls[3]).slice(-9),
    Array.from({ length: 9 }, (_, i) => `hola ${i + 4}`),
    "the model saw every waiting message",
  );
  const after = await wa.sql<{ status: string }[]>`
    select status from messages where kind = 'customer' order by id`;
  assert.ok(after.every((m) => m.status === "done"), JSON.stringify(after));
  await wa.twilio.waitForMessages(2);
  const sent = wa.twilio.messages.map((m) => m.body);
  assert.equal(sent.filter((b) => NOTICE.test(b)).length, 1, "told once");
  const [{ n }] = await wa.sql`
    select count(*)::int as n from messages where kind = 'system' and text ~ 'varios mensajes'`;
  assert.equal(n, 1, "the notice is in the thread staff see");
});

Deno.test("more waiting messages than CUSTOMER_MAX_QUEUED are answered as one turn, not one model call each", async () => {
  const model = countingModel(400);
  await using wa = await whatsappShop({
    CUSTOMER_MAX_QUEUED: "2",
    INLINE_REPLY_MS: "0",
  }, { model });
  wa.outbox.start();
  const phone = "+34600000078";
  for (let i = 1; i <= 6; i++) assert.equal((await wa.send(phone, `hola ${i}`)).status, 200);
  await waitUntil(async () => {
    const [{ n }] = await wa.sql`
      select count(*)::int as n from messages where kind = 'customer' and status = 'done'`;
    return n === 6;
  });
  assert.equal(model.calls.length, 2, "the first message, then the five that waited");
  assert.deepEqual(customerTexts(model.calls[1]).slice(-5), [
    "hola 2",
    "hola 3",
    "hola 4",
    "hola 5",
    "hola 6",
  ]);
  await waitUntil(() => Promise.resolve(wa.twilio.messages.some((m) => NOTICE.test(m.body))));
});
