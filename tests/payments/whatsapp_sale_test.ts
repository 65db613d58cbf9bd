import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { FakeGemini, type RecordedRequest } from "../fakes/gemini.ts";
import { type SellingShop, sellingShop } from "../helpers/sale.ts";

type Json = Record<string, unknown>;

const DELIVERY = {
  delivery_enabled: true,
  delivery_fee_minor: 300,
  delivery_free_above_minor: 5000,
  delivery_postal_prefixes: ["280"],
};

/** Sends a WhatsApp message and returns the inline answer's text. */
async function say(shop: SellingShop, phone: string, body: string): Promise<string> {
  const res = await shop.send(phone, body);
  assert.equal(res.status, 200);
  return shop.parse(await res.text()).map((m) => m.body).join("\n");
}

async function theOrder(shop: SellingShop) {
  const [order] = await shop.sql`
    select id, number, status, fulfilment, payment_method, subtotal_minor, fee_minor, total_minor,
      contact_name, contact_phone, address->>'street' as street, paid_at, hold_expires_at
    from orders`;
  return order;
}

Deno.test("on WhatsApp with the offline model: from hola to a card payment with a delivery address, and the customer told", async () => {
  await using shop = await sellingShop({ terms: DELIVERY });
  const phone = "+34600000031";
  assert.match(await say(shop, phone, "Hola"), /^¡Hola! Bienvenido a Mi Tienda/);
  assert.match(
    await say(shop, phone, "¿qué productos tienen?"),
    /\*Café molido 250 g\* \(producto 1\)/,
  );
  assert.match(await say(shop, phone, "Quiero comprar 2 unidades del producto 1"), /Añadido: 2 ×/);
  assert.match(
    await say(shop, phone, "quiero pagar"),
    /¿Cómo quieres recibirlo\?\n- Recogida en tienda: gratis\n- Envío a domicilio: 3,00\u00a0€/,
  );
  assert.match(
    await say(shop, phone, "envío a domicilio"),
    /¿Cómo prefieres pagar\? Puedes pagar con tarjeta, Mercado Pago o efectivo\./,
  );
  assert.match(
    await say(shop, phone, "con tarjeta"),
    /Para terminar necesito tu dirección/,
  );
  const quote = await say(shop, phone, "me llamo Ana García, Calle Mayor 5, 28013 Madrid");
  assert.match(quote, /Envío a domicilio: 3,00\u00a0€\nTotal: \*16,00\u00a0€\*\nPago: tarjeta/);
  assert.match(quote, /Entrega en: Calle Mayor 5, 28013 Madrid/);

  const placed = await say(shop, phone, "sí");
  const order = await theOrder(shop);
  assert.match(placed, /¡Pedido \*#1001\* hecho! Total: \*16,00\u00a0€\*\./);
  assert.match(placed, new RegExp(`Paga aquí: http://localhost/pay/${order.id}\\n`));
  assert.deepEqual(
    [order.status, order.fulfilment, order.paymentMethod, order.contactName, order.street],
    ["awaiting_payment", "delivery", "card", "Ana García", "Calle Mayor 5"],
  );
  assert.equal(order.contactPhone, phone);

  const checkout = await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  const [session] = shop.stripe.sessions;
  assert.equal(checkout, session.url);
  assert.equal(session.client_reference_id, order.id);
  assert.equal(session.amount_total, 1600, "the lines and the delivery fee");
  assert.equal(session.expires_at, Math.floor(order.holdExpiresAt.getTime() / 1000));
  assert.equal(
    await shop.openPaymentLink(`http://localhost/pay/${order.id}`),
    checkout,
    "a second visit gets the same page",
  );
  assert.equal(shop.stripe.sessions.length, 1);

  const paid = await shop.stripeEvent(await shop.stripe.completeSession(session.id));
  assert.equal(paid.status, 200);
  await shop.settle();
  const after = await theOrder(shop);
  assert.equal(after.status, "paid");
  assert.notEqual(after.paidAt, null);
  assert.deepEqual(shop.sentTo(phone), [
    "¡Pago recibido! Tu pedido #1001 (16,00\u00a0€) está pagado. Te avisaremos por aquí cuando salga.",
  ]);
  const done = await shop.request(`/pay/${order.id}/done?session_id=${session.id}`);
  assert.equal(done.status, 200);
  assert.match(await done.text(), /<h1>Pago recibido<\/h1>.*href="https:\/\/wa.me\/14155238886"/s);

  assert.match(
    await say(shop, phone, "¿dónde está mi pedido?"),
    /Pedido \*#1001\*: pagado \(16,00\u00a0€\)/,
  );
});

Deno.test("on WhatsApp with the offline model in English: pickup, Mercado Pago, paid and told", async () => {
  await using shop = await sellingShop({ terms: { pickup_address: "Calle Mayor 1, Madrid" } });
  const phone = "+14155550131";
  assert.match(await say(shop, phone, "Hi"), /^Hi! Welcome to Mi Tienda/);
  assert.match(await say(shop, phone, "I want 3 units of product 4"), /Added: 3 ×/);
  assert.match(await say(shop, phone, "checkout"), /How would you like to get it\?/);
  assert.match(
    await say(shop, phone, "I'll pick it up and pay with mercado pago"),
    /Pickup at the shop: €0\.00\nTotal: \*€36\.00\*\nPayment: Mercado Pago\n\nShall I place the order\?/,
  );
  const placed = await say(shop, phone, "yes");
  const order = await theOrder(shop);
  assert.match(
    placed,
    new RegExp(`Pay here: http://localhost/pay/${order.id}\\nThe link is valid until`),
  );

  const page = await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  const [preference] = shop.mercadopago.preferences;
  assert.equal(page, preference.init_point);
  assert.equal(preference.external_reference, order.id);
  assert.equal(preference.notification_url, "http://localhost/webhooks/mercadopago");
  assert.equal(preference.expiration_date_to, order.holdExpiresAt.toISOString());
  assert.deepEqual(preference.items.map((i) => [i.title, i.quantity, i.unit_price]), [
    ["Té verde matcha 100 g", 3, 12],
  ]);

  const { notification } = shop.mercadopago.pay(preference.id, { status: "approved" });
  assert.equal((await shop.mercadopagoNotice(notification)).status, 200);
  await shop.settle();
  assert.equal((await theOrder(shop)).status, "paid");
  assert.deepEqual(shop.sentTo(phone), [
    "Payment received! Your order #1001 (€36.00) is paid. We'll let you know here when it's ready to pick up.",
  ]);
});

function lastResponse(req: RecordedRequest): Json {
  return req.body.contents?.at(-1)?.parts?.[0].functionResponse?.response as Json;
}

Deno.test("on WhatsApp with the Gemini fake: greeting, a quote with an address, a yes, the link, paid and told", async () => {
  await using gemini = await FakeGemini.start();
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: gemini.url,
  });
  await using shop = await sellingShop({ model, terms: DELIVERY });
  const phone = "+34600000032";
  let quote: Json = {};
  gemini.script(
    { text: "¡Hola! ¿Qué te apetece?" },
    { calls: [{ name: "add_to_cart", args: { product_id: 8, quantity: 1 } }] },
    { text: "Añadido el molinillo." },
    { calls: [{ name: "review_order", args: { fulfilment: "delivery", payment: "card" } }] },
    (req) => {
      assert.deepEqual(lastResponse(req).missing, ["address"]);
      return { text: "¿A qué dirección te lo enviamos?" };
    },
    {
      calls: [
        {
          name: "save_customer_details",
          args: { street: "Calle Mayor 5", city: "Madrid", postal_code: "28013" },
        },
      ],
    },
    { calls: [{ name: "review_order", args: {} }] },
    (req) => {
      quote = lastResponse(req);
      return { text: `Son ${quote.total} con envío a ${quote.deliver_to}. ¿Confirmo?` };
    },
    () => ({ calls: [{ name: "place_order", args: { quote_id: String(quote.quote_id) } }] }),
    (req) => {
      const order = lastResponse(req).order as Json;
      return { text: `Pedido #${order.order_number}. Paga aquí: ${order.payment_url}` };
    },
  );
  assert.equal(await say(shop, phone, "Hola"), "¡Hola! ¿Qué te apetece?");
  await say(shop, phone, "quiero el molinillo");
  assert.equal(
    await say(shop, phone, "lo quiero en casa, pago con tarjeta"),
    "¿A qué dirección te lo enviamos?",
  );
  assert.equal(
    await say(shop, phone, "Calle Mayor 5, 28013 Madrid"),
    "Son 35,00\u00a0€ con envío a Calle Mayor 5, 28013 Madrid. ¿Confirmo?",
  );
  assert.equal(quote.fee, "3,00\u00a0€");
  const placed = await say(shop, phone, "sí, adelante");
  const order = await theOrder(shop);
  assert.equal(placed, `Pedido #1001. Paga aquí: http://localhost/pay/${order.id}`);
  assert.deepEqual([order.totalMinor, order.feeMinor, order.contactName], [3500, 300, "Cliente"]);

  await shop.openPaymentLink(`http://localhost/pay/${order.id}`);
  const [session] = shop.stripe.sessions;
  assert.equal((await shop.stripeEvent(await shop.stripe.completeSession(session.id))).status, 200);
  await shop.settle();
  assert.equal((await theOrder(shop)).status, "paid");
  assert.deepEqual(shop.sentTo(phone), [
    "¡Pago recibido! Tu pedido #1001 (35,00\u00a0€) está pagado. Te avisaremos por aquí cuando salga.",
  ]);
  const [{ n }] = await shop.sql`select count(*)::int as n from messages where kind = 'system'`;
  assert.equal(n, 1, "the notice is in the thread");
});
