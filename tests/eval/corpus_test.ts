import assert from "node:assert/strict";
import { corpus } from "./corpus.ts";
import {
  cartAfter,
  Case,
  expectedCalls,
  type Intent,
  Lang,
  SIZED_PRODUCTS,
  type ToolName,
} from "./schema.ts";

/** The tools a case of each intent may expect; `answer` when answering only is right too. */
const INTENT_TOOLS: Record<Intent, { tools: ToolName[]; answer?: "asks" | "yes" }> = {
  // A swap («swap that for a small», «scrap the chamomile and add a matcha») takes a line out
  // and puts one in, so the cart intents may also make the other cart change.
  add: { tools: ["add_to_cart", "view_cart", "remove_from_cart"], answer: "asks" },
  set_quantity: { tools: ["set_cart_quantity", "add_to_cart"] },
  remove: { tools: ["remove_from_cart", "add_to_cart"] },
  view_cart: { tools: ["view_cart"] },
  search: { tools: [], answer: "yes" },
  product_info: { tools: [], answer: "yes" },
  shop_info: { tools: ["shop_info"] },
  quote: { tools: ["review_order"] },
  place: { tools: ["place_order", "review_order"], answer: "yes" },
  // An order that has shipped can no longer be cancelled: the agent says so (checked below).
  cancel: { tools: ["cancel_order"], answer: "yes" },
  payment_link: { tools: ["payment_link"] },
  order_status: { tools: ["order_status"] },
  handoff: { tools: ["request_human"] },
  opt_out: { tools: ["marketing_consent"] },
  opt_in: { tools: ["marketing_consent"] },
  back_in_stock: { tools: ["notify_back_in_stock"], answer: "yes" },
  details: { tools: ["save_customer_details"] },
  smalltalk: { tools: [], answer: "yes" },
  out_of_scope: { tools: [], answer: "yes" },
  injection: { tools: [], answer: "yes" },
};

const words = (s: string) =>
  s.normalize("NFC").toLowerCase().split(/[\s,.;:!?()]+/).filter((w) => w.length > 0);

