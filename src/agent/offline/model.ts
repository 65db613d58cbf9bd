/**
 * The offline model: deterministic and rule-based, in Spanish, English and Brazilian
 * Portuguese, used when no Gemini key is set (and when Gemini fails, see fallback.ts). Like
 * Gemini it sees only the conversation's contents and the tool declarations: it understands
 * the customer's message (understand.ts), looks products named in words up with
 * `search_products` before acting on the ids found (resolve.ts), and writes its answer from the
 * tools' results (answer.ts).
 *
 * @example
 * ```ts
 * const model = new OfflineModel({ storeName: "Mi Tienda" });
 * const r = await model.generate({ system: "", tools: [], contents: [
 *   { role: "user", parts: [{ text: "Quiero comprar 2 unidades del producto 1" }] },
 * ] });
 * // r.parts: [{ functionCall: { name: "add_to_cart", args: { product_id: 1, quantity: 2 } } }]
 * ```
 * @module
 */
import { detectLanguage, type Language } from "../language.ts";
import type { ChatModel, Content, ModelRequest, ModelResponse, Part } from "../model.ts";
import {
  cheapestText,
  describeResult,
  mediaReply,
  noOrdersText,
  notCancellableText,
  notFoundText,
  notInCartText,
  notPayableText,
  productList,
  productText,
  shortReply,
  sizeText,
  soldOutText,
  tooManyText,
  tr,
  whichOrderText,
  whichText,
} from "./answer.ts";
import { type Excluded, excluded } from "./exclude.ts";
import { covers, type Found, PACKS, rank } from "./resolve.ts";
import { normalize, stem, words } from "./text.ts";
import { vocabulary as V } from "./vocabulary.ts";
import {
  type Args,
  type Call,
  type Conversation,
  type Listed,
  type Plan,
  type Segment,
  understand,
} from "./understand.ts";

export interface OfflineModelOptions {
  storeName: string;
  /** Added before every answer, to imitate a real model's latency (benchmarks). Default 0. */
  latencyMs?: number;
}

type Json = Record<string, unknown>;

/** What `understand` could not act on: a reply, or calls to make next. */
type Step = { text: string } | { calls: Call[] };

/** A rule-based stand-in for Gemini. */
export class OfflineModel implements ChatModel {
  readonly name = "offline";

  constructor(private readonly options: OfflineModelOptions) {}

  async generate(request: ModelRequest): Promise<ModelResponse> {
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const step = this.#step(request);
    const parts: Part[] = "calls" in step
      ? step.calls.map((c) => ({ functionCall: { name: c.name, args: c.args } }))
      : [{ text: step.text }];
    return {
      parts,
      usage: {
        inputTokens: Math.ceil(textSize(request.contents) / 4),
        outputTokens: Math.ceil(textSize([{ parts }]) / 4),
      },
    };
  }

  /** Whether the offline model understands the customer's latest message. */
  understands(request: ModelRequest): boolean {
    const { written, located } = customerMessage(request.contents);
    if (located && written === "") return true;
    const plan = understand(written, conversationOf(request.contents), toolNames(request));
    return !(plan.kind === "reply" && plan.reply === "out_of_scope");
  }

  #step(request: ModelRequest): Step {
    const received = request.contents;
    const store = this.options.storeName;
    const language = languageOf(received);
    const { written, media, index, located } = customerMessage(received);
    const tools = toolNames(request);
    const conversation = conversationOf(received.slice(0, index));
    if (located && written === "") {
      return locationStep(received.slice(index + 1), conversation, language, store, tools);
    }
    if (media && written === "") return { text: mediaReply(language, media) };
    const plan = understand(written, conversation, tools);
    const excluding = plan.kind === "browse" || plan.kind === "items" ? plan.excluding : undefined;
    const contents = excluding ? withoutExcluded(received, index, excluding) : received;
    const step = this.#planStep(plan, { contents, written, tools, language, index, conversation });
    // «me das el molinillo por 25 euros?»: the refusal first, then the product as it is.
    if (plan.kind === "items" && plan.preface && "text" in step) {
      return { text: `${shortReply(plan.preface, language, store)}\n\n${step.text}` };
    }
    return step;
  }

  #planStep(plan: Plan, read: PlanInput): Step {
    const { contents, written, tools, language, index, conversation } = read;
    const store = this.options.storeName;
    const turn = contents.slice(index + 1);
    const steps = turn.filter((c) => c.role === "model").length;
    if (steps === 0) return firstStep(plan, language, store, conversation.lastProduct, tools);
    const responses = (contents.at(-1)?.parts ?? []).filter((p) => p.functionResponse);
    const saved = responses.some((p) =>
      p.functionResponse?.name === "save_customer_details" &&
      !(p.functionResponse.response as Json | undefined)?.error
    );
    if (saved && tools.has("review_order")) return { calls: [{ name: "review_order", args: {} }] };
    // «cancel it» with an empty cart reads the cart, then the orders, before it decides.
    const lookedTwice = steps === 2 && plan.kind === "cart" && plan.orderIfEmpty === true;
    if (steps === 1 || lookedTwice) {
      const next = secondStep(
        plan,
        responsesOf(turn),
        language,
        contents.slice(0, index),
        store,
        tools,
      );
      if (next) return next;
    }
    const looked = responses.length > 0 &&
      responses.every((p) => p.functionResponse?.name === "get_product");
    if (plan.kind === "items" && plan.action === "info" && steps === 2 && !looked) {
      return {
        text: `${notFoundText(language).split(".")[0]}.\n\n${compose(responses, language, store)}`,
      };
    }
    const greet = V.says("greeting", normalize(written))
      ? tr(language, "¡Hola! ", "Hi! ", "Oi! ")
      : savedBefore(contents)
      ? tr(language, "Datos guardados. ", "Details saved. ", "Dados salvos. ")
      : "";
    // A question answered by a read of an earlier step («¿hacéis envíos?» beside an add).
    const answered = responsesOf(turn).filter((r) =>
      r.name === "shop_info" && !responses.some((p) => p.functionResponse?.name === "shop_info")
    ).map((r) => describeResult(r.name, r.response, language, store));
    // «dos cafés y una taza»: the mug is in; which coffee is still to be asked.
    const pending: string[] = [];
    if (plan.kind === "items" && plan.action === "add" && steps === 2) {
      const before = contents.slice(0, index);
      resolveItems(plan, responsesOf(turn), language, before, store, tools, pending);
    }
    const asking = pending.filter((q) => q !== notFoundText(language));
    const after = plan.kind === "calls" && plan.after
      ? [shortReply(plan.after, language, store)]
      : [];
    const reply = [...after, greet + compose(responses, language, store), ...answered, ...asking];
    return { text: reply.join("\n\n") };
  }
}

