import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { ask } from "../../src/chat/ask.ts";
import { saveCustomerDetails } from "../../src/customers/details.ts";
import { FakeGemini, type RecordedRequest } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";

type Json = Record<string, unknown>;

const PHONE = "+34600000021";

function lastResponses(req: RecordedRequest): Json[] {
  return (req.body.contents?.at(-1)?.parts ?? []).map((p) => p.functionResponse?.response as Json);
}

async function shopWithModel() {
  const fake = await FakeGemini.start();
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: fake.url,
  });
  const shop = await testApp({}, { model });
  const close = shop[Symbol.asyncDispose];
  return Object.assign(shop, {
    fake,
    orders: async () => (await shop.sql`select count(*)::int as n from orders`)[0].n as number,
    [Symbol.asyncDispose]: async () => {
      await close();
      await fake.close();
    },
  });
}

/** A customer with 2 × product 1 in the cart and a name, ready to buy. */
async function readyToBuy(shop: Awaited<ReturnType<typeof shopWithModel>>) {
  shop.fake.script(
    { calls: [{ name: "add_to_cart", args: { product_id: 1, quantity: 2 } }] },
    { text: "Añadido." },
  );
  await ask(shop.inbox, PHONE, "quiero 2 del producto 1");
  const [{ id }] = await shop.sql`select id from customers where phone = ${PHONE}`;
  await saveCustomerDetails(shop.sql, id, { name: "Ana García" });
  return id as number;
}

/** The model quotes in this turn; the quote id comes back to the test. */
function quoteStep(args: Json, onQuote: (quote: Json) => void, text = "¿Confirmo?") {
  return [
    { calls: [{ name: "review_order", args }] },
    (req: RecordedRequest) => {
      onQuote(lastResponses(req)[0]);
      return { text };
    },
  ];
}

Deno.test("a question about payment never places an order, even when the model tries in the same turn", async () => {
  await using shop = await shopWithModel();
  await readyToBuy(shop);
  shop.fake.script(
    { calls: [{ name: "review_order", args: { fulfilment: "pickup", payment: "cash" } }] },
    (req) => ({
      calls: [{ name: "place_order", args: { quote_id: String(lastResponses(req)[0].quote_id) } }],
    }),
    (req) => {
      const refused = lastResponses(req)[0].error as Json;
      assert.equal(refused.code, "quote_unconfirmed");
      return { text: "Sí, se puede pagar en efectivo al recoger." };
    },
  );
  const reply = await ask(shop.inbox, PHONE, "¿puedo pagar en efectivo cuando llegue?");
  assert.equal(reply.messages[0].body, "Sí, se puede pagar en efectivo al recoger.");
  assert.equal(await shop.orders(), 0);
  const [{ stock }] = await shop.sql`select stock from products where id = 1`;
  assert.equal(stock, 50);
});

Deno.test("place_order needs a quote of this customer: an invented id, or none, places nothing", async () => {
  await using shop = await shopWithModel();
  await readyToBuy(shop);
  shop.fake.script(
    {
      calls: [
        { name: "place_order", args: { quote_id: "q-7f3a" } },
        { name: "place_order", args: { quote_id: "5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b" } },
        { name: "place_order", args: {} },
      ],
    },
    (req) => {
      assert.deepEqual(
        lastResponses(req).map((r) => (r.error as Json).code),
        ["quote_invalid", "quote_invalid", "invalid_arguments"],
      );
      return { text: "Primero te enseño el total." };
    },
  );
  await ask(shop.inbox, PHONE, "sí, hazlo ya");
  assert.equal(await shop.orders(), 0);
});

Deno.test("two place_order calls for one quote give one order", async () => {
  await using shop = await shopWithModel();
  await readyToBuy(shop);
  let quote: Json = {};
  shop.fake.script(...quoteStep({ fulfilment: "pickup", payment: "cash" }, (q) => quote = q));
  await ask(shop.inbox, PHONE, "quiero pagar, lo recojo y pago en efectivo");
  assert.equal(quote.total, "13,00\u00a0€");
  shop.fake.script(
    () => ({
      calls: [
        { name: "place_order", args: { quote_id: String(quote.quote_id) } },
        { name: "place_order", args: { quote_id: String(quote.quote_id) } },
      ],
    }),
    (req) => {
      const [a, b] = lastResponses(req);
      assert.equal(a.placed, true);
      assert.equal(b.already_placed, true);
      assert.equal((a.order as Json).order_number, (b.order as Json).order_number);
      return { text: "Pedido hecho." };
    },
    () => ({ calls: [{ name: "place_order", args: { quote_id: String(quote.quote_id) } }] }),
    { text: "Ya estaba hecho." },
  );
  await ask(shop.inbox, PHONE, "sí");
  await ask(shop.inbox, PHONE, "sí, confírmalo");
  assert.equal(await shop.orders(), 1);
  const [{ stock }] = await shop.sql`select stock from products where id = 1`;
  assert.equal(stock, 48);
});

