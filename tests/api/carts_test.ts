import assert from "node:assert/strict";
import { testApp } from "../helpers/app.ts";

type T = Awaited<ReturnType<typeof testApp>>;

async function newCart(t: T): Promise<string> {
  const res = await t.request("/api/carts", { method: "POST" });
  assert.equal(res.status, 201);
  return (await res.json()).id;
}

async function cartRows(t: T, id: string) {
  const rows = await t.sql`
    select product_id, quantity from cart_items where cart_id = ${id} order by product_id`;
  return rows.map((r) => ({ ...r }));
}

Deno.test("a new cart is empty, has an unguessable id and can be read back", async () => {
  await using t = await testApp();
  const res = await t.request("/api/carts", { method: "POST" });
  assert.equal(res.status, 201);
  const cart = await res.json();
  assert.match(cart.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(
    { items: cart.items, total: cart.total_minor, status: cart.status },
    { items: [], total: 0, status: "open" },
  );
  const again = await (await t.request(`/api/carts/${cart.id}`)).json();
  assert.equal(again.id, cart.id);
});

Deno.test("an empty cart is in the store's currency", async () => {
  for (const currency of ["EUR", "USD"]) {
    await using t = await testApp({ STORE_CURRENCY: currency });
    const created = await (await t.request("/api/carts", { method: "POST" })).json();
    assert.equal(created.currency, currency);
    assert.equal((await (await t.request(`/api/carts/${created.id}`)).json()).currency, currency);
  }
});

Deno.test("adding items adds to the line; totals are computed by the server", async () => {
  await using t = await testApp();
  const id = await newCart(t);
  assert.equal(
    (await t.json("POST", `/api/carts/${id}/items`, { product_id: 1, quantity: 2 })).status,
    200,
  );
  const res = await t.json("POST", `/api/carts/${id}/items`, { product_id: 1, quantity: 1 });
  await t.json("POST", `/api/carts/${id}/items`, { product_id: 6, quantity: 1 });
  const cart = await (await t.request(`/api/carts/${id}`)).json();
  assert.equal(res.status, 200);
  assert.deepEqual(
    cart.items.map((l: { product_id: number; quantity: number; line_total_minor: number }) => [
      l.product_id,
      l.quantity,
      l.line_total_minor,
    ]),
    [[1, 3, 1950], [6, 1, 895]],
  );
  assert.equal(cart.total_minor, 2845);
  assert.equal(cart.item_count, 4);
  assert.equal(cart.total_formatted, "28,45\u00a0€");
});

Deno.test("a client cannot set prices: price fields in the body are refused", async () => {
  await using t = await testApp();
  const id = await newCart(t);
  const res = await t.json("POST", `/api/carts/${id}/items`, {
    product_id: 1,
    quantity: 1,
    unit_price_minor: 0,
  });
  assert.equal(res.status, 400);
  assert.deepEqual(await cartRows(t, id), []);
});

Deno.test("set replaces the quantity, 0 removes, delete removes", async () => {
  await using t = await testApp();
  const id = await newCart(t);
  await t.json("POST", `/api/carts/${id}/items`, { product_id: 1, quantity: 2 });
  await t.json("POST", `/api/carts/${id}/items`, { product_id: 2, quantity: 1 });
  assert.equal((await t.json("PUT", `/api/carts/${id}/items/1`, { quantity: 3 })).status, 200);
  assert.deepEqual(await cartRows(t, id), [{ productId: 1, quantity: 3 }, {
    productId: 2,
    quantity: 1,
  }]);
  assert.equal((await t.json("PUT", `/api/carts/${id}/items/2`, { quantity: 0 })).status, 200);
  assert.deepEqual(await cartRows(t, id), [{ productId: 1, quantity: 3 }]);
  assert.equal((await t.json("DELETE", `/api/carts/${id}/items/1`)).status, 200);
  assert.deepEqual(await cartRows(t, id), []);
  const gone = await t.json("DELETE", `/api/carts/${id}/items/1`);
  assert.equal(gone.status, 404);
  assert.equal((await gone.json()).error.code, "item_not_found");
});

Deno.test("more than the stock is 409 with the quantity available, and changes nothing", async () => {
  await using t = await testApp();
  await t.sql`update products set stock = 3 where id = 7`;
  const id = await newCart(t);
  await t.json("POST", `/api/carts/${id}/items`, { product_id: 7, quantity: 2 });
  const res = await t.json("POST", `/api/carts/${id}/items`, { product_id: 7, quantity: 2 });
  assert.equal(res.status, 409);
  const body = await res.json();
  assert.equal(body.error.code, "out_of_stock");
  assert.deepEqual(body.error.details, { product_id: 7, available: 3, in_cart: 2, requested: 4 });
  assert.match(body.error.message, /Only 3 left of «Cafetera italiana 6 tazas»/);
  assert.deepEqual(await cartRows(t, id), [{ productId: 7, quantity: 2 }]);
  const set = await t.json("PUT", `/api/carts/${id}/items/7`, { quantity: 4 });
  assert.equal(set.status, 409);
  assert.deepEqual(await cartRows(t, id), [{ productId: 7, quantity: 2 }]);
});

Deno.test("quantities must be whole numbers from 1 to 99 (0 only to set)", async () => {
  await using t = await testApp();
  const id = await newCart(t);
  for (const quantity of [0, -1, 1.5, 100, 1e9, "2", null, true]) {
    const res = await t.json("POST", `/api/carts/${id}/items`, { product_id: 1, quantity });
    assert.equal(res.status, 400, String(quantity));
    assert.equal((await res.json()).error.code, "invalid_input");
  }
  for (const quantity of [-1, 2.5, 100]) {
    const res = await t.json("PUT", `/api/carts/${id}/items/1`, { quantity });
    assert.equal(res.status, 400, String(quantity));
  }
  await t.json("POST", `/api/carts/${id}/items`, { product_id: 11, quantity: 60 });
  const over = await t.json("POST", `/api/carts/${id}/items`, { product_id: 11, quantity: 40 });
  assert.equal(over.status, 422);
  const refused = (await over.json()).error;
  assert.equal(refused.code, "quantity_limit");
  assert.deepEqual(refused.details, { max: 99, in_cart: 60 });
  assert.deepEqual(await cartRows(t, id), [{ productId: 11, quantity: 60 }]);
});

Deno.test("unknown carts and products are 404; malformed ids too", async () => {
  await using t = await testApp();
  const id = await newCart(t);
  const unknownCart = "00000000-0000-4000-8000-000000000000";
  assert.equal((await t.request(`/api/carts/${unknownCart}`)).status, 404);
  assert.equal((await t.request("/api/carts/not-a-uuid")).status, 404);
  assert.equal((await t.request("/api/carts/' or 1=1 --")).status, 404);
  const noCart = await t.json("POST", `/api/carts/${unknownCart}/items`, {
    product_id: 1,
    quantity: 1,
  });
  assert.equal(noCart.status, 404);
  const noProduct = await t.json("POST", `/api/carts/${id}/items`, {
    product_id: 999,
    quantity: 1,
  });
  assert.equal(noProduct.status, 404);
  assert.equal((await noProduct.json()).error.message, "Product 999 not found");
  await t.sql`update products set active = false where id = 3`;
  const inactive = await t.json("POST", `/api/carts/${id}/items`, { product_id: 3, quantity: 1 });
  assert.equal(inactive.status, 404);
});

Deno.test("malformed JSON, wrong content type, missing and oversized bodies", async () => {
  await using t = await testApp();
  const id = await newCart(t);
  const url = `/api/carts/${id}/items`;
  const malformed = await t.request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: '{"product_id": 1, "quantity":',
  });
  assert.equal(malformed.status, 400);
  assert.deepEqual(await malformed.json(), {
    error: { code: "malformed_json", message: "The request body is not valid JSON" },
  });
  const form = await t.request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "product_id=1&quantity=1",
  });
  assert.equal(form.status, 415);
  assert.equal((await form.json()).error.code, "unsupported_media_type");
  const missing = await t.request(url, { method: "POST" });
  assert.equal(missing.status, 400);
  const huge = await t.request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ product_id: 1, quantity: 1, pad: "x".repeat(70_000) }),
  });
  assert.equal(huge.status, 413);
  assert.equal((await huge.json()).error.code, "payload_too_large");
  const array = await t.json("POST", url, [1, 2]);
  assert.equal(array.status, 400);
  assert.deepEqual(await cartRows(t, id), []);
});

Deno.test("a checked-out cart cannot change any more", async () => {
  await using t = await testApp();
  const id = await newCart(t);
  await t.json("POST", `/api/carts/${id}/items`, { product_id: 1, quantity: 1 });
  const buyer = {
    contact: { name: "Ana García", phone: "+34600000001" },
    fulfilment: "pickup",
    payment: "cash",
  };
  assert.equal((await t.json("POST", `/api/carts/${id}/checkout`, buyer)).status, 201);
  const add = await t.json("POST", `/api/carts/${id}/items`, { product_id: 2, quantity: 1 });
  assert.equal(add.status, 409);
  assert.equal((await add.json()).error.code, "cart_closed");
  assert.equal((await t.json("PUT", `/api/carts/${id}/items/1`, { quantity: 5 })).status, 409);
  assert.equal((await t.json("DELETE", `/api/carts/${id}/items/1`)).status, 409);
  const again = await t.json("POST", `/api/carts/${id}/checkout`, buyer);
  assert.equal(again.status, 409);
  assert.deepEqual(await cartRows(t, id), [{ productId: 1, quantity: 1 }]);
});
