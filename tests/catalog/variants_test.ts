import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { FakeGemini, type RecordedRequest } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

type App = Awaited<ReturnType<typeof testApp>>;
type Variant = { id: number; option_values: string[]; stock: number; name: string };

const CHECKOUT = {
  contact: { name: "Ana García", phone: "+34600000001" },
  fulfilment: "pickup",
  payment: "cash",
};

async function tshirt(t: App) {
  return await (await t.request("/api/products/9")).json();
}

async function cartWith(t: App, item: Record<string, number>) {
  const cart = (await (await t.json("POST", "/api/carts")).json()).id as string;
  const res = await t.json("POST", `/api/carts/${cart}/items`, { quantity: 1, ...item });
  return { cart, res };
}

Deno.test("the seeded T-shirt and hoodie come in sizes; listings still show 15 products", async () => {
  await using t = await testApp();
  const list = await (await t.request("/api/products?limit=100")).json();
  assert.deepEqual(
    list.items.map((p: { id: number }) => p.id),
    [...Array(15)].map((_, i) => i + 1),
  );
  const shirt = await tshirt(t);
  assert.deepEqual(shirt.options, ["Talla"]);
  assert.deepEqual(shirt.variants.map((v: Variant) => v.option_values[0]), ["S", "M", "L", "XL"]);
  assert.equal(
    shirt.stock,
    shirt.variants.reduce((n: number, v: Variant) => n + v.stock, 0),
  );
  assert.equal(shirt.variants[1].name, "Camiseta de algodón «Café Lover» — M");
  assert.equal(shirt.variants[1].sku, "ROP-CAM-M");
  const coffee = await (await t.request("/api/products/1")).json();
  assert.deepEqual([coffee.options, coffee.variants], [[], []]);
  const found = await (await t.request("/api/products?q=camisetas")).json();
  assert.deepEqual(found.items.map((p: { id: number }) => p.id), [9]);
});

Deno.test("a cart line names its size; a product with sizes needs one", async () => {
  await using t = await testApp();
  const shirt = await tshirt(t);
  const medium: Variant = shirt.variants[1];
  const { res: without } = await cartWith(t, { product_id: 9 });
  assert.equal(without.status, 422);
  const error = (await without.json()).error;
  assert.equal(error.code, "variant_required");
  assert.match(error.message, /in stock: S, M, L, XL/);

  const { cart, res } = await cartWith(t, { product_id: 9, variant_id: medium.id });
  assert.equal(res.status, 200);
  const line = (await res.json()).items[0];
  assert.deepEqual([line.product_id, line.parent_id, line.options], [medium.id, 9, ["M"]]);
  const other = await t.json("POST", `/api/carts/${cart}/items`, {
    product_id: 10,
    variant_id: medium.id,
    quantity: 1,
  });
  assert.equal(other.status, 404); // the T-shirt's M is not a size of the hoodie

  const placed = await t.json("POST", `/api/carts/${cart}/checkout`, CHECKOUT);
  assert.equal(placed.status, 201);
  const order = await placed.json();
  assert.equal(order.items[0].name, "Camiseta de algodón «Café Lover» — M");
  const after = await tshirt(t);
  assert.equal(after.variants[1].stock, medium.stock - 1);
  assert.equal(after.stock, shirt.stock - 1);
});

Deno.test("twenty buyers for the last five units of one size: five orders, no oversell", async () => {
  await using t = await testApp();
  const xl: Variant = (await tshirt(t)).variants[3];
  assert.equal(
    (await t.json("PATCH", `/api/products/${xl.id}`, { stock: 5 }, { admin: true })).status,
    200,
  );
  const carts = await Promise.all(
    [...Array(20)].map(async () => (await cartWith(t, { product_id: 9, variant_id: xl.id })).cart),
  );
  const results = await Promise.all(
    carts.map((cart) => t.json("POST", `/api/carts/${cart}/checkout`, CHECKOUT)),
  );
  const statuses = results.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 201).length, 5, String(statuses));
  assert.equal(statuses.filter((s) => s === 409).length, 15, String(statuses));
  await Promise.all(results.map((r) => r.body?.cancel()));
  const after = await tshirt(t);
  assert.equal(after.variants[3].stock, 0);
  assert.equal(after.stock, after.variants.reduce((n: number, v: Variant) => n + v.stock, 0));
});

