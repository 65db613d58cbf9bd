import assert from "node:assert/strict";
import { manualClock } from "../../src/shared/clock.ts";
import { testApp } from "../helpers/app.ts";

type T = Awaited<ReturnType<typeof testApp>>;

const PICKUP_CASH = {
  contact: { name: "Ana García", phone: "+34600000001", email: "ana@example.com" },
  fulfilment: "pickup",
  payment: "cash",
};
const MADRID = { street: "Calle Mayor 5", city: "Madrid", postal_code: "28013" };

async function cartWith(t: T, lines: [number, number][]): Promise<string> {
  const { id } = await (await t.request("/api/carts", { method: "POST" })).json();
  for (const [product_id, quantity] of lines) {
    const res = await t.json("POST", `/api/carts/${id}/items`, { product_id, quantity });
    assert.equal(res.status, 200);
  }
  return id;
}

async function stock(t: T, id: number): Promise<number> {
  const [row] = await t.sql`select stock from products where id = ${id}`;
  return row.stock;
}

async function orderCount(t: T): Promise<number> {
  const [{ count }] = await t.sql`select count(*)::int as count from orders`;
  return count;
}

const checkout = (t: T, cartId: string, body: unknown) =>
  t.json("POST", `/api/carts/${cartId}/checkout`, body);

async function settings(t: T, patch: Record<string, unknown>) {
  const res = await t.json("PATCH", "/api/admin/settings", patch, { admin: true });
  assert.equal(res.status, 200, await res.clone().text());
  return await res.json();
}

Deno.test("checkout without the buyer's contact or fulfilment is 400 and changes nothing", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[8, 2]]);
  const bodies = [
    undefined,
    {},
    { fulfilment: "pickup", payment: "cash" },
    { ...PICKUP_CASH, contact: { name: "Ana García" } },
    { ...PICKUP_CASH, contact: { name: "", phone: "+34600000001" } },
    { ...PICKUP_CASH, contact: { name: "Ana", phone: "600 00 00 01" } },
    { contact: PICKUP_CASH.contact, payment: "cash" },
    { ...PICKUP_CASH, fulfilment: "delivery" },
    { ...PICKUP_CASH, fulfilment: "shipping", address: { street: "Calle Mayor 5" } },
    { ...PICKUP_CASH, payment: "bitcoin" },
    { ...PICKUP_CASH, total_minor: 1 },
  ];
  for (const body of bodies) {
    const res = body === undefined
      ? await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" })
      : await checkout(t, cartId, body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.equal((await res.json()).error.code, "invalid_input");
  }
  assert.equal(await stock(t, 8), 10);
  assert.equal(await orderCount(t), 0);
  const [cart] = await t.sql`select status from carts where id = ${cartId}`;
  assert.equal(cart.status, "open");
});

Deno.test("a cash pickup order is confirmed at once, with contact, names and prices copied, and the stock lowered", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[1, 2], [6, 1]]);
  const res = await checkout(t, cartId, PICKUP_CASH);
  assert.equal(res.status, 201);
  const order = await res.json();
  assert.equal(order.status, "confirmed");
  assert.equal(order.number, 1001);
  assert.deepEqual(
    [order.subtotal_minor, order.fee_minor, order.total_minor],
    [2 * 650 + 895, 0, 2 * 650 + 895],
  );
  assert.deepEqual(order.contact, PICKUP_CASH.contact);
  assert.deepEqual([order.fulfilment, order.payment_method], ["pickup", "cash"]);
  assert.equal(order.address, null);
  assert.equal(order.hold_expires_at, null);
  assert.equal(order.payment_url, null);
  assert.deepEqual(
    order.items.map((
      l: { name: string; unit_price_minor: number },
    ) => [l.name, l.unit_price_minor]),
    [["Café molido 250 g", 650], ["Taza de cerámica 350 ml", 895]],
  );
  assert.equal(await stock(t, 1), 48);
  assert.equal(await stock(t, 6), 39);
  // A later price change does not touch the order.
  await t.json("PATCH", "/api/products/1", { price_minor: 9999 }, { admin: true });
  const read = await (await t.request(`/api/orders/${order.id}`)).json();
  assert.equal(read.items[0].unit_price_minor, 650);
  assert.equal(read.total_minor, 2195);
  assert.equal((await checkout(t, cartId, PICKUP_CASH)).status, 409, "the cart is closed");
});

