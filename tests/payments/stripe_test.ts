import assert from "node:assert/strict";
import { signStripeEvent } from "../fakes/stripe.ts";
import { type SellingShop, sellingShop } from "../helpers/sale.ts";

const BUYER = { name: "Ana García", phone: "+34600000041", email: "ana@example.com" };

/** A REST order paid online, picked up at the shop; returns its id and its Stripe session. */
async function cardOrder(shop: SellingShop, lines: [number, number][] = [[1, 2]]) {
  const { id: cartId } = await (await shop.request("/api/carts", { method: "POST" })).json();
  for (const [product_id, quantity] of lines) {
    await shop.json("POST", `/api/carts/${cartId}/items`, { product_id, quantity });
  }
  const res = await shop.json("POST", `/api/carts/${cartId}/checkout`, {
    contact: BUYER,
    fulfilment: "pickup",
    payment: "card",
  });
  assert.equal(res.status, 201, await res.clone().text());
  const order = await res.json();
  assert.equal(order.payment_url, `http://localhost/pay/${order.id}`);
  await shop.openPaymentLink(order.payment_url);
  const session = shop.stripe.sessions.at(-1)!;
  return { id: order.id as string, number: order.number as number, session };
}

async function status(shop: SellingShop, id: string) {
  const [row] = await shop.sql`
    select status, refund_status, attention, paid_at from orders where id = ${id}`;
  return row;
}

async function counts(shop: SellingShop) {
  const [row] = await shop.sql`
    select (select count(*)::int from payments) as payments,
      (select count(*)::int from payment_events) as events`;
  return { ...row };
}

Deno.test("a forged, tampered or stale Stripe event is refused and changes nothing", async () => {
  await using shop = await sellingShop();
  const order = await cardOrder(shop);
  const signed = await shop.stripe.completeSession(order.session.id);
  const forged = await signStripeEvent(signed.payload, "whsec_not_the_secret_0000000000");
  const now = Math.floor(shop.clock.now().getTime() / 1000);
  const attempts: [string, Record<string, string>][] = [
    [signed.payload, { ...signed.headers, "stripe-signature": forged }],
    [signed.payload.replace('"paid"', '"unpaid"'), signed.headers],
    [signed.payload, {
      ...signed.headers,
      "stripe-signature": await signStripeEvent(
        signed.payload,
        shop.stripe.webhookSecret,
        now - 301,
      ),
    }],
    [signed.payload, { "content-type": "application/json" }],
  ];
  for (const [body, headers] of attempts) {
    const res = await shop.request("/webhooks/stripe", { method: "POST", headers, body });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, "invalid_signature");
  }
  assert.deepEqual(await counts(shop), { payments: 0, events: 0 });
  assert.equal((await status(shop, order.id)).status, "awaiting_payment");

  const recent = await signStripeEvent(signed.payload, shop.stripe.webhookSecret, now - 299);
  const accepted = await shop.request("/webhooks/stripe", {
    method: "POST",
    headers: { ...signed.headers, "stripe-signature": recent },
    body: signed.payload,
  });
  assert.equal(accepted.status, 200);
  assert.equal((await status(shop, order.id)).status, "paid");
});

Deno.test("a replayed Stripe event is stored once and changes nothing the second time", async () => {
  await using shop = await sellingShop();
  const order = await cardOrder(shop);
  const signed = await shop.stripe.completeSession(order.session.id);
  const first = await shop.stripeEvent(signed);
  assert.deepEqual(await first.json(), { received: true, duplicate: false });
  const again = await shop.stripeEvent(signed);
  assert.equal(again.status, 200);
  assert.deepEqual(await again.json(), { received: true, duplicate: true });
  assert.deepEqual(await counts(shop), { payments: 1, events: 1 });
  const [event] = await shop.sql`select type, outcome, order_id from payment_events`;
  assert.deepEqual({ ...event }, {
    type: "checkout.session.completed",
    outcome: "paid",
    orderId: order.id,
  });
  await shop.settle();
  assert.equal(shop.stripe.refunds.length, 0);
});

Deno.test("a Stripe event about a session this shop did not create changes nothing", async () => {
  await using shop = await sellingShop();
  const order = await cardOrder(shop);
  const stranger = await shop.stripe.eventFor("checkout.session.completed", {
    ...order.session,
    id: "cs_test_someone_else",
    payment_status: "paid",
  });
  assert.equal((await shop.stripeEvent(stranger)).status, 200);
  const [event] = await shop.sql`select outcome from payment_events`;
  assert.equal(event.outcome, "unknown_session");
  assert.equal((await status(shop, order.id)).status, "awaiting_payment");
  const other = await shop.stripe.eventFor("customer.created", order.session);
  assert.equal((await shop.stripeEvent(other)).status, 200);
  assert.deepEqual(await counts(shop), { payments: 0, events: 2 });
});

