/**
 * Fault drill: 50 customers check out the last 10 units of a product at the same moment, once
 * through the REST API (50 carts) and once through WhatsApp (50 customers who each added one
 * unit and were quoted pickup and cash, then all say "sí" at once, answered by the offline
 * model). Exactly 10 units must be sold: 10 orders, 40 refusals for insufficient stock, stock 0,
 * and in WhatsApp every message answered exactly once.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  ADMIN_TOKEN,
  assertConsistent,
  assertOneReplyEach,
  drill,
  Load,
  openWorld,
  phone,
  report,
  settle,
  type World,
} from "./helpers.ts";

const BUYERS = 50;
const UNITS = 10;
const PRODUCT = 7;

drill("50 REST checkouts of the last 10 units at once: exactly 10 sold", async () => {
  const started = Date.now();
  await using world = await openWorld();
  await world.start();
  await setStock(world, UNITS);
  const carts = await Promise.all(Array.from({ length: BUYERS }, async () => {
    const { id } = await api<{ id: string }>(world, "POST", "/api/carts");
    await api(world, "POST", `/api/carts/${id}/items`, { product_id: PRODUCT, quantity: 1 });
    return id;
  }));

  const statuses = await Promise.all(
    carts.map((id, i) =>
      call(world, "POST", `/api/carts/${id}/checkout`, {
        contact: { name: "Buyer Number", phone: phone(36, i) },
        fulfilment: "pickup",
        payment: "cash",
      }).then((r) => r.status)
    ),
  );
  const sold = statuses.filter((s) => s === 201).length;
  const refused = statuses.filter((s) => s === 409).length;
  assert.deepEqual({ sold, refused }, { sold: UNITS, refused: BUYERS - UNITS });
  await assertSoldExactly(world, UNITS);
  await assertConsistent(world.sql);
  report("stock_race_rest", {
    checkouts: BUYERS,
    sold,
    refused,
    duration_ms: Date.now() - started,
  });
});

drill("50 WhatsApp customers paying for the last 10 units at once: exactly 10 sold", async () => {
  const started = Date.now();
  await using world = await openWorld(); // no Gemini key: the offline model
  await world.start();
  await setStock(world, UNITS);
  const load = new Load(world);
  const buyers = Array.from({ length: BUYERS }, (_, i) => phone(35, i));
  await Promise.all(buyers.map((p) => load.deliver(p, `quiero 1 del producto ${PRODUCT}`)));
  await Promise.all(
    buyers.map((p) => load.deliver(p, "quiero pagar, lo recojo y pago en efectivo")),
  );
  const paying = await Promise.all(buyers.map((p) => load.deliver(p, "sí")));
  const result = await settle(world, load, 30_000);

  assertOneReplyEach(result, load);
  const answers = paying.map((d) => result.replies.get(d.sid)![0].body);
  const confirmed = answers.filter((a) => a.startsWith("¡Pedido *#")).length;
  const refused = answers.filter((a) => a.startsWith("No hay stock suficiente")).length;
  assert.deepEqual({ confirmed, refused }, { confirmed: UNITS, refused: BUYERS - UNITS });
  await assertSoldExactly(world, UNITS);
  const [{ open }] = await world.sql<{ open: number }[]>`
    select count(*)::int as open from carts c
    where status = 'open' and exists (select 1 from cart_items i where i.cart_id = c.id)`;
  assert.equal(open, BUYERS - UNITS, "the refused customers keep their carts");
  await assertConsistent(world.sql);
  report("stock_race_whatsapp", {
    messages: load.deliveries.length,
    webhook_retries: load.retries(),
    confirmed,
    refused,
    duration_ms: Date.now() - started,
  });
});

/** Exactly `units` of the product sold, in as many one-unit orders, and none left. */
async function assertSoldExactly(world: World, units: number): Promise<void> {
  const [row] = await world.sql<{ stock: number; sold: number; orders: number }[]>`
    select (select stock from products where id = ${PRODUCT}) as stock,
      (select coalesce(sum(quantity), 0)::int from order_items where product_id = ${PRODUCT})
        as sold,
      (select count(*)::int from orders) as orders`;
  assert.deepEqual({ ...row }, { stock: 0, sold: units, orders: units });
}

async function setStock(world: World, stock: number): Promise<void> {
  await api(world, "PATCH", `/api/products/${PRODUCT}`, { stock }, {
    authorization: `Bearer ${ADMIN_TOKEN}`,
  });
}

function call(
  world: World,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${world.url}${path}`, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A JSON API call that must succeed. */
async function api<T = unknown>(
  world: World,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await call(world, method, path, body, headers);
  const json = await response.json();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json as T;
}
