import assert from "node:assert/strict";
import { ADMIN_TOKEN, testApp } from "../helpers/app.ts";
import { signIn, signInAs, type Staff, visibleText } from "./staff.ts";

type App = Awaited<ReturnType<typeof testApp>>;

const CAP = {
  sku: "ROP-GOR",
  name: "Gorra de lana",
  description: "Gorra tejida a mano, abriga en invierno.",
  category: "Ropa",
  price: "12,50",
  stock: "",
  image_url: "https://example.com/gorra.jpg",
  options: "Talla",
  active: "1",
};

async function productCount(t: App): Promise<number> {
  const [{ count }] = await t.sql<{ count: number }[]>`select count(*)::int as count from products`;
  return count;
}

/** Creates the cap in sizes S and M from the dashboard; returns its id and its variants' ids. */
async function capInTwoSizes(owner: Staff) {
  const created = await owner.post("/admin/products/new", CAP);
  assert.equal(created.status, 303);
  const location = created.headers.get("location") ?? "";
  const id = Number(/^\/admin\/products\/(\d+)\?notice=product_created$/.exec(location)?.[1]);
  assert.ok(id > 0, location);
  const ids: number[] = [];
  for (const [values, price, stock] of [["S", "", "3"], ["M", "13", "2"]]) {
    const added = await owner.post(`/admin/products/${id}/variants`, {
      values,
      sku: `ROP-GOR-${values}`,
      price,
      stock,
      active: "1",
    });
    assert.equal(added.status, 303, values);
    const variant = /#variant-(\d+)$/.exec(added.headers.get("location") ?? "")?.[1];
    ids.push(Number(variant));
  }
  return { id, small: ids[0], medium: ids[1] };
}

Deno.test("an owner creates a product in two sizes, edits it and its sizes, and the shop's search finds it", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const list = await (await owner.get("/admin/products")).text();
  assert.match(list, /<a class="button" href="\/admin\/products\/new">New product<\/a>/);
  assert.match(list, /<a href="\/admin\/products\/1">Café molido 250 g<\/a>/);
  const form = await owner.get("/admin/products/new");
  assert.equal(form.status, 200);
  assert.match(await form.text(), /<form method="post" action="\/admin\/products\/new"/);

  const { id, small, medium } = await capInTwoSizes(owner);
  const rows = await t.sql`
    select id, sku, name, price_minor, currency, stock, active, image_url, option_names,
      option_values, parent_id
    from products where id = ${id} or parent_id = ${id} order by id`;
  assert.deepEqual(rows.map((r) => ({ ...r })), [
    {
      id,
      sku: "ROP-GOR",
      name: "Gorra de lana",
      priceMinor: 1250,
      currency: "EUR",
      stock: 5,
      active: true,
      imageUrl: "https://example.com/gorra.jpg",
      optionNames: ["Talla"],
      optionValues: [],
      parentId: null,
    },
    {
      id: small,
      sku: "ROP-GOR-S",
      name: "Gorra de lana — S",
      priceMinor: 1250,
      currency: "EUR",
      stock: 3,
      active: true,
      imageUrl: null,
      optionNames: [],
      optionValues: ["S"],
      parentId: id,
    },
    {
      id: medium,
      sku: "ROP-GOR-M",
      name: "Gorra de lana — M",
      priceMinor: 1300,
      currency: "EUR",
      stock: 2,
      active: true,
      imageUrl: null,
      optionNames: [],
      optionValues: ["M"],
      parentId: id,
    },
  ]);

  // A size's price, and the product's own details (its sizes follow its new name).
  const priced = await owner.post(`/admin/products/${id}/variants/${medium}`, {
    values: "M",
    sku: "ROP-GOR-M",
    price: "14,00",
    stock: "2",
    active: "1",
  });
  assert.equal(priced.status, 303);
  const edited = await owner.post(`/admin/products/${id}/edit`, {
    ...CAP,
    name: "Gorra de lana merino",
    price: "15",
  });
  assert.equal(edited.status, 303);
  assert.equal(edited.headers.get("location"), `/admin/products/${id}?notice=product_saved`);
  // A third size, and the small one no longer sold.
  const large = await owner.post(`/admin/products/${id}/variants`, {
    values: "L",
    sku: "ROP-GOR-L",
    price: "",
    stock: "4",
    image_url: "https://example.com/gorra-l.jpg",
    active: "1",
  });
  assert.equal(large.status, 303);
  const off = await owner.post(`/admin/products/${id}/variants/${small}`, {
    values: "S",
    sku: "ROP-GOR-S",
    price: "12.50",
    stock: "3",
  });
  assert.equal(off.status, 303);
  const after = await t.sql`
    select name, price_minor, stock, active, image_url from products
    where id = ${id} or parent_id = ${id} order by id`;
  const image = CAP.image_url;
  assert.deepEqual(after.map((r) => ({ ...r })), [
    { name: "Gorra de lana merino", priceMinor: 1500, stock: 9, active: true, imageUrl: image },
    { name: "Gorra de lana merino — S", priceMinor: 1250, stock: 3, active: false, imageUrl: null },
    { name: "Gorra de lana merino — M", priceMinor: 1400, stock: 2, active: true, imageUrl: null },
    {
      name: "Gorra de lana merino — L",
      priceMinor: 1500,
      stock: 4,
      active: true,
      imageUrl: "https://example.com/gorra-l.jpg",
    },
  ]);

  const page = await owner.get(`/admin/products/${id}?notice=product_saved`);
  const html = await page.text();
  assert.match(html, new RegExp(`id="variant-${small}" data-variant="${small}"`));
  assert.match(html, new RegExp(`class="card product variant inactive" id="variant-${small}"`));
  assert.match(visibleText(html), /Product saved\. Gorra de lana merino .* Variants \(Talla\)/);
  const variantPage = await owner.get(`/admin/products/${medium}`);
  assert.equal(variantPage.status, 303);
  assert.equal(variantPage.headers.get("location"), `/admin/products/${id}#variant-${medium}`);

  const found = await (await t.request("/api/products?q=gorras%20merino")).json();
  assert.equal(found.items[0].id, id);
  assert.deepEqual(
    found.items[0].variants.map((v: { option_values: string[]; available: boolean }) => [
      v.option_values[0],
      v.available,
    ]),
    [["S", false], ["M", true], ["L", true]],
  );

  const audit = await t.sql<{ action: string; subject: string; actor: string }[]>`
    select action, subject, actor from staff_audit
    where action like 'product.%' order by id`;
  assert.deepEqual(audit.map((a) => `${a.action} ${a.subject}`), [
    "product.created Gorra de lana",
    "product.variant_added Gorra de lana — S",
    "product.variant_added Gorra de lana — M",
    "product.variant_saved Gorra de lana — M",
    "product.edited Gorra de lana",
    "product.variant_added Gorra de lana merino — L",
    "product.variant_saved Gorra de lana merino — S",
  ]);
  assert.match(visibleText(await (await owner.get("/admin/audit")).text()), /created a product/);
});