Deno.test("a price changed between quote and place places nothing and brings back the fresh quote", async () => {
  await using shop = await shopWithModel();
  await readyToBuy(shop);
  let quote: Json = {};
  shop.fake.script(...quoteStep({ fulfilment: "pickup", payment: "cash" }, (q) => quote = q));
  await ask(shop.inbox, PHONE, "lo recojo y pago en efectivo, ¿cuánto es?");
  await shop.json("PATCH", "/api/products/1", { price_minor: 700 }, { admin: true });

  let fresh: Json = {};
  shop.fake.script(
    () => ({ calls: [{ name: "place_order", args: { quote_id: String(quote.quote_id) } }] }),
    (req) => {
      const [r] = lastResponses(req);
      assert.equal(r.placed, false);
      assert.equal((r.error as Json).code, "quote_changed");
      assert.match(String((r.error as Json).message), /now costs €7\.00 \(was €6\.50\)/);
      fresh = r.quote as Json;
      return { text: "El precio ha cambiado: ahora son 14,00 €. ¿Confirmo?" };
    },
  );
  await ask(shop.inbox, PHONE, "sí");
  assert.equal(await shop.orders(), 0);
  assert.equal(fresh.total, "14,00\u00a0€");
  assert.notEqual(fresh.quote_id, quote.quote_id);

  shop.fake.script(
    () => ({ calls: [{ name: "place_order", args: { quote_id: String(fresh.quote_id) } }] }),
    { text: "Hecho." },
  );
  await ask(shop.inbox, PHONE, "vale, sí");
  const [order] = await shop.sql`select total_minor, status from orders`;
  assert.deepEqual({ ...order }, { totalMinor: 1400, status: "confirmed" });
});

Deno.test("a quote left too long expires and is quoted again instead of placed", async () => {
  await using shop = await shopWithModel();
  await readyToBuy(shop);
  let quote: Json = {};
  shop.fake.script(...quoteStep({ fulfilment: "pickup", payment: "cash" }, (q) => quote = q));
  await ask(shop.inbox, PHONE, "lo recojo y pago en efectivo");
  await shop.sql`update quotes set expires_at = now() - interval '1 minute'`;
  shop.fake.script(
    () => ({ calls: [{ name: "place_order", args: { quote_id: String(quote.quote_id) } }] }),
    (req) => {
      assert.match(String((lastResponses(req)[0].error as Json).message), /the quote expired/);
      return { text: "Te lo confirmo de nuevo: 13,00 €." };
    },
  );
  await ask(shop.inbox, PHONE, "sí");
  assert.equal(await shop.orders(), 0);
});

Deno.test("delivery outside the area is a problem in the quote, with no quote id to place", async () => {
  await using shop = await shopWithModel();
  const id = await readyToBuy(shop);
  await shop.json("PATCH", "/api/admin/settings", {
    delivery_enabled: true,
    delivery_postal_prefixes: ["280"],
  }, { admin: true });
  await saveCustomerDetails(shop.sql, id, {
    street: "Carrer de Mallorca 401",
    city: "Barcelona",
    postal_code: "08013",
  });
  let quote: Json = {};
  shop.fake.script(...quoteStep({ fulfilment: "delivery", payment: "cash" }, (q) => quote = q));
  await ask(shop.inbox, PHONE, "envíamelo a casa");
  assert.equal(quote.quote_id, null);
  assert.deepEqual((quote.problems as Json[]).map((p) => p.code), ["outside_delivery_area"]);
  assert.deepEqual((quote.saved_addresses as Json[]).map((a) => a.address), [
    "Carrer de Mallorca 401, 08013 Barcelona",
  ]);
});

Deno.test("the model cannot send a fee or a total, nor use another customer's address", async () => {
  await using shop = await shopWithModel();
  const me = await readyToBuy(shop);
  const [{ id: other }] = await shop.sql`
    insert into customers (phone) values ('+34600000099') returning id`;
  const theirs = await saveCustomerDetails(shop.sql, other, {
    street: "Calle Secreta 1",
    city: "Madrid",
    postal_code: "28001",
  });
  shop.fake.script(
    {
      calls: [
        { name: "review_order", args: { fulfilment: "pickup", fee_minor: 0 } },
        { name: "review_order", args: { payment: "cash", total_minor: 1 } },
        { name: "place_order", args: { quote_id: "x", total_minor: 1 } },
        { name: "save_customer_details", args: { address_id: theirs.address!.id } },
        { name: "save_customer_details", args: { name: "Ana", customer_id: other } },
      ],
    },
    (req) => {
      assert.deepEqual(lastResponses(req).map((r) => (r.error as Json).code), [
        "invalid_arguments",
        "invalid_arguments",
        "invalid_arguments",
        "not_found",
        "invalid_arguments",
      ]);
      return { text: "No puedo hacer eso." };
    },
  );
  await ask(shop.inbox, PHONE, "pon el envío gratis y usa la dirección de mi vecino");
  const [mine] = await shop.sql`select address_id, full_name from customers where id = ${me}`;
  assert.deepEqual({ ...mine }, { addressId: null, fullName: "Ana García" });
  assert.equal((await shop.sql`select count(*)::int as n from quotes`)[0].n, 0);
});
