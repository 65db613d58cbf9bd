import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { optOutLanguage } from "../../src/notify/opt-out.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { sellingShop } from "../helpers/sale.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

Deno.test("opt-out words in Spanish, English and Portuguese are understood; questions that mention stopping are not", () => {
  for (const text of ["BAJA", "baja.", "Darme de baja", "no me escribáis más", "Parar"]) {
    assert.equal(optOutLanguage(text), "es", text);
  }
  for (const text of ["STOP", "Stop!", "unsubscribe", "no more messages please", "opt-out"]) {
    assert.equal(optOutLanguage(text), "en", text);
  }
  for (const text of ["SAIR", "não quero mais mensagens", "pare de me enviar mensagens"]) {
    assert.equal(optOutLanguage(text), "pt", text);
  }
  for (
    const text of [
      "¿cómo paro la suscripción de café?",
      "baja el precio?",
      "para mañana",
      "can I stop by the shop tomorrow?",
      "cancelar",
      "stop the order",
      "",
    ]
  ) {
    assert.equal(optOutLanguage(text), null, text);
  }
});

Deno.test("BAJA on WhatsApp: recorded at once, confirmed once in the customer's words' language, order updates still sent", async () => {
  await using shop = await sellingShop();
  const phone = "+34600000301";
  await shop.send(phone, "quiero 1 del producto 6");
  const [{ id: customer }] = await shop.sql`select id from customers`;
  const granted = await shop.json("PUT", `/api/admin/customers/${customer}/marketing`, {
    marketing: "granted",
  }, { admin: true });
  assert.equal((await granted.json()).marketing, "granted");

  const res = await shop.send(phone, "BAJA");
  const answer = shop.parse(await res.text());
  assert.deepEqual(answer.map((m) => m.body), [
    "Hecho: ya no te enviaremos mensajes promocionales ni recordatorios del carrito. Seguirás recibiendo los avisos de tus pedidos. Si cambias de idea, escríbenos.",
  ]);
  const consent = await (await shop.json(
    "GET",
    `/api/admin/customers/${customer}/marketing`,
    undefined,
    { admin: true },
  )).json();
  assert.equal(consent.marketing, "opted_out");
  assert.equal(consent.source, "keyword");

  const pt = shop.parse(await (await shop.send("+5511900000301", "SAIR")).text());
  assert.match(pt[0].body, /^Pronto: você não receberá mais mensagens promocionais/);

  await shop.send(phone, "quiero pagar, lo recojo y pago en efectivo");
  await shop.send(phone, "sí");
  const [order] = await shop.sql`select id from orders`;
  await shop.settle();
  const before = shop.sentTo(phone).length;
  const paid = await shop.json("PATCH", `/api/orders/${order.id}`, { status: "paid" }, {
    admin: true,
  });
  assert.equal(paid.status, 200);
  await shop.settle();
  assert.equal(shop.sentTo(phone).length, before + 1, "the order update is still sent");
});

Deno.test("with Gemini, marketing_consent records a yes and an opt-out in the customer's own words", async () => {
  await using gemini = await FakeGemini.start();
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: gemini.url,
  });
  await using wa = await whatsappShop({}, { model });
  const phone = "+34600000302";
  gemini.script(
    { calls: [{ name: "marketing_consent", args: { consent: true } }] },
    { text: "¡Perfecto, te avisaré de las ofertas!" },
    { calls: [{ name: "marketing_consent", args: { consent: false } }] },
    { text: "Entendido, no te enviaremos más promociones." },
  );
  await wa.send(phone, "sí, mandadme las ofertas");
  assert.deepEqual(
    [...await wa.sql`select marketing, marketing_source from customers`],
    [{ marketing: "granted", marketingSource: "agent" }],
  );
  await wa.send(phone, "me tenéis frito con tanto whatsapp, dejadlo ya");
  assert.deepEqual(
    [...await wa.sql`select marketing, marketing_source from customers`],
    [{ marketing: "opted_out", marketingSource: "agent" }],
  );
});

Deno.test("staff setting consent: bad input changes nothing", async () => {
  await using shop = await sellingShop();
  await shop.send("+34600000303", "hola");
  const [{ id }] = await shop.sql`select id from customers`;
  const bad = await shop.json("PUT", `/api/admin/customers/${id}/marketing`, {
    marketing: "maybe",
  }, { admin: true });
  assert.equal(bad.status, 400);
  const missing = await shop.json("PUT", "/api/admin/customers/999999/marketing", {
    marketing: "granted",
  }, { admin: true });
  assert.equal(missing.status, 404);
  const anonymous = await shop.json("PUT", `/api/admin/customers/${id}/marketing`, {
    marketing: "granted",
  });
  assert.equal(anonymous.status, 401);
  const [row] = await shop.sql`select marketing from customers`;
  assert.equal(row.marketing, "unknown");
});