Deno.test("an order paid later holds its stock until the hold expires; then it is cancelled and the stock returns", async () => {
  const clock = manualClock(new Date("2026-12-01T10:00:00Z"));
  await using t = await testApp({}, { clock });
  await settings(t, {
    transfer_enabled: true,
    transfer_instructions: "IBAN ES00 0000 0000 0000 0000 0000",
    hold_minutes: 45,
  });
  const cartId = await cartWith(t, [[8, 10]]);
  const res = await checkout(t, cartId, { ...PICKUP_CASH, payment: "transfer" });
  assert.equal(res.status, 201);
  const order = await res.json();
  assert.equal(order.status, "awaiting_payment");
  assert.equal(order.hold_expires_at, "2026-12-01T10:45:00.000Z");
  assert.equal(await stock(t, 8), 0, "all 10 units are held");

  clock.advance(44 * 60_000);
  await t.jobs.runDue();
  assert.equal(
    (await (await t.request(`/api/orders/${order.id}`)).json()).status,
    "awaiting_payment",
  );
  clock.advance(60_000);
  await t.jobs.runDue();
  const expired = await (await t.request(`/api/orders/${order.id}`)).json();
  assert.equal(expired.status, "cancelled");
  assert.equal(expired.cancel_reason, "hold expired unpaid");
  assert.equal(expired.cancelled_at, "2026-12-01T10:45:00.000Z");
  assert.equal(await stock(t, 8), 10, "the units are back");
  const events = await t.sql`
    select from_status, to_status, actor from order_events where order_id = ${order.id} order by id`;
  assert.deepEqual(events.map((e) => [e.fromStatus, e.toStatus, e.actor]), [
    [null, "awaiting_payment", "customer"],
    ["awaiting_payment", "cancelled", "system"],
  ]);
  await t.jobs.runDue();
  assert.equal(await stock(t, 8), 10, "expiring runs once");
});

Deno.test("anonymous unpaid orders cannot keep the stock: 10 units held by 10 orders come back on expiry", async () => {
  const clock = manualClock(new Date("2026-12-01T10:00:00Z"));
  await using t = await testApp({}, { clock });
  await settings(t, { transfer_enabled: true, transfer_instructions: "IBAN ES00 1234" });
  const carts = [];
  for (let i = 0; i < 12; i++) carts.push(await cartWith(t, [[8, 1]]));
  const statuses = await Promise.all(
    carts.map(async (id) =>
      (await checkout(t, id, { ...PICKUP_CASH, payment: "transfer" })).status
    ),
  );
  assert.deepEqual(statuses.filter((s) => s === 201).length, 10);
  assert.deepEqual(statuses.filter((s) => s === 409).length, 2);
  assert.equal(await stock(t, 8), 0);
  clock.advance(60 * 60_000);
  assert.equal(await t.jobs.runDue(), 10);
  assert.equal(await stock(t, 8), 10);
  const [{ cancelled }] = await t.sql`
    select count(*)::int as cancelled from orders where status = 'cancelled'`;
  assert.equal(cancelled, 10);
});

Deno.test("checkout with a short line is 409 naming it, and changes nothing", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[1, 2], [8, 3]]);
  await t.sql`update products set stock = 1 where id = 8`;
  const res = await checkout(t, cartId, PICKUP_CASH);
  assert.equal(res.status, 409);
  const body = await res.json();
  assert.equal(body.error.code, "insufficient_stock");
  assert.deepEqual(body.error.details.lines, [
    { product_id: 8, name: "Molinillo de café manual", requested: 3, available: 1 },
  ]);
  assert.equal(await stock(t, 1), 50);
  assert.equal(await stock(t, 8), 1);
  assert.equal(await orderCount(t), 0);
  const [cart] = await t.sql`select status from carts where id = ${cartId}`;
  assert.equal(cart.status, "open");
});

Deno.test("checkout of a product no longer sold is 409 naming its id, and changes nothing", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[1, 1], [2, 1]]);
  assert.equal((await t.json("DELETE", "/api/products/2", undefined, { admin: true })).status, 200);
  const res = await checkout(t, cartId, PICKUP_CASH);
  assert.equal(res.status, 409);
  const body = await res.json();
  assert.equal(body.error.code, "product_unavailable");
  assert.deepEqual(body.error.details, { product_ids: [2] });
  assert.equal(await stock(t, 1), 50);
});

Deno.test("an empty cart cannot be checked out", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, []);
  const res = await checkout(t, cartId, PICKUP_CASH);
  assert.equal(res.status, 422);
  assert.equal((await res.json()).error.code, "empty_cart");
});

