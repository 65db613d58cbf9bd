import assert from "node:assert/strict";
import { signWebhook, statusForm } from "../fakes/twilio.ts";
import { insertOutbound } from "../../src/conversations/outbound.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

type Shop = Awaited<ReturnType<typeof whatsappShop>>;

async function outboundRows(wa: Shop) {
  const rows = await wa.sql`
    select id, status, attempts, error_code, twilio_sid from outbound_messages order by id`;
  return rows.map((r) => ({ ...r }));
}

async function attempts(wa: Shop) {
  const rows = await wa.sql`select http_status, error_code from delivery_attempts order by id`;
  return rows.map((r) => [r.httpStatus, r.errorCode]);
}

async function until(check: () => Promise<boolean>, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

Deno.test("Twilio answering 503 twice then 201: sent once, every attempt recorded", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" });
  wa.twilio.failNext({ status: 503 }, { status: 503 });
  wa.outbox.start();
  const res = await wa.send("+34600000001", "hola");
  assert.deepEqual(wa.parse(await res.text()), []);
  const [sent] = await wa.twilio.waitForMessages(1);
  assert.match(sent.body, /Bienvenido/);
  await until(async () => (await outboundRows(wa))[0]?.status === "accepted");
  assert.equal(wa.twilio.messages.length, 1);
  const [row] = await outboundRows(wa);
  assert.deepEqual({ status: row.status, attempts: row.attempts, sid: row.twilioSid }, {
    status: "accepted",
    attempts: 3,
    sid: sent.sid,
  });
  assert.deepEqual(await attempts(wa), [[503, 20503], [503, 20503], [201, null]]);
});

Deno.test("a send that failed without an answer is checked with Twilio, then retried", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" });
  wa.twilio.failNext({ networkError: true });
  wa.outbox.start();
  await wa.send("+34600000001", "hola");
  await wa.twilio.waitForMessages(1);
  await until(async () => (await outboundRows(wa))[0]?.status === "accepted");
  assert.deepEqual((await attempts(wa)).map(([status]) => status), [null, 201]);
});

Deno.test("a send Twilio accepted but whose answer was lost is not sent again", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" });
  wa.twilio.failNext({ acceptThenDrop: true });
  wa.outbox.start();
  await wa.send("+34600000001", "hola");
  await until(async () => (await outboundRows(wa))[0]?.status === "accepted");
  assert.equal(wa.twilio.messages.length, 1, "sent once");
  const [row] = await outboundRows(wa);
  assert.equal(row.twilioSid, wa.twilio.messages[0].sid);
  assert.deepEqual((await attempts(wa)).map(([status]) => status), [null, 200]);
});

Deno.test("63016 (outside the 24-hour window) is not retried, and is recorded", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" });
  wa.twilio.failNext({
    status: 400,
    code: 63016,
    message: "Failed to send freeform message because you are outside the allowed window.",
  });
  wa.outbox.start();
  await wa.send("+34600000001", "hola");
  await until(async () => (await outboundRows(wa))[0]?.status === "failed");
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(wa.twilio.requests.length, 1);
  const [row] = await outboundRows(wa);
  assert.equal(row.errorCode, 63016);
  assert.equal(row.attempts, 1);
  assert.deepEqual(await attempts(wa), [[400, 63016]]);
});

Deno.test("30 replies at 10 per second all arrive, in order per customer", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0", TWILIO_SEND_RATE: "10" });
  wa.outbox.start();
  const phones = ["+34600000001", "+34600000002", "+34600000003"];
  await Promise.all(phones.map(async (phone) => {
    for (let i = 0; i < 10; i++) await wa.send(phone, "añade 1 del producto 2");
  }));
  const sent = await wa.twilio.waitForMessages(30, 15_000);
  assert.equal(sent.length, 30);
  for (const phone of phones) {
    const quantities = sent
      .filter((m) => m.to === `whatsapp:${phone}`)
      .map((m) => Number(/(\d+) × \*Café en grano 1 kg\* \(producto 2\)/.exec(m.body)?.[1]));
    assert.deepEqual(quantities, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], phone);
  }
  const times = sent.map((m) => m.receivedAt).sort((a, b) => a - b);
  for (let i = 0; i + 12 < times.length; i++) {
    assert.ok(times[i + 12] - times[i] >= 1000, "never more than 10 per second (plus jitter)");
  }
  await until(async () => (await outboundRows(wa)).every((r) => r.status === "accepted"));
  assert.equal(wa.twilio.requests.length, 30, "no retries were needed");
});