Deno.test("every case matches the schema of the agent's tools", () => {
  const failures = corpus.flatMap((c, i) => {
    const parsed = Case.safeParse(c);
    return parsed.success ? [] : [`${c.id ?? `#${i}`}: ${parsed.error.message}`];
  });
  assert.deepEqual(failures, []);
});

Deno.test("ids are unique and start with the case's language and intent", () => {
  const seen = new Set<string>();
  for (const c of corpus) {
    assert.ok(!seen.has(c.id), `${c.id} is used twice`);
    seen.add(c.id);
    assert.ok(c.id.startsWith(`${c.lang}-${c.intent}-`), `${c.id} is not ${c.lang}/${c.intent}`);
  }
});

Deno.test("no message is written twice in the same language and context", () => {
  const seen = new Map<string, string>();
  for (const c of corpus) {
    const key = JSON.stringify([c.lang, words(c.text), c.context ?? null]);
    assert.ok(!seen.has(key), `${c.id} repeats ${seen.get(key)}`);
    seen.set(key, c.id);
  }
});

Deno.test("each intent expects only the tools that carry it out", () => {
  for (const c of corpus) {
    const allowed = INTENT_TOOLS[c.intent];
    if ("answerOnly" in c.expect) {
      assert.ok(allowed.answer, `${c.id}: intent ${c.intent} must call a tool`);
      if (allowed.answer === "asks") assert.ok(c.expect.asks, `${c.id} must ask`);
      continue;
    }
    for (const call of expectedCalls(c.expect)) {
      assert.ok(allowed.tools.includes(call.tool), `${c.id}: ${call.tool} is not ${c.intent}`);
      if (call.tool === "marketing_consent") {
        assert.equal(call.args.consent, c.intent === "opt_in", `${c.id}: consent`);
      }
    }
  }
});

Deno.test("a size is named exactly for the T-shirt and the hoodie", () => {
  for (const c of corpus) {
    const lines = [
      ...(c.context?.cart ?? []),
      ...expectedCalls(c.expect).flatMap((call) => call.tool === "add_to_cart" ? [call.args] : []),
    ];
    for (const line of lines) {
      const sized = SIZED_PRODUCTS.includes(line.product_id);
      assert.equal(line.size !== undefined, sized, `${c.id}: product ${line.product_id} size`);
    }
  }
});

Deno.test("cart changes apply to the case's cart and stay within 1..99 per line", () => {
  for (const c of corpus) {
    const calls = expectedCalls(c.expect);
    const changes = calls.some((call) =>
      call.tool === "set_cart_quantity" || call.tool === "remove_from_cart"
    );
    if (changes) assert.ok(c.context?.cart, `${c.id} changes a cart it does not have`);
    let after: ReturnType<typeof cartAfter> = [];
    assert.doesNotThrow(() => {
      after = cartAfter(c.context?.cart ?? [], calls);
    }, `${c.id}`);
    for (const line of after) assert.ok(line.quantity <= 99, `${c.id}: ${line.quantity}`);
  }
});

Deno.test("orders are placed only from the quote the customer was shown", () => {
  for (const c of corpus) {
    for (const call of expectedCalls(c.expect)) {
      if (call.tool !== "place_order") continue;
      assert.equal(call.args.quote_id, c.context?.last_quote?.quote_id, c.id);
    }
  }
});

Deno.test("order tools name only orders the customer has", () => {
  for (const c of corpus) {
    for (const call of expectedCalls(c.expect)) {
      if (
        call.tool !== "cancel_order" && call.tool !== "payment_link" &&
        call.tool !== "order_status"
      ) continue;
      const orders = c.context?.orders ?? [];
      assert.ok(orders.length > 0, `${c.id}: ${call.tool} without orders`);
      const wanted = call.args.order_number;
      if (wanted !== undefined) {
        assert.ok(orders.some((o) => o.number === wanted), `${c.id}: order ${wanted}`);
      }
    }
  }
});

Deno.test("a cancellation is only answered when no order of the case can be cancelled", () => {
  for (const c of corpus) {
    if (c.intent !== "cancel" || !("answerOnly" in c.expect)) continue;
    const open = (c.context?.orders ?? []).filter((o) =>
      o.status === "pending" || o.status === "paid"
    );
    assert.deepEqual(open, [], `${c.id} has an order that can be cancelled`);
  }
});

Deno.test("back-in-stock alerts are asked only for sold-out products", () => {
  for (const c of corpus) {
    for (const call of expectedCalls(c.expect)) {
      if (call.tool !== "notify_back_in_stock") continue;
      assert.ok(c.context?.sold_out?.includes(call.args.product_id), c.id);
    }
  }
});

Deno.test("customer details are copied from the message, word for word", () => {
  for (const c of corpus) {
    const said = new Set(words(c.text));
    for (const call of expectedCalls(c.expect)) {
      if (call.tool !== "save_customer_details") continue;
      for (const value of Object.values(call.args)) {
        for (const w of words(value)) assert.ok(said.has(w), `${c.id}: "${w}" is not in the text`);
      }
    }
  }
});

Deno.test("the corpus has at least 360 cases, about a third in each language", () => {
  assert.ok(corpus.length >= 360, `${corpus.length} cases`);
  for (const lang of Lang.options) {
    const n = corpus.filter((c) => c.lang === lang).length;
    assert.ok(n >= 100, `${lang}: ${n}`);
    assert.ok(n / corpus.length > 0.28 && n / corpus.length < 0.38, `${lang}: ${n}`);
  }
});

Deno.test("at least a quarter is held out, in every language and every intent", () => {
  const held = corpus.filter((c) => c.heldOut);
  assert.ok(held.length / corpus.length >= 0.25, `${held.length} of ${corpus.length}`);
  for (const lang of Lang.options) {
    const all = corpus.filter((c) => c.lang === lang);
    const n = all.filter((c) => c.heldOut).length;
    assert.ok(n / all.length >= 0.25, `${lang}: ${n} of ${all.length} held out`);
  }
  for (const intent of Object.keys(INTENT_TOOLS) as Intent[]) {
    assert.ok(held.some((c) => c.intent === intent), `no held-out ${intent}`);
    assert.ok(corpus.some((c) => c.intent === intent && !c.heldOut), `no tuning ${intent}`);
  }
});

Deno.test("no held-out message repeats a tuning message", () => {
  const tuning = new Set(corpus.filter((c) => !c.heldOut).map((c) => words(c.text).join(" ")));
  for (const c of corpus.filter((c) => c.heldOut)) {
    assert.ok(!tuning.has(words(c.text).join(" ")), `${c.id} is also a tuning message`);
  }
});
