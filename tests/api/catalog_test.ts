import assert from "node:assert/strict";
import { testApp } from "../helpers/app.ts";

Deno.test("the seeded catalog lists 15 products with stable ids, prices in minor units", async () => {
  await using t = await testApp();
  const res = await t.request("/api/products?limit=100");
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.items.length, 15);
  assert.deepEqual(
    body.items.map((p: { id: number }) => p.id),
    [...Array(15)].map((_, i) => i + 1),
  );
  assert.equal(body.items[0].name, "Café molido 250 g");
  assert.equal(body.items[0].price_minor, 650);
  assert.equal(body.items[0].price_formatted, "6,50\u00a0€");
  assert.equal(body.next_cursor, null);
});

Deno.test("search ignores case and accents: cafe finds Café", async () => {
  await using t = await testApp();
  const names = async (q: string) =>
    (await (await t.request(`/api/products?q=${encodeURIComponent(q)}`)).json()).items.map(
      (p: { name: string }) => p.name,
    );
  const cafe = await names("cafe");
  assert.ok(cafe.includes("Café molido 250 g"));
  assert.ok(cafe.includes("Cápsulas de café (20 uds.)"));
  assert.deepEqual(await names("CAFÉ MOLIDO"), ["Café molido 250 g"]);
  assert.deepEqual(await names("capsulas"), ["Cápsulas de café (20 uds.)"]);
  assert.deepEqual(await names("camisetas"), ["Camiseta de algodón «Café Lover»"]);
  assert.deepEqual(await names("zzz-nothing"), []);
});