/** What a step is decided from, besides the plan: the request read once. */
interface PlanInput {
  contents: Content[];
  written: string;
  tools: ReadonlySet<string>;
  language: Language;
  index: number;
  conversation: Conversation;
}

/**
 * The turn's search results without the products the customer said they do not want; when they
 * are all that was found («green tea that isn't matcha»), they are what there is, and shown.
 */
function withoutExcluded(contents: Content[], index: number, excluding: Excluded): Content[] {
  const found = contents.slice(index + 1).flatMap((c) => c.parts ?? [])
    .flatMap((p) => p.functionResponse?.name === "search_products" ? [p.functionResponse] : [])
    .flatMap((r) => Array.isArray(r.response?.products) ? r.response.products as Json[] : []);
  if (found.every((x) => excluded(x, excluding))) return contents;
  return contents.map((c, i) =>
    i <= index ? c : {
      ...c,
      parts: (c.parts ?? []).map((p) => {
        const r = p.functionResponse;
        const products = r?.name === "search_products" ? r.response?.products : undefined;
        if (!r || !Array.isArray(products)) return p;
        const kept = products.filter((x: Json) => !excluded(x, excluding));
        return { functionResponse: { ...r, response: { ...r.response, products: kept } } };
      }),
    }
  );
}

/** Whether the step before the last saved the customer's details (the quote follows it). */
function savedBefore(contents: Content[]): boolean {
  return (contents.at(-3)?.parts ?? []).some((p) =>
    p.functionResponse?.name === "save_customer_details"
  );
}

function toolNames(request: ModelRequest): Set<string> {
  return new Set(request.tools.map((t) => t.name ?? ""));
}

function firstStep(
  plan: Plan,
  language: Language,
  store: string,
  last: number | null,
  tools: ReadonlySet<string>,
): Step {
  switch (plan.kind) {
    case "reply":
      return { text: shortReply(plan.reply, language, store) };
    case "calls": {
      // «cancela mi pedido»: the orders are read first, so one that has shipped is not asked of
      // cancel_order, and the customer hears why.
      const cancel = plan.calls.length === 1 && plan.calls[0].name === "cancel_order";
      if (cancel && tools.has("order_status")) {
        return { calls: [{ name: "order_status", args: plan.calls[0].args }] };
      }
      // «manda o link do pedido novo»: the orders are read, so the link names the one to pay.
      const link = plan.calls.length === 1 && plan.calls[0].name === "payment_link" &&
        plan.calls[0].args.order_number === undefined;
      if (link && tools.has("order_status")) return { calls: [{ name: "order_status", args: {} }] };
      return { calls: plan.calls };
    }
    case "browse": {
      // The cheapest of the whole catalog: a page of results is 10 products, so ask by price too.
      const everything = plan.cheapest && Object.keys(plan.args).length === 0;
      const cheap = everything ? CHEAP_LIMITS.map((max) => ({ max_price_minor: max })) : [];
      return {
        calls: [plan.args, ...cheap].map((args) => ({ name: "search_products", args })),
      };
    }
    case "arrival":
      return { calls: [{ name: "order_status", args: {} }] };
    case "fee":
      return { calls: [{ name: "view_cart", args: {} }] };
    case "put":
    case "resize":
      return { calls: [{ name: "view_cart", args: {} }] };
    case "cart": {
      // The product just discussed, when the message names none: no need to read the cart.
      if (
        plan.action !== "clear" && !plan.times && last !== null && !plan.orderIfEmpty &&
        plan.segments.every((s) => !s.words.length && !s.category)
      ) {
        return {
          calls: [
            plan.action === "remove" || plan.quantity === 0
              ? { name: "remove_from_cart", args: { product_id: last } }
              : { name: "set_cart_quantity", args: { product_id: last, quantity: plan.quantity } },
          ],
        };
      }
      return { calls: [{ name: "view_cart", args: {} }] };
    }
    case "items": {
      const searches = searchesFor([...plan.segments, ...plan.replacing ?? []]);
      if (searches.length === 0) return { text: shortReply("which_product", language, store) };
      return { calls: [...plan.extra, ...searches] };
    }
  }
}

