import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import { queueNotice } from "../../src/conversations/notices.ts";
import { testApp } from "../helpers/app.ts";
import { sellingShop } from "../helpers/sale.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

const text = (language: string) => language === "es" ? "¡Pago recibido!" : "Payment received!";

Deno.test("a notice inside the 24-hour window is a system message queued for the outbox, in the customer's language", async () => {
  await using wa = await whatsappShop();
  await wa.send("+14155550141", "Hello, what products do you have?");
  const [{ id }] = await wa.sql`select id from customers`;
  const queued = await queueNotice(wa.sql, id, text, { connected: wa.outbox.connected });
  assert.ok(queued.queued && queued.outboundId);
  const [message] = await wa.sql`select kind, text, turn_id = id as own_turn from messages
    where id = ${queued.messageId}`;
  assert.deepEqual({ ...message }, { kind: "system", text: "Payment received!", ownTurn: true });
  await wa.outbox.drain();
  assert.equal(wa.twilio.messages.at(-1)?.body, "Payment received!");
  assert.equal(wa.twilio.messages.at(-1)?.to, "whatsapp:+14155550141");
});

Deno.test("outside the window a notice is not stored; a terminal-chat customer gets it in the thread only", async () => {
  await using t = await testApp();
  await ask(t.inbox, "+34600000071", "hola");
  const [{ id }] = await t.sql`select id from customers`;
  const local = await queueNotice(t.sql, id, text, { connected: true });
  assert.ok(local.queued);
  assert.equal(local.outboundId, null);
  const [row] = await t.sql`select channel, status from outbound_messages
    where message_id = ${local.messageId}`;
  assert.deepEqual({ ...row }, { channel: "none", status: "local" });

  await t.sql`update conversations set last_inbound_at = now() - interval '25 hours'`;
  const before = (await t.sql`select count(*)::int as n from messages`)[0].n;
  assert.deepEqual(await queueNotice(t.sql, id, text, { connected: true }), {
    queued: false,
    reason: "window_closed",
  });
  assert.equal((await t.sql`select count(*)::int as n from messages`)[0].n, before);
  const [{ id: stranger }] = await t.sql`
    insert into customers (phone) values ('+34600000072') returning id`;
  assert.deepEqual(await queueNotice(t.sql, stranger, text, { connected: true }), {
    queued: false,
    reason: "no_conversation",
  });
});

Deno.test("on WhatsApp the customer is told when an unpaid order expires, and when a late payment is refunded", async () => {
  await using shop = await sellingShop();
  const phone = "+34600000073";
  await shop.send(phone, "quiero 1 del producto 6");
  await shop.send(phone, "quiero pagar, lo recojo y pago con tarjeta");
  await shop.send(phone, "sí");
  const [order] = await shop.sql`select id, hold_expires_at from orders`;
  await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  shop.clock.set(new Date(order.holdExpiresAt.getTime() - 1000));
  const paid = await shop.stripe.completeSession(shop.stripe.sessions[0].id);
  shop.clock.advance(2000);
  await shop.settle();
  assert.match(
    shop.sentTo(phone).at(-1) ?? "",
    /^Tu pedido #1001 se ha cancelado porque no recibimos el pago a tiempo/,
  );
  assert.equal((await shop.stripeEvent(paid)).status, 200);
  await shop.settle();
  assert.deepEqual(shop.sentTo(phone).slice(-2), [
    "Hemos recibido tu pago del pedido #1001, pero llegó cuando el pedido ya estaba cancelado, así que te lo devolvemos (8,95\u00a0€). Si aún quieres los productos, escríbenos.",
    "Hemos hecho la devolución de 8,95\u00a0€ de tu pedido #1001. Según tu banco, puede tardar unos días en verse.",
  ]);
  assert.equal(shop.stripe.refunds.length, 1);
  const link = await shop.request(`/pay/${order.id}`);
  assert.match(await link.text(), /<h1>Pago devuelto<\/h1>/);
});
