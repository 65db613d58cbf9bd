import assert from "node:assert/strict";
import { FallbackModel } from "../../src/agent/fallback.ts";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { waitNotice } from "../../src/agent/language.ts";
import { OfflineModel } from "../../src/agent/offline/model.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

type Shop = Awaited<ReturnType<typeof whatsappShop>>;

/** The turn's stored model rows (which model wrote each), the customer row and the flag. */
async function turnOf(shop: Shop, phone: string) {
  const rows = await shop.sql`
    select m.kind, m.model, m.status, v.needs_attention
    from messages m join conversations v on v.id = m.conversation_id
    join customers c on c.id = v.customer_id
    where c.phone = ${phone}
    order by m.turn_id, m.id`;
  return {
    models: rows.filter((r) => r.kind === "model").map((r) => r.model),
    status: rows.find((r) => r.kind === "customer")?.status,
    flagged: rows[0]?.needsAttention,
  };
}

async function say(shop: Shop, phone: string, text: string): Promise<string> {
  const res = await shop.send(phone, text);
  assert.equal(res.status, 200);
  return shop.parse(await res.text()).map((m) => m.body).join("\n");
}

async function cartOf(shop: Shop, phone: string) {
  const rows = await shop.sql`
    select ci.product_id, ci.quantity
    from cart_items ci join carts c on c.id = ci.cart_id join customers u on u.id = c.customer_id
    where u.phone = ${phone} and c.status = 'open'`;
  return rows.map((r) => [r.productId, r.quantity]);
}

Deno.test("Gemini answering 503 after its retries: the offline model answers a signed webhook, and the step says so", async () => {
  await using gemini = await FakeGemini.start();
  await using shop = await whatsappShop({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
  });
  gemini.fallback({ error: 503 });
  const phone = "+34600000071";
  const reply = await say(shop, phone, "ponme 2 termos porfa");
  assert.match(reply, /Añadido: 2 × \*Termo de acero 500 ml\*/);
  assert.deepEqual(await cartOf(shop, phone), [[12, 2]]);
  assert.ok(gemini.requests.length >= 2, "Gemini was tried, and retried");
  assert.ok(gemini.requests.every((r) => r.status === 503));
  const turn = await turnOf(shop, phone);
  assert.equal(turn.status, "done");
  assert.equal(turn.flagged, false);
  assert.ok(turn.models.length >= 2, "a search, the add and the answer");
  assert.ok(turn.models.every((m) => m === "offline"), JSON.stringify(turn.models));
  const [{ id }] = await shop.sql`
    select v.id from conversations v join customers c on c.id = v.customer_id
    where c.phone = ${phone}`;
  const res = await shop.json("GET", `/api/admin/conversations/${id}`, undefined, { admin: true });
  const thread = await res.json() as { messages: { kind: string; model: string | null }[] };
  assert.deepEqual(
    [...new Set(thread.messages.filter((m) => m.kind === "model").map((m) => m.model))],
    ["offline"],
    "staff see which model answered",
  );
});

Deno.test("a step Gemini answers records Gemini's model", async () => {
  await using gemini = await FakeGemini.start();
  await using shop = await whatsappShop({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
  });
  gemini.script({ text: "¡Hola! ¿Qué buscas?" });
  assert.equal(await say(shop, "+34600000072", "hola"), "¡Hola! ¿Qué buscas?");
  assert.deepEqual((await turnOf(shop, "+34600000072")).models, ["gemini-3.8-flash"]);
});

Deno.test("MODEL_FALLBACK=apology: no offline answer while Gemini is down; the customer is told once the answer is coming", async () => {
  await using gemini = await FakeGemini.start();
  await using shop = await whatsappShop({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
    MODEL_FALLBACK: "apology",
  });
  shop.outbox.start();
  gemini.fallback({ error: 503 });
  const phone = "+34600000073";
  assert.equal(await say(shop, phone, "ponme 2 termos"), "", "nothing inline");
  const [notice] = await shop.twilio.waitForMessages(1);
  assert.equal(notice.body, waitNotice("es"));
  assert.deepEqual(await cartOf(shop, phone), []);
  const turn = await turnOf(shop, phone);
  assert.deepEqual([turn.status, turn.models], ["queued", []]);
});

Deno.test("when the offline model does not understand either, the apology goes out in the customer's language and staff are told", async () => {
  await using gemini = await FakeGemini.start();
  const model = new FallbackModel(
    new GeminiModel({
      apiKey: "test-key",
      model: "gemini-3.8-flash",
      baseUrl: gemini.url,
      attempts: 2,
      backoffMs: 5,
    }),
    new OfflineModel({ storeName: "Mi Tienda" }),
  );
  await using shop = await whatsappShop({}, { model });
  gemini.fallback({ error: 503 });
  const phone = "+5511900000074";
  assert.match(
    await say(shop, phone, "vc sabe quem ganhou o jogo ontem?"),
    /^Desculpe, agora não consigo responder/,
  );
  const turn = await turnOf(shop, phone);
  assert.deepEqual([turn.status, turn.flagged, turn.models], ["failed", true, []]);
});

Deno.test("Gemini asked for a note for the courier and then went down: the offline model saves the customer's answer as the note", async () => {
  await using gemini = await FakeGemini.start();
  await using shop = await whatsappShop({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
  });
  const phone = "+5511900000073";
  gemini.script({ text: "Anotado o endereço! Alguma observação para a entrega?" });
  await say(shop, phone, "Rua Haddock Lobo, 595, São Paulo");
  gemini.fallback({ error: 503 });
  const reply = await say(shop, phone, "entrega na portaria, o porteiro recebe");
  assert.match(reply, /^Dados salvos/);
  const calls = await shop.sql`
    select m.parts from messages m join conversations v on v.id = m.conversation_id
    join customers c on c.id = v.customer_id
    where c.phone = ${phone} and m.kind = 'model' and m.model = 'offline'`;
  const saved = calls.flatMap((r) => r.parts as { functionCall?: { name: string; args: object } }[])
    .find((p) => p.functionCall?.name === "save_customer_details");
  assert.deepEqual(saved?.functionCall?.args, { notes: "entrega na portaria, o porteiro recebe" });
});

Deno.test("Gemini listed products on one line and then went down: «dame dos del segundo» adds the second, «me quedo con el molido» the first", async () => {
  await using gemini = await FakeGemini.start();
  await using shop = await whatsappShop({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
  });
  const phone = "+34600000074";
  gemini.script({
    text: "Tenemos: - *Café molido 250 g* (producto 1): 6,50 € - *Café en grano 1 kg* " +
      "(producto 2): 18,90 € - *Cápsulas de café (20 uds.)* (producto 3): 5,20 €",
  });
  await say(shop, phone, "qué cafés tenéis");
  gemini.fallback({ error: 503 });
  assert.match(
    await say(shop, phone, "dame dos del segundo"),
    /Añadido: 2 × \*Café en grano 1 kg\*/,
  );
  await say(shop, phone, "y me quedo con el molido también");
  assert.deepEqual((await cartOf(shop, phone)).sort(), [[1, 1], [2, 2]]);
});