Deno.test("a product sold as it is gains options and then sizes; the REST API renames them", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const created = await owner.post("/admin/products/new", {
    ...CAP,
    sku: "ROP-BUF",
    name: "Bufanda",
    options: "",
    stock: "4",
  });
  assert.equal(created.status, 303);
  const id = Number(/products\/(\d+)\?/.exec(created.headers.get("location") ?? "")?.[1]);
  const [plain] = await t.sql`select stock, option_names from products where id = ${id}`;
  assert.deepEqual({ ...plain }, { stock: 4, optionNames: [] });
  const page = await (await owner.get(`/admin/products/${id}`)).text();
  assert.doesNotMatch(page, /id="new-variant"/, "no variants without options");

  const edited = await owner.post(`/admin/products/${id}/edit`, {
    ...CAP,
    name: "Bufanda",
    options: "Color",
  });
  assert.equal(edited.status, 303);
  const added = await owner.post(`/admin/products/${id}/variants`, {
    values: "Rojo",
    sku: "ROP-BUF-ROJ",
    stock: "6",
    active: "1",
  });
  assert.equal(added.status, 303);
  const [sized] = await t.sql`select stock, option_names from products where id = ${id}`;
  assert.deepEqual(
    { ...sized },
    { stock: 6, optionNames: ["Color"] },
    "its stock is its variants'",
  );

  const renamed = await t.request(`/api/products/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ options: ["Colour"] }),
  });
  assert.equal(renamed.status, 200);
  assert.deepEqual((await renamed.json()).options, ["Colour"]);
  const removed = await t.request(`/api/products/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ options: [], name: "Bufanda larga" }),
  });
  assert.equal(removed.status, 422);
  assert.match((await removed.json()).error.message, /can be renamed, not added or removed/);
  const [kept] = await t.sql`select name, option_names from products where id = ${id}`;
  assert.deepEqual({ ...kept }, { name: "Bufanda", optionNames: ["Colour"] });
});