/** One search per meaningful word (the catalog finds products having all the words given). */
function searchesFor(segments: Segment[]): Call[] {
  const queries = new Set<string>();
  const categories = new Set<string>();
  const purposes: Call[] = [];
  for (const s of segments) {
    // «me llegó el cupón del sorteo, quiero 1 miel»: the product is often said last.
    const ws = s.words.length <= 6 ? s.words : [...s.words.slice(0, 3), ...s.words.slice(-3)];
    for (const w of ws) {
      if (w.length >= 2) queries.add(w);
    }
    if (s.category) categories.add(s.category);
    // «café para la italiana»: the coffee whose description says what it is for.
    if (s.category && s.words.length === 0) {
      for (const query of s.purpose ?? []) {
        if (!purposes.some((p) => p.args.query === query && p.args.category === s.category)) {
          purposes.push({ name: "search_products", args: { query, category: s.category } });
        }
      }
    }
  }
  return [
    ...[...queries].map((query) => ({ name: "search_products", args: { query } })),
    ...[...categories].map((category) => ({ name: "search_products", args: { category } })),
    ...purposes,
  ];
}

/** Price limits (minor units) the cheapest product of the catalog is looked for under. */
const CHEAP_LIMITS = [300, 1000, 3000];

/** The calls that change the cart; a step after one of them answers. */
const WRITES = new Set(["add_to_cart", "set_cart_quantity", "remove_from_cart"]);

/** Every function response of the turn so far, by tool. */
function responsesOf(turn: Content[]): Result[] {
  const out: Result[] = [];
  const asked: { name: string; args: Json }[] = [];
  for (const c of turn) {
    for (const p of c.parts ?? []) {
      if (p.functionCall) {
        asked.push({ name: p.functionCall.name ?? "", args: p.functionCall.args ?? {} });
      }
      if (p.functionResponse) {
        const name = p.functionResponse.name ?? "";
        const at = asked.findIndex((a) => a.name === name);
        const args = at >= 0 ? asked.splice(at, 1)[0].args : {};
        out.push({ name, args, response: (p.functionResponse.response ?? {}) as Json });
      }
    }
  }
  return out;
}

/** A tool's result in this turn, with the arguments it was called with. */
interface Result {
  name: string;
  args?: Json;
  response: Json;
}

function secondStep(
  plan: Plan,
  responses: Result[],
  language: Language,
  before: Content[],
  store: string,
  tools: ReadonlySet<string>,
): Step | null {
  if (plan.kind === "fee" && !responses.some((r) => r.name !== "view_cart")) {
    return cartLines(responses).length > 0
      ? { calls: [{ name: "review_order", args: plan.choice }] }
      : { calls: [{ name: "shop_info", args: { topic: "delivery" } }] };
  }
  if (plan.kind === "arrival") {
    const orders = responses.find((r) => r.name === "order_status")?.response.orders as
      | unknown[]
      | undefined;
    if (!orders || orders.length === 0) {
      return { calls: [{ name: "shop_info", args: { topic: "delivery" } }] };
    }
    return null;
  }
  if (
    plan.kind === "calls" && plan.calls[0]?.name === "payment_link" &&
    responses.some((r) => r.name === "order_status") &&
    !responses.some((r) => r.name === "payment_link")
  ) {
    const orders = (responses.find((r) => r.name === "order_status")?.response.orders ??
      []) as Json[];
    const awaiting = orders.filter((o) => o.status === "awaiting_payment");
    // Nothing awaits payment: the one order's state says so, and no link is asked for.
    if (awaiting.length === 0 && orders.length === 1) {
      const [o] = orders;
      const cash = o.payment_method === "cash";
      return { text: notPayableText(Number(o.order_number), String(o.status), cash, language) };
    }
    const args = awaiting.length === 1 ? { order_number: awaiting[0].order_number } : {};
    return { calls: [{ name: "payment_link", args }] };
  }
  if (
    plan.kind === "calls" && plan.calls[0]?.name === "cancel_order" &&
    responses.some((r) => r.name === "order_status") &&
    !responses.some((r) => r.name === "cancel_order")
  ) {
    return cancelAfterLooking(plan.calls[0], responses, language, store, plan.pick);
  }
  if (plan.kind === "put") {
    const inCart = cartLines(responses).some((l) => l.id === plan.productId);
    const args = { product_id: plan.productId, quantity: plan.quantity };
    return { calls: [{ name: inCart ? "set_cart_quantity" : "add_to_cart", args }] };
  }
  if (plan.kind === "resize") return resizeLine(plan, responses, language);
  if (plan.kind === "browse" && plan.cheapest) {
    const seen = new Set<unknown>();
    const products = responses.filter((r) => r.name === "search_products")
      .flatMap((r) => (r.response.products ?? []) as Json[])
      .filter((p) => !seen.has(p.id) && seen.add(p.id));
    return { text: cheapestText(products, language) };
  }
  const read = (name: string) => responses.some((r) => r.name === name);
  const wrote = responses.some((r) => tools.has(r.name) && WRITES.has(r.name));
  if (plan.kind === "items" && read("search_products") && !wrote) {
    return resolveItems(plan, responses, language, before, store, tools);
  }
  // «cancel it» with nothing in the cart: the orders, read, say which one (or why none).
  if (plan.kind === "cart" && plan.orderIfEmpty && read("order_status")) {
    return read("cancel_order")
      ? null
      : cancelAfterLooking({ name: "cancel_order", args: {} }, responses, language, store);
  }
  if (plan.kind === "cart" && read("view_cart") && !wrote) {
    return resolveCartChange(plan, responses, language, before, tools);
  }
  return null;
}

/**
 * «la sudadera cámbiamela a L»: the one line of the garment named (or the only garment) in the
 * cart comes out and the same quantity goes in, in the size asked for.
 */