Deno.test("checkout never sells more than the stock: 20 carts, stock 5", async () => {
  await using t = await testApp();
  await t.sql`update products set stock = 5 where id = 4`;
  const carts = [];
  for (let i = 0; i < 20; i++) carts.push(await cartWith(t, [[4, 1]]));
  const statuses = await Promise.all(
    carts.map(async (id) => (await checkout(t, id, PICKUP_CASH)).status),
  );
  assert.equal(statuses.filter((s) => s === 201).length, 5);
  assert.equal(statuses.filter((s) => s === 409).length, 15);
  assert.equal(await stock(t, 4), 0);
  const [{ count, units }] = await t.sql`
    select count(distinct o.id)::int as count, coalesce(sum(oi.quantity), 0)::int as units
    from orders o join order_items oi on oi.order_id = o.id`;
  assert.deepEqual({ count, units }, { count: 5, units: 5 });
});

Deno.test("delivery outside the area is refused and places nothing; inside it costs the fee, free above the threshold", async () => {
  await using t = await testApp();
  await settings(t, {
    delivery_enabled: true,
    delivery_fee_minor: 350,
    delivery_free_above_minor: 3000,
    delivery_postal_prefixes: ["280", "281"],
  });
  const delivery = { ...PICKUP_CASH, fulfilment: "delivery" };
  const far = await cartWith(t, [[1, 1]]);
  const refused = await checkout(t, far, {
    ...delivery,
    address: { street: "Carrer de Mallorca 401", city: "Barcelona", postal_code: "08013" },
  });
  assert.equal(refused.status, 422);
  const error = (await refused.json()).error;
  assert.equal(error.code, "outside_delivery_area");
  assert.match(
    error.message,
    /Local delivery does not reach Carrer de Mallorca 401, 08013 Barcelona; pickup or shipping is possible/,
  );
  assert.equal(await orderCount(t), 0);
  assert.equal(await stock(t, 1), 50);

  const quote = await (await t.json("POST", `/api/carts/${far}/quote`, {
    ...delivery,
    address: MADRID,
  })).json();
  assert.deepEqual(
    [quote.subtotal_minor, quote.fee_minor, quote.total_minor, quote.can_place],
    [650, 350, 1000, true],
  );
  assert.equal(await orderCount(t), 0, "quoting places nothing");

  const near = await (await checkout(t, far, { ...delivery, address: MADRID })).json();
  assert.deepEqual([near.status, near.fee_minor, near.total_minor], ["confirmed", 350, 1000]);
  assert.deepEqual(
    [near.address.street, near.address.postal_code, near.address.city],
    ["Calle Mayor 5", "28013", "Madrid"],
  );
  const big = await cartWith(t, [[8, 2]]);
  const free = await (await checkout(t, big, { ...delivery, address: MADRID })).json();
  assert.deepEqual([free.subtotal_minor, free.fee_minor], [2 * 3200, 0]);
});

Deno.test("shipping goes only to the countries served, and cash is not for shipping", async () => {
  await using t = await testApp();
  await settings(t, {
    shipping_countries: ["ES", "PT"],
    transfer_enabled: true,
    transfer_instructions: "IBAN",
  });
  const shipping = { ...PICKUP_CASH, fulfilment: "shipping", payment: "transfer" };
  const cartId = await cartWith(t, [[1, 1]]);
  const abroad = await checkout(t, cartId, {
    ...shipping,
    address: { ...MADRID, city: "Paris", postal_code: "75001", country: "Francia" },
  });
  assert.equal(abroad.status, 422);
  assert.equal((await abroad.json()).error.code, "country_not_served");
  const cash = await checkout(t, cartId, {
    ...shipping,
    payment: "cash",
    address: { ...MADRID, country: "España" },
  });
  assert.equal(cash.status, 422);
  assert.equal((await cash.json()).error.code, "payment_unavailable");
  const noCountry = await checkout(t, cartId, { ...shipping, address: MADRID });
  assert.equal(noCountry.status, 422, "two countries are served: which one?");
  assert.deepEqual((await noCountry.json()).error.details, { missing: ["country"] });
  const ok = await checkout(t, cartId, { ...shipping, address: { ...MADRID, country: "Spain" } });
  assert.equal(ok.status, 201);
  assert.deepEqual((await ok.json()).fee_minor, 495);
});

