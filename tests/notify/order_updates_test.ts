import assert from "node:assert/strict";
import { signIn } from "../dashboard/staff.ts";
import { type SellingShop, sellingShop } from "../helpers/sale.ts";

const DELIVERED_ES = "HX" + "5".repeat(32);
const PAID_EN = "HX" + "a".repeat(32);

const DELIVERY = {
  delivery_enabled: true,
  delivery_fee_minor: 300,
  delivery_postal_prefixes: ["280"],
};
const BY_COURIER = [
  "quiero pagar, envío a domicilio y pago en efectivo",
  "me llamo Ana García, Calle Mayor 5, 28013 Madrid",
];

/** A customer's order placed on WhatsApp (2 of product 1, then `how`, then yes); its id. */
async function orderByWhatsApp(shop: SellingShop, phone: string, how: string[]): Promise<string> {
  for (const text of ["quiero 2 del producto 1", ...how, "sí"]) await shop.send(phone, text);
  const [order] = await shop.sql`select id from orders order by number desc limit 1`;
  assert.ok(order, "the order was placed");
  await shop.settle();
  return order.id;
}

/** Staff move an order through the admin API; the answer must be 200. */
async function move(shop: SellingShop, id: string, body: Record<string, string>) {
  const res = await shop.json("PATCH", `/api/orders/${id}`, body, { admin: true });
  assert.equal(res.status, 200, await res.clone().text());
  await shop.settle();
}

/** The messages sent to `phone` after the first `skip`. */
const newSince = (shop: SellingShop, phone: string, skip: number) =>
  shop.twilio.messages.filter((m) => m.to === `whatsapp:${phone}`).slice(skip);

Deno.test("each status change from the admin API and the dashboard reaches the customer exactly once, in their language", async () => {
  await using shop = await sellingShop();
  const phone = "+34600000201";
  const id = await orderByWhatsApp(shop, phone, ["quiero pagar, lo recojo y pago en efectivo"]);
  const before = shop.sentTo(phone).length;

  await move(shop, id, { status: "paid" });
  let sent = newSince(shop, phone, before);
  assert.equal(sent.length, 1);
  assert.match(sent[0].body, /^¡Pago recibido! Tu pedido #1001 \(13,00\u00a0€\) está pagado\./);

  const staff = await signIn(shop.request);
  const res = await staff.post(`/admin/orders/${id}/status`, { status: "ready_for_pickup" });
  assert.equal(res.status, 303);
  await shop.settle();
  sent = newSince(shop, phone, before);
  assert.equal(sent.length, 2);
  assert.equal(sent[1].body, "¡Tu pedido #1001 está listo para recoger!");

  await move(shop, id, { status: "delivered" });
  await shop.settle();
  sent = newSince(shop, phone, before);
  assert.equal(sent.length, 3);
  assert.equal(sent[2].body, "Tu pedido #1001 ha sido entregado. ¡Gracias por tu compra!");
  assert.ok(sent.every((m) => m.contentSid === undefined), "inside the window: plain text");

  // Running the jobs again, or the same job once more, sends nothing new.
  await shop.sql`update jobs set status = 'pending', due_at = now() - interval '1 minute'
    where kind = 'order.notify'`;
  await shop.settle();
  assert.equal(newSince(shop, phone, before).length, 3);
  const rows = await shop.sql`select kind, status, via from proactive_messages order by id`;
  assert.deepEqual(rows.map((r) => [r.kind, r.status, r.via]), [
    ["paid", "queued", "text"],
    ["ready_for_pickup", "queued", "text"],
    ["delivered", "queued", "text"],
  ]);
  const page = await (await staff.get(`/admin/orders/${id}`)).text();
  assert.match(page, /<tr data-kind="delivered" data-status="queued">/);
});

Deno.test("shipped with tracking: text inside the window; outside it the template, or skipped with the reason when none is set", async () => {
  await using shop = await sellingShop({ terms: DELIVERY });
  const phone = "+34600000202";
  const id = await orderByWhatsApp(shop, phone, BY_COURIER);
  const before = shop.sentTo(phone).length;
  await move(shop, id, {
    status: "shipped",
    tracking_number: "1Z999",
    tracking_url: "https://track.example/1Z999",
  });
  let sent = newSince(shop, phone, before);
  assert.equal(sent.length, 1);
  assert.equal(
    sent[0].body,
    "¡Tu pedido #1001 está en camino!\nNúmero de seguimiento: 1Z999\nSíguelo aquí: https://track.example/1Z999",
  );

  // A second order, shipped a day later: the window is closed and no template is set.
  const second = await orderByWhatsApp(shop, phone, BY_COURIER);
  const afterSecond = shop.sentTo(phone).length;
  shop.clock.advance(25 * 3_600_000);
  await move(shop, second, { status: "shipped", tracking_number: "1Z1000" });
  assert.equal(newSince(shop, phone, afterSecond).length, 0);
  const [skipped] = await shop.sql`
    select status, reason from proactive_messages where order_id = ${second}`;
  assert.deepEqual({ ...skipped }, { status: "skipped", reason: "no_template" });
  const staff = await signIn(shop.request);
  assert.match(
    await (await staff.get(`/admin/orders/${second}`)).text(),
    /no template set for it/,
  );

  // With the template configured, the next update goes as that template.
  const set = await shop.json("PATCH", "/api/admin/notifications", {
    templates: [{ kind: "delivered", language: "es", content_sid: DELIVERED_ES }],
  }, { admin: true });
  assert.equal(set.status, 200);
  await move(shop, second, { status: "delivered" });
  sent = newSince(shop, phone, afterSecond);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].contentSid, DELIVERED_ES);
  assert.deepEqual(sent[0].contentVariables, { "1": "#1002", "2": "16,00\u00a0€", "3": "-" });
});

Deno.test("a signed Stripe payment (replayed) and its refund each tell the customer once; outside the window in English, the template", async () => {
  await using shop = await sellingShop();
  const phone = "+14155550203";
  await shop.send(phone, "I want 2 units of product 1");
  await shop.send(phone, "checkout");
  await shop.send(phone, "I'll pick it up and pay with card");
  await shop.send(phone, "yes");
  const [order] = await shop.sql`select id, language from orders`;
  await shop.settle();
  const before = shop.sentTo(phone).length;
  await shop.json("PATCH", "/api/admin/notifications", {
    templates: [{ kind: "paid", language: "en", content_sid: PAID_EN }],
  }, { admin: true });
  await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  shop.clock.advance(30 * 60_000);
  await shop.sql`update conversations set last_inbound_at = now() - interval '25 hours'`;
  const event = await shop.stripe.completeSession(shop.stripe.sessions[0].id);
  assert.equal((await shop.stripeEvent(event)).status, 200);
  assert.equal((await shop.stripeEvent(event)).status, 200, "a replay changes nothing");
  await shop.settle();
  let sent = newSince(shop, phone, before);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].contentSid, PAID_EN);
  assert.deepEqual(sent[0].contentVariables, { "1": "#1001", "2": "€13.00", "3": "-" });

  await shop.send(phone, "hello again");
  await shop.settle();
  const open = shop.sentTo(phone).length;
  await move(shop, order.id, { status: "cancelled", note: "out of beans" });
  await shop.settle();
  sent = newSince(shop, phone, open);
  assert.deepEqual(sent.map((m) => m.body), [
    "Your order #1001 has been cancelled. Your payment of €13.00 is being refunded.",
    "We've refunded €13.00 for your order #1001. Depending on your bank, it may take a few days to show.",
  ]);
  assert.equal(shop.stripe.refunds.length, 1);
});