function resizeLine(
  plan: Extract<Plan, { kind: "resize" }>,
  responses: Result[],
  language: Language,
): Step {
  const sized = cartLines(responses).filter((l) => l.of !== undefined);
  const named = rank(plan.words, sized);
  const lines = named.length > 0 ? named : sized;
  if (lines.length !== 1) {
    return { text: lines.length === 0 ? notInCartText(language) : whichText(lines, language) };
  }
  const [line] = lines;
  const current = /\s[—-]\s*(\S+)$/.exec(line.name)?.[1];
  return {
    calls: [
      {
        name: "remove_from_cart",
        args: { product_id: line.of, ...(current ? { size: current } : {}) },
      },
      {
        name: "add_to_cart",
        args: { product_id: line.of, quantity: line.quantity, size: plan.size },
      },
    ],
  };
}

/** The cancellation asked for, once the customer's orders are read: made, or why not. */
function cancelAfterLooking(
  cancel: Call,
  responses: Result[],
  language: Language,
  store: string,
  pick?: "newest" | "oldest" | "second",
): Step | null {
  const read = responses.find((r) => r.name === "order_status")?.response ?? {};
  if (read.error) return { calls: [cancel] };
  const orders = (read.orders ?? []) as Json[];
  if (orders.length === 0) return { text: noOrdersText(language) };
  const wanted = cancel.args.order_number;
  const open = orders.filter((o) => o.can_cancel === true);
  // «cancel the last one»: the newest open order; «the first one»: the oldest; «the second»:
  // the second placed.
  const byNumber = [...open].sort((a, b) => Number(a.order_number) - Number(b.order_number));
  const at = { newest: byNumber.length - 1, oldest: 0, second: 1 };
  const picked = pick && byNumber.length > 1 ? byNumber[at[pick]] : undefined;
  const target = wanted === undefined
    ? open.length === 1 ? open[0] : picked ?? null
    : orders.find((o) => o.order_number === wanted) ?? null;
  if (wanted !== undefined && target === null) return { calls: [cancel] };
  if (target?.can_cancel === true) {
    return { calls: [{ ...cancel, args: { order_number: target.order_number } }] };
  }
  if (target) return { text: notCancellableText(target, language, store) };
  if (open.length > 1) return { text: whichOrderText(open, language) };
  return { text: notCancellableText(orders[0], language, store) };
}

function foundProducts(responses: { name: string; response: Json }[]): Found[] {
  return responses.filter((r) => r.name === "search_products").flatMap((r) =>
    (r.response.products ?? []) as Found[]
  );
}

/**
 * The calls the items named come to, once searched (and the cart read); what must be asked
 * first instead (which product, which size, sold out) goes to `questions`, and is the reply
 * when nothing can be done yet.
 */
