import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { FakeGemini, type RecordedRequest } from "../fakes/gemini.ts";
import { FakeTwilio, mediaForm } from "../fakes/twilio.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { signIn } from "../dashboard/staff.ts";
import { type Clock, manualClock } from "../../src/shared/clock.ts";

const PHONE = "+34600000001";
const fixture = (name: string) =>
  Deno.readFile(new URL(`../fixtures/media/${name}`, import.meta.url));

async function mediaShop(clock?: Clock) {
  const gemini = await FakeGemini.start();
  const wa = await whatsappShop({}, {
    clock,
    model: new GeminiModel({
      apiKey: "test-key",
      model: "gemini-3.8-flash",
      baseUrl: gemini.url,
      backoffMs: 5,
      attempts: 2,
      timeoutMs: 5000,
    }),
  });
  return {
    ...wa,
    gemini,
    /** Posts a signed media message of `PHONE`. */
    sendMedia: (media: { url: string; contentType: string }[], body = "") =>
      wa.post(mediaForm(`whatsapp:${PHONE}`, media, { Body: body })),
    [Symbol.asyncDispose]: async () => {
      await wa[Symbol.asyncDispose]();
      await gemini.close();
    },
  };
}

const inlineOf = (r: RecordedRequest) =>
  (r.body.contents ?? []).flatMap((c) => c.parts ?? []).flatMap((p) =>
    p.inlineData ? [p.inlineData] : []
  );
const textsOf = (r: RecordedRequest) =>
  (r.body.contents ?? []).flatMap((c) => c.parts ?? []).map((p) => p.text ?? "").join("\n");
const isDescribe = (r: RecordedRequest) =>
  (r.body.systemInstruction?.parts?.[0]?.text ?? "").includes("for the shop's records");

Deno.test("a voice note reaches Gemini as audio/ogg, its transcript is stored, the next turn sends text only", async () => {
  await using shop = await mediaShop();
  const voice = await fixture("voice-es.ogg");
  const url = shop.twilio.registerMedia(voice, "audio/ogg");
  shop.gemini.script(
    { text: "Audio: Hola, quiero dos cafés molidos, por favor" },
    { calls: [{ name: "add_to_cart", args: { product_id: 1, quantity: 2 } }] },
    { text: "¡Listo! He añadido 2 × *Café molido 250 g* a tu carrito." },
  );
  const res = await shop.sendMedia([{ url, contentType: "audio/ogg; codecs=opus" }]);
  assert.equal(res.status, 200);
  assert.match(shop.parse(await res.text())[0].body, /2 × \*Café molido 250 g\*/);

  const [describe, turn] = shop.gemini.requests;
  assert.ok(isDescribe(describe), "the first call transcribes");
  const expected = { mimeType: "audio/ogg", data: Buffer.from(voice).toString("base64") };
  assert.deepEqual(inlineOf(describe), [expected]);
  assert.deepEqual(inlineOf(turn), [expected], "the turn hears the voice note itself");
  assert.match(textsOf(turn), /quiero dos cafés molidos/);
  const [line] = await shop.sql`select product_id, quantity from cart_items`;
  assert.deepEqual([line.productId, line.quantity], [1, 2]);
  const [message] = await shop.sql`select media_text from messages where kind = 'customer'`;
  assert.equal(message.mediaText, "Audio: Hola, quiero dos cafés molidos, por favor");
  // Twilio's storage got no credentials; only the API host did.
  const storage = shop.twilio.requests.filter((r) => r.host === "storage");
  assert.equal(storage.length, 1);
  assert.equal(storage[0].headers.get("authorization"), null);

  shop.gemini.script({ text: "¡De nada!" });
  const next = await shop.send(PHONE, "gracias");
  assert.match(shop.parse(await next.text())[0].body, /De nada/);
  const last = shop.gemini.requests.at(-1)!;
  assert.equal(shop.gemini.requests.length, 4, "no second transcription");
  assert.deepEqual(inlineOf(last), [], "old media is not sent again");
  assert.match(textsOf(last), /Audio: Hola, quiero dos cafés molidos/);

  const staff = await signIn(shop.request);
  const [{ id }] = await shop.sql`select id from conversations`;
  const page = await (await staff.get(`/admin/conversations/${id}`)).text();
  assert.match(page, /class="media-text">Audio: Hola, quiero dos cafés molidos, por favor</);
  const found = await (await staff.get(`/admin/conversations?q=cafes%20molidos`)).text();
  assert.match(found, new RegExp(`/admin/conversations/${id}"`), "search finds the transcript");
  const none = await (await staff.get(`/admin/conversations?q=tostadora`)).text();
  assert.doesNotMatch(none, new RegExp(`/admin/conversations/${id}"`));
});

