/**
 * The offline model reads WhatsApp's notes about a message (window.ts): a location shared with
 * no words is acknowledged as the delivery address and the checkout carries on; a button tap is
 * the customer's answer. Through signed webhooks, against the database.
 */
import assert from "node:assert/strict";
import { buttonReplyForm, locationForm } from "../fakes/twilio.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

const PHONE = "+34600000077";

async function shop() {
  const wa = await whatsappShop();
  const res = await wa.json("PATCH", "/api/admin/settings", {
    delivery_enabled: true,
    delivery_fee_minor: 250,
    cash_enabled: true,
    shop_latitude: 40.4168,
    shop_longitude: -3.7038,
    delivery_radius_km: 5,
  }, { admin: true });
  assert.equal(res.status, 200, await res.text());
  return wa;
}

async function reply(wa: Awaited<ReturnType<typeof shop>>, res: Response): Promise<string> {
  assert.equal(res.status, 200);
  return wa.parse(await res.text()).map((m) => m.body).join("\n");
}

Deno.test("a location shared during the checkout is acknowledged in the customer's language and the quote follows", async () => {
  await using wa = await shop();
  await reply(wa, await wa.send(PHONE, "quiero 2 del producto 1"));
  await reply(wa, await wa.send(PHONE, "quiero pagar, envío a domicilio y pago en efectivo"));
  const text = await reply(
    wa,
    await wa.post(
      locationForm(`whatsapp:${PHONE}`, {
        latitude: 40.42,
        longitude: -3.70,
        address: "Calle de Alcalá 1",
        label: "Casa",
      }, { AccountSid: wa.twilio.accountSid }),
    ),
  );
  assert.match(text, /Ubicación recibida/);
  assert.doesNotMatch(text, /no puedo ayudarte|Location received/);
  const steps = await wa.sql`
    select m.parts from messages m join conversations c on c.id = m.conversation_id
      join customers u on u.id = c.customer_id
    where u.phone = ${PHONE} and m.kind = 'model' order by m.id desc limit 2`;
  assert.ok(
    steps.some((s) => JSON.stringify(s.parts).includes('"review_order"')),
    "the quote is read again with the new address",
  );
  assert.match(text, /Calle de Alcalá 1/);
});

Deno.test("a location shared out of the checkout is acknowledged, not answered as not understood", async () => {
  await using wa = await shop();
  const text = await reply(
    wa,
    await wa.post(
      locationForm(`whatsapp:${PHONE}`, { latitude: 40.42, longitude: -3.70 }, {
        AccountSid: wa.twilio.accountSid,
      }),
    ),
  );
  assert.match(text, /Ubicación recibida|Location received/);
  assert.doesNotMatch(text, /no puedo ayudarte|can't help/);
  const [flagged] = await wa.sql`
    select count(*)::int as n from conversations c join customers u on u.id = c.customer_id
    where u.phone = ${PHONE} and c.needs_attention`;
  assert.equal(flagged?.n ?? 0, 0);
});

Deno.test("a tap on «Sí, confirmar» under the quote places the order, even with no words sent", async () => {
  await using wa = await shop();
  await reply(wa, await wa.send(PHONE, "quiero 2 del producto 1"));
  const quote = await reply(
    wa,
    await wa.send(PHONE, "quiero pagar, recogida en tienda y pago en efectivo"),
  );
  assert.match(quote, /\?/);
  const text = await reply(
    wa,
    await wa.post(
      buttonReplyForm(`whatsapp:${PHONE}`, {
        title: "Sí, confirmar",
        id: "confirm",
        repliedTo: `SM${"0".repeat(32)}`,
      }, { AccountSid: wa.twilio.accountSid, Body: "" }),
    ),
  );
  const orders = await wa.sql`
    select o.number from orders o join customers u on u.id = o.customer_id where u.phone = ${PHONE}`;
  assert.equal(orders.length, 1, text);
  assert.match(text, new RegExp(String(orders[0].number)));
});
