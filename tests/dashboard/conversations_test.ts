import assert from "node:assert/strict";
import { type ChatModel, ModelError } from "../../src/agent/model.ts";
import { ask } from "../../src/chat/ask.ts";
import { testApp } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { ANA, LUIS, LUIS_PHOTO, MARTA, playExampleCustomers } from "./examples.ts";
import { signIn, visibleText } from "./staff.ts";

const conversationOf = async (sql: Awaited<ReturnType<typeof testApp>>["sql"], phone: string) => {
  const [row] = await sql<{ id: number }[]>`
    select v.id from conversations v join customers c on c.id = v.customer_id
    where c.phone = ${phone}`;
  return row.id;
};

Deno.test("the list shows each customer's last message, who answers, and who needs attention, newest first", async () => {
  await using wa = await whatsappShop();
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const html = await (await staff.get("/admin/conversations")).text();
  const items = [
    ...html.matchAll(
      /<li class="card conv[^"]*" data-conversation="\d+" data-phone="([^"]+)">([^]*?)<\/li>/g,
    ),
  ];
  assert.deepEqual(items.map((m) => m[1]), [MARTA.phone, LUIS.phone, ANA.phone]);
  const [marta, luis, ana] = items.map((m) => visibleText(m[2]));
  assert.match(marta, /Marta Ruiz \+34600000203 Staff Needs attention/);
  assert.match(marta, /customer asked for a person/);
  assert.match(luis, /Luis Pérez \+34600000202 Agent Agent: He recibido tu imagen/);
  assert.doesNotMatch(luis, /Needs attention/);
  assert.match(ana, /Ana García .* Agent Agent: .*Pedido/i);
});

Deno.test("search finds conversations by phone digits or by name, ignoring case and accents", async () => {
  await using wa = await whatsappShop();
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const found = async (q: string) => {
    const html = await (await staff.get(`/admin/conversations?q=${encodeURIComponent(q)}`)).text();
    return [...html.matchAll(/data-phone="([^"]+)"/g)].map((m) => m[1]);
  };
  assert.deepEqual(await found("garcia"), [ANA.phone]);
  assert.deepEqual(await found("PÉREZ"), [LUIS.phone]);
  assert.deepEqual(await found("+34 600 000 203"), [MARTA.phone]);
  assert.deepEqual(await found("60000020"), [MARTA.phone, LUIS.phone, ANA.phone]);
  assert.deepEqual(await found("nobody"), []);
  assert.deepEqual(await found("%"), [], "LIKE wildcards are plain characters");
  assert.deepEqual(await found("lu\u0000is"), [LUIS.phone], "NUL, which no text holds, is ignored");
});

Deno.test("the conversation page shows the thread, folded tool calls, images, deliveries, cart and orders", async () => {
  await using wa = await whatsappShop();
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const luis =
    await (await staff.get(`/admin/conversations/${await conversationOf(wa.sql, LUIS.phone)}`))
      .text();
  assert.match(luis, /<details class="tool-call"><summary>Tool call: add_to_cart<\/summary><pre>/);
  assert.match(luis, /<details class="tool-result"><summary>Tool results: add_to_cart<\/summary>/);
  // Through the dashboard's media route: Twilio's URL needs the account's credentials.
  assert.match(luis, /<img src="\/admin\/media\/\d+\/0" alt="Image the customer sent"/);
  assert.ok(!luis.includes(LUIS_PHOTO));
  assert.match(
    luis,
    /<img src="https:\/\/picsum\.photos\/seed\/caf-mol-250\/600\/600" alt="Image sent with the reply"/,
  );
  assert.match(luis, /data-status="inline"><span class="badge inline">sent in the webhook answer/);
  assert.match(visibleText(luis), /Cart 2 × Café molido 250 g 13,00 € Total 13,00 €/);
  assert.match(visibleText(luis), /Orders No orders\./);
  const ana =
    await (await staff.get(`/admin/conversations/${await conversationOf(wa.sql, ANA.phone)}`))
      .text();
  assert.match(visibleText(ana), /Cart No open cart\. Orders #1001 confirmed 19,50 €/);
  assert.match(visibleText(ana), /3 × Café molido 250 g/);
});

Deno.test("a failed turn flags the conversation for attention", async () => {
  const broken: ChatModel = {
    name: "broken",
    generate: () => Promise.reject(new ModelError("the model is down", 503)),
  };
  await using t = await testApp({}, { model: broken });
  await ask(t.inbox, "+34600000301", "Hola");
  const staff = await signIn(t.request);
  const list = visibleText(await (await staff.get("/admin/conversations")).text());
  assert.match(list, /Needs attention/);
  assert.match(list, /the agent could not answer/);
  const id = await conversationOf(t.sql, "+34600000301");
  const page = visibleText(await (await staff.get(`/admin/conversations/${id}`)).text());
  assert.match(page, /Hola Customer .* failed model failed: ModelError: the model is down/);
});

Deno.test("taking over silences the agent and clears the flag; handing back lets it answer again", async () => {
  await using wa = await whatsappShop();
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const id = await conversationOf(wa.sql, LUIS.phone);

  const took = await staff.post(`/admin/conversations/${id}/takeover`);
  assert.equal(took.status, 303);
  assert.equal(took.headers.get("location"), `/admin/conversations/${id}?notice=taken_over`);
  const [taken] = await wa.sql`select handler, needs_attention from conversations where id = ${id}`;
  assert.deepEqual({ ...taken }, { handler: "staff", needsAttention: false });
  const page = visibleText(await (await staff.get(took.headers.get("location")!)).text());
  assert.match(page, /You answer this conversation now/);
  assert.match(page, /Staff answers Hand back to the agent/);
  assert.deepEqual(wa.parse(await (await wa.send(LUIS.phone, "ver carrito")).text()), []);

  const marta = await conversationOf(wa.sql, MARTA.phone);
  await staff.post(`/admin/conversations/${marta}/takeover`);
  const [flag] = await wa.sql`select needs_attention from conversations where id = ${marta}`;
  assert.equal(flag.needsAttention, false, "staff is on it");

  const back = await staff.post(`/admin/conversations/${id}/release`);
  assert.equal(back.headers.get("location"), `/admin/conversations/${id}?notice=handed_back`);
  const [released] = await wa.sql`select handler from conversations where id = ${id}`;
  assert.equal(released.handler, "agent");
  const [answer] = wa.parse(await (await wa.send(LUIS.phone, "ver carrito")).text());
  assert.match(answer.body, /Café molido 250 g/);

  const missing = await staff.post("/admin/conversations/999999/takeover");
  assert.equal(missing.status, 404);
});

Deno.test("a staff reply is one staff message and one pending outbound row, sent through the outbox", async () => {
  await using wa = await whatsappShop();
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const id = await conversationOf(wa.sql, MARTA.phone);
  const before = await wa.sql`select last_message_at from conversations where id = ${id}`;

  const res = await staff.post(`/admin/conversations/${id}/reply`, {
    text: "  Hola Marta, soy Pablo. ¿En qué te ayudo?  ",
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), `/admin/conversations/${id}?notice=reply_queued`);
  const [message] = await wa.sql`
    select id, turn_id, kind, text from messages where conversation_id = ${id} and kind = 'staff'`;
  assert.equal(message.turnId, message.id, "a staff message opens its own turn");
  assert.equal(message.text, "Hola Marta, soy Pablo. ¿En qué te ayudo?");
  const [outbound] = await wa.sql`
    select seq, to_address, body, channel, status from outbound_messages
    where message_id = ${message.id}`;
  assert.deepEqual({ ...outbound }, {
    seq: 1,
    toAddress: `whatsapp:${MARTA.phone}`,
    body: "Hola Marta, soy Pablo. ¿En qué te ayudo?",
    channel: "rest",
    status: "pending",
  });
  const [after] = await wa.sql`select last_message_at from conversations where id = ${id}`;
  assert.ok(after.lastMessageAt > before[0].lastMessageAt, "the conversation moves up the list");

  await wa.outbox.drain();
  const [sent] = await wa.twilio.waitForMessages(1);
  assert.deepEqual({ to: sent.to, body: sent.body }, {
    to: `whatsapp:${MARTA.phone}`,
    body: "Hola Marta, soy Pablo. ¿En qué te ayudo?",
  });
  const page = await (await staff.get(`/admin/conversations/${id}`)).text();
  assert.match(page, /data-status="accepted"><span class="badge accepted">accepted/);
});

Deno.test("a refused delivery shows its status and error code in the thread", async () => {
  await using wa = await whatsappShop();
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const id = await conversationOf(wa.sql, MARTA.phone);
  wa.twilio.failNext({ status: 400, code: 63016, message: "Outside the allowed window" });
  await staff.post(`/admin/conversations/${id}/reply`, { text: "¿Sigues ahí?" });
  await wa.outbox.drain();
  const page = visibleText(await (await staff.get(`/admin/conversations/${id}`)).text());
  assert.match(page, /¿Sigues ahí\? Staff .* failed error 63016 Outside the allowed window/);
});

Deno.test("outside the 24-hour window the reply box says free text cannot be delivered, and a reply is refused", async () => {
  await using wa = await whatsappShop();
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const id = await conversationOf(wa.sql, MARTA.phone);
  await wa.sql`
    update conversations set last_inbound_at = now() - interval '24 hours 1 minute'
    where id = ${id}`;

  const html = await (await staff.get(`/admin/conversations/${id}`)).text();
  assert.doesNotMatch(html, /<textarea/);
  assert.match(
    visibleText(html),
    /Free text cannot be delivered: the customer last wrote .* more than 24 hours ago/,
  );

  const res = await staff.post(`/admin/conversations/${id}/reply`, { text: "Hola" });
  assert.equal(res.status, 409);
  assert.match(
    visibleText(await res.text()),
    /WhatsApp does not deliver free text until they write again/,
  );
  const [{ count }] = await wa
    .sql`select count(*)::int as count from messages where kind = 'staff'`;
  assert.equal(count, 0, "nothing stored");

  await wa.send(MARTA.phone, "Hola de nuevo");
  const open = await staff.post(`/admin/conversations/${id}/reply`, { text: "¡Hola Marta!" });
  assert.equal(open.status, 303, "the window opens again when the customer writes");
});

Deno.test("without a WhatsApp sender the page says so before anyone types, and a posted reply stores nothing", async () => {
  await using wa = await whatsappShop({ TWILIO_WHATSAPP_FROM: "" });
  await playExampleCustomers(wa);
  const staff = await signIn(wa.request);
  const id = await conversationOf(wa.sql, MARTA.phone);
  const rows = async () => {
    const [row] = await wa.sql`
      select (select count(*)::int from messages where kind = 'staff') as staff,
        (select count(*)::int from outbound_messages) as outbound`;
    return { ...row };
  };
  const before = await rows();

  const html = await (await staff.get(`/admin/conversations/${id}`)).text();
  assert.doesNotMatch(html, /<textarea/);
  assert.match(
    visibleText(html),
    /WhatsApp is not connected, so replies cannot be sent from here: TWILIO_WHATSAPP_FROM is not set\./,
  );

  const res = await staff.post(`/admin/conversations/${id}/reply`, { text: "Hola Marta" });
  assert.equal(res.status, 409);
  const answer = visibleText(await res.text());
  assert.match(answer, /WhatsApp is not connected, so this reply could not be sent/);
  assert.match(answer, /TWILIO_WHATSAPP_FROM is not set/);
  assert.deepEqual(await rows(), before, "nothing stored");
});

Deno.test("with no Twilio settings at all the page names every variable to set", async () => {
  await using t = await testApp();
  await ask(t.inbox, "+34600000301", "Hola");
  const staff = await signIn(t.request);
  const id = await conversationOf(t.sql, "+34600000301");
  const html = visibleText(await (await staff.get(`/admin/conversations/${id}`)).text());
  assert.match(
    html,
    /TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM are not set\./,
  );
});
