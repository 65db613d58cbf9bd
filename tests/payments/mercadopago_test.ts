import assert from "node:assert/strict";
import { signMercadoPago } from "../fakes/mercadopago.ts";
import { type SellingShop, sellingShop } from "../helpers/sale.ts";

/** A REST order to pay with Mercado Pago; returns it and its preference. */
async function mpOrder(shop: SellingShop) {
  const { id: cartId } = await (await shop.request("/api/carts", { method: "POST" })).json();
  await shop.json("POST", `/api/carts/${cartId}/items`, { product_id: 7, quantity: 1 });
  const res = await shop.json("POST", `/api/carts/${cartId}/checkout`, {
    contact: { name: "Lucía Ferrer", email: "lucia@example.com" },
    fulfilment: "pickup",
    payment: "mercadopago",
  });
  assert.equal(res.status, 201, await res.clone().text());
  const order = await res.json();
  await shop.openPaymentLink(order.payment_url);
  return { id: order.id as string, preference: shop.mercadopago.preferences.at(-1)! };
}

async function orderStatus(shop: SellingShop, id: string): Promise<string> {
  const [row] = await shop.sql`select status from orders where id = ${id}`;
  return row.status;
}

Deno.test("the preference carries the order, its lines, the hold and an idempotency key", async () => {
  await using shop = await sellingShop();
  const order = await mpOrder(shop);
  const [created] = shop.mercadopago.requests.filter((r) => r.path === "/checkout/preferences");
  assert.equal(created.idempotencyKey, `checkout-${order.id}-1`);
  assert.equal(created.headers.get("authorization"), `Bearer ${shop.mercadopago.accessToken}`);
  assert.equal(order.preference.external_reference, order.id);
  assert.deepEqual(order.preference.back_urls, {
    success: `http://localhost/pay/${order.id}/done`,
    pending: `http://localhost/pay/${order.id}/done`,
    failure: `http://localhost/pay/${order.id}/done?cancelled=1`,
  });
  assert.deepEqual(order.preference.items.map((i) => [i.title, i.unit_price, i.currency_id]), [
    ["Cafetera italiana 6 tazas", 24.9, "EUR"],
  ]);
});

Deno.test("a forged, altered or stale Mercado Pago notification is refused and changes nothing", async () => {
  await using shop = await sellingShop();
  const order = await mpOrder(shop);
  const { notification, payment } = shop.mercadopago.pay(order.preference.id);
  const now = shop.clock.now().getTime();
  const resign = (parts: { secret?: string; dataId?: string; ts?: number }) =>
    signMercadoPago({
      secret: parts.secret ?? shop.mercadopago.webhookSecret,
      dataId: parts.dataId ?? String(payment.id),
      requestId: notification.headers["x-request-id"],
      ts: parts.ts ?? now,
    });
  const url = new URL(notification.url!);
  const attempts: [string, Record<string, string>][] = [
    [url.href, { ...notification.headers, "x-signature": resign({ secret: "not-the-secret" }) }],
    [url.href, { ...notification.headers, "x-signature": resign({ dataId: "999" }) }],
    [url.href, { ...notification.headers, "x-signature": resign({ ts: now - 301_000 }) }],
    [url.href, { ...notification.headers, "x-request-id": crypto.randomUUID() }],
    [url.href, { "content-type": "application/json" }],
  ];
  for (const [target, headers] of attempts) {
    const res = await shop.request(target, { method: "POST", headers, body: notification.body });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, "invalid_signature");
  }
  const paymentReads = shop.mercadopago.requests.filter((r) => r.path.startsWith("/v1/payments"));
  assert.equal(paymentReads.length, 0, "nothing unverified is fetched");
  assert.equal(await orderStatus(shop, order.id), "awaiting_payment");
  const [{ n }] = await shop.sql`select count(*)::int as n from payment_events`;
  assert.equal(n, 0);
});

Deno.test("a verified notification is applied once: the payment is read back and must be approved for this order", async () => {
  await using shop = await sellingShop();
  const order = await mpOrder(shop);
  const rejected = shop.mercadopago.pay(order.preference.id, { status: "rejected" });
  assert.equal((await shop.mercadopagoNotice(rejected.notification)).status, 200);
  assert.equal(await orderStatus(shop, order.id), "awaiting_payment");

  const approved = shop.mercadopago.pay(order.preference.id, { status: "approved" });
  assert.equal((await shop.mercadopagoNotice(approved.notification)).status, 200);
  const replay = await shop.mercadopagoNotice(approved.notification);
  assert.deepEqual(await replay.json(), { received: true, duplicate: true });
  assert.equal(await orderStatus(shop, order.id), "paid");
  const events = await shop.sql`select outcome from payment_events order by id`;
  assert.deepEqual(events.map((e) => e.outcome), ["payment_failed", "paid"]);
  const [payment] = await shop.sql`select reference, amount_minor, settles_order from payments`;
  assert.deepEqual({ ...payment }, {
    reference: String(approved.payment.id),
    amountMinor: 2490,
    settlesOrder: true,
  });
});

Deno.test("a payment for an order this shop never opened a preference for changes nothing", async () => {
  await using shop = await sellingShop();
  const order = await mpOrder(shop);
  shop.mercadopago.preferences[0].external_reference = crypto.randomUUID();
  const { notification } = shop.mercadopago.pay(order.preference.id);
  assert.equal((await shop.mercadopagoNotice(notification)).status, 200);
  const [event] = await shop.sql`select outcome, order_id from payment_events`;
  assert.deepEqual({ ...event }, { outcome: "unknown_order", orderId: null });
  assert.equal(await orderStatus(shop, order.id), "awaiting_payment");
});

Deno.test("a Mercado Pago payment that arrives after the hold expired is refunded through the API", async () => {
  await using shop = await sellingShop();
  const order = await mpOrder(shop);
  const { notification } = shop.mercadopago.pay(order.preference.id);
  shop.clock.advance(60 * 60_000);
  await shop.settle();
  assert.equal(await orderStatus(shop, order.id), "cancelled");
  const late = {
    ...notification,
    headers: {
      ...notification.headers,
      "x-signature": signMercadoPago({
        secret: shop.mercadopago.webhookSecret,
        dataId: notification.query["data.id"],
        requestId: notification.headers["x-request-id"],
        ts: shop.clock.now().getTime(),
      }),
    },
  };
  assert.equal((await shop.mercadopagoNotice(late)).status, 200);
  await shop.settle();
  const refunds = shop.mercadopago.requests.filter((r) => r.path.endsWith("/refunds"));
  assert.equal(refunds.length, 1);
  assert.match(refunds[0].idempotencyKey ?? "", /^refund-\d+$/);
  assert.equal(shop.mercadopago.payments[0].status, "refunded");
  const [row] = await shop.sql`select status, refund_status, attention from orders`;
  assert.deepEqual([row.status, row.refundStatus], ["cancelled", "refunded"]);
  assert.match(row.attention, /after the order was cancelled \(hold expired unpaid\)/);
});