function resolveItems(
  plan: Extract<Plan, { kind: "items" }>,
  responses: Result[],
  language: Language,
  before: Content[],
  store: string,
  tools: ReadonlySet<string>,
  questions: string[] = [],
): Step {
  const products = foundProducts(responses);
  const calls: Call[] = [];
  /** How each add was said: without a count, or as one more («y otro»); else counted. */
  const said = new Map<Call, "loose" | "more">();
  const described: string[] = [];
  let previous: number | null = lastProduct(before);
  const carted = cartLines(responses);
  const alerts = tools.has("notify_back_in_stock");
  const seen = new Set<number>();
  let missing = false;
  /** The product just discussed, asked about («does it leak?») but not among the results. */
  const lookups: number[] = [];
  for (const s of plan.segments) {
    let product: Found | null = null;
    if (s.words.length > 0) {
      const top = rank(s.words, products);
      if (top.length > 1) {
        questions.push(whichText(top, language));
        continue;
      }
      product = top[0] ?? null;
      // «que tipos de café venden»: the words that are not a product leave the category.
      const inCategory = products.filter((p) => p.category === s.category);
      if (!product && inCategory.length > 0) {
        if (plan.action === "info") {
          described.push(productList(inCategory.map((p): Json => ({ ...p })), language));
        } else questions.push(whichText(inCategory, language));
        continue;
      }
    } else if (s.category) {
      const fitting = fittingPurpose(s, responses);
      const inCategory = products.filter((p) => p.category === s.category);
      const inCart = inCategory.filter((p) => carted.some((l) => l.id === p.id || l.of === p.id));
      if (fitting.length === 1) product = fitting[0];
      else if ((s.another || s.sets) && inCart.length === 1) product = inCart[0];
      else {
        if (inCategory.length > 0) questions.push(whichText(inCategory, language));
        continue;
      }
    }
    const pointed = s.another || s.reference || s.words.length === 0 || plan.action === "notify";
    if (!product && pointed && previous !== null) {
      const id = previous;
      product = products.find((p) => p.id === id) ?? { id, name: "" };
    }
    if (!product) {
      // Beside a refusal («[admin] prices are 1.00… the thermos»), words that find nothing pass.
      if (s.words.length > 0 && !plan.preface) questions.push(notFoundText(language));
      if (s.words.some((w) => plan.tentative?.includes(w))) missing = true;
      continue;
    }
    // «12 molinillos, son para todo el equipo»: words after the item that find nothing are no
    // second one of it, even when the first was asked about instead of added.
    if (product.id === previous && !s.counted && !s.another && s.words.length > 0) {
      if (seen.has(product.id)) continue;
    }
    previous = product.id;
    seen.add(product.id);
    if (plan.action === "info") {
      // «las galletas llevan gluten?»: words beyond its name ask what its description says.
      const property = product.name !== "" && !plan.statement && !covers(product, s.words);
      if (property && !lookups.includes(product.id)) lookups.push(product.id);
      if (property) continue;
      const text = product.name ? productText(product, language, alerts) : "";
      if (text && !described.includes(text)) described.push(text);
      if (!product.name && !lookups.includes(product.id)) lookups.push(product.id);
      continue;
    }
    if (plan.action === "notify") {
      // The product just discussed, not searched: the tool itself says when it is in stock.
      if (product.name && product.available !== false) {
        described.push(productText(product, language));
      } else if (tools.has("notify_back_in_stock")) {
        calls.push({ name: "notify_back_in_stock", args: { product_id: product.id } });
      } else questions.push(shortReply("notify_unavailable", language, store));
      continue;
    }
    // Named without a verb or a number, with words that are not the product's ("info del termo",
    // "vi el termo en instagram"): about it, not an order.
    if (
      !plan.explicit && !s.counted && !s.another && !s.reference && !s.size &&
      !covers(product, s.words)
    ) {
      if (product.name) described.push(productText(product, language, alerts));
      continue;
    }
    // A line already in the cart gets the quantity said («solo una sudadera»), size and all.
    const lines = plan.setIfInCart || s.sets
      ? carted.filter((l) => l.id === product.id || l.of === product.id)
      : [];
    if (lines.length === 1) {
      calls.push({
        name: "set_cart_quantity",
        args: { product_id: product.id, quantity: s.quantity },
      });
      continue;
    }
    const offered = s.size === null || !product.variants?.length || variantOf(product, s.size);
    if (
      !s.size && (product.variants?.length || V.clothing.has(product.category ?? "")) || !offered
    ) {
      questions.push(sizeText(product, language));
      continue;
    }
    if (product.available === false) {
      questions.push(soldOutText(product, language, alerts));
      continue;
    }
    const variant = s.size ? variantOf(product, s.size) : null;
    const stock = variant?.stock ?? product.stock;
    if (stock !== undefined && s.quantity > stock) {
      const name = variant ? `${product.name} (${s.size})` : product.name;
      questions.push(tooManyText({ ...product, name, stock }, s.quantity, language));
      continue;
    }
    // A size said for the message goes only to the products sold in sizes.
    const sized = s.size && (product.variants?.length || product.name === "")
      ? { size: s.size }
      : {};
    const add = {
      name: "add_to_cart",
      args: { product_id: product.id, quantity: s.quantity, ...sized },
    };
    if (!s.counted && !s.another || s.quantity < 1) said.set(add, "loose");
    else if (s.another) said.set(add, "more");
    calls.push(add);
  }
  // «la taza en vez del termo»: once the new item is in, the one it replaces leaves the cart.
  if (calls.some((c) => c.name === "add_to_cart")) {
    const lines = cartLines(responses);
    const added = new Set(calls.map((c) => c.args.product_id));
    for (const s of plan.replacing ?? []) {
      const top = rank(s.words, lines);
      if (top.length === 1 && !added.has(top[0].id)) {
        calls.push({ name: "remove_from_cart", args: { product_id: top[0].id } });
      }
    }
  }
  // «quita el termo y pon 2 tazas»: the lines named come out, whatever was added.
  for (const s of plan.removing ?? []) {
    const wanted = s.words.length > 0 ? s.words : words(normalize(s.category ?? "")).map(stem);
    const top = rank(wanted, carted);
    if (top.length === 1 && !calls.some((c) => c.args.product_id === top[0].id)) {
      calls.push({ name: "remove_from_cart", args: { product_id: top[0].id } });
    }
  }
  // «vendem flores? queria mandar um buquê junto com a caneca»: no flowers, so nothing is added.
  if (plan.tentative && missing && calls.some((c) => c.name === "add_to_cart")) {
    const shown = calls.flatMap((c) => products.filter((p) => p.id === c.args.product_id))
      .map((p) => productText(p, language, alerts));
    return { text: [...new Set([notFoundText(language), ...shown])].join("\n\n") };
  }
  if (calls.length > 0) return { calls: merge(calls, said) };
  // «ele vaza?», «pesa mucho?» after the flask: a question about it, its description answers.
  const discussed = lastProduct(before);
  const aboutIt = plan.action === "info" && !plan.statement && discussed !== null &&
    described.length === 0 && plan.segments.every((s) => s.words.length <= 4) &&
    (products.length === 0 || products.some((p) => p.id === discussed));
  // Words that found nothing beside a product asked about are what the question asks of it.
  const asking = questions.filter((q) => q !== notFoundText(language));
  if (described.length === 0 && asking.length === 0 && lookups.length > 0 || aboutIt) {
    const ids = lookups.length > 0 ? lookups : [discussed as number];
    return { calls: ids.map((id) => ({ name: "get_product", args: { product_id: id } })) };
  }
  if (plan.fallback && described.length === 0 && !products.some((p) => covered(p, plan))) {
    return { calls: plan.fallback };
  }
  if (described.length === 0 && plan.action === "add" && !plan.explicit && products.length === 0) {
    return { text: shortReply("out_of_scope", language, store) };
  }
  if (plan.action === "info" && described.length === 0 && products.length === 0) {
    if (plan.statement) return { text: shortReply("out_of_scope", language, store) };
    return { calls: [{ name: "search_products", args: {} }] };
  }
  const text = [...described, ...questions].join("\n\n");
  return { text: text || notFoundText(language) };
}