Deno.test("search strings with SQL, LIKE or tsquery syntax are plain words", async () => {
  await using t = await testApp();
  for (const q of ["%", "_", "' or ''=' --", "\\", "'; drop all; --", "!(a & b):*", "|"]) {
    const res = await t.request(`/api/products?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, q);
    assert.deepEqual((await res.json()).items, [], q);
  }
  const [{ count }] = await t.sql`select count(*)::int as count from products`;
  assert.equal(count, 23); // 15 products and the 8 sizes of two of them
});

Deno.test("category filter and price cap narrow the list", async () => {
  await using t = await testApp();
  const byCategory = await (await t.request("/api/products?category=dulces")).json();
  assert.deepEqual(byCategory.items.map((p: { id: number }) => p.id), [13, 14, 15]);
  const cheap = await (await t.request("/api/products?max_price_minor=350")).json();
  assert.ok(cheap.items.length > 0);
  assert.ok(cheap.items.every((p: { price_minor: number }) => p.price_minor <= 350));
});

Deno.test("cursor pagination walks the whole catalog without repeats", async () => {
  await using t = await testApp();
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : "";
    const page = await (await t.request(`/api/products?limit=4${query}`)).json();
    assert.ok(page.items.length <= 4);
    seen.push(...page.items.map((p: { id: number }) => p.id));
    cursor = page.next_cursor;
  } while (cursor);
  assert.deepEqual(seen, [...Array(15)].map((_, i) => i + 1));
});

Deno.test("bad list parameters are 400 with the zod issues", async () => {
  await using t = await testApp();
  for (
    const q of [
      "limit=0",
      "limit=1000",
      "limit=abc",
      "limit=2.5",
      "cursor=garbage",
      "max_price_minor=-1",
    ]
  ) {
    const res = await t.request(`/api/products?${q}`);
    assert.equal(res.status, 400, q);
    const body = await res.json();
    assert.ok(["invalid_input", "invalid_cursor"].includes(body.error.code), q);
    assert.equal(typeof body.error.message, "string");
  }
});

Deno.test("one product by id; unknown and malformed ids", async () => {
  await using t = await testApp();
  const res = await t.request("/api/products/1");
  assert.equal(res.status, 200);
  assert.equal((await res.json()).sku, "CAF-MOL-250");
  const missing = await t.request("/api/products/9999");
  assert.equal(missing.status, 404);
  assert.deepEqual(await missing.json(), {
    error: { code: "not_found", message: "Product 9999 not found" },
  });
  for (const id of ["abc", "0", "-1", "1.5", "99999999999"]) {
    assert.equal((await t.request(`/api/products/${id}`)).status, 400, id);
  }
});

Deno.test("admin routes need the bearer token: 401 without, 403 wrong", async () => {
  await using t = await testApp();
  const body = JSON.stringify({ price_minor: 1 });
  const headers = { "content-type": "application/json" };
  const none = await t.request("/api/products/1", { method: "PATCH", headers, body });
  assert.equal(none.status, 401);
  assert.equal((await none.json()).error.code, "unauthorized");
  const wrong = await t.request("/api/products/1", {
    method: "PATCH",
    headers: { ...headers, authorization: "Bearer not-the-token-at-all" },
    body,
  });
  assert.equal(wrong.status, 403);
  const [{ priceMinor }] = await t.sql`select price_minor from products where id = 1`;
  assert.equal(priceMinor, 650);
});

Deno.test("admin routes are disabled when ADMIN_TOKEN is unset", async () => {
  await using t = await testApp({ ADMIN_TOKEN: "" });
  const res = await t.request("/api/products/1", {
    method: "DELETE",
    headers: { authorization: "Bearer anything-at-all-here" },
  });
  assert.equal(res.status, 403);
  assert.equal((await res.json()).error.code, "admin_disabled");
});

Deno.test("staff create, update and deactivate a product", async () => {
  await using t = await testApp();
  const created = await t.json("POST", "/api/products", {
    sku: "NEW-1",
    name: "Taza nueva",
    category: "Hogar",
    price_minor: 1234,
    currency: "EUR",
    stock: 3,
    image_url: "https://example.com/taza.jpg",
  }, { admin: true });
  assert.equal(created.status, 201);
  const product = await created.json();
  assert.ok(product.id > 23); // after the sample products and their sizes
  assert.equal(product.price_formatted, "12,34\u00a0€");

  const dup = await t.json("POST", "/api/products", {
    sku: "NEW-1",
    name: "Otra",
    category: "Hogar",
    price_minor: 1,
    currency: "EUR",
    stock: 1,
  }, { admin: true });
  assert.equal(dup.status, 409);
  assert.equal((await dup.json()).error.code, "sku_taken");

  const patched = await t.json("PATCH", `/api/products/${product.id}`, {
    price_minor: 999,
    stock: 7,
  }, {
    admin: true,
  });
  assert.equal(patched.status, 200);
  const after = await patched.json();
  assert.equal(after.price_minor, 999);
  assert.equal(after.stock, 7);

  assert.equal(
    (await t.json("DELETE", `/api/products/${product.id}`, undefined, { admin: true })).status,
    200,
  );
  assert.equal((await t.request(`/api/products/${product.id}`)).status, 404);
  const list = await (await t.request("/api/products?limit=100")).json();
  assert.equal(list.items.length, 15);
});

Deno.test("product input is validated: floats, negatives, unknown fields, bad URLs", async () => {
  await using t = await testApp();
  const cases = [
    { price_minor: 12.5 },
    { price_minor: -1 },
    { stock: -3 },
    { stock: "5" },
    { price: 0 },
    { image_url: "javascript:alert(1)" },
    { currency: "eur" },
    { name: "" },
  ];
  for (const patch of cases) {
    const res = await t.json("PATCH", "/api/products/1", patch, { admin: true });
    assert.equal(res.status, 400, JSON.stringify(patch));
    assert.equal((await res.json()).error.code, "invalid_input");
  }
  assert.equal(
    (await t.json("PATCH", "/api/products/999", { stock: 1 }, { admin: true })).status,
    404,
  );
  const [row] = await t.sql`select price_minor, stock, image_url, name from products where id = 1`;
  assert.deepEqual(row, {
    priceMinor: 650,
    stock: 50,
    imageUrl: row.imageUrl,
    name: "Café molido 250 g",
  });
});
