import assert from "node:assert/strict";
import { signIn, visibleText } from "../dashboard/staff.ts";
import { sellingShop } from "../helpers/sale.ts";

const SID = "HX" + "0123456789abcdef".repeat(2);

Deno.test("the Notifications page sets timing and templates; a bad value is refused and changes nothing", async () => {
  await using shop = await sellingShop();
  const staff = await signIn(shop.request);
  const settings = await (await staff.get("/admin/settings")).text();
  assert.match(settings, /href="\/admin\/notifications"/);
  const page = await (await staff.get("/admin/notifications")).text();
  assert.match(page, /name="cart_reminder_minutes" value="60"/);
  const form = {
    payment_reminder_minutes: "20",
    cart_reminder_minutes: "90",
    cart_reminder_max: "2",
    quiet_from_hour: "22",
    quiet_to_hour: "8",
    sid_shipped_es: SID,
  };
  const bad = await staff.post("/admin/notifications", { ...form, sid_paid_en: "HX123" });
  assert.equal(bad.status, 400);
  assert.match(visibleText(await bad.text()), /The template of paid \(en\) is not a Content SID/);
  const late = await staff.post("/admin/notifications", { ...form, quiet_to_hour: "24" });
  assert.equal(late.status, 400);
  const unchanged = await (await shop.json("GET", "/api/admin/notifications", undefined, {
    admin: true,
  })).json();
  assert.equal(unchanged.cart_reminder_minutes, 60);
  assert.deepEqual(unchanged.templates, []);

  const ok = await staff.post("/admin/notifications", form);
  assert.equal(ok.status, 303);
  const saved = await (await shop.json("GET", "/api/admin/notifications", undefined, {
    admin: true,
  })).json();
  assert.deepEqual(saved, {
    payment_reminder_minutes: 20,
    cart_reminder_minutes: 90,
    cart_reminder_max: 2,
    quiet_from_hour: 22,
    quiet_to_hour: 8,
    templates: [{ kind: "shipped", language: "es", content_sid: SID }],
  });
  // Emptying the field removes the template.
  assert.equal(
    (await staff.post("/admin/notifications", { ...form, sid_shipped_es: "" })).status,
    303,
  );
  const [{ n }] = await shop.sql`select count(*)::int as n from notification_templates`;
  assert.equal(n, 0);
});

Deno.test("the conversation page shows the customer's consent and messages sent first; staff record consent", async () => {
  await using shop = await sellingShop();
  await shop.json("PATCH", "/api/admin/notifications", { quiet_from_hour: 0, quiet_to_hour: 0 }, {
    admin: true,
  });
  await shop.send("+34600000701", "quiero 2 del producto 1");
  const [{ id: conversation, customerId }] = await shop.sql`
    select id, customer_id from conversations`;
  const staff = await signIn(shop.request);
  let page = await (await staff.get(`/admin/conversations/${conversation}`)).text();
  assert.match(page, /id="consent" data-marketing="unknown"/);
  const res = await staff.post(`/admin/customers/${customerId}/marketing`, {
    marketing: "granted",
    back: `/admin/conversations/${conversation}`,
  });
  assert.equal(res.status, 303);
  assert.equal(
    res.headers.get("location"),
    `/admin/conversations/${conversation}?notice=settings_saved`,
  );
  const elsewhere = await staff.post(`/admin/customers/${customerId}/marketing`, {
    marketing: "opted_out",
    back: "https://evil.example/",
  });
  assert.equal(elsewhere.status, 400);
  shop.clock.advance(61 * 60_000);
  await shop.settle();
  page = await (await staff.get(`/admin/conversations/${conversation}`)).text();
  assert.match(page, /id="consent" data-marketing="granted"/);
  assert.match(page, /<tr data-kind="cart_reminder" data-status="queued">/);
});
