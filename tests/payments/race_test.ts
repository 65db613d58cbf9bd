import assert from "node:assert/strict";
import type { SignedEvent } from "../fakes/stripe.ts";
import { type SellingShop, sellingShop } from "../helpers/sale.ts";

const PRODUCT = 8;

/** `count` REST carts of one unit each checked out at once with card; the statuses. */
async function buyers(shop: SellingShop, count: number) {
  const carts = await Promise.all(Array.from({ length: count }, async () => {
    const { id } = await (await shop.request("/api/carts", { method: "POST" })).json();
    const added = await shop.json("POST", `/api/carts/${id}/items`, {
      product_id: PRODUCT,
      quantity: 1,
    });
    assert.equal(added.status, 200);
    return id as string;
  }));
  return await Promise.all(carts.map(async (id, i) => {
    const res = await shop.json("POST", `/api/carts/${id}/checkout`, {
      contact: { name: "Buyer Number", phone: `+346000${String(i).padStart(5, "0")}` },
      fulfilment: "pickup",
      payment: "card",
    });
    return { status: res.status, order: res.status === 201 ? await res.json() : null };
  }));
}

/** Opens the order's link and pays its session; returns the signed event, not delivered yet. */
async function pay(shop: SellingShop, order: { id: string; payment_url: string }) {
  const url = await shop.openPaymentLink(order.payment_url);
  const session = shop.stripe.sessions.find((s) => s.url === url)!;
  return await shop.stripe.completeSession(session.id);
}

async function stock(shop: SellingShop): Promise<number> {
  const [row] = await shop.sql`select stock from products where id = ${PRODUCT}`;
  return row.stock;
}

async function outcomes(shop: SellingShop) {
  const rows = await shop.sql`
    select o.status, o.refund_status, count(*)::int as n from orders o
    group by o.status, o.refund_status order by o.status`;
  return Object.fromEntries(rows.map((r) => [`${r.status}/${r.refundStatus ?? "-"}`, r.n]));
}

/** Moves the clock to one second before the holds end. */
async function toHoldEnd(shop: SellingShop) {
  const [{ hold }] = await shop.sql`select min(hold_expires_at) as hold from orders`;
  shop.clock.set(new Date(hold.getTime() - 1000));
}

Deno.test("a payment arriving before the hold's expiry runs pays the order; the expiry then does nothing", async () => {
  await using shop = await sellingShop();
  await shop.sql`update products set stock = 1 where id = ${PRODUCT}`;
  const [{ order }] = await buyers(shop, 1);
  await toHoldEnd(shop);
  const signed = await pay(shop, order);
  shop.clock.advance(2000);
  assert.equal((await shop.stripeEvent(signed)).status, 200);
  await shop.settle();
  assert.deepEqual(await outcomes(shop), { "paid/-": 1 });
  assert.equal(await stock(shop), 0);
  assert.equal(shop.stripe.refunds.length, 0);
});

Deno.test("a payment arriving after the hold expired is refunded, the order stays cancelled and its stock back", async () => {
  await using shop = await sellingShop();
  await shop.sql`update products set stock = 1 where id = ${PRODUCT}`;
  const [{ order }] = await buyers(shop, 1);
  await toHoldEnd(shop);
  const signed = await pay(shop, order);
  shop.clock.advance(2000);
  await shop.settle();
  assert.equal(await stock(shop), 1, "the expiry returned the unit");
  assert.equal((await shop.stripeEvent(signed)).status, 200);
  await shop.settle();
  assert.deepEqual(await outcomes(shop), { "cancelled/refunded": 1 });
  assert.equal(await stock(shop), 1, "a refunded payment does not take the unit again");
  assert.equal(shop.stripe.refunds.length, 1);
  assert.equal(shop.stripe.refunds[0].amount, order.total_minor);
  const [row] = await shop.sql`select attention from orders`;
  assert.match(
    row.attention,
    /after the order was cancelled \(hold expired unpaid\); the payment is being refunded/,
  );
});

Deno.test("payments racing their holds' expiry: each order has exactly one outcome and the stock adds up", async () => {
  await using shop = await sellingShop();
  const orders = (await buyers(shop, 10)).map((b) => b.order);
  await toHoldEnd(shop);
  const events: SignedEvent[] = [];
  for (const order of orders) events.push(await pay(shop, order));
  shop.clock.advance(2000);
  const webhooks = Promise.all(events.map((e) => shop.stripeEvent(e)));
  const [responses] = await Promise.all([webhooks, shop.jobs.runDue(), shop.jobs.runDue()]);
  assert.ok(responses.every((r) => r.status === 200));
  await shop.settle();
  await shop.settle();
  const result = await outcomes(shop);
  const paid = result["paid/-"] ?? 0;
  const refunded = result["cancelled/refunded"] ?? 0;
  assert.equal(paid + refunded, 10, JSON.stringify(result));
  assert.equal(await stock(shop), 10 - paid);
  assert.equal(shop.stripe.refunds.length, refunded);
  const [{ settled }] = await shop.sql`
    select count(*)::int as settled from payments where settles_order`;
  assert.equal(settled, paid);
});

Deno.test("50 buyers for the last 10 units, 4 of them never paying: 10 sold or held, then the 4 returned", async () => {
  await using shop = await sellingShop();
  await shop.sql`update products set stock = 10 where id = ${PRODUCT}`;
  const results = await buyers(shop, 50);
  assert.equal(results.filter((r) => r.status === 201).length, 10);
  assert.equal(results.filter((r) => r.status === 409).length, 40);
  assert.equal(await stock(shop), 0, "10 held");
  const placed = results.flatMap((r) => r.order ? [r.order] : []);
  for (const order of placed.slice(0, 6)) {
    assert.equal((await shop.stripeEvent(await pay(shop, order))).status, 200);
  }
  await shop.openPaymentLink(placed[6].payment_url);
  shop.clock.advance(61 * 60_000);
  await shop.settle();
  assert.deepEqual(await outcomes(shop), { "cancelled/-": 4, "paid/-": 6 });
  assert.equal(await stock(shop), 4, "the 4 unpaid units are back on sale");
  assert.equal(shop.stripe.refunds.length, 0);
  assert.equal(
    shop.stripe.sessions.filter((s) => s.status === "expired").length,
    1,
    "the unpaid order's open page was closed",
  );
  const [{ units }] = await shop.sql`
    select coalesce(sum(oi.quantity), 0)::int as units
    from order_items oi join orders o on o.id = oi.order_id where o.status = 'paid'`;
  assert.equal(units + (await stock(shop)), 10);
});
