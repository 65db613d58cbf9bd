import assert from "node:assert/strict";
import { ADMIN_TOKEN, testApp } from "../helpers/app.ts";
import { signIn } from "../dashboard/staff.ts";

const fixture = (name: string): Promise<Uint8Array<ArrayBuffer>> =>
  Deno.readFile(new URL(`../fixtures/catalog/${name}`, import.meta.url));
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

type App = Awaited<ReturnType<typeof testApp>>;

function upload(t: App, body: BodyInit, apply: boolean) {
  return t.request(`/api/admin/catalog/import?apply=${apply}`, {
    method: "POST",
    headers: { ...auth, "content-type": "text/csv" },
    body,
  });
}

async function productBySku(t: App, sku: string) {
  const [row] = await t.sql`
    select sku, name, description, category, price_minor, currency, stock, image_url, active,
      updated_at
    from products where sku = ${sku}`;
  return row;
}

Deno.test("a Shopify export with variants and HTML imports; a preview changes nothing", async () => {
  await using t = await testApp();
  const file = await fixture("shopify_products.csv");
  const preview = await upload(t, file, false);
  assert.equal(preview.status, 200);
  const planned = await preview.json();
  assert.equal(planned.format, "shopify");
  assert.equal(planned.applied, false);
  assert.deepEqual(planned.counts, { created: 3, updated: 0, unchanged: 0, refused: 0 });
  assert.deepEqual(
    planned.changes.map((c: { line: number; sku: string }) => [c.line, c.sku]),
    [[2, "camiseta-cafe-lover"], [7, "TAZ-ESM-350"], [8, "CUA-A5-PUN"]],
  );
  assert.equal(planned.left_alone, 15);
  assert.equal(await productBySku(t, "TAZ-ESM-350"), undefined);

  const applied = await upload(t, file, true);
  assert.equal(applied.status, 200);
  assert.equal((await applied.json()).applied, true);
  const shirt = await productBySku(t, "camiseta-cafe-lover");
  assert.equal(shirt.name, "Camiseta «Café Lover»");
  assert.equal(
    shirt.description,
    "Camiseta de algodón orgánico con estampado.\n\n- 100 % algodón\n- Lavar a 30 ºC",
  );
  assert.equal(shirt.category, "Ropa");
  assert.equal(shirt.currency, "EUR");
  assert.equal(shirt.stock, 11); // the sum of its sizes
  const sizes = await t.sql`
    select v.sku, v.name, v.option_values, v.price_minor, v.stock, v.image_url from products v
    join products p on p.id = v.parent_id where p.sku = 'camiseta-cafe-lover' order by v.id`;
  assert.deepEqual(sizes.map((v) => [v.sku, v.optionValues, v.priceMinor, v.stock]), [
    ["CAM-LOVER-S-NEG", ["S", "Negro"], 1990, 4],
    ["CAM-LOVER-M-NEG", ["M", "Negro"], 1990, 0],
    ["CAM-LOVER-L-BLA", ["L", "Blanco"], 2190, 7],
  ]);
  assert.equal(sizes[0].name, "Camiseta «Café Lover» — S / Negro");
  assert.equal(sizes[2].imageUrl, "https://cdn.example.com/files/camiseta-blanca.jpg");
  const mug = await productBySku(t, "TAZ-ESM-350");
  assert.equal(mug.priceMinor, 1250);
  assert.equal(mug.stock, 25);
  assert.equal(mug.description, "Taza de acero esmaltado, ideal para camping & casa.");
  assert.equal(mug.imageUrl, "https://cdn.example.com/files/taza.jpg");
  assert.equal((await productBySku(t, "CUA-A5-PUN")).active, false); // a draft

  const found = await (await t.request("/api/products?q=taza%20esmaltada")).json();
  assert.equal(found.items[0].sku, "TAZ-ESM-350");
});

Deno.test("importing the same file twice changes nothing the second time", async () => {
  await using t = await testApp();
  const file = await fixture("shopify_products.csv");
  assert.equal((await upload(t, file, true)).status, 200);
  const before = await productBySku(t, "TAZ-ESM-350");
  const again = await upload(t, file, true);
  assert.equal(again.status, 200);
  assert.deepEqual((await again.json()).counts, {
    created: 0,
    updated: 0,
    unchanged: 3,
    refused: 0,
  });
  assert.deepEqual(await productBySku(t, "TAZ-ESM-350"), before);
});