Deno.test("staff play a voice note in the dashboard; signed-out visitors get nothing", async () => {
  await using shop = await mediaShop();
  const voice = await fixture("voice-es.ogg");
  const url = shop.twilio.registerMedia(voice, "audio/ogg");
  shop.gemini.script({ text: "Audio: hola" }, { text: "¡Hola!" });
  await shop.sendMedia([{ url, contentType: "audio/ogg; codecs=opus" }]);
  const [message] = await shop
    .sql`select id, conversation_id from messages where kind = 'customer'`;
  const path = `/admin/media/${message.id}/0`;

  const visitor = await shop.request(path, { redirect: "manual" });
  assert.notEqual(visitor.status, 200);
  assert.equal((await visitor.arrayBuffer()).byteLength < voice.length, true);

  const staff = await signIn(shop.request);
  const page = await (await staff.get(`/admin/conversations/${message.conversationId}`)).text();
  assert.ok(page.includes(`<audio controls preload="none" src="${path}">`));
  const res = await staff.get(path);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "audio/ogg");
  assert.deepEqual(new Uint8Array(await res.arrayBuffer()), voice);
  assert.equal((await staff.get(`/admin/media/${message.id}/1`)).status, 404);
});

Deno.test("a photo of a mug with «¿tienen esta?»: Gemini sees it and the agent searches the catalog", async () => {
  await using shop = await mediaShop();
  const url = shop.twilio.registerMedia(await fixture("mug.jpg"), "image/jpeg");
  shop.gemini.script(
    { text: "Image: una taza de cerámica roja con asa" },
    { calls: [{ name: "search_products", args: { query: "taza" } }] },
    { text: "¡Sí! Tenemos la *Taza de cerámica 350 ml* (producto 9)." },
  );
  const res = await shop.sendMedia([{ url, contentType: "image/jpeg" }], "¿tienen esta?");
  assert.match(shop.parse(await res.text())[0].body, /Taza de cerámica/);
  const [, turn, afterSearch] = shop.gemini.requests;
  assert.match(
    turn.body.systemInstruction?.parts?.[0]?.text ?? "",
    /photo[^\n]*search_products/,
    "the agent is told to search for what a photo shows",
  );
  assert.equal(inlineOf(turn)[0].mimeType, "image/jpeg");
  assert.match(textsOf(turn), /¿tienen esta\?[\s\S]*taza de cerámica roja/);
  const found = JSON.stringify(
    afterSearch.body.contents?.at(-1)?.parts?.[0]?.functionResponse?.response,
  );
  assert.match(found, /Taza de cerámica 350 ml/);
  const [message] = await shop.sql`select text, media_text from messages where kind = 'customer'`;
  assert.deepEqual({ ...message }, {
    text: "¿tienen esta?",
    mediaText: "Image: una taza de cerámica roja con asa",
  });
});

Deno.test("a media download that fails once is tried again and reaches the model", async () => {
  await using shop = await mediaShop();
  const url = shop.twilio.registerMedia(await fixture("receipt.pdf"), "application/pdf");
  shop.twilio.failMedia(1, 503);
  shop.gemini.script({ text: "Document: justificante de transferencia, 24,90 EUR" }, {
    text: "Gracias, lo revisamos.",
  });
  const res = await shop.sendMedia([{ url, contentType: "application/pdf" }], "receipt.pdf");
  assert.match(shop.parse(await res.text())[0].body, /lo revisamos/);
  assert.equal(inlineOf(shop.gemini.requests[0])[0].mimeType, "application/pdf");
  const api = shop.twilio.requests.filter((r) => r.host === "api" && r.path.includes("/Media/"));
  assert.deepEqual(api.map((r) => r.status), [503, 307]);
});

