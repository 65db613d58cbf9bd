import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { ask } from "../../src/chat/ask.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";

type Shop = Awaited<ReturnType<typeof testApp>>;

function fastModel(fake: FakeGemini, options: { attempts?: number; timeoutMs?: number } = {}) {
  return new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: fake.url,
    backoffMs: 5,
    attempts: options.attempts ?? 3,
    timeoutMs: options.timeoutMs ?? 5000,
  });
}

async function customerMessage(shop: Shop, phone: string) {
  const [row] = await shop.sql`
    select m.status, m.error, v.needs_attention
    from messages m join conversations v on v.id = m.conversation_id
    join customers c on c.id = v.customer_id
    where c.phone = ${phone} and m.kind = 'customer'
    order by m.id desc limit 1`;
  return { ...row };
}

const replyText = (r: { messages: { body: string }[] }) => r.messages.map((m) => m.body).join("\n");

Deno.test("configured by GEMINI_BASE_URL, the SDK sends every tool and the system instruction", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.url,
    STORE_NAME: "Café Lola",
  });
  fake.script({ text: "¡Hola! ¿En qué puedo ayudarte?" });
  const reply = await ask(shop.inbox, "+34600000001", "Hola");
  assert.equal(replyText(reply), "¡Hola! ¿En qué puedo ayudarte?");
  const [req] = fake.requests;
  assert.equal(req.status, 200);
  assert.equal(req.model, "gemini-3.8-flash");
  assert.equal(req.apiKey, "test-key");
  const names = req.body.tools?.[0].functionDeclarations?.map((d) => d.name);
  assert.deepEqual(names, [
    "search_products",
    "get_product",
    "add_to_cart",
    "set_cart_quantity",
    "remove_from_cart",
    "view_cart",
    "shop_info",
    "save_customer_details",
    "review_order",
    "place_order",
    "cancel_order",
    "payment_link",
    "order_status",
    "request_human",
    "marketing_consent",
    "notify_back_in_stock",
  ]);
  const addToCart = req.body.tools?.[0].functionDeclarations?.[2] as Record<string, unknown>;
  assert.deepEqual(addToCart.parametersJsonSchema, {
    type: "object",
    properties: {
      product_id: {
        type: "integer",
        minimum: 1,
        maximum: 2147483647,
        description: "The product's id",
      },
      quantity: { type: "integer", minimum: 1, maximum: 99 },
      size: {
        type: "string",
        maxLength: 40,
        description: "For a product with options (sizes, colours): the one the customer chose, " +
          "e.g. 'M'. When they have not said, ask them, offering the variants in stock",
      },
      variant_id: {
        type: "integer",
        minimum: 1,
        maximum: 2147483647,
        description: "A variant_id from search_products/get_product",
      },
    },
    required: ["product_id", "quantity"],
    additionalProperties: false,
  });
  assert.match(req.body.systemInstruction?.parts?.[0].text ?? "", /sales assistant of Café Lola/);
  assert.deepEqual(req.body.contents, [{ role: "user", parts: [{ text: "Hola" }] }]);
});

Deno.test("tool calls change the cart, and history goes back verbatim, signatures included", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({}, { model: fastModel(fake) });
  const phone = "+34600000002";
  fake.script(
    { calls: [{ name: "add_to_cart", args: { product_id: 1, quantity: 2 } }] },
    { text: "Añadidos 2 cafés." },
    { calls: [{ name: "set_cart_quantity", args: { product_id: 1, quantity: 3 } }] },
    { text: "Ahora tienes 3." },
  );
  assert.equal(
    replyText(await ask(shop.inbox, phone, "Quiero 2 del producto 1")),
    "Añadidos 2 cafés.",
  );
  assert.equal(replyText(await ask(shop.inbox, phone, "mejor 3 en vez de 2")), "Ahora tienes 3.");
  assert.ok(fake.requests.every((r) => r.status === 200), "the fake accepted every replay");

  const last = fake.requests[3].body.contents ?? [];
  assert.deepEqual(last.map((c) => c.role), [
    "user",
    "model",
    "user",
    "model",
    "user",
    "model",
    "user",
  ]);
  const firstCall = fake.requests[0].body.contents;
  assert.deepEqual(firstCall, [{ role: "user", parts: [{ text: "Quiero 2 del producto 1" }] }]);
  const replayed = last[1].parts?.[0];
  assert.deepEqual(replayed?.functionCall, {
    name: "add_to_cart",
    args: { product_id: 1, quantity: 2 },
  });
  assert.equal(typeof replayed?.thoughtSignature, "string");
  const result = last[2].parts?.[0].functionResponse;
  assert.equal(result?.name, "add_to_cart");
  const cart = (result?.response as { cart: { total_minor: number; items: unknown[] } }).cart;
  assert.equal(cart.total_minor, 1300);

  const [line] = await shop.sql`
    select ci.quantity from cart_items ci join carts c on c.id = ci.cart_id
    join customers u on u.id = c.customer_id where u.phone = ${phone} and ci.product_id = 1`;
  assert.equal(line.quantity, 3);
  const steps = await shop.sql`
    select kind, input_tokens > 0 as counted from messages m
    join conversations v on v.id = m.conversation_id join customers c on c.id = v.customer_id
    where c.phone = ${phone} order by m.turn_id, m.id`;
  assert.deepEqual(steps.map((s) => s.kind), [
    "customer",
    "model",
    "tool",
    "model",
    "customer",
    "model",
    "tool",
    "model",
  ]);
  assert.ok(steps.filter((s) => s.kind === "model").every((s) => s.counted), "tokens recorded");
});

