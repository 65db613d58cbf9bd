import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import { testApp } from "../helpers/app.ts";
import { buyByChat } from "../helpers/orders.ts";
import { signIn, visibleText } from "./staff.ts";

async function shopWithOrders() {
  const t = await testApp();
  for (const [phone, name] of [["+34600000501", "Ana García"], ["+34600000502", "Luis Pérez"]]) {
    await ask(t.inbox, phone, "Quiero comprar 2 unidades del producto 1");
    await buyByChat(t.inbox, phone, { name });
  }
  const orders = await t.sql<{ id: string; number: number }[]>`
    select id, number from orders order by number`;
  return Object.assign(t, { orders });
}

Deno.test("orders are listed newest first with their customer and methods, link to their page, and are filtered by status", async () => {
  await using t = await shopWithOrders();
  const staff = await signIn(t.request);
  const html = await (await staff.get("/admin/orders")).text();
  assert.deepEqual([...html.matchAll(/data-order="(\d+)"/g)].map((m) => m[1]), ["1002", "1001"]);
  const text = visibleText(html);
  assert.match(
    text,
    /#1002 confirmed 13,00 € .* Luis Pérez · Pickup at the shop · Cash 2 × Café molido 250 g/,
  );
  assert.match(html, /<a href="\/admin\/conversations\/\d+">Ana García<\/a>/);
  assert.ok(html.includes(`<a href="/admin/orders/${t.orders[0].id}"><strong>#1001</strong></a>`));

  await t.sql`update orders set status = 'paid' where number = 1001`;
  const paid = await (await staff.get("/admin/orders?status=paid")).text();
  assert.deepEqual([...paid.matchAll(/data-order="(\d+)"/g)].map((m) => m[1]), ["1001"]);
  assert.match(paid, /<a href="\/admin\/orders\?status=paid" aria-current="true">paid<\/a>/);
  const unknown = await staff.get("/admin/orders?status=lost");
  assert.equal(unknown.status, 200, "an unknown filter shows every order");
});

Deno.test("an order moves only through the allowed transitions from its page, and cancelling asks first", async () => {
  await using t = await shopWithOrders();
  const staff = await signIn(t.request);
  const [first, second] = t.orders;
  const page = visibleText(await (await staff.get(`/admin/orders/${first.id}`)).text());
  assert.match(
    page,
    /Order #1001 .* confirmed 13,00 € .* Mark paid Ready for pickup Cancel order…/,
  );

  const paid = await staff.post(`/admin/orders/${first.id}/status`, { status: "paid" });
  assert.equal(paid.status, 303);
  assert.equal(paid.headers.get("location"), `/admin/orders/${first.id}?notice=order_updated`);
  const [row] = await t.sql`select status from orders where id = ${first.id}`;
  assert.equal(row.status, "paid");
  const after = visibleText(
    await (await staff.get(`/admin/orders/${first.id}?notice=order_updated`)).text(),
  );
  assert.match(after, /Order updated\. .* paid .* Ready for pickup Cancel order…/);
  assert.doesNotMatch(after, /Mark shipped/, "a pickup order is never shipped");

  const skipped = await staff.post(`/admin/orders/${second.id}/status`, { status: "delivered" });
  assert.equal(skipped.status, 409);
  assert.match(
    visibleText(await skipped.text()),
    /An order that is confirmed cannot become delivered/,
  );

  const [{ stock: before }] = await t.sql`select stock from products where id = 1`;
  const asked = await staff.post(`/admin/orders/${second.id}/status`, { status: "cancelled" });
  assert.equal(asked.status, 200);
  assert.match(
    visibleText(await asked.text()),
    /Cancel order #1002\? Its 2 units go back to stock\. The customer is told on WhatsApp\./,
  );
  const [still] = await t.sql`select status from orders where id = ${second.id}`;
  assert.equal(still.status, "confirmed", "asking changes nothing");
  const cancelled = await staff.post(`/admin/orders/${second.id}/status`, {
    status: "cancelled",
    confirm: "1",
    note: "the customer called",
  });
  assert.equal(cancelled.status, 303);
  const [{ stock: afterCancel }] = await t.sql`select stock from products where id = 1`;
  assert.equal(afterCancel, before + 2, "cancelling returns the units");
  const history = visibleText(await (await staff.get(`/admin/orders/${second.id}`)).text());
  assert.match(history, /confirmed → cancelled by staff · the customer called/);

  assert.equal(
    (await staff.post(`/admin/orders/${second.id}/status`, { status: "gone" })).status,
    400,
  );
  const missing = await staff.post("/admin/orders/00000000-0000-4000-8000-000000000000/status", {
    status: "paid",
  });
  assert.equal(missing.status, 404);
});

Deno.test("products, inactive ones too, show their stock; price, stock and sold are edited in place", async () => {
  await using t = await testApp();
  await t.sql`update products set active = false, stock = 0 where id = 15`;
  const staff = await signIn(t.request);
  const html = await (await staff.get("/admin/products")).text();
  // 15 products, and under the T-shirt and the hoodie their 4 sizes each
  assert.equal([...html.matchAll(/data-product="\d+"/g)].length, 23);
  assert.match(html, /class="card product variant" id="product-17"/);
  assert.match(html, /class="card product inactive" id="product-15"/);
  assert.match(
    visibleText(html),
    /Miel de azahar 500 g DUL-MIE-500 · Dulces · 7,25 € · out of stock/,
  );
  assert.match(html, /<input type="text" name="price" inputmode="decimal" value="6.50"/);

  const saved = await staff.post("/admin/products/1", { price: "7,25", stock: "12" });
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get("location"), "/admin/products?notice=product_saved#product-1");
  const [product] = await t.sql`select price_minor, stock, active from products where id = 1`;
  assert.deepEqual({ ...product }, { priceMinor: 725, stock: 12, active: false });
  await staff.post("/admin/products/1", { price: "6.5", stock: "12", active: "1" });
  const [again] = await t.sql`select price_minor, active from products where id = 1`;
  assert.deepEqual({ ...again }, { priceMinor: 650, active: true });

  for (const [price, stock] of [["abc", "1"], ["6.555", "1"], ["-1", "1"], ["6.50", "1.5"]]) {
    const refused = await staff.post("/admin/products/1", { price, stock, active: "1" });
    assert.equal(refused.status, 400, `${price} / ${stock}`);
    assert.match(visibleText(await refused.text()), /«Café molido 250 g» was not saved/);
  }
  const [unchanged] = await t.sql`select price_minor, stock from products where id = 1`;
  assert.deepEqual({ ...unchanged }, { priceMinor: 650, stock: 12 });
  assert.equal((await staff.post("/admin/products/999", { price: "1", stock: "1" })).status, 404);
});