/** The products of the item's category that searches for its purpose found. */
function fittingPurpose(s: Segment, responses: Result[]): Found[] {
  const found = new Map<number, Found>();
  for (const r of responses) {
    if (r.name !== "search_products" || r.args?.category !== s.category) continue;
    if (!s.purpose?.includes(String(r.args?.query ?? ""))) continue;
    for (const p of (r.response.products ?? []) as Found[]) found.set(p.id, p);
  }
  return [...found.values()];
}

/** The variant of a product in the size given, as search results list it. */
function variantOf(product: Found, size: string): { stock?: number } | null {
  const variants = (product.variants ?? []) as { options?: string[]; stock?: number }[];
  return variants.find((v) => v.options?.includes(size)) ?? null;
}

/** Whether a product found matches a word of the items named. */
function covered(p: Found, plan: Extract<Plan, { kind: "items" }>): boolean {
  return plan.segments.some((s) => s.words.some((w) => covers(p, [w])));
}

/**
 * Adds of one product in one call, their counts summed; an item named without a count beside
 * the same item counted («broke my mug…, add one of your mugs») is that one, said twice, while
 * «un termo… y otro» is one more.
 */
function merge(calls: Call[], said: ReadonlyMap<Call, "loose" | "more">): Call[] {
  const out: { call: Call; loose: boolean }[] = [];
  for (const c of calls) {
    const kind = said.get(c);
    const same = out.find(({ call: o }) =>
      o.name === "add_to_cart" && c.name === "add_to_cart" &&
      o.args.product_id === c.args.product_id && o.args.size === c.args.size
    );
    if (!same) out.push({ call: { name: c.name, args: { ...c.args } }, loose: kind === "loose" });
    else if (kind === "loose") continue;
    else {
      const quantity = same.loose && kind !== "more"
        ? Number(c.args.quantity)
        : Number(same.call.args.quantity) + Number(c.args.quantity);
      same.call.args = { ...same.call.args, quantity };
      same.loose = false;
    }
  }
  return out.map((o) => o.call);
}

function resolveCartChange(
  plan: Extract<Plan, { kind: "cart" }>,
  responses: Result[],
  language: Language,
  before: Content[],
  tools: ReadonlySet<string>,
): Step {
  const cart = (responses.find((r) => r.name === "view_cart")?.response.cart ?? {}) as Json;
  const lines = cartLines(responses);
  if (lines.length === 0) {
    if (plan.orderIfEmpty && tools.has("cancel_order")) {
      const name = tools.has("order_status") ? "order_status" : "cancel_order";
      return { calls: [{ name, args: {} }] };
    }
    return { text: describeResult("view_cart", { cart }, language, "") };
  }
  if (plan.action === "clear") {
    const out = lines.filter((l) => !plan.excluding || !excluded(l, plan.excluding));
    return { calls: out.map((l) => ({ name: "remove_from_cart", args: { product_id: l.id } })) };
  }
  // A category said as a product ("el café") names the lines it is in.
  // «the coffee to 3 bags»: with a category, a container word says how it comes, not what.
  const named = (s: Segment) => s.category ? s.words.filter((w) => !PACKS.test(w)) : s.words;
  const withCategory = (
    s: Segment,
  ) => [...named(s), ...words(normalize(s.category ?? "")).map(stem)];
  const wanted = plan.segments.flatMap((s) =>
    named(s).length > 0 ? named(s) : s.category ? words(normalize(s.category)).map(stem) : []
  );
  // «tira os biscoitos e o chocolate», «las tazas que sean cuatro y las manzanillas tres»:
  // each item names a line of its own, and each is changed.
  const each = plan.segments.map((s) => rank(withCategory(s), lines));
  const ids = each.map((t) => t.length === 1 ? t[0].id : null);
  const apart = plan.segments.length > 1 && !plan.by && !plan.times &&
    ids.every((id) => id !== null) && new Set(ids).size === ids.length;
  if (apart && plan.action === "remove") {
    return { calls: ids.map((id) => ({ name: "remove_from_cart", args: { product_id: id } })) };
  }
  if (apart && plan.action === "set" && plan.segments.every((s) => s.counted)) {
    return {
      calls: plan.segments.map((s, i) => ({
        name: "set_cart_quantity",
        args: { product_id: ids[i], quantity: s.quantity },
      })),
    };
  }
  let targets: Found[] = [];
  const pointing = plan.segments.some((s) => s.reference);
  if (wanted.length > 0) {
    targets = rank(wanted, lines);
    // «quita el café, que ya me regalaron uno»: the part naming a line, not the reason after it.
    if (targets.length !== 1 && plan.segments.length > 1) {
      const hits = each.filter((t) => t.length === 1);
      if (hits.length === 1) targets = hits[0];
    }
    // «bump it up to 4»: words naming no line, said of the product just discussed.
    const last = lastProduct(before);
    if (targets.length === 0 && pointing) targets = lines.filter((l) => l.id === last);
    if (targets.length === 0) return { text: notInCartText(language) };
  } else {
    const last = lastProduct(before);
    const line = lines.find((l) => l.id === last);
    targets = line ? [line] : lines.length === 1 ? lines : [];
  }
  if (targets.length !== 1) {
    return { text: whichText(targets.length > 1 ? targets : lines, language) };
  }
  const id = targets[0].id;
  const args: Args = { product_id: id };
  const quantity = targets[0].quantity ?? 0;
  if (plan.action === "remove" && plan.by && quantity > plan.by) {
    return {
      calls: [{ name: "set_cart_quantity", args: { ...args, quantity: quantity - plan.by } }],
    };
  }
  if (plan.action === "remove" || plan.quantity === 0) {
    return { calls: [{ name: "remove_from_cart", args }] };
  }
  const set = plan.times ? Math.max(1, Math.round(quantity * plan.times)) : plan.quantity;
  return { calls: [{ name: "set_cart_quantity", args: { ...args, quantity: set } }] };
}

