import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { FakeGemini, type RecordedRequest } from "../fakes/gemini.ts";
import { buttonReplyForm, FakeTwilio } from "../fakes/twilio.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

const PHONE = "+34600000001";
const QUESTION = "Tu pedido: 2 × *Café molido 250 g*, recogida en tienda, pago en efectivo. " +
  "Total *13,00 €*. ¿Lo confirmo?";

/** Creates the confirm buttons on the fake's Content API, as an operator would once. */
async function confirmContent(twilio: FakeTwilio): Promise<string> {
  const res = await fetch(`${twilio.url}/v1/Content`, {
    method: "POST",
    headers: {
      authorization: `Basic ${btoa(`${twilio.accountSid}:${twilio.authToken}`)}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      friendly_name: "confirm_order",
      language: "es",
      variables: { "1": "¿Confirmo el pedido?" },
      types: {
        "twilio/quick-reply": {
          body: "{{1}}",
          actions: [
            { title: "Sí, confirmar", id: "confirm_order" },
            { title: "Cambiar algo", id: "change_order" },
          ],
        },
      },
    }),
  });
  const body = await res.text();
  assert.equal(res.status, 201, body);
  return JSON.parse(body).sid;
}

async function buttonShop(env: (twilio: FakeTwilio) => Promise<Record<string, string>>) {
  const gemini = await FakeGemini.start();
  const twilio = await FakeTwilio.start();
  const wa = await whatsappShop(await env(twilio), {
    twilio,
    model: new GeminiModel({
      apiKey: "test-key",
      model: "gemini-3.8-flash",
      baseUrl: gemini.url,
      backoffMs: 5,
      attempts: 2,
    }),
  });
  const res = await wa.json("PATCH", "/api/admin/settings", {
    pickup_enabled: true,
    cash_enabled: true,
  }, { admin: true });
  assert.equal(res.status, 200, await res.text());
  gemini.script(
    { calls: [{ name: "add_to_cart", args: { product_id: 1, quantity: 2 } }] },
    { text: "Añadido." },
  );
  await wa.send(PHONE, "quiero 2 del producto 1");
  const close = wa[Symbol.asyncDispose];
  return Object.assign(wa, {
    gemini,
    /** The customer asks to buy; the model quotes and asks for a yes. */
    askToConfirm: () => {
      gemini.script(
        { calls: [{ name: "review_order", args: { fulfilment: "pickup", payment: "cash" } }] },
        { text: QUESTION },
      );
      return wa.send(PHONE, "lo recojo en tienda y pago en efectivo");
    },
    [Symbol.asyncDispose]: async () => {
      await close();
      await gemini.close();
    },
  });
}

const textsOf = (r: RecordedRequest) =>
  (r.body.contents ?? []).flatMap((c) => c.parts ?? []).map((p) => p.text ?? "").join("\n");

Deno.test("the confirm question goes as quick-reply buttons, and a tap places the order", async () => {
  let sid = "";
  await using shop = await buttonShop(async (twilio) => {
    sid = await confirmContent(twilio);
    return { TWILIO_CONTENT_CONFIRM_SID: sid };
  });
  const res = await shop.askToConfirm();
  assert.deepEqual(shop.parse(await res.text()), [], "buttons cannot go in TwiML");
  await shop.outbox.drain();
  const [sent] = shop.twilio.messages.filter((m) => m.contentSid);
  assert.equal(sent.contentSid, sid);
  assert.deepEqual(sent.contentVariables, { "1": QUESTION });
  const quoteId = JSON.parse(
    JSON.stringify(shop.gemini.requests.at(-1)!.body.contents!.at(-1)!.parts![0]),
  ).functionResponse.response.quote_id;
  assert.ok(quoteId, "review_order gave a complete quote");

  shop.gemini.script(
    { calls: [{ name: "place_order", args: { quote_id: quoteId } }] },
    { text: "¡Hecho! Pedido #1001." },
  );
  const tap = await shop.post(buttonReplyForm(`whatsapp:${PHONE}`, {
    title: "Sí, confirmar",
    id: "confirm_order",
    repliedTo: sent.sid,
  }, { AccountSid: shop.twilio.accountSid }));
  assert.match(shop.parse(await tap.text())[0].body, /Pedido #1001/);
  const turn = shop.gemini.requests.at(-2)!;
  const said = textsOf(turn);
  assert.match(
    said,
    /tapped the option «Sí, confirmar» \(id confirm_order\): this is their answer/,
  );
  assert.ok(said.includes(`[Replying to this message of the shop: «${QUESTION}»]`));
  const [order] = await shop.sql`select status from orders`;
  assert.ok(order, "the order was placed");
});

Deno.test("without a content SID the confirm question is plain text in the webhook's answer", async () => {
  await using shop = await buttonShop(() => Promise.resolve({}));
  const res = await shop.askToConfirm();
  assert.deepEqual(shop.parse(await res.text()).map((m) => m.body), [QUESTION]);
  assert.equal(shop.twilio.messages.filter((m) => m.contentSid).length, 0);
});

Deno.test("content Twilio refuses is sent again as plain text", async () => {
  await using shop = await buttonShop(() =>
    Promise.resolve({ TWILIO_CONTENT_CONFIRM_SID: `HX${"0f".repeat(16)}` })
  );
  shop.twilio.failNext({ status: 400, code: 21655, message: "The ContentSid is Invalid." });
  await shop.askToConfirm();
  await shop.outbox.drain();
  const sent = shop.twilio.messages;
  assert.deepEqual(sent.map((m) => [m.body, m.contentSid ?? null]), [[QUESTION, null]]);
});
