import assert from "node:assert/strict";
import { saveLocationPin } from "../../src/customers/details.ts";
import { loadTerms } from "../../src/settings/terms.ts";
import { testApp } from "../helpers/app.ts";
import { sellingShop } from "../helpers/sale.ts";
import { signIn, visibleText } from "./staff.ts";

Deno.test("the order page shows the contact, the pin on a map, the fee, the payment with its provider events and the conversation", async () => {
  await using shop = await sellingShop({
    terms: {
      delivery_enabled: true,
      delivery_fee_minor: 250,
      shop_latitude: 40.4168,
      shop_longitude: -3.7038,
      delivery_radius_km: 5,
    },
  });
  const phone = "+34600000061";
  await shop.send(phone, "quiero 2 del producto 1");
  const [customer] = await shop.sql`select id from customers where phone = ${phone}`;
  await saveLocationPin(shop.sql, customer.id, {
    latitude: 40.42,
    longitude: -3.70,
    address: "Calle de Alcalá 1",
    label: "Casa",
  });
  await shop.send(phone, "quiero pagar con envío a domicilio y tarjeta");
  await shop.send(phone, "sí");
  const [order] = await shop.sql`select id from orders`;
  await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  await shop.stripeEvent(await shop.stripe.completeSession(shop.stripe.sessions[0].id));

  const staff = await signIn(shop.request);
  const html = await (await staff.get(`/admin/orders/${order.id}`)).text();
  const text = visibleText(html);
  assert.match(text, /Order #1001 .* paid 15,50 €/);
  assert.match(text, /Customer Cliente \+34600000061 Open the conversation/);
  assert.match(text, /Delivery Local delivery Casa, Calle de Alcalá 1 Open the pin on a map/);
  assert.ok(
    html.includes(
      'href="https://www.openstreetmap.org/?mlat=40.42&amp;mlon=-3.7#map=17/40.42/-3.7"',
    ),
  );
  assert.match(text, /Subtotal 13,00 € Fee \(local delivery\) 2,50 € Total 15,50 €/);
  assert.match(text, /Card \(Stripe\) · paid/);
  assert.match(text, /stripe #1 cs_test_\w+ complete/);
  assert.match(text, /stripe pi_\w+ 15,50 € captured/);
  assert.match(text, /stripe checkout\.session\.completed evt_\w+ paid/);
  assert.match(text, /awaiting payment → paid by provider · paid by card/);
  assert.match(html, /<a href="\/admin\/conversations\/\d+">Open the conversation<\/a>/);
  assert.match(text, /Ready for pickup|Mark shipped Cancel order…/);
});

Deno.test("staff mark a transfer order paid on its page, and the customer is told on WhatsApp", async () => {
  await using shop = await sellingShop({
    terms: { transfer_enabled: true, transfer_instructions: "IBAN ES00 1234" },
  });
  const phone = "+34600000062";
  await shop.send(phone, "quiero 1 del producto 3");
  await shop.send(phone, "quiero pagar, lo recojo y pago por transferencia");
  const placed = shop.parse(await (await shop.send(phone, "sí")).text())[0].body;
  assert.match(placed, /Para pagar por transferencia: IBAN ES00 1234/);
  const [order] = await shop.sql`select id, status from orders`;
  assert.equal(order.status, "awaiting_payment");
  const staff = await signIn(shop.request);
  const page = visibleText(await (await staff.get(`/admin/orders/${order.id}`)).text());
  assert.match(page, /Bank transfer · awaiting payment until/);
  assert.equal(
    (await staff.post(`/admin/orders/${order.id}/status`, { status: "paid" })).status,
    303,
  );
  await shop.settle();
  assert.deepEqual(shop.sentTo(phone), [
    "¡Pago recibido! Tu pedido #1001 (5,20\u00a0€) está pagado. Te avisaremos por aquí cuando esté listo para recoger.",
  ]);
  assert.equal(
    (await staff.post(`/admin/orders/${order.id}/status`, { status: "ready_for_pickup" })).status,
    303,
  );
  await shop.settle();
  assert.equal(shop.sentTo(phone).at(-1), "¡Tu pedido #1001 está listo para recoger!");
  shop.clock.advance(2 * 60 * 60_000);
  await shop.settle();
  const [after] = await shop.sql`select status from orders`;
  assert.equal(after.status, "ready_for_pickup", "a paid order's hold no longer applies");
});

Deno.test("the Settings page edits the shop's terms, and refuses terms that would not work", async () => {
  await using t = await testApp();
  const staff = await signIn(t.request);
  const page = await (await staff.get("/admin/settings")).text();
  assert.match(page, /<input type="text" name="shipping_fee_minor" value="4.95"/);
  assert.match(page, /<input type="checkbox" name="cash_enabled" value="1" checked/);
  assert.match(visibleText(page), /Card \(Stripe\) — not configured/);

  const form = {
    pickup_enabled: "1",
    pickup_address: "Calle Mayor 1, Madrid",
    pickup_hours: "L-V 10-20",
    delivery_enabled: "1",
    delivery_fee_minor: "3,50",
    delivery_free_above_minor: "",
    delivery_postal_prefixes: "280, 281",
    delivery_radius_km: "",
    shop_latitude: "",
    shop_longitude: "",
    shipping_fee_minor: "4.95",
    shipping_free_above_minor: "50",
    shipping_countries: "es pt",
    cash_enabled: "1",
    transfer_instructions: "",
    hold_minutes: "90",
    returns_policy: "14 días",
  };
  const saved = await staff.post("/admin/settings", form);
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get("location"), "/admin/settings?notice=settings_saved");
  const terms = await loadTerms(t.sql);
  assert.deepEqual(
    [
      terms.deliveryEnabled,
      terms.deliveryFeeMinor,
      terms.deliveryFreeAboveMinor,
      terms.deliveryPostalPrefixes,
      terms.shippingEnabled,
      terms.shippingCountries,
      terms.shippingFreeAboveMinor,
      terms.holdMinutes,
      terms.cardEnabled,
    ],
    [true, 350, null, ["280", "281"], false, ["ES", "PT"], 5000, 90, false],
  );

  const noArea = await staff.post("/admin/settings", { ...form, delivery_postal_prefixes: "" });
  assert.equal(noArea.status, 422);
  const refused = await noArea.text();
  assert.match(visibleText(refused), /Local delivery needs its area/);
  assert.match(
    refused,
    /name="pickup_address" value="Calle Mayor 1, Madrid"/,
    "what was typed stays",
  );
  const badFee = await staff.post("/admin/settings", { ...form, delivery_fee_minor: "tres" });
  assert.equal(badFee.status, 400);
  assert.match(visibleText(await badFee.text()), /Delivery fee: an amount such as 3\.50/);
  const badHold = await staff.post("/admin/settings", { ...form, hold_minutes: "2" });
  assert.equal(badHold.status, 400);
  assert.deepEqual((await loadTerms(t.sql)).deliveryPostalPrefixes, ["280", "281"]);
});