Deno.test("status callbacks move a message forward only, and need the signature", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" });
  wa.outbox.start();
  await wa.send("+34600000001", "hola");
  const [sent] = await wa.twilio.waitForMessages(1);
  await until(async () => (await outboundRows(wa))[0]?.status === "accepted");
  const callback = (status: "sent" | "delivered" | "read" | "failed", extra = {}) =>
    wa.post(statusForm({ MessageSid: sent.sid, MessageStatus: status, To: sent.to, ...extra }), {
      path: "/webhook/status",
    });
  assert.equal((await callback("delivered")).status, 204);
  assert.equal((await callback("sent")).status, 204);
  assert.equal((await outboundRows(wa))[0].status, "delivered", "a late 'sent' does not go back");
  await callback("read");
  assert.equal((await outboundRows(wa))[0].status, "read");

  const forged = statusForm({
    MessageSid: sent.sid,
    MessageStatus: "failed",
    To: sent.to,
    ErrorCode: "30008",
  });
  const res = await wa.post(forged, {
    path: "/webhook/status",
    signature: signWebhook("wrong", "http://localhost/webhook/status", forged),
  });
  assert.equal(res.status, 403);
  assert.equal((await outboundRows(wa))[0].status, "read");
});

Deno.test("a failed delivery callback records its error code", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" });
  wa.outbox.start();
  await wa.send("+34600000001", "hola");
  const [sent] = await wa.twilio.waitForMessages(1);
  await until(async () => (await outboundRows(wa))[0]?.status === "accepted");
  await wa.post(
    statusForm({
      MessageSid: sent.sid,
      MessageStatus: "undelivered",
      To: sent.to,
      ErrorCode: "63016",
    }),
    { path: "/webhook/status" },
  );
  const [row] = await outboundRows(wa);
  assert.deepEqual({ status: row.status, code: row.errorCode }, {
    status: "undelivered",
    code: 63016,
  });
});

Deno.test("inline replies ask for status callbacks naming their row, when PUBLIC_BASE_URL is set", async () => {
  await using wa = await whatsappShop({ PUBLIC_BASE_URL: "https://shop.example.com" });
  const form = { From: "whatsapp:+34600000001", Body: "hola" };
  const { inboundForm } = await import("../fakes/twilio.ts");
  const inbound = inboundForm({ ...form, AccountSid: wa.twilio.accountSid });
  const res = await wa.post(inbound, {
    signature: signWebhook(wa.twilio.authToken, "https://shop.example.com/webhook", inbound),
  });
  const xml = await res.text();
  const [{ id }] = await outboundRows(wa);
  assert.match(
    xml,
    new RegExp(
      `<Message action="https://shop.example.com/webhook/status\\?outbound=${id}" method="POST">`,
    ),
  );
  const status = statusForm({
    MessageSid: "SM" + "a".repeat(32),
    MessageStatus: "delivered",
    To: form.From,
  });
  const cb = await wa.post(status, {
    path: `/webhook/status?outbound=${id}`,
    signature: signWebhook(
      wa.twilio.authToken,
      `https://shop.example.com/webhook/status?outbound=${id}`,
      status,
    ),
  });
  assert.equal(cb.status, 204);
  const [row] = await outboundRows(wa);
  assert.deepEqual({ status: row.status, sid: row.twilioSid }, {
    status: "delivered",
    sid: "SM" + "a".repeat(32),
  });
});