Deno.test("a delayed payment: completed unpaid waits, a failure is told with the link, a new session pays", async () => {
  await using shop = await sellingShop();
  const phone = "+34600000042";
  await shop.send(phone, "quiero 1 del producto 2");
  await shop.send(phone, "quiero pagar, lo recojo y pago con tarjeta");
  await shop.send(phone, "sí");
  const [order] = await shop.sql`select id, number from orders`;
  await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  const first = shop.stripe.sessions[0];
  await shop.stripeEvent(await shop.stripe.completeSession(first.id, { paymentStatus: "unpaid" }));
  assert.equal((await status(shop, order.id)).status, "awaiting_payment");
  await shop.stripeEvent(await shop.stripe.settleAsyncPayment(first.id, { succeeded: false }));
  await shop.settle();
  const [told] = shop.sentTo(phone).slice(-1);
  assert.match(
    told,
    new RegExp(
      `^No se ha podido completar el pago de tu pedido #1001\\. Puedes intentarlo de nuevo aquí hasta las \\d\\d:\\d\\d: http://localhost/pay/${order.id}$`,
    ),
  );

  const again = await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  const second = shop.stripe.sessions[1];
  assert.equal(again, second.url, "the failed session is not reused");
  assert.equal(
    shop.stripe.requests.filter((r) => r.path === "/v1/checkout/sessions").map((r) =>
      r.idempotencyKey
    ).join(),
    `checkout-${order.id}-1,checkout-${order.id}-2`,
  );
  await shop.stripeEvent(await shop.stripe.completeSession(second.id));
  assert.equal((await status(shop, order.id)).status, "paid");
});

Deno.test("a second payment for an order already paid is refunded and flagged", async () => {
  await using shop = await sellingShop();
  const order = await cardOrder(shop);
  // Two pages open at once (our record of the first one was lost), and the customer pays both.
  await shop.sql`update payment_sessions set status = 'expired'`;
  await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  const [first, second] = shop.stripe.sessions;
  await shop.sql`update payment_sessions set status = 'open' where reference = ${first.id}`;
  await shop.stripeEvent(await shop.stripe.completeSession(second.id));
  await shop.stripeEvent(await shop.stripe.completeSession(first.id));
  await shop.settle();
  assert.equal(shop.stripe.refunds.length, 1);
  assert.equal(shop.stripe.refunds[0].payment_intent, shop.stripe.sessions[0].payment_intent);
  const row = await status(shop, order.id);
  assert.equal(row.status, "paid");
  assert.match(row.attention, /Paid a second time/);
  const payments = await shop.sql`select settles_order, status from payments order by id`;
  assert.deepEqual(payments.map((p) => [p.settlesOrder, p.status]), [
    [true, "captured"],
    [false, "refunded"],
  ]);
});

Deno.test("staff cancelling a paid card order refunds it once and the customer is told", async () => {
  await using shop = await sellingShop();
  const phone = "+34600000043";
  await shop.send(phone, "quiero 2 del producto 1");
  await shop.send(phone, "quiero pagar, lo recojo y pago con tarjeta");
  await shop.send(phone, "sí");
  const [order] = await shop.sql`select id from orders`;
  await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  await shop.stripeEvent(await shop.stripe.completeSession(shop.stripe.sessions[0].id));
  const cancel = await shop.json("PATCH", `/api/orders/${order.id}`, {
    status: "cancelled",
    note: "out of beans",
  }, { admin: true });
  assert.equal(cancel.status, 200);
  assert.equal((await cancel.json()).refund_status, "requested");
  await shop.settle();
  await shop.settle();
  assert.equal(shop.stripe.refunds.length, 1);
  assert.equal(shop.stripe.refunds[0].amount, 1300);
  assert.equal(
    shop.stripe.requests.filter((r) => r.path === "/v1/refunds")[0].idempotencyKey,
    "refund-1",
  );
  assert.equal((await status(shop, order.id)).refundStatus, "refunded");
  const [{ stock }] = await shop.sql`select stock from products where id = 1`;
  assert.equal(stock, 50);
  assert.deepEqual(shop.sentTo(phone).slice(-3), [
    "¡Pago recibido! Tu pedido #1001 (13,00\u00a0€) está pagado. Te avisaremos por aquí cuando esté listo para recoger.",
    "Tu pedido #1001 ha sido cancelado. Te devolvemos el pago de 13,00\u00a0€.",
    "Hemos hecho la devolución de 13,00\u00a0€ de tu pedido #1001. Según tu banco, puede tardar unos días en verse.",
  ]);
});

Deno.test("staff cannot mark a card order paid by hand; only its payment does", async () => {
  await using shop = await sellingShop();
  const order = await cardOrder(shop);
  const res = await shop.json("PATCH", `/api/orders/${order.id}`, { status: "paid" }, {
    admin: true,
  });
  assert.equal(res.status, 409);
  assert.match((await res.json()).error.message, /marked paid by the provider's payment/);
});

Deno.test("a hold shorter than Stripe's 30 minutes: the session lasts 30, the order ends at its hold and closes the session", async () => {
  await using shop = await sellingShop({ terms: { hold_minutes: 10 } });
  const order = await cardOrder(shop);
  const created = order.session.created;
  assert.ok(order.session.expires_at - created >= 30 * 60, "Stripe's minimum is respected");
  shop.clock.advance(10 * 60_000);
  await shop.settle();
  assert.equal((await status(shop, order.id)).status, "cancelled");
  assert.equal(
    shop.stripe.sessions[0].status,
    "expired",
    "the session was expired through the API",
  );
  const [session] = await shop.sql`select status from payment_sessions`;
  assert.equal(session.status, "expired");
  const page = await shop.request(`/pay/${order.id}`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<h1>El pedido ha caducado<\/h1>/);
});
