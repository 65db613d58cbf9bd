import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { inboundForm } from "../fakes/twilio.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

const gemini = (fake: FakeGemini) =>
  new GeminiModel({ apiKey: "test-key", model: "m", baseUrl: fake.url, backoffMs: 5 });

const lastText = (req: { body: { contents?: { parts?: { text?: string }[] }[] } }) =>
  req.body.contents?.at(-1)?.parts?.at(-1)?.text ?? "";

Deno.test("10 concurrent deliveries of one MessageSid: one turn, one reply, ten 200s", async () => {
  await using wa = await whatsappShop();
  const form = inboundForm({
    From: "whatsapp:+34600000001",
    Body: "quiero 1 del producto 1",
    AccountSid: wa.twilio.accountSid,
  });
  const responses = await Promise.all([...Array(10)].map(() => wa.post(form)));
  assert.deepEqual(responses.map((r) => r.status), Array(10).fill(200));
  const bodies = await Promise.all(responses.map((r) => r.text()));
  const withReply = bodies.filter((b) => wa.parse(b).length > 0);
  assert.ok(withReply.length >= 1);
  assert.ok(
    withReply.every((b) => b === withReply[0]),
    "every answer carrying the reply is the same",
  );
  const [{ customers, turns, answers, outbound }] = await wa.sql`
    select (select count(*)::int from messages where kind = 'customer') as customers,
      (select count(*)::int from messages where kind = 'model' and parts::text like '%functionCall%') as turns,
      (select count(*)::int from messages where kind = 'model' and parts::text not like '%functionCall%') as answers,
      (select count(*)::int from outbound_messages) as outbound`;
  assert.deepEqual({ customers, turns, answers, outbound }, {
    customers: 1,
    turns: 1,
    answers: 1,
    outbound: 1,
  });
  const [line] = await wa.sql`select quantity from cart_items`;
  assert.equal(line.quantity, 1);
  assert.equal(wa.twilio.requests.length, 0);

  const later = await wa.post(form);
  assert.equal(await later.text(), withReply[0], "a later retry gets the same TwiML");
});

Deno.test("three quick messages from one customer are answered one at a time, in order", async () => {
  await using wa = await whatsappShop();
  const phone = "+34600000001";
  const forms = [...Array(3)].map(() =>
    inboundForm({
      From: `whatsapp:${phone}`,
      Body: "añade 1 del producto 1",
      AccountSid: wa.twilio.accountSid,
    })
  );
  const sends = [];
  for (const form of forms) {
    sends.push(wa.post(form));
    await new Promise((r) => setTimeout(r, 10));
  }
  const answers = await Promise.all(
    sends.map(async (p) => wa.parse(await (await p).text())[0].body),
  );
  const cart = wa.parse(await (await wa.send(phone, "ver carrito")).text())[0].body;
  assert.match(cart, /3 × \*Café molido 250 g\*/);
  // Arrival order is the order the server stored them in (requests 10 ms apart may overtake
  // each other on the way): each answer must show the cart as it stood after its message.
  const stored = await wa.sql`
    select external_id from messages where kind = 'customer' and text <> 'ver carrito' order by id`;
  const inArrivalOrder = stored.map((r) =>
    answers[forms.findIndex((f) => f.MessageSid === r.externalId)]
  );
  assert.match(inArrivalOrder[0], /1 × \*Café molido 250 g\* \(producto 1\): 6,50/);
  assert.match(inArrivalOrder[1], /2 × \*Café molido 250 g\* \(producto 1\): 13,00/);
  assert.match(inArrivalOrder[2], /3 × \*Café molido 250 g\* \(producto 1\): 19,50/);
  const order = await wa.sql`
    select m.turn_id from messages m where kind = 'model' order by created_at, id`;
  const turns = order.map((r) => r.turnId);
  assert.deepEqual(
    turns,
    [...turns].sort((a, b) => a - b),
    "answers were written in arrival order",
  );
});

