import assert from "node:assert/strict";
import { testApp } from "../helpers/app.ts";

type T = Awaited<ReturnType<typeof testApp>>;

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

Deno.test("checkout creates the order, copies names and prices, and lowers the stock", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[1, 2], [6, 1]]);
  const res = await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" });
  assert.equal(res.status, 201);
  const order = await res.json();
  assert.equal(order.status, "pending");
  assert.equal(order.number, 1001);
  assert.equal(order.total_minor, 2 * 650 + 895);
  assert.deepEqual(
    order.items.map((
      l: { name: string; unit_price_minor: number },
    ) => [l.name, l.unit_price_minor]),
    [
      ["Café molido 250 g", 650],
      ["Taza de cerámica 350 ml", 895],
    ],
  );
  assert.equal(await stock(t, 1), 48);
  assert.equal(await stock(t, 6), 39);
  // A later price change does not touch the order.
  await t.json("PATCH", "/api/products/1", { price_minor: 9999 }, { admin: true });
  const read = await (await t.request(`/api/orders/${order.id}`)).json();
  assert.equal(read.items[0].unit_price_minor, 650);
  assert.equal(read.total_minor, 2195);
});

Deno.test("checkout with a short line is 409 naming it, and changes nothing", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[1, 2], [8, 3]]);
  await t.sql`update products set stock = 1 where id = 8`;
  const res = await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" });
  assert.equal(res.status, 409);
  const body = await res.json();
  assert.equal(body.error.code, "insufficient_stock");
  assert.deepEqual(body.error.details.lines, [
    { product_id: 8, name: "Molinillo de café manual", requested: 3, available: 1 },
  ]);
  assert.equal(await stock(t, 1), 50);
  assert.equal(await stock(t, 8), 1);
  const [{ count }] = await t.sql`select count(*)::int as count from orders`;
  assert.equal(count, 0);
  const [cart] = await t.sql`select status from carts where id = ${cartId}`;
  assert.equal(cart.status, "open");
});

Deno.test("checkout of a product no longer sold is 409 naming its id, and changes nothing", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[1, 1], [2, 1]]);
  assert.equal((await t.json("DELETE", "/api/products/2", undefined, { admin: true })).status, 200);
  const res = await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" });
  assert.equal(res.status, 409);
  const body = await res.json();
  assert.equal(body.error.code, "product_unavailable");
  assert.deepEqual(body.error.details, { product_ids: [2] });
  assert.equal(await stock(t, 1), 50);
});

Deno.test("an empty cart cannot be checked out", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, []);
  const res = await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" });
  assert.equal(res.status, 422);
  assert.equal((await res.json()).error.code, "empty_cart");
});

Deno.test("checkout never sells more than the stock: 20 carts, stock 5", async () => {
  await using t = await testApp();
  await t.sql`update products set stock = 5 where id = 4`;
  const carts = [];
  for (let i = 0; i < 20; i++) carts.push(await cartWith(t, [[4, 1]]));
  const statuses = await Promise.all(
    carts.map(async (id) =>
      (await t.request(`/api/carts/${id}/checkout`, { method: "POST" })).status
    ),
  );
  assert.equal(statuses.filter((s) => s === 201).length, 5);
  assert.equal(statuses.filter((s) => s === 409).length, 15);
  assert.equal(await stock(t, 4), 0);
  const [{ count, units }] = await t.sql`
    select count(distinct o.id)::int as count, coalesce(sum(oi.quantity), 0)::int as units
    from orders o join order_items oi on oi.order_id = o.id`;
  assert.deepEqual({ count, units }, { count: 5, units: 5 });
});

Deno.test("orders by id; unknown and malformed ids are 404", async () => {
  await using t = await testApp();
  assert.equal((await t.request("/api/orders/00000000-0000-4000-8000-000000000000")).status, 404);
  assert.equal((await t.request("/api/orders/1001")).status, 404);
});

Deno.test("status moves only along allowed transitions", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[2, 1]]);
  const order = await (await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" })).json();
  const to = (status: string) =>
    t.json("PATCH", `/api/orders/${order.id}`, { status }, { admin: true });
  const skip = await to("shipped");
  assert.equal(skip.status, 409);
  assert.deepEqual((await skip.json()).error.details, {
    from: "pending",
    to: "shipped",
    allowed: ["paid", "cancelled"],
  });
  for (const status of ["paid", "shipped", "delivered"]) {
    const res = await to(status);
    assert.equal(res.status, 200, status);
    assert.equal((await res.json()).status, status);
  }
  assert.equal((await to("cancelled")).status, 409);
  assert.equal((await to("refunded")).status, 400);
  assert.equal(
    (await t.json("PATCH", `/api/orders/${order.id}`, { status: "paid" })).status,
    401,
  );
});

Deno.test("cancelling a paid order returns its units to stock, once", async () => {
  await using t = await testApp();
  const cartId = await cartWith(t, [[5, 4]]);
  const order = await (await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" })).json();
  assert.equal(await stock(t, 5), 56);
  await t.json("PATCH", `/api/orders/${order.id}`, { status: "paid" }, { admin: true });
  const results = await Promise.all(
    [1, 2, 3].map(() =>
      t.json("PATCH", `/api/orders/${order.id}`, { status: "cancelled" }, { admin: true })
    ),
  );
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 409, 409]);
  assert.equal(await stock(t, 5), 60);
});

Deno.test("staff list orders newest first, filtered by status", async () => {
  await using t = await testApp();
  for (let i = 0; i < 3; i++) {
    const cartId = await cartWith(t, [[1, 1]]);
    await t.request(`/api/carts/${cartId}/checkout`, { method: "POST" });
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