Deno.test("invalid arguments and unknown tools are reported back to the model, nothing changes", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({}, { model: fastModel(fake) });
  fake.script(
    {
      calls: [
        { name: "add_to_cart", args: { product_id: 1, quantity: 500 } },
        { name: "add_to_cart", args: { product_id: "uno", quantity: 1 } },
        { name: "fly_to_the_moon", args: {} },
      ],
      allowUndeclared: true,
    },
    { text: "Perdona, no he podido." },
  );
  assert.equal(
    replyText(await ask(shop.inbox, "+34600000003", "añade 500")),
    "Perdona, no he podido.",
  );
  const responses = fake.requests[1].body.contents?.[2].parts?.map((p) => p.functionResponse);
  const errors = responses?.map((r) =>
    (r?.response as { error: { code: string; message: string } }).error
  );
  assert.equal(errors?.[0].code, "invalid_arguments");
  assert.match(errors?.[0].message ?? "", /quantity/);
  assert.equal(errors?.[1].code, "invalid_arguments");
  assert.equal(errors?.[2].code, "unknown_tool");
  assert.match(errors?.[2].message ?? "", /Available: search_products, get_product/);
  const [{ count }] = await shop.sql`select count(*)::int as count from cart_items`;
  assert.equal(count, 0);
});

Deno.test("a 429 is retried with backoff and the turn succeeds", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({}, { model: fastModel(fake) });
  fake.script({ error: 429 }, { error: 503 }, { text: "Aquí estoy." });
  assert.equal(replyText(await ask(shop.inbox, "+34600000004", "hola")), "Aquí estoy.");
  assert.deepEqual(fake.requests.map((r) => r.status), [429, 503, 200]);
  assert.equal((await customerMessage(shop, "+34600000004")).status, "done");
});

Deno.test("a model that keeps failing gives the apology in the customer's language and a failed record", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({}, { model: fastModel(fake) });
  fake.fallback({ error: 500 });
  const es = await ask(shop.inbox, "+34600000005", "Hola, ¿qué productos tienen?");
  assert.match(replyText(es), /^Lo siento, ahora mismo no puedo responder/);
  assert.equal(fake.requests.length, 3);
  const record = await customerMessage(shop, "+34600000005");
  assert.equal(record.status, "failed");
  assert.match(record.error, /model failed: ModelError: Gemini 500 INTERNAL/);
  assert.equal(record.needsAttention, true);
  const en = await ask(shop.inbox, "+14155550100", "Hello, what products do you have?");
  assert.match(replyText(en), /^Sorry, I can't answer right now/);
});

Deno.test("a model that hangs times out, is retried, and ends in the apology", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({}, { model: fastModel(fake, { attempts: 2, timeoutMs: 300 }) });
  fake.fallback({ hang: true });
  const reply = await ask(shop.inbox, "+34600000006", "hola");
  assert.match(replyText(reply), /^Lo siento/);
  assert.equal(fake.requests.length, 2);
  assert.match((await customerMessage(shop, "+34600000006")).error, /timed out/);
});

Deno.test("the step limit holds: a model that only calls tools gets a graceful answer", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({ AGENT_MAX_STEPS: "3" }, { model: fastModel(fake) });
  fake.fallback({ calls: [{ name: "view_cart", args: {} }] });
  const reply = await ask(shop.inbox, "+34600000007", "¿qué tengo?");
  assert.match(replyText(reply), /^Lo siento, no he podido completar eso/);
  assert.equal(fake.requests.length, 3);
  const record = await customerMessage(shop, "+34600000007");
  assert.equal(record.status, "failed");
  assert.equal(record.error, "step limit (3) reached");
});