Deno.test("two customers are answered in parallel: a slow one does not block the other", async () => {
  await using fake = await FakeGemini.start();
  await using wa = await whatsappShop({}, { model: gemini(fake) });
  fake.fallback((req) =>
    lastText(req).includes("lento")
      ? new Promise((resolve) => setTimeout(() => resolve({ text: "respuesta lenta" }), 1500))
      : { text: "respuesta rápida" }
  );
  const started = Date.now();
  const slow = wa.send("+34600000001", "lento").then(async (r) => ({
    at: Date.now(),
    text: await r.text(),
  }));
  await new Promise((r) => setTimeout(r, 50));
  const fast = await wa.send("+34600000002", "rápido");
  const fastAt = Date.now();
  assert.equal(wa.parse(await fast.text())[0].body, "respuesta rápida");
  const slowDone = await slow;
  assert.ok(fastAt - started < 1000, `the fast customer waited ${fastAt - started} ms`);
  assert.ok(slowDone.at > fastAt);
  assert.equal(wa.parse(slowDone.text)[0].body, "respuesta lenta");
});

Deno.test("a slow model: empty TwiML at the deadline, then exactly one REST send", async () => {
  await using fake = await FakeGemini.start();
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "300" }, { model: gemini(fake) });
  wa.outbox.start();
  fake.script({ delayMs: 900, reply: { text: "Perdona la espera: aquí tienes." } });
  const res = await wa.send("+34600000001", "hola");
  assert.equal(res.status, 200);
  assert.deepEqual(wa.parse(await res.text()), []);
  const [sent] = await wa.twilio.waitForMessages(1, 5000);
  assert.equal(sent.body, "Perdona la espera: aquí tienes.");
  assert.equal(sent.to, "whatsapp:+34600000001");
  assert.equal(sent.from, "whatsapp:+14155238886");
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(wa.twilio.messages.length, 1);
  const [row] = await wa.sql`select channel, status, twilio_sid, attempts from outbound_messages`;
  assert.deepEqual({ ...row }, {
    channel: "rest",
    status: "accepted",
    twilioSid: sent.sid,
    attempts: 1,
  });
  const [message] = await wa.sql`select reply_mode from messages where kind = 'customer'`;
  assert.equal(message.replyMode, "rest");
});

Deno.test("a fast model: the reply is in the TwiML and nothing goes through REST", async () => {
  await using fake = await FakeGemini.start();
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "2000" }, { model: gemini(fake) });
  wa.outbox.start();
  fake.script({ text: "¡Hola!" });
  assert.deepEqual(wa.parse(await (await wa.send("+34600000001", "hola")).text()), [
    { body: "¡Hola!", media: null },
  ]);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(wa.twilio.requests.length, 0);
});

Deno.test("a 3,500-character answer arrives as ordered messages of at most 1,600", async () => {
  await using fake = await FakeGemini.start();
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "300" }, { model: gemini(fake) });
  wa.outbox.start();
  const paragraphs = [...Array(7)].map((_, i) =>
    `Párrafo ${i + 1}. ${"palabra ".repeat(62).trim()}.`
  );
  const long = paragraphs.join("\n\n");
  assert.ok(long.length >= 3500);
  fake.script({ text: long }, { delayMs: 600, reply: { text: long } });

  const inline = wa.parse(await (await wa.send("+34600000001", "cuéntame todo")).text());
  assert.ok(inline.length >= 3);
  assert.ok(inline.every((m) => m.body.length <= 1600));
  assert.equal(inline.map((m) => m.body).join("\n\n"), long);

  await wa.send("+34600000001", "otra vez");
  const sent = await wa.twilio.waitForMessages(inline.length, 5000);
  assert.ok(sent.every((m) => m.body.length <= 1600));
  assert.equal(sent.map((m) => m.body).join("\n\n"), long, "sent in order");
});

Deno.test("after a handoff new messages get no agent reply until staff hands back", async () => {
  await using wa = await whatsappShop();
  wa.outbox.start();
  const phone = "+34600000001";
  assert.match(
    wa.parse(await (await wa.send(phone, "quiero hablar con una persona")).text())[0].body,
    /te paso con una persona/,
  );
  const silent = await wa.send(phone, "¿hola?");
  assert.equal(silent.status, 200);
  assert.deepEqual(wa.parse(await silent.text()), []);
  const [stored] = await wa.sql`select status from messages where text = '¿hola?'`;
  assert.equal(stored.status, "skipped");
  const [{ id }] = await wa.sql`select id from conversations`;
  const released = await wa.json("POST", `/api/admin/conversations/${id}/release`, undefined, {
    admin: true,
  });
  assert.equal(released.status, 200);
  assert.match(
    wa.parse(await (await wa.send(phone, "ver carrito")).text())[0].body,
    /Tu carrito está vacío/,
  );
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(wa.twilio.requests.length, 0);
});