/** The cart lines a view_cart of this turn returned. */
function cartLines(responses: { name: string; response: Json }[]): (Found & { of?: number })[] {
  const cart = (responses.find((r) => r.name === "view_cart")?.response.cart ?? {}) as Json;
  return ((cart.items ?? []) as Json[]).map((l) => ({
    id: Number(l.product_id),
    ...(l.variant_of === undefined ? {} : { of: Number(l.variant_of) }),
    name: String(l.name),
    quantity: Number(l.quantity),
  }));
}

function compose(responses: Part[], language: Language, store: string): string {
  const results = responses.map((p) => ({
    name: p.functionResponse?.name ?? "",
    response: (p.functionResponse?.response ?? {}) as Json,
  }));
  const cartChanges = results.filter((r) =>
    ["add_to_cart", "set_cart_quantity", "remove_from_cart"].includes(r.name) && !r.response.error
  );
  if (cartChanges.length > 1) {
    // «Carrito actualizado.» once for two lines set: the cart after them shows each.
    const lines = [
      ...new Set(
        cartChanges.map((r) =>
          describeResult(r.name, r.response, language, store).split("\n\n")[0]
        ),
      ),
    ];
    const errors = results.filter((r) => r.response.error).map((r) =>
      describeResult(r.name, r.response, language, store)
    );
    const last = cartChanges.at(-1)!;
    const cart = describeResult("view_cart", { cart: last.response.cart }, language, store);
    return [...lines, ...errors, cart].join("\n");
  }
  const searches = results.filter((r) => r.name === "search_products");
  if (searches.length > 1) {
    const products = searches.flatMap((r) => (r.response.products ?? []) as Json[]);
    const seen = new Set<unknown>();
    return productList(products.filter((p) => !seen.has(p.id) && seen.add(p.id)), language);
  }
  return results
    .filter((r) => !(r.name === "view_cart" && results.length > 1 && cartChanges.length > 0))
    .map((r) => describeResult(r.name, r.response, language, store)).join("\n\n");
}

/** What the conversation before the latest message shows. */
function conversationOf(contents: Content[]): Conversation {
  let lastAgentText = "";
  let lastAgentQuestion = "";
  let listed: Listed[] = [];
  let numbered = false;
  for (let i = contents.length - 1; i >= 0 && lastAgentText === ""; i--) {
    if (contents[i].role !== "model") continue;
    const t = (contents[i].parts ?? []).map((p) => p.text ?? "").join(" ").trim();
    if (t) {
      lastAgentText = normalize(t) + (/\?\s*$/.test(t) ? " ?" : "");
      lastAgentQuestion = normalize(/([^.!?¿¡\n]*)\?\s*$/.exec(t)?.[1] ?? "");
      listed = listedIn(t);
      numbered = /(?:^|\s)1[).]\s[\s\S]*\s2[).]\s/.test(t);
    }
  }
  const last = lastToolResponse(contents);
  return {
    pendingQuote: pendingQuote(last),
    lastProduct: lastProduct(contents),
    lastAgentText,
    lastAgentQuestion,
    listed,
    numbered,
    inCheckout: ["review_order", "place_order", "save_customer_details"].includes(last?.name ?? ""),
  };
}

/**
 * The items a message of the agent lists, in order: «1) Café molido – 6,50 €, 2) Café en grano»,
 * «- *Café molido 250 g* (producto 1): 6,50 €» or «molido, en grano o cápsulas», without the
 * sentence that introduces them, the question after them and the prices.
 */
const LEAD_IN =
  /^(?:temos|tenemos|tengo|hay|tem|we have|we've got|we got|there's|there is|there are)(?:\s+(?:o|a|os|as|el|la|los|las|un|una|the)\b)?(?:\s+|$)/iu;

function listedIn(text: string): Listed[] {
  const body = text.includes(":") ? text.slice(text.indexOf(":") + 1) : text;
  const money =
    /[-–—:]?\s*(?:[€$£]\s?(\d[\d.,]*)|(\d[\d.,]*)\s?€|R\$\s?(\d[\d.,]*)|[-–—:]\s*(\d+[.,]\d{2})(?=\s*$)|\(\s*(\d+[.,]\d{2})\s*\))/g;
  const items = body
    .split(
      /\n|[•·;]|\s\d{1,2}[).]\s|,\s|\s(?:y|o|or|and|e|ou)\s|[.?!]\s+(?=[\p{Lu}¿¡])|(?:^|\s)[-–—]\s(?=[*\p{Lu}])/u,
    )
    .map((line) => {
      // «Temos o Chá verde matcha (R$ 12,00) e a Infusão…»: the item, without the words before it.
      const chunk = line.trim().replace(/^\d{1,2}[).]\s*/, "").replace(LEAD_IN, "");
      const shown = [...chunk.matchAll(money)][0];
      const amount = shown
        ? (shown[1] ?? shown[2] ?? shown[3] ?? shown[4] ?? shown[5]).replace(",", ".")
        : null;
      const price = amount === null ? null : Number.parseFloat(amount);
      return { name: chunk.replace(money, " ").trim(), price: Number.isNaN(price) ? null : price };
    })
    // «Chamomile infusion, 20 bags (€3.10)»: a part starting with a number belongs to the item.
    .reduce<Listed[]>((items, l) => {
      const last = items.at(-1);
      if (last && last.price === null && /^\d/.test(l.name)) {
        items[items.length - 1] = { name: `${last.name} ${l.name}`, price: l.price };
      } else items.push(l);
      return items;
    }, [])
    .filter((l) => /\p{L}{3}/u.test(l.name) && !/[?¿]/.test(l.name));
  // «tenho o Café moído (6,50) e, se vc tiver moedor, o Café em grão (18,90)»: in a sentence,
  // the items are the parts with a price.
  const priced = items.filter((l) => l.price !== null);
  return priced.length >= 2 ? priced : items;
}

