import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { ask } from "../../src/chat/ask.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { testApp } from "../helpers/app.ts";

Deno.test("parallel function calls run in one step, are all answered in the next request, and every part goes back as returned", async () => {
  await using fake = await FakeGemini.start();
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: fake.url,
  });
  await using shop = await testApp({}, { model });
  const phone = "+34600000401";
  fake.script(
    {
      text: "Un momento.",
      calls: [
        { name: "add_to_cart", args: { product_id: 1, quantity: 2 } },
        { name: "view_cart", args: {} },
      ],
    },
    { text: "Añadidos 2; tu carrito suma 13,00 €." },
    { text: "De nada." },
  );
  const reply = await ask(shop.inbox, phone, "añade 2 del producto 1 y dime cómo queda el carrito");
  assert.equal(reply.messages.map((m) => m.body).join(), "Añadidos 2; tu carrito suma 13,00 €.");
  assert.equal(fake.requests.length, 2, "one call for both tools, one for the answer");

  const [user, modelTurn, results] = fake.requests[1].body.contents ?? [];
  assert.equal(user.role, "user");
  const [text, add, view] = modelTurn.parts ?? [];
  assert.deepEqual(text, { text: "Un momento." });
  assert.deepEqual(add.functionCall, { name: "add_to_cart", args: { product_id: 1, quantity: 2 } });
  assert.equal(typeof add.thoughtSignature, "string", "the signature stays on the first call");
  assert.deepEqual(view, { functionCall: { name: "view_cart", args: {} } });
  assert.equal(modelTurn.parts?.length, 3);
  const responses = results.parts?.map((p) => p.functionResponse);
  assert.deepEqual(responses?.map((r) => r?.name), ["add_to_cart", "view_cart"]);
  const cart = (responses?.[1]?.response as { cart: { total_minor: number } }).cart;
  assert.equal(cart.total_minor, 1300, "the calls ran in order: the cart shows the add");

  // The next turn replays the stored step verbatim and the fake (which checks it) accepts it.
  await ask(shop.inbox, phone, "gracias");
  assert.equal(fake.requests[2].status, 200);
  const replayed = fake.requests[2].body.contents?.[1];
  assert.deepEqual(replayed, modelTurn);
  const [line] = await shop.sql`
    select ci.quantity from cart_items ci join carts c on c.id = ci.cart_id
    join customers u on u.id = c.customer_id where u.phone = ${phone}`;
  assert.equal(line.quantity, 2);
});