Deno.test("media on another host is never fetched, and the model is told it cannot see it", async () => {
  await using shop = await mediaShop();
  await using other = await FakeTwilio.start({ authToken: "other-token" });
  const url = other.registerMedia(await fixture("mug.jpg"), "image/jpeg");
  shop.gemini.script({ text: "No puedo ver la imagen, ¿me dices qué buscas?" });
  const res = await shop.sendMedia([{ url, contentType: "image/jpeg" }]);
  assert.match(shop.parse(await res.text())[0].body, /No puedo ver/);
  assert.equal(other.requests.length, 0, "nothing was asked of the other host");
  assert.equal(shop.gemini.requests.length, 1, "no transcription call");
  assert.deepEqual(inlineOf(shop.gemini.requests[0]), []);
  assert.match(textsOf(shop.gemini.requests[0]), /an image \(image\/jpeg\), which you cannot see/);
});

Deno.test("a 30 MB voice note is refused without being read whole; the customer is answered", async () => {
  await using shop = await mediaShop();
  const url = shop.twilio.registerMedia({ size: 30 * 1024 * 1024 }, "audio/ogg");
  shop.gemini.script({ text: "No he podido abrir tu audio, ¿me lo escribes?" });
  const res = await shop.sendMedia([{ url, contentType: "audio/ogg" }]);
  assert.match(shop.parse(await res.text())[0].body, /No he podido abrir/);
  assert.deepEqual(inlineOf(shop.gemini.requests[0]), []);
  const storage = shop.twilio.requests.filter((r) => r.host === "storage");
  assert.equal(storage.length, 1, "a refused size is not tried again");
  assert.ok(storage[0].bytesSent < 30 * 1024 * 1024, `read ${storage[0].bytesSent} bytes`);
});

Deno.test("a contact card is read without the model and described to the agent", async () => {
  await using shop = await mediaShop();
  const url = shop.twilio.registerMedia(await fixture("contact.vcf"), "text/vcard");
  shop.gemini.script({ text: "Gracias, ¿quieres que hagamos el pedido a nombre de Ana?" });
  const res = await shop.sendMedia([{ url, contentType: "text/vcard" }]);
  assert.match(shop.parse(await res.text())[0].body, /a nombre de Ana/);
  assert.equal(shop.gemini.requests.length, 1, "no description call for a contact card");
  assert.deepEqual(inlineOf(shop.gemini.requests[0]), []);
  assert.match(
    textsOf(shop.gemini.requests[0]),
    /as read for you: Contact card: Ana García López, \+34 600 00 00 02\]/,
  );
  const [message] = await shop.sql`select media_text from messages where kind = 'customer'`;
  assert.equal(message.mediaText, "Contact card: Ana García López, +34 600 00 00 02");
});