Deno.test("a send that went through before a crash is recorded, not sent again", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" }, {
    outbox: { backoffMs: 20, pollMs: 20, stuckSeconds: 1 },
  });
  await wa.send("+34600000001", "hola");
  await until(async () => (await outboundRows(wa)).length === 1);
  const [{ id, body }] = await wa.sql`select id, body from outbound_messages`;
  // The dead process had handed the message to Twilio, then died before recording it.
  const url = `${wa.twilio.url}/2010-04-01/Accounts/${wa.twilio.accountSid}/Messages.json`;
  const accepted = await fetch(url, {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`${wa.twilio.accountSid}:${wa.twilio.authToken}`)}` },
    body: new URLSearchParams({
      To: "whatsapp:+34600000001",
      From: "whatsapp:+14155238886",
      Body: body,
    }),
  }).then((r) => r.json());
  await wa.sql`
    update outbound_messages set status = 'sending', attempts = 1,
      next_attempt_at = now() - interval '5 minutes' where id = ${id}`;
  await wa.outbox.drain();
  const [row] = await outboundRows(wa);
  assert.deepEqual({ status: row.status, sid: row.twilioSid }, {
    status: "accepted",
    sid: accepted.sid,
  });
  assert.equal(wa.twilio.messages.length, 1, "not sent a second time");
});

Deno.test("a send a dead process never made is sent once after the stuck delay", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" }, {
    outbox: { backoffMs: 20, pollMs: 20, stuckSeconds: 1 },
  });
  await wa.send("+34600000001", "hola");
  await until(async () => (await outboundRows(wa)).length === 1);
  await wa.sql`
    update outbound_messages set status = 'sending', attempts = 1, next_attempt_at = now()`;
  assert.equal(await wa.outbox.drain(), 0, "not yet: the sender may still be alive");
  await wa.sql`update outbound_messages set next_attempt_at = now() - interval '5 minutes'`;
  await wa.outbox.drain();
  assert.equal(wa.twilio.messages.length, 1);
  const [row] = await outboundRows(wa);
  assert.deepEqual({ status: row.status, attempts: row.attempts }, {
    status: "accepted",
    attempts: 2,
  });
});

Deno.test("a message queued as a Content resource goes out with its ContentSid and variables", async () => {
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "0" });
  await wa.send("+34600000001", "hola");
  const [{ id: conversationId }] = await wa.sql`select id from conversations`;
  const contentSid = `HX${"ab".repeat(16)}`;
  await wa.sql`
    with next_id as (
      select nextval(pg_get_serial_sequence('messages', 'id')) as id
    ), message as (
      insert into messages (id, conversation_id, kind, turn_id, text)
      select id, ${conversationId}, 'system', id, 'Tu pedido 1001 ha salido' from next_id
      returning id
    )
    ${
    insertOutbound(wa.sql, {
      from: wa.sql`message`,
      conversationId: wa.sql`${conversationId}::bigint`,
      messageId: wa.sql`message.id`,
      toAddress: wa.sql`'whatsapp:+34600000001'`,
      channel: wa.sql`'rest'`,
      messages: [{
        body: "Tu pedido 1001 ha salido",
        mediaUrl: null,
        contentSid,
        contentVariables: { "1": "1001" },
      }],
    })
  }`;
  wa.outbox.start();
  const sent = await wa.twilio.waitForMessages(2);
  const template = sent.find((m) => m.contentSid);
  assert.equal(template?.contentSid, contentSid);
  assert.deepEqual(template?.contentVariables, { "1": "1001" });
  const stored = () =>
    wa.sql`select status, content_sid from outbound_messages where content_sid is not null`;
  await until(async () => (await stored())[0]?.status === "accepted");
  assert.deepEqual({ ...(await stored())[0] }, { status: "accepted", contentSid });
});