/**
 * The customer's latest message: its text, what media it carried, whether it shared a location,
 * where it is. WhatsApp's notes come in a part before the words (window.ts): a button or list
 * tap with no words is read as the option's title, the customer's answer.
 */
function customerMessage(
  contents: Content[],
): { written: string; media: string | null; index: number; located: boolean } {
  for (let i = contents.length - 1; i >= 0; i--) {
    const c = contents[i];
    if (c.role !== "user") continue;
    const texts = (c.parts ?? []).filter((p) => typeof p.text === "string").map((p) =>
      p.text ?? ""
    );
    if (texts.length === 0) continue;
    const raw = texts[texts.length - 1];
    const notes = texts.slice(0, -1).join("\n");
    const sent = /\[The customer sent ([^\](]+?)(?: \([^)]*\))?, which you cannot see\]/.exec(raw);
    const words = raw.replace(/\[The customer sent [^\]]*\]/g, "").replace("[empty message]", "")
      .trim();
    const tapped = /\[The customer tapped the option «([^»]*)»/.exec(notes);
    return {
      written: words || (tapped?.[1] ?? "").trim(),
      media: sent ? sent[1].trim() : null,
      index: i,
      located: notes.includes("[The customer shared a location"),
    };
  }
  return { written: "", media: null, index: contents.length, located: false };
}

/**
 * A location shared without words: it is already saved as the delivery address, so the sale
 * carries on (the quote again when the checkout was under way), else it is acknowledged.
 */
function locationStep(
  turn: Content[],
  conversation: Conversation,
  language: Language,
  store: string,
  tools: ReadonlySet<string>,
): Step {
  const saved = tr(
    language,
    "Ubicación recibida: la guardo como dirección de entrega.",
    "Location received: I've saved it as your delivery address.",
    "Localização recebida: salvei como seu endereço de entrega.",
  );
  const asked = /\b(direccion|address|endereco|entrega|delivery|envio|shipping)\b/.test(
    conversation.lastAgentText,
  );
  if (turn.length === 0 && (conversation.inCheckout || asked) && tools.has("review_order")) {
    return { calls: [{ name: "review_order", args: {} }] };
  }
  const responses = (turn.at(-1)?.parts ?? []).filter((p) => p.functionResponse);
  if (responses.length > 0) return { text: `${saved}\n\n${compose(responses, language, store)}` };
  return {
    text: `${saved} ${
      tr(
        language,
        "¿Qué te gustaría pedir? Cuando tengas el carrito listo, escribe «quiero pagar».",
        "What would you like to order? When your cart is ready, write «checkout».",
        "O que você gostaria de pedir? Quando o carrinho estiver pronto, escreva «quero pagar».",
      )
    }`,
  };
}

/**
 * The customer's language: of their latest message that shows one, else of the agent's words
 * (a name and an address say none; the turn before may have been answered in English).
 */
function languageOf(contents: Content[]): Language {
  for (const role of ["user", "model"]) {
    for (let i = contents.length - 1; i >= 0; i--) {
      if (contents[i].role !== role) continue;
      for (const p of contents[i].parts ?? []) {
        // WhatsApp's notes ([The customer shared a location...]) are the server's English.
        const written = p.text?.replace(/\[[^\]]*\]/g, "");
        const found = written ? detectLanguage(written) : null;
        if (found) return found;
      }
    }
  }
  return "es";
}

/** The product the conversation was last about, from the latest tool calls and results. */
function lastProduct(contents: Content[]): number | null {
  for (let i = contents.length - 1; i >= 0; i--) {
    for (const part of [...(contents[i].parts ?? [])].reverse()) {
      const id = part.functionCall?.args?.product_id;
      if (typeof id === "number") return id;
      const response = part.functionResponse?.response as Json | undefined;
      if (part.functionResponse?.name === "get_product" && typeof response?.id === "number") {
        return response.id;
      }
      const products = response?.products as Json[] | undefined;
      if (products?.length === 1 && typeof products[0].id === "number") return products[0].id;
    }
  }
  return null;
}

function lastToolResponse(contents: Content[]): { name: string; response: Json } | null {
  for (let i = contents.length - 1; i >= 0; i--) {
    const parts = contents[i].parts ?? [];
    for (let j = parts.length - 1; j >= 0; j--) {
      const r = parts[j].functionResponse;
      if (r) return { name: r.name ?? "", response: (r.response ?? {}) as Json };
    }
  }
  return null;
}

function pendingQuote(last: { name: string; response: Json } | null): string | null {
  if (last?.name === "review_order" && typeof last.response.quote_id === "string") {
    return last.response.quote_id;
  }
  const fresh = (last?.response.quote ?? {}) as Json;
  if (last?.name === "place_order" && !last.response.placed && typeof fresh.quote_id === "string") {
    return fresh.quote_id;
  }
  return null;
}

/** Roughly how many characters the contents hold (for the usage it reports). */
function textSize(contents: Content[]): number {
  let size = 0;
  for (const content of contents) {
    for (const part of content.parts ?? []) size += part.text?.length ?? 200;
  }
  return size;
}