Deno.test("a Meta feed imports: item groups are one product, «9,50 EUR» is 950", async () => {
  await using t = await testApp();
  const res = await upload(t, await fixture("meta_feed.csv"), true);
  assert.equal(res.status, 200);
  const report = await res.json();
  assert.equal(report.format, "meta");
  assert.deepEqual(report.counts, { created: 2, updated: 0, unchanged: 0, refused: 0 });
  const hoodie = await productBySku(t, "SUDADERA");
  assert.equal(hoodie.name, "Sudadera con capucha");
  assert.equal(hoodie.category, "Sudaderas");
  assert.equal(hoodie.stock, 9);
  const product = await (await t.request(`/api/products?q=sudadera`)).json();
  const imported = product.items.find((p: { sku: string }) => p.sku === "SUDADERA");
  assert.deepEqual(imported.options, ["size", "color"]);
  assert.deepEqual(
    imported.variants.map((v: { sku: string; option_values: string[]; price_minor: number }) => [
      v.sku,
      v.option_values,
      v.price_minor,
    ]),
    [["SUD-GRIS-S", ["S", "Gris"], 3200], ["SUD-GRIS-M", ["M", "Gris"], 3200], [
      "SUD-GRIS-XL",
      ["XL", "Gris"],
      3400,
    ]],
  );
  const candle = await productBySku(t, "VELA-SOJA-LAV");
  assert.equal(candle.priceMinor, 950);
  assert.equal(candle.stock, 12);
  assert.equal(candle.description, "Vela de cera de soja, 40 horas.");
});

Deno.test("a file with bad rows is refused whole, every bad row named with its line", async () => {
  await using t = await testApp();
  const res = await upload(t, await fixture("bad_rows.csv"), true);
  assert.equal(res.status, 422);
  const { error } = await res.json();
  assert.equal(error.code, "import_refused");
  assert.equal(error.message, "4 rows refused; nothing was imported");
  assert.deepEqual(
    error.details.errors.map((e: { line: number; reason: string }) => [e.line, e.reason]),
    [
      [3, "no price"],
      [4, "stock -3 is negative"],
      [6, "unknown currency XXQ"],
      [7, "duplicate SKU OK-1 (first at line 2)"],
    ],
  );
  assert.equal(await productBySku(t, "OK-1"), undefined); // the good row is not applied either
});

Deno.test("export round-trips: re-importing it changes nothing", async () => {
  await using t = await testApp();
  for (const format of ["shopify", "meta"]) {
    const res = await t.request(`/api/admin/catalog/export?format=${format}`, { headers: auth });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
    const csv = await res.text();
    const back = await (await upload(t, csv, false)).json();
    assert.equal(back.format, format);
    assert.deepEqual(back.counts, { created: 0, updated: 0, unchanged: 15, refused: 0 }, format);
  }
});

Deno.test("import refuses unknown headers, files over the limit and callers without the token", async () => {
  await using t = await testApp({ CATALOG_IMPORT_MAX_BYTES: "2048" });
  const unknown = await upload(t, "name,price\nTaza,3\n", true);
  assert.equal(unknown.status, 400);
  assert.equal((await unknown.json()).error.code, "unknown_format");
  const file = await fixture("shopify_products.csv");
  const big = new Uint8Array([...file, ...new TextEncoder().encode("\n".repeat(3000))]);
  const tooBig = await upload(t, big, true);
  assert.equal(tooBig.status, 413);
  assert.equal(await productBySku(t, "TAZ-ESM-350"), undefined);
  const anonymous = await t.request("/api/admin/catalog/import?apply=true", {
    method: "POST",
    body: file,
  });
  assert.equal(anonymous.status, 401);
});

Deno.test("the dashboard previews an upload row by row, then imports it", async () => {
  await using t = await testApp();
  const staff = await signIn(t.request);
  const form = (action: string, file: Uint8Array<ArrayBuffer>) => {
    const body = new FormData();
    body.set("csrf", staff.csrf);
    body.set("action", action);
    body.set("file", new File([file], "products_export.csv", { type: "text/csv" }));
    return t.request("/admin/catalog/import", {
      method: "POST",
      headers: { cookie: staff.cookie, "sec-fetch-site": "same-origin" },
      body,
    });
  };
  const page = await staff.get("/admin/catalog/import");
  assert.equal(page.status, 200);
  assert.match(await page.text(), /enctype="multipart\/form-data"/);

  const bad = await form("apply", await fixture("bad_rows.csv"));
  assert.equal(bad.status, 422);
  const badHtml = await bad.text();
  assert.match(badHtml, /Refused: nothing imported/);
  assert.match(badHtml, /<tr data-line="4"><td>4<\/td><td>NEG-STOCK<\/td><td>stock -3 is negative/);

  const file = await fixture("shopify_products.csv");
  const preview = await (await form("preview", file)).text();
  assert.match(preview, /<tr data-line="7" data-action="create"><td>7<\/td><td>TAZ-ESM-350/);
  assert.equal(await productBySku(t, "TAZ-ESM-350"), undefined);
  const applied = await form("apply", file);
  assert.equal(applied.status, 200);
  assert.match(await applied.text(), /data-applied="true"/);
  assert.equal((await productBySku(t, "TAZ-ESM-350")).stock, 25);

  const exported = await staff.get("/admin/catalog/export?format=meta");
  assert.equal(exported.status, 200);
  assert.match(await exported.text(), /^id,title,description,availability/);
});
