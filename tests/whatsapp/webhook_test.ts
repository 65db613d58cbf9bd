import assert from "node:assert/strict";
import { inboundForm, signWebhook } from "../fakes/twilio.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

type Shop = Awaited<ReturnType<typeof whatsappShop>>;

async function counts(wa: Shop) {
  const [row] = await wa.sql`
    select (select count(*)::int from messages) as messages,
      (select count(*)::int from customers) as customers,
      (select count(*)::int from outbound_messages) as outbound`;
  return { ...row };
}

Deno.test("a signed message is stored, its customer created, and answered inline in TwiML", async () => {
  await using wa = await whatsappShop();
  const form = inboundForm({
    From: "whatsapp:+34600000001",
    Body: "Hola, ¿qué productos tienen?",
    ProfileName: "Lucía",
    AccountSid: wa.twilio.accountSid,
  });
  const res = await wa.post(form);
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /^text\/xml/);
  const [reply] = wa.parse(await res.text());
  assert.match(reply.body, /^¡Hola! Estos son nuestros productos:/);
  const [customer] = await wa.sql`select phone, name from customers`;
  assert.deepEqual({ ...customer }, { phone: "+34600000001", name: "Lucía" });
  const [message] = await wa.sql`
    select external_id, status, reply_mode, source from messages where kind = 'customer'`;
  assert.deepEqual({ ...message }, {
    externalId: form.MessageSid,
    status: "done",
    replyMode: "inline",
    source: "whatsapp",
  });
  const [out] = await wa.sql`select channel, status, to_address from outbound_messages`;
  assert.deepEqual({ ...out }, {
    channel: "inline",
    status: "inline",
    toAddress: "whatsapp:+34600000001",
  });
  assert.equal(wa.twilio.requests.length, 0, "no REST send for an inline reply");
});

Deno.test("forged, missing and replayed-with-changed-params signatures: 403, nothing stored", async () => {
  await using wa = await whatsappShop();
  const form = inboundForm({
    From: "whatsapp:+34600000001",
    Body: "hola",
    AccountSid: wa.twilio.accountSid,
  });
  const forged = await wa.post(form, {
    signature: signWebhook("not-the-token", "http://localhost/webhook", form),
  });
  assert.equal(forged.status, 403);
  assert.equal((await forged.json()).error.code, "invalid_signature");
  assert.equal((await wa.post(form, { signature: null })).status, 403);
  const signature = signWebhook(wa.twilio.authToken, "http://localhost/webhook", form);
  const replayed = await wa.post({ ...form, Body: "quiero pagar" }, { signature });
  assert.equal(replayed.status, 403);
  const otherUrl = await wa.post(form, {
    signature: signWebhook(wa.twilio.authToken, "https://evil.example/webhook", form),
  });
  assert.equal(otherUrl.status, 403);
  assert.deepEqual(await counts(wa), { messages: 0, customers: 0, outbound: 0 });
});

Deno.test("behind a proxy the signature is checked against PUBLIC_BASE_URL", async () => {
  await using wa = await whatsappShop({ PUBLIC_BASE_URL: "https://shop.example.com" });
  const form = inboundForm({
    From: "whatsapp:+34600000001",
    Body: "hola",
    AccountSid: wa.twilio.accountSid,
  });
  const good = signWebhook(wa.twilio.authToken, "https://shop.example.com/webhook", form);
  assert.equal((await wa.post(form, { signature: good })).status, 200);
  const local = inboundForm({
    From: "whatsapp:+34600000001",
    Body: "hola",
    AccountSid: wa.twilio.accountSid,
  });
  assert.equal(
    (await wa.post(local)).status,
    403,
    "signed for http://localhost, not the public URL",
  );
});

Deno.test("a request signed for another URL of the account cannot be replayed with forwarded headers", async () => {
  await using wa = await whatsappShop();
  const form = inboundForm({ From: "whatsapp:+34600000001", Body: "hola" });
  const replayed = await wa.post(form, {
    signedUrl: "https://other-shop.example.com/webhook",
    headers: { "x-forwarded-proto": "https", "x-forwarded-host": "other-shop.example.com" },
  });
  assert.equal(replayed.status, 403);
  assert.equal((await replayed.json()).error.code, "invalid_signature");
  assert.deepEqual(await counts(wa), { messages: 0, customers: 0, outbound: 0 });
});

Deno.test("with TRUSTED_PROXIES=1 the host the proxy appended is signed, the client's is ignored", async () => {
  await using wa = await whatsappShop({ TRUSTED_PROXIES: "1" });
  const spoofed = {
    "x-forwarded-proto": "https",
    "x-forwarded-host": "other-shop.example.com, shop.example.com",
  };
  const replay = await wa.post(inboundForm({ From: "whatsapp:+34600000001", Body: "hola" }), {
    signedUrl: "https://other-shop.example.com/webhook",
    headers: spoofed,
  });
  assert.equal(replay.status, 403);
  assert.deepEqual(await counts(wa), { messages: 0, customers: 0, outbound: 0 });
  const genuine = await wa.post(inboundForm({ From: "whatsapp:+34600000001", Body: "hola" }), {
    signedUrl: "https://shop.example.com/webhook",
    headers: spoofed,
  });
  assert.equal(genuine.status, 200);
  assert.equal((await counts(wa)).messages > 0, true);
});