Deno.test("the public terms tell a storefront what the shop offers", async () => {
  await using t = await testApp();
  const terms = await (await t.request("/api/shop/terms")).json();
  assert.deepEqual(terms.fulfilment, ["pickup", "shipping"]);
  assert.deepEqual(terms.payment, ["cash"], "no provider is configured and transfer is off");
  assert.deepEqual(terms.shipping, { fee_minor: 495, free_above_minor: 5000, countries: ["ES"] });
  assert.equal(terms.hold_minutes, 60);
});

Deno.test("orders by id; unknown and malformed ids are 404", async () => {
  await using t = await testApp();
  assert.equal((await t.request("/api/orders/00000000-0000-4000-8000-000000000000")).status, 404);
  assert.equal((await t.request("/api/orders/1001")).status, 404);
});

Deno.test("status moves only along allowed transitions, and a pickup order never ships", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[2, 1]]);
  const order = await (await checkout(t, cartId, PICKUP_CASH)).json();
  assert.deepEqual(order.next_statuses, ["paid", "ready_for_pickup", "cancelled"]);
  const to = (status: string) =>
    t.json("PATCH", `/api/orders/${order.id}`, { status }, { admin: true });
  const skip = await to("shipped");
  assert.equal(skip.status, 409);
  assert.deepEqual((await skip.json()).error.details, {
    from: "confirmed",
    to: "shipped",
    allowed: ["paid", "ready_for_pickup", "cancelled"],
  });
  for (const status of ["paid", "ready_for_pickup", "delivered"]) {
    const res = await to(status);
    assert.equal(res.status, 200, status);
    assert.equal((await res.json()).status, status);
  }
  assert.equal((await to("cancelled")).status, 409, "a delivered order cannot be cancelled");
  assert.equal((await to("refunded")).status, 400);
  assert.equal(
    (await t.json("PATCH", `/api/orders/${order.id}`, { status: "paid" })).status,
    401,
  );
});

Deno.test("cash collected on delivery marks a confirmed order paid when it is delivered", async () => {
  await using t = await testApp();
  await settings(t, { delivery_enabled: true, delivery_postal_prefixes: ["28"] });
  const cartId = await cartWith(t, [[2, 1]]);
  const order = await (await checkout(t, cartId, {
    ...PICKUP_CASH,
    fulfilment: "delivery",
    address: MADRID,
  })).json();
  for (const status of ["shipped", "delivered"]) {
    const res = await t.json("PATCH", `/api/orders/${order.id}`, { status }, { admin: true });
    assert.equal(res.status, 200, status);
  }
  const done = await (await t.request(`/api/orders/${order.id}`)).json();
  assert.notEqual(done.paid_at, null);
});

Deno.test("cancelling an order returns its units to stock, once", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[5, 4]]);
  const order = await (await checkout(t, cartId, PICKUP_CASH)).json();
  assert.equal(await stock(t, 5), 56);
  await t.json("PATCH", `/api/orders/${order.id}`, { status: "paid" }, { admin: true });
  const results = await Promise.all(
    [1, 2, 3].map(() =>
      t.json("PATCH", `/api/orders/${order.id}`, { status: "cancelled", note: "no stock" }, {
        admin: true,
      })
    ),
  );
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 409, 409]);
  assert.equal(await stock(t, 5), 60);
  const read = await (await t.request(`/api/orders/${order.id}`)).json();
  assert.equal(read.cancel_reason, "no stock");
  assert.equal(read.refund_status, null, "cash is not refunded online");
});

Deno.test("staff list orders newest first, filtered by status", async () => {
  await using t = await testApp();
  for (let i = 0; i < 3; i++) {
    const cartId = await cartWith(t, [[1, 1]]);
    await checkout(t, cartId, PICKUP_CASH);
  }
  assert.equal((await t.request("/api/orders")).status, 401);
  const all = await (await t.json("GET", "/api/orders", undefined, { admin: true })).json();
  assert.deepEqual(all.items.map((o: { number: number }) => o.number), [1003, 1002, 1001]);
  await t.json("PATCH", `/api/orders/${all.items[1].id}`, { status: "paid" }, { admin: true });
  const paid = await (await t.json("GET", "/api/orders?status=paid", undefined, { admin: true }))
    .json();
  assert.deepEqual(paid.items.map((o: { number: number }) => o.number), [1002]);
  const page =
    await (await t.json("GET", "/api/orders?limit=1&before=1003", undefined, { admin: true }))
      .json();
  assert.deepEqual(page.items.map((o: { number: number }) => o.number), [1002]);
  assert.equal(
    (await t.json("GET", "/api/orders?status=lost", undefined, { admin: true })).status,
    400,
  );
});