Deno.test("bad input on the editor's forms is named on the form again and changes nothing", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const { id, medium } = await capInTwoSizes(owner);
  const before = await productCount(t);
  const snapshot = async () =>
    (await t.sql`select * from products where id = ${id} or parent_id = ${id} order by id`)
      .map((r) => ({ ...r }));
  const stored = await snapshot();

  const refusals: [string, Record<string, string>, number, RegExp][] = [
    ["/admin/products/new", { ...CAP, sku: "NEW-1", price: "abc" }, 400, /Not saved: Price/],
    ["/admin/products/new", { ...CAP, sku: "NEW-1", name: " " }, 400, /Not saved: Name/],
    ["/admin/products/new", { ...CAP, sku: "no spaces" }, 400, /Not saved: SKU: letters/],
    ["/admin/products/new", { ...CAP, sku: "NEW-1", image_url: "ftp://x" }, 400, /Image URL/],
    ["/admin/products/new", { ...CAP, options: "", stock: "-1" }, 400, /Stock: a whole/],
    ["/admin/products/new", CAP, 409, /A product with SKU ROP-GOR already exists/],
    [`/admin/products/${id}/edit`, { ...CAP, category: "" }, 400, /Not saved: Category/],
    [`/admin/products/${id}/edit`, { ...CAP, price: "1.234" }, 400, /Not saved: Price/],
    [
      `/admin/products/${id}/edit`,
      { ...CAP, name: "Otro nombre", options: "Talla, Color" },
      422,
      /has variants by Talla: its options can be renamed, not added or removed/,
    ],
    [`/admin/products/${id}/variants`, { values: "", sku: "X-1", stock: "1" }, 400, /Size or/],
    [
      `/admin/products/${id}/variants`,
      { values: "XL / Rojo", sku: "X-1", stock: "1" },
      422,
      /one value for each of: Talla/,
    ],
    [`/admin/products/${id}/variants`, { values: "XL", sku: "ROP-GOR-S", stock: "1" }, 409, /SKU/],
    [
      `/admin/products/${id}/variants/${medium}`,
      { values: "M", sku: "ROP-GOR-S", stock: "2" },
      409,
      /A product with SKU ROP-GOR-S already exists/,
    ],
    [
      `/admin/products/${id}/variants/${medium}`,
      { values: "M", sku: "ROP-GOR-M", stock: "2.5" },
      400,
      /Stock: a whole number/,
    ],
  ];
  for (const [path, fields, status, message] of refusals) {
    const res = await owner.post(path, fields);
    assert.equal(res.status, status, `${path} ${JSON.stringify(fields)}`);
    const html = await res.text();
    assert.match(visibleText(html), message, path);
    assert.match(html, /role="alert"/);
  }
  // The typed values come back in the form.
  const again = await owner.post("/admin/products/new", { ...CAP, sku: "NEW-1", price: "abc" });
  assert.match(await again.text(), /name="sku" value="NEW-1"/);
  // A variant of another product, and a form without the session's CSRF token.
  const other = await owner.post(`/admin/products/1/variants/${medium}`, {
    values: "M",
    sku: "ROP-GOR-M",
    stock: "9",
  });
  assert.equal(other.status, 404);
  await other.body?.cancel();
  const variantAsProduct = await owner.post(`/admin/products/${medium}/edit`, CAP);
  assert.equal(variantAsProduct.status, 404, "a variant's details are its product's");
  await variantAsProduct.body?.cancel();
  const forged = await owner.post("/admin/products/new", { ...CAP, sku: "NEW-2" }, { csrf: null });
  assert.equal(forged.status, 403);
  await forged.body?.cancel();

  assert.equal(await productCount(t), before);
  assert.deepEqual(await snapshot(), stored);
  const [{ edits }] = await t.sql<{ edits: number }[]>`
    select count(*)::int as edits from staff_audit
    where action in ('product.edited', 'product.variant_saved')`;
  assert.equal(edits, 0);
});

Deno.test("staff who are not owners get 403 from the editor and change nothing", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const { id, medium } = await capInTwoSizes(owner);
  await owner.post("/admin/accounts", {
    name: "Marta",
    login: "marta",
    password: "marta-secret-2026",
    role: "staff",
  });
  const marta = await signInAs(t.request, "marta", "marta-secret-2026");
  const before = await productCount(t);
  for (const path of ["/admin/products/new", `/admin/products/${id}`]) {
    const res = await marta.get(path);
    assert.equal(res.status, 403, path);
    await res.body?.cancel();
  }
  const posts: [string, Record<string, string>][] = [
    ["/admin/products/new", { ...CAP, sku: "NEW-3" }],
    [`/admin/products/${id}/edit`, { ...CAP, price: "1" }],
    [`/admin/products/${id}/variants`, { values: "XL", sku: "ROP-GOR-XL", stock: "1" }],
    [`/admin/products/${id}/variants/${medium}`, { values: "M", sku: "ROP-GOR-M", stock: "0" }],
  ];
  for (const [path, fields] of posts) {
    const res = await marta.post(path, { ...fields, active: "1" });
    assert.equal(res.status, 403, path);
    await res.body?.cancel();
  }
  assert.equal(await productCount(t), before);
  const rows = await t.sql`
    select price_minor, stock from products where id in (${id}, ${medium}) order by id`;
  assert.deepEqual(rows.map((r) => ({ ...r })), [
    { priceMinor: 1250, stock: 5 },
    { priceMinor: 1300, stock: 2 },
  ]);
});
