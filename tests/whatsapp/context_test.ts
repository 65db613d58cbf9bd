import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { FakeGemini, type RecordedRequest } from "../fakes/gemini.ts";
import { adReferralForm, forwardedForm, locationForm, replyForm } from "../fakes/twilio.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { signIn, visibleText } from "../dashboard/staff.ts";

const PHONE = "+34600000001";
/** Puerta del Sol, Madrid; delivery within 5 km. */
const SHOP = { shop_latitude: 40.4168, shop_longitude: -3.7038, delivery_radius_km: 5 };

async function geminiShop() {
  const gemini = await FakeGemini.start();
  const wa = await whatsappShop({}, {
    model: new GeminiModel({
      apiKey: "test-key",
      model: "gemini-3.8-flash",
      baseUrl: gemini.url,
      backoffMs: 5,
      attempts: 2,
    }),
  });
  const res = await wa.json("PATCH", "/api/admin/settings", {
    delivery_enabled: true,
    delivery_fee_minor: 250,
    cash_enabled: true,
    ...SHOP,
  }, { admin: true });
  assert.equal(res.status, 200, await res.text());
  const close = wa[Symbol.asyncDispose];
  return Object.assign(wa, {
    gemini,
    [Symbol.asyncDispose]: async () => {
      await close();
      await gemini.close();
    },
  });
}

const textsOf = (r: RecordedRequest) =>
  (r.body.contents ?? []).flatMap((c) => c.parts ?? []).map((p) => p.text ?? "").join("\n");
const lastResponse = (r: RecordedRequest) =>
  JSON.stringify(r.body.contents?.at(-1)?.parts?.[0]?.functionResponse?.response ?? null);

async function withCart(shop: Awaited<ReturnType<typeof geminiShop>>) {
  shop.gemini.script(
    { calls: [{ name: "add_to_cart", args: { product_id: 1, quantity: 2 } }] },
    { text: "Añadido. ¿Dónde te lo enviamos?" },
  );
  await shop.send(PHONE, "quiero 2 del producto 1");
}