Deno.test("a PDF after a transfer order is attached to it as the receipt and staff are asked to confirm", async () => {
  await using shop = await mediaShop();
  const terms = await shop.json("PATCH", "/api/admin/settings", {
    pickup_enabled: true,
    transfer_enabled: true,
    transfer_instructions: "IBAN ES00 0000 0000 0000 0000 0000, concepto: el número de pedido",
  }, { admin: true });
  assert.equal(terms.status, 200);
  const quoteOf = (r: RecordedRequest) =>
    String(
      (r.body.contents?.at(-1)?.parts?.[0]?.functionResponse?.response as { quote_id?: string })
        ?.quote_id,
    );
  shop.gemini.script(
    { calls: [{ name: "add_to_cart", args: { product_id: 1, quantity: 2 } }] },
    { calls: [{ name: "review_order", args: { fulfilment: "pickup", payment: "transfer" } }] },
    { text: "Son 13,00 €. ¿Confirmo?" },
  );
  await shop.send(PHONE, "quiero 2 del producto 1, lo recojo y pago por transferencia");
  const quoteId = quoteOf(shop.gemini.requests.at(-1)!);
  shop.gemini.reset();
  shop.gemini.script(
    { calls: [{ name: "place_order", args: { quote_id: quoteId } }] },
    { text: "Pedido #1001 hecho. Transfiere a IBAN ES00…" },
  );
  await shop.send(PHONE, "sí");
  const [order] = await shop.sql`select id, number from orders`;
  assert.equal(order.number, 1001);

  const url = shop.twilio.registerMedia(await fixture("receipt.pdf"), "application/pdf");
  shop.gemini.script(
    { text: "Document: justificante de transferencia de 24,90 EUR, concepto Pedido 1001" },
    { text: "¡Gracias! Lo revisamos y te confirmamos el pago en cuanto llegue." },
  );
  const res = await shop.sendMedia([{ url, contentType: "application/pdf" }], "receipt.pdf");
  assert.match(shop.parse(await res.text())[0].body, /te confirmamos el pago/);
  assert.match(
    textsOf(shop.gemini.requests.at(-1)!),
    /attached to order #1001 as its transfer receipt/,
  );
  const [message] = await shop.sql`
    select id from messages where kind = 'customer' order by id desc limit 1`;
  const [attached] = await shop.sql`select receipt_message_id, status from orders`;
  assert.deepEqual({ ...attached }, { receiptMessageId: message.id, status: "awaiting_payment" });
  const [conversation] = await shop
    .sql`select needs_attention, attention_reason from conversations`;
  assert.deepEqual({ ...conversation }, {
    needsAttention: true,
    attentionReason: "transfer receipt for order #1001: check the payment",
  });
  const staff = await signIn(shop.request);
  const [{ id }] = await shop.sql`select id from conversations`;
  const page = await (await staff.get(`/admin/conversations/${id}`)).text();
  assert.ok(page.includes(`<a href="/admin/orders/${order.id}">order #1001</a>`));
});

Deno.test("a PDF without an order waiting for a transfer is attached to nothing", async () => {
  await using shop = await mediaShop();
  const url = shop.twilio.registerMedia(await fixture("receipt.pdf"), "application/pdf");
  shop.gemini.script({ text: "Document: justificante" }, { text: "¿De qué pedido es?" });
  await shop.sendMedia([{ url, contentType: "application/pdf" }], "receipt.pdf");
  const [conversation] = await shop.sql`select needs_attention from conversations`;
  assert.equal(conversation.needsAttention, false);
  assert.doesNotMatch(textsOf(shop.gemini.requests.at(-1)!), /transfer receipt/);
});

Deno.test("media Twilio cannot give during the turn is read again in the background", async () => {
  const clock = manualClock(new Date());
  await using shop = await mediaShop(clock);
  const url = shop.twilio.registerMedia(await fixture("voice-es.ogg"), "audio/ogg");
  shop.twilio.failMedia(3, 503);
  shop.gemini.script(
    { text: "No he podido escuchar tu audio, ¿me lo escribes?" },
    { text: "Audio: Hola, quiero dos cafés molidos, por favor" },
  );
  const res = await shop.sendMedia([{ url, contentType: "audio/ogg; codecs=opus" }]);
  assert.match(shop.parse(await res.text())[0].body, /No he podido escuchar/);
  assert.equal(shop.gemini.requests.length, 1, "the customer is answered without it");
  const [job] = await shop.sql`select kind, status from jobs where kind = 'media.read'`;
  assert.deepEqual({ ...job }, { kind: "media.read", status: "pending" });

  clock.advance(61_000);
  await shop.jobs.runDue();
  const [message] = await shop.sql`select media_text from messages where kind = 'customer'`;
  assert.equal(message.mediaText, "Audio: Hola, quiero dos cafés molidos, por favor");
  assert.equal(inlineOf(shop.gemini.requests[1])[0].mimeType, "audio/ogg");
});