Deno.test("a signed webhook for another account or another sender number: 403, nothing stored", async () => {
  await using wa = await whatsappShop();
  const otherAccount = await wa.post(inboundForm({
    From: "whatsapp:+34600000001",
    Body: "hola",
    AccountSid: `AC${"1".repeat(32)}`,
  }));
  assert.equal(otherAccount.status, 403);
  assert.equal((await otherAccount.json()).error.code, "wrong_account");
  const otherSender = await wa.post(inboundForm({
    From: "whatsapp:+34600000001",
    Body: "hola",
    To: "whatsapp:+15005550006",
  }));
  assert.equal(otherSender.status, 403);
  assert.equal((await otherSender.json()).error.code, "wrong_recipient");
  const status = await wa.post({
    MessageSid: `SM${"2".repeat(32)}`,
    MessageStatus: "delivered",
    AccountSid: `AC${"1".repeat(32)}`,
  }, { path: "/webhook/status" });
  assert.equal(status.status, 403);
  assert.deepEqual(await counts(wa), { messages: 0, customers: 0, outbound: 0 });
});

Deno.test("without a token only DEV_MODE accepts unsigned webhooks", async () => {
  await using refused = await whatsappShop({ TWILIO_AUTH_TOKEN: "" });
  const form = inboundForm({ From: "whatsapp:+34600000001", Body: "hola" });
  const res = await refused.post(form, { signature: null });
  assert.equal(res.status, 403);
  assert.equal((await res.json()).error.code, "webhook_unverifiable");
  assert.deepEqual(await counts(refused), { messages: 0, customers: 0, outbound: 0 });

  await using dev = await whatsappShop({ TWILIO_AUTH_TOKEN: "", DEV_MODE: "1" });
  const ok = await dev.post(form, { signature: null });
  assert.equal(ok.status, 200);
  assert.match(dev.parse(await ok.text())[0].body, /Bienvenido/);
});

Deno.test("oversized, non-form and incomplete webhooks are refused and store nothing", async () => {
  await using wa = await whatsappShop();
  const big = inboundForm({
    From: "whatsapp:+34600000001",
    Body: "x".repeat(70_000),
    AccountSid: wa.twilio.accountSid,
  });
  const tooLarge = await wa.post(big);
  assert.equal(tooLarge.status, 413);
  assert.equal((await tooLarge.json()).error.code, "payload_too_large");

  const json = await wa.request("/webhook", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ From: "whatsapp:+34600000001", Body: "hola" }),
  });
  assert.equal(json.status, 415);

  const noFrom = inboundForm({ From: "whatsapp:+34600000001", Body: "hola", From_: "" });
  delete (noFrom as Record<string, string>).From;
  assert.equal((await wa.post(noFrom)).status, 400);
  const noSid = inboundForm({ From: "whatsapp:+34600000001", Body: "hola", MessageSid: undefined });
  const res = await wa.post(noSid);
  assert.equal(res.status, 400);
  assert.match((await res.json()).error.message, /MessageSid/);
  const badFrom = inboundForm({ From: "+34600000001", Body: "hola" });
  assert.equal((await wa.post(badFrom)).status, 400);
  assert.deepEqual(await counts(wa), { messages: 0, customers: 0, outbound: 0 });
});

Deno.test("a message with only an image is stored with its media and answered sensibly", async () => {
  await using wa = await whatsappShop();
  const res = await wa.send("+34600000001", "", {
    MediaUrl0: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
    MediaContentType0: "image/jpeg",
  });
  assert.equal(res.status, 200);
  assert.match(wa.parse(await res.text())[0].body, /He recibido tu imagen, pero no puedo abrirlo/);
  const [row] = await wa.sql`select text, media from messages where kind = 'customer'`;
  assert.equal(row.text, "");
  assert.deepEqual(row.media, [{
    url: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
    contentType: "image/jpeg",
  }]);
});

Deno.test("the seed guide's conversation through signed webhooks, with the product image", async () => {
  await using wa = await whatsappShop();
  const phone = "+34600000001";
  const texts: string[] = [];
  for (
    const body of [
      "Hola, ¿qué productos tienen?",
      "Muéstrame información del producto 1",
      "Quiero comprar 2 unidades del producto 1",
      "Actualiza mi carrito, quiero 3 en vez de 2",
    ]
  ) {
    const res = await wa.send(phone, body);
    const messages = wa.parse(await res.text());
    texts.push(messages.map((m) => m.body).join("\n"));
    if (body.startsWith("Muéstrame")) {
      assert.equal(messages[0].media, "https://picsum.photos/seed/caf-mol-250/600/600");
    }
  }
  assert.match(texts[0], /\*Café molido 250 g\* \(producto 1\)/);
  assert.match(texts[1], /Precio: \*6,50\u00a0€\*/);
  assert.match(texts[2], /Añadido: 2 × \*Café molido 250 g\*/);
  assert.match(texts[3], /3 × \*Café molido 250 g\* \(producto 1\): 19,50\u00a0€/);
  const [line] = await wa.sql`select quantity from cart_items`;
  assert.equal(line.quantity, 3);
});

Deno.test("a new ProfileName renames the customer; a message without one keeps the name", async () => {
  await using wa = await whatsappShop();
  const phone = "+34600000011";
  const name = async () => {
    const rows = await wa.sql<{ name: string | null }[]>`
      select name from customers where phone = ${phone}`;
    assert.equal(rows.length, 1, "one customer row for the number");
    return rows[0].name;
  };
  assert.equal((await wa.send(phone, "Hola", { ProfileName: "Lucía" })).status, 200);
  assert.equal(await name(), "Lucía");
  assert.equal((await wa.send(phone, "ver carrito", { ProfileName: "Lucía Gómez" })).status, 200);
  assert.equal(await name(), "Lucía Gómez");
  assert.equal((await wa.send(phone, "ayuda", { ProfileName: undefined })).status, 200);
  assert.equal(await name(), "Lucía Gómez");
  assert.equal((await wa.send(phone, "gracias", { ProfileName: "  " })).status, 200);
  assert.equal(await name(), "Lucía Gómez");
});