Deno.test("a shared location becomes the delivery address and review_order checks it against the radius", async () => {
  await using shop = await geminiShop();
  await withCart(shop);
  shop.gemini.script(
    { calls: [{ name: "review_order", args: { fulfilment: "delivery", payment: "cash" } }] },
    { text: "Te lo llevamos a Casa, Calle de Alcalá 1." },
  );
  const res = await shop.post(
    locationForm(`whatsapp:${PHONE}`, {
      latitude: 40.42,
      longitude: -3.70,
      address: "Calle de Alcalá 1",
      label: "Casa",
    }, { AccountSid: shop.twilio.accountSid }),
  );
  assert.match(shop.parse(await res.text())[0].body, /Calle de Alcalá 1/);
  const [turn, quoted] = shop.gemini.requests.slice(-2);
  assert.match(
    textsOf(turn),
    /\[The customer shared a location: Casa, Calle de Alcalá 1, 40\.42, -3\.7\./,
  );
  const quote = lastResponse(quoted);
  assert.match(quote, /Calle de Alcalá 1/);
  assert.doesNotMatch(quote, /outside_delivery_area|"location"/);
  const [pin] = await shop.sql`
    select a.kind, a.latitude, a.longitude, a.pin_address, a.pin_label
    from customers c join customer_addresses a on a.id = c.address_id
    where c.phone = ${PHONE}`;
  assert.deepEqual({ ...pin }, {
    kind: "pin",
    latitude: 40.42,
    longitude: -3.7,
    pinAddress: "Calle de Alcalá 1",
    pinLabel: "Casa",
  });
  const [message] = await shop.sql`
    select text, context from messages where kind = 'customer' order by id desc limit 1`;
  assert.equal(message.text, "");
  assert.deepEqual(message.context, {
    location: { latitude: 40.42, longitude: -3.7, address: "Calle de Alcalá 1", label: "Casa" },
  });
  const staff = await signIn(shop.request);
  const [{ id }] = await shop.sql`select id from conversations`;
  const html = await (await staff.get(`/admin/conversations/${id}`)).text();
  assert.match(visibleText(html), /Location: Casa, Calle de Alcalá 1 map/);
  assert.ok(html.includes("https://www.openstreetmap.org/?mlat=40.42&amp;mlon=-3.7"));

  // The customer accepts: the order goes to the pin.
  const quoteId = JSON.parse(quote).quote_id;
  assert.ok(quoteId, "the quote is complete");
  shop.gemini.script(
    { calls: [{ name: "place_order", args: { quote_id: quoteId } }] },
    { text: "¡Pedido #1001 en camino a Casa!" },
  );
  await shop.send(PHONE, "sí, en efectivo");
  const [order] = await shop.sql`select fulfilment, address from orders`;
  assert.equal(order.fulfilment, "delivery");
  assert.deepEqual(
    [order.address.kind, order.address.latitude, order.address.longitude, order.address.pinLabel],
    ["pin", 40.42, -3.7, "Casa"],
  );
});

Deno.test("a plain pin outside the delivery radius is refused by review_order", async () => {
  await using shop = await geminiShop();
  await withCart(shop);
  shop.gemini.script(
    { calls: [{ name: "review_order", args: { fulfilment: "delivery" } }] },
    { text: "Esa ubicación queda fuera de nuestra zona de reparto." },
  );
  // Toledo, about 67 km away; no Address or Label, as a plain pin comes.
  await shop.post(
    locationForm(`whatsapp:${PHONE}`, { latitude: 39.8628, longitude: -4.0273 }, {
      AccountSid: shop.twilio.accountSid,
    }),
  );
  const [turn, quoted] = shop.gemini.requests.slice(-2);
  assert.match(textsOf(turn), /shared a location: 39\.8628, -4\.0273\./);
  assert.match(lastResponse(quoted), /outside_delivery_area/);
});

Deno.test("a location with a bad latitude is refused with 400 and stores nothing", async () => {
  await using shop = await geminiShop();
  const res = await shop.post(
    locationForm(`whatsapp:${PHONE}`, { latitude: 40.42, longitude: -3.7 }, {
      AccountSid: shop.twilio.accountSid,
      Latitude: "north",
    }),
  );
  assert.equal(res.status, 400);
  assert.match(await res.text(), /Latitude/);
  const [{ n }] = await shop.sql`select count(*)::int as n from messages`;
  assert.equal(n, 0);
  assert.equal(shop.gemini.requests.length, 0);
});

Deno.test("a forwarded message and a reply to the shop's message reach the model marked as such", async () => {
  await using shop = await geminiShop();
  shop.gemini.script({ text: "Es una cadena, no es una oferta nuestra." });
  await shop.post(
    forwardedForm(`whatsapp:${PHONE}`, "¡Regalan cafeteras! Reenvía a 10 amigos", true, {
      AccountSid: shop.twilio.accountSid,
    }),
  );
  assert.match(
    textsOf(shop.gemini.requests.at(-1)!),
    /\[Forwarded many times: the customer did not write this themselves\]\n¡Regalan cafeteras!/,
  );

  // A reply to a message the shop sent through the REST API (its SID is known).
  const [outbound] = await shop.sql`
    update outbound_messages set twilio_sid = ${`SM${"ab".repeat(16)}`}
    where id = (select max(id) from outbound_messages) returning body`;
  shop.gemini.script({ text: "Exacto, no es nuestra." });
  await shop.post(
    replyForm(`whatsapp:${PHONE}`, "¿entonces es falso?", `SM${"ab".repeat(16)}`, {
      AccountSid: shop.twilio.accountSid,
    }),
  );
  const said = textsOf(shop.gemini.requests.at(-1)!);
  assert.ok(said.includes(`[Replying to this message of the shop: «${outbound.body}»]`), said);
  const [message] = await shop.sql`
    select context from messages where kind = 'customer' order by id desc limit 1`;
  assert.deepEqual(message.context, {
    repliedTo: { sid: `SM${"ab".repeat(16)}`, text: outbound.body },
  });

  shop.gemini.script({ text: "Vale." });
  await shop.post(
    replyForm(`whatsapp:${PHONE}`, "ok", `SM${"cd".repeat(16)}`, {
      AccountSid: shop.twilio.accountSid,
    }),
  );
  assert.match(
    textsOf(shop.gemini.requests.at(-1)!),
    /\[Replying to an earlier message of the shop\]/,
  );
});

Deno.test("a click-to-WhatsApp ad is kept on the conversation, told to the model and shown to staff", async () => {
  await using shop = await geminiShop();
  shop.gemini.script({ text: "¡Hola! Sí, la taza está disponible." });
  await shop.post(
    adReferralForm(`whatsapp:${PHONE}`, "Hola, vi el anuncio", {
      sourceId: "120210000000001",
      sourceType: "ad",
      sourceUrl: "https://fb.me/abc123",
      headline: "Tazas hechas a mano",
      body: "Envío gratis este fin de semana",
      ctwaClid: "ARAkLkA8rmlFeiCktEJQ",
    }, { AccountSid: shop.twilio.accountSid }),
  );
  assert.match(
    textsOf(shop.gemini.requests.at(-1)!),
    /\[The customer came from the shop's ad «Tazas hechas a mano» \(https:\/\/fb\.me\/abc123\)\]/,
  );
  const [conversation] = await shop.sql`select id, referral from conversations`;
  assert.equal(conversation.referral.headline, "Tazas hechas a mano");
  assert.equal(conversation.referral.ctwaClid, "ARAkLkA8rmlFeiCktEJQ");

  // A later message without Referral fields keeps where the customer came from.
  shop.gemini.script({ text: "Son 12 €." });
  await shop.send(PHONE, "¿cuánto cuesta?");
  const staff = await signIn(shop.request);
  const page = visibleText(
    await (await staff.get(`/admin/conversations/${conversation.id}`)).text(),
  );
  assert.match(page, /Came from the ad «Tazas hechas a mano» open it/);
});

Deno.test("a turn longer than a second shows the customer typing..., a fast one does not", async () => {
  await using shop = await geminiShop();
  shop.gemini.script({ text: "¡Hola!" }, { text: "¿En qué te ayudo?" });
  await shop.send(PHONE, "hola"); // the first turn loads what later ones reuse
  shop.twilio.reset();
  await shop.send(PHONE, "buenas");
  assert.equal(shop.twilio.typingIndicators.length, 0, "no typing... for a fast answer");

  shop.gemini.script({ delayMs: 1500, reply: { text: "Perdona la espera." } });
  const sid = `SM${"e1".repeat(16)}`;
  const res = await shop.send(PHONE, "¿sigues ahí?", { MessageSid: sid });
  assert.match(shop.parse(await res.text())[0].body, /Perdona la espera/);
  assert.deepEqual(shop.twilio.typingIndicators.map((t) => t.messageId), [sid]);
});