Deno.test("staff add sizes to a product of their own; its stock is theirs", async () => {
  await using t = await testApp();
  const created = await t.json("POST", "/api/products", {
    sku: "GOR-LANA",
    name: "Gorro de lana",
    category: "Accesorios",
    price_minor: 1400,
    currency: "EUR",
    stock: 0,
    options: ["Color"],
  }, { admin: true });
  assert.equal(created.status, 201);
  const { id } = await created.json();
  for (const [sku, colour, stock] of [["GOR-LANA-GRIS", "Gris", 3], ["GOR-LANA-AZUL", "Azul", 2]]) {
    const res = await t.json("POST", `/api/products/${id}/variants`, {
      sku,
      option_values: [colour],
      stock,
    }, { admin: true });
    assert.equal(res.status, 201);
  }
  const product = await (await t.request(`/api/products/${id}`)).json();
  assert.equal(product.stock, 5);
  assert.deepEqual(product.variants.map((v: Variant) => v.name), [
    "Gorro de lana — Gris",
    "Gorro de lana — Azul",
  ]);
  const direct = await t.json("PATCH", `/api/products/${id}`, { stock: 9 }, { admin: true });
  assert.equal(direct.status, 422);
  const wrong = await t.json("POST", `/api/products/${id}/variants`, {
    sku: "GOR-LANA-X",
    option_values: ["Gris", "XL"],
    stock: 1,
  }, { admin: true });
  assert.equal(wrong.status, 422);
  const duplicate = await t.json("POST", `/api/products/${id}/variants`, {
    sku: "GOR-LANA-GRIS",
    option_values: ["Rojo"],
    stock: 1,
  }, { admin: true });
  assert.equal(duplicate.status, 409);
  assert.equal((await (await t.request(`/api/products/${id}`)).json()).variants.length, 2);
});

function lastResponses(req: RecordedRequest): Record<string, unknown>[] {
  return (req.body.contents?.at(-1)?.parts ?? []).map((p) =>
    p.functionResponse?.response as Record<string, unknown>
  );
}

Deno.test("over WhatsApp the agent is told to ask for the size, then adds the one chosen", async () => {
  const fake = await FakeGemini.start();
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: fake.url,
  });
  await using shop = await whatsappShop({}, { model });
  const phone = "+34600000031";
  let refusal: Record<string, unknown> | undefined;
  fake.script(
    { calls: [{ name: "add_to_cart", args: { product_id: 9, quantity: 1 } }] },
    (req) => {
      refusal = lastResponses(req)[0];
      return { text: "¿Qué talla quieres? Tengo S, M, L y XL." };
    },
    { calls: [{ name: "add_to_cart", args: { product_id: 9, quantity: 1, size: "m" } }] },
    { text: "Añadida la camiseta en talla M." },
  );
  assert.equal((await shop.send(phone, "quiero la camiseta")).status, 200);
  assert.match(JSON.stringify(refusal), /variant_required/);
  assert.match(JSON.stringify(refusal), /in stock: S, M, L, XL/);
  assert.equal((await shop.send(phone, "la M")).status, 200);
  const lines = await shop.sql`
    select p.name, ci.quantity from cart_items ci
    join carts c on c.id = ci.cart_id join customers u on u.id = c.customer_id
    join products p on p.id = ci.product_id
    where u.phone = ${phone}`;
  assert.deepEqual(lines.map((l) => [l.name, l.quantity]), [[
    "Camiseta de algodón «Café Lover» — M",
    1,
  ]]);
  await fake.close();
});
