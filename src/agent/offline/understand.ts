/**
 * Understanding a customer's message: which intent it carries and its slots (products named in
 * words, quantities, order numbers, the fulfilment and payment chosen, the customer's details),
 * given what the conversation shows (the quote pending, the product last discussed, the last
 * thing the agent said). Products named in words are not resolved here: the plan says what to
 * look up, and resolve.ts matches the words against what the catalog returns.
 *
 * @example
 * ```ts
 * understand("kiero 2 cafes molidos y un termo", NO_CONVERSATION, new Set(["add_to_cart"]));
 * // { kind: "items", action: "add", segments: [{ words: ["cafe", "molido"], quantity: 2, ... },
 * //   { words: ["termo"], quantity: 1, ... }], extra: [] }
 * ```
 * @module
 */
import { cueIntent } from "./cues.ts";
import { normalize, respell, stem, words } from "./text.ts";
import { vocabulary as V } from "./vocabulary.ts";

export type Args = Record<string, unknown>;
export interface Call {
  name: string;
  args: Args;
}

/** Part of a message that names one item: its words (in the catalog's terms) and how many. */
export interface Segment {
  words: string[];
  /** Category named without a product ("un té"), to ask within it. */
  category: string | null;
  quantity: number;
  /** The customer wrote the quantity. */
  counted: boolean;
  /** "otra", "another", "mais um": one more of the item before or the last product. */
  another: boolean;
  /** "esos", "that one": the product just discussed. */
  reference: boolean;
  /** The size given (S, M, talla L, GG -> XL...), as the catalog names it. */
  size: string | null;
}

/** Short answers that need no tool. */
export type ReplyKind =
  | "greeting"
  | "thanks"
  | "bot"
  | "ack"
  | "still_open"
  | "help"
  | "out_of_scope"
  | "injection"
  | "not_yet"
  | "which_product"
  | "opt_out_unavailable"
  | "marketing_info"
  | "notify_unavailable";

export type Plan =
  | { kind: "reply"; reply: ReplyKind }
  | { kind: "calls"; calls: Call[] }
  /** Products named in words: search, then add (or describe, or ask to be notified). */
  | {
    kind: "items";
    action: "add" | "info" | "notify";
    segments: Segment[];
    extra: Call[];
    /** Said with a verb ("ponme", "I'll take"), not only named ("el termo"). */
    explicit?: boolean;
    /** "pon 3 del café": a product already in the cart gets that quantity instead. */
    setIfInCart?: boolean;
    /** What the message's cue words ask for, when no product it names is found. */
    fallback?: Call[];
  }
  /** A change to a line of the cart: read the cart, then set or remove. */
  | {
    kind: "cart";
    action: "set" | "remove";
    segments: Segment[];
    quantity: number;
    /** "quita un café": take that many off the line instead of removing it. */
    by?: number;
  }
  /** "pon 3 del producto 1": that quantity when the product is in the cart, else added. */
  | { kind: "put"; productId: number; quantity: number }
  /** A look at the catalog: by category, price or words. */
  | { kind: "browse"; args: Args; cheapest: boolean }
  /** "when does it arrive?": the customer's orders, or the delivery terms when there are none. */
  | { kind: "arrival" };

/** What the conversation shows before the message. */
export interface Conversation {
  /** The quote shown last and not placed yet. */
  pendingQuote: string | null;
  /** The product the conversation was last about. */
  lastProduct: number | null;
  /** The agent's last words, normalized. */
  lastAgentText: string;
  /** The last tool step was about the sale (review, details). */
  inCheckout: boolean;
}

export const NO_CONVERSATION: Conversation = {
  pendingQuote: null,
  lastProduct: null,
  lastAgentText: "",
  inCheckout: false,
};

const GREETING =
  /^((hola|buenas|buenos dias|buenas tardes|hey|hi|hiya|hello|oi|ola|bom dia|boa tarde|boa noite|ok|so|vale|bueno|pues)\b[\s,]*)+/;
const CONTAINERS = new Set(
  "bag bags bolsa bolsas pack packs box boxes caja cajas paquete paquetes pacote pacotes saco jar bote pote potes"
    .split(" "),
);
/** «un», «una», «um»: 1 only as the default, never a quantity the customer stated. */
const ARTICLES = new Set(["un", "una", "uno", "um", "uma"]);
const ORDER_WORDS =
  /\b(pedidos?|ordene?s?|orders?|compras?|purchases?|encomendas?|mi|my|meu|el|la|the|o|a)\b/g;
/** Taking one unit off: «quita un café», «drop one of the coffees», «tira um café». */
const TAKE_ONE =
  /\b(?:quita\w*|saca\w*|drop|remove|take (?:out|off)|tira\w*|tire)\s+(?:un|una|one|um|uma)\b(?!\s+(?:de (?:los|las)|dos|do|da)\b)/;
const INSTEAD = /\b(?:instead of|en vez de|en lugar de|em vez de|no lugar de|rather than)\b/;
const MEASURES = /^(g|gr|grs|gramos|kg|kilo|kilos|ml|cm|oz|%)$/;
const PRODUCT_REF =
  /\b(?:producto|product|produto|articulo|item|#)\s*(?:n[o.]?\s*|numero\s*)?(\d{1,9})\b/;
const ORDER_REF =
  /\b(?:pedido|orden|order|compra)\s*(?:numero\s*|number\s*|n[o.]?\s*)?#?\s*(\d{3,9})\b|#\s?(\d{3,9})\b/;

/** The plan for one message. `tools` are the names the model was given. */
export function understand(raw: string, conv: Conversation, tools: ReadonlySet<string>): Plan {
  let text = respell(normalize(raw), V.spelling);
  let asked = raw.includes("?") || V.says("question", text.replace(GREETING, "").trim());
  /** Starts as a question ("¿cuánto...", "do you..."), not only ends with a question mark. */
  let questionWord = V.says("question", text.replace(GREETING, "").trim());
  if (!/[a-z0-9]/.test(text)) return { kind: "reply", reply: emojiReply(raw) };

  text = corrected(text);

  if (V.says("injection", text)) {
    const kept = text.split(
      / , |\b(?:y de paso|de paso|and also|e tambem|y ademas|btw|by the way|y|and|e)\b/,
    ).filter((c) => c && !V.says("injection", c)).join(" , ").trim();
    if (kept.length === 0 || !V.says("add", kept)) return { kind: "reply", reply: "injection" };
    text = kept;
    questionWord = V.says("question", text.replace(GREETING, "").trim());
    asked = questionWord;
  }

  if (V.says("help", text)) return { kind: "reply", reply: "help" };
  const aboutTheAgent = V.says("identity", text) && !V.says("explicitHandoff", text);
  if (aboutTheAgent && (V.says("bot", text) || V.says("handoff", text))) {
    return { kind: "reply", reply: "bot" };
  }
  if (V.says("handoff", text) && !V.says("bot", text)) {
    return { kind: "calls", calls: [{ name: "request_human", args: {} }] };
  }

  const orderNumber = orderIn(text);
  const orderArgs: Args = orderNumber ? { order_number: orderNumber } : {};

  const aboutConsent = V.says("optOut", text) || V.says("optIn", text);
  if (aboutConsent && asked && V.says("howOrIf", text)) {
    return { kind: "reply", reply: "marketing_info" };
  }
  if (V.says("optOut", text)) {
    return tools.has("marketing_consent")
      ? { kind: "calls", calls: [{ name: "marketing_consent", args: { consent: false } }] }
      : { kind: "reply", reply: "opt_out_unavailable" };
  }
  if (
    tools.has("marketing_consent") &&
    (V.says("optIn", text) ||
      (/\b(ofertas|offers|promo\w*|novedades|novidades)\b/.test(conv.lastAgentText) &&
        (V.says("yes", text) || V.says("acceptOffer", text))))
  ) return { kind: "calls", calls: [{ name: "marketing_consent", args: { consent: true } }] };

  if (conv.pendingQuote !== null) {
    const changes = V.says("remove", text) || (V.says("add", text) && V.says("but", text));
    if (!changes) {
      if (V.says("yes", text) && !V.says("notYet", text) && !V.says("but", text) && !questionWord) {
        return {
          kind: "calls",
          calls: [{ name: "place_order", args: { quote_id: conv.pendingQuote } }],
        };
      }
      if (V.says("notYet", text)) return { kind: "reply", reply: "not_yet" };
    }
    if (V.says("yes", text) && V.says("but", text)) {
      text = text.replace(/^.*?\b(but|pero|mas)\b/, "").trim();
    }
  }

  if (V.says("notifyBack", text)) {
    const segments = segmentsOf(text, raw).filter((s) => s.words.length > 0);
    if (segments.length > 0) return { kind: "items", action: "notify", segments, extra: [] };
    if (conv.lastProduct !== null && tools.has("notify_back_in_stock")) {
      return {
        kind: "calls",
        calls: [{ name: "notify_back_in_stock", args: { product_id: conv.lastProduct } }],
      };
    }
    if (!tools.has("notify_back_in_stock")) return { kind: "reply", reply: "notify_unavailable" };
  }

  const details = detailsIn(raw);
  if (details && (!asked || details.name !== undefined || details.email !== undefined)) {
    return { kind: "calls", calls: [{ name: "save_customer_details", args: details }] };
  }

  if (/\b(suscrip|subscri|assinatura)/.test(text)) return { kind: "reply", reply: "out_of_scope" };
  if (V.says("cancelOrder", text)) {
    // "cancel the mug from my order": a line of the cart, named between the verb and "order".
    const between = /\b(?:cancel\w*|anul\w*)\b(.*?)\b(?:pedido|orden|order|compra|purchase)\b/.exec(
      text,
    );
    const lines = between
      ? segmentsOf(between[1].replace(ORDER_WORDS, " "), raw).filter((s) => s.words.length > 0)
      : [];
    if (lines.length > 0 && orderNumber === null) {
      return { kind: "cart", action: "remove", segments: lines, quantity: 0 };
    }
    return { kind: "calls", calls: [{ name: "cancel_order", args: orderArgs }] };
  }
  if (V.says("paymentLink", text)) {
    return { kind: "calls", calls: [{ name: "payment_link", args: orderArgs }] };
  }
  if (V.says("orderStatus", text) || (orderNumber !== null && asked)) {
    return { kind: "calls", calls: [{ name: "order_status", args: orderArgs }] };
  }
  if (V.says("arrival", text)) return { kind: "arrival" };

  const ref = PRODUCT_REF.exec(text);
  const refId = ref ? Number(ref[1]) : null;
  const withoutRef = ref ? text.replace(ref[0], " ") : text;
  const requested = V.says("request", text);
  const strongSet = V.says("setQuantity", withoutRef);
  const weakSet = V.says("setWeak", withoutRef) && !V.says("addVerb", withoutRef) && !requested;
  if (strongSet || weakSet) {
    const quantity = setQuantityIn(withoutRef);
    if (quantity !== null) {
      if (refId !== null) {
        return {
          kind: "calls",
          calls: [{ name: "set_cart_quantity", args: { product_id: refId, quantity } }],
        };
      }
      return { kind: "cart", action: "set", segments: segmentsOf(withoutRef, raw), quantity };
    }
  }

  const choice = choiceIn(text);
  const closing = V.says("closing", text) &&
    segmentsOf(text, raw).every((s) => s.words.length === 0);
  if (
    V.says("checkout", text) || V.says("decision", text) || closing ||
    (Object.keys(choice).length > 0 && conv.inCheckout && !asked)
  ) {
    if (!(asked && /^(puedo|se puede|can i|posso|aceptan|aceita|do you)\b/.test(text))) {
      return { kind: "calls", calls: [{ name: "review_order", args: choice }] };
    }
  }
  const topic = topicOf(text, asked);
  if (topic && asked && !requested && !V.says("setQuantity", text)) {
    return { kind: "calls", calls: [{ name: "shop_info", args: { topic } }] };
  }

  if (V.says("remove", text) && !V.says("viewCart", text)) {
    if (refId !== null) {
      return { kind: "calls", calls: [{ name: "remove_from_cart", args: { product_id: refId } }] };
    }
    const fewer = TAKE_ONE.exec(text);
    return {
      kind: "cart",
      action: "remove",
      segments: segmentsOf(text, raw),
      quantity: 0,
      ...(fewer ? { by: 1 } : {}),
    };
  }

  const cartWords = /\b(carrito|carro|cesta|cart|basket|carrinho)\b/.test(text);
  const viewing = /\b(ver|see|show|view|mostra\w*|muestra\w*|check)\b/.test(text);
  const putting = cartWords && !viewing && V.says("addVerb", text) &&
    segmentsOf(text, raw).some((s) =>
      s.words.some((w) => !/^(carrito|carro|cesta|cart|basket|carrinho)$/.test(w))
    );
  if (!putting && (V.says("viewCart", text) || (cartWords && !V.says("add", text) && !asked))) {
    const rest = text.replace(/^.*\b(carrito|carro|cesta|cart|basket|carrinho)\b/, "");
    if (V.says("add", rest)) {
      const segments = segmentsOf(rest, raw).filter((s) => s.words.length > 0);
      if (segments.length > 0) {
        return {
          kind: "items",
          action: "add",
          segments,
          extra: [{ name: "view_cart", args: {} }],
          explicit: true,
        };
      }
    }
    return { kind: "calls", calls: [{ name: "view_cart", args: {} }] };
  }

  if (refId !== null) {
    if ((V.says("add", withoutRef) || requested) && !(asked && !requested)) {
      const quantity = quantityIn(words(withoutRef)) ?? 1;
      if (/\b(pon|deja)\b/.test(text) || V.says("setWeak", text)) {
        return { kind: "put", productId: refId, quantity };
      }
      return {
        kind: "calls",
        calls: [{ name: "add_to_cart", args: { product_id: refId, quantity } }],
      };
    }
    return { kind: "calls", calls: [{ name: "get_product", args: { product_id: refId } }] };
  }

  if (topic && !requested) {
    return { kind: "calls", calls: [{ name: "shop_info", args: { topic } }] };
  }

  if (
    /\b(productos|products|produtos|catalogo|catalog|catalogue)\b/.test(text) ||
    /\b(que (venden|vendes|vendeis|tienen|teneis)|what do you (have|sell))\s*$/.test(text)
  ) {
    return { kind: "browse", args: {}, cheapest: false };
  }

  const segments = segmentsOf(text, raw);
  const wantsIt = V.says("add", text) || requested;
  if (V.says("offTopic", text) && !wantsIt) return { kind: "reply", reply: "out_of_scope" };
  if (V.says("later", text) && !wantsIt) return { kind: "reply", reply: "not_yet" };
  const named = segments.filter((s) => s.words.length > 0);
  const browsing = named.length <= 1 &&
    (V.says("browse", text) || V.says("cheapest", text) || V.says("underPrice", text));

  // A reply to the agent's offer or question about the product just discussed.
  if (conv.lastProduct !== null && named.length === 0) {
    const offered = V.says("offer", conv.lastAgentText);
    const onlySize = words(text).every((w) => V.sizes.has(w) || V.fillers.has(w));
    // «ok thanks», «vale gracias»: a polite close, not a yes to the offer.
    const accepts = (V.says("acceptOffer", text) || V.says("yes", text)) &&
      !(V.says("thanks", text) && words(text).length <= 3);
    const counted = segments.find((s) => s.counted);
    const pointing = segments.some((s) => s.reference || s.another) ||
      V.says("reference", text) || V.says("another", text);
    const bare = counted && words(text).length <= 3 && !asked && !V.says("addVerb", text);
    if (
      bare && V.says("reported", conv.lastAgentText) && !V.says("askedCount", conv.lastAgentText) &&
      !V.says("another", text)
    ) return { kind: "cart", action: "set", segments: [], quantity: counted.quantity };
    if (
      (wantsIt && (pointing || counted || segments.length === 0)) ||
      (offered && accepts) || (pointing && counted) || (onlySize && asksSize(conv)) ||
      V.says("another", text) || (counted && words(text).length <= 3 && !asked)
    ) {
      const size = sizeIn(text);
      return {
        kind: "calls",
        calls: [{
          name: "add_to_cart",
          args: {
            product_id: conv.lastProduct,
            quantity: counted?.quantity ?? 1,
            ...(size ? { size } : {}),
          },
        }],
      };
    }
  }

  const category = categoryOf(text, raw);
  const under = V.match("underPrice", text);
  if (V.says("cheapest", text) || under) {
    const args: Args = {};
    if (category) args.category = category;
    if (under) args.max_price_minor = Number(under[2]) * 100;
    if (!category && !under && named.length > 0) args.query = named[0].words[0];
    return { kind: "browse", args, cheapest: V.says("cheapest", text) };
  }
  const adds = wantsIt && !(questionWord && !requested);
  if (named.length > 0 && V.says("alreadyHave", text) && !wantsIt) {
    return { kind: "items", action: "info", segments: named, extra: [] };
  }
  const cued = cueCalls(text, tools, orderArgs, choice);
  const fallback = cued ? { fallback: cued } : {};
  if (named.length > 0 && !browsing && (adds || !asked)) {
    const setting = /\b(pon|deja)\b/.test(text) || V.says("setWeak", text);
    return {
      kind: "items",
      action: "add",
      segments,
      extra: setting ? [{ name: "view_cart", args: {} }] : [],
      explicit: wantsIt,
      setIfInCart: setting,
      ...fallback,
    };
  }
  if (named.length > 0) {
    return { kind: "items", action: "info", segments: named, extra: [], ...fallback };
  }
  if (category && (asked || browsing || !wantsIt)) {
    return { kind: "browse", args: { category }, cheapest: false };
  }
  if (wantsIt && segments.some((s) => s.category !== null)) {
    return { kind: "items", action: "add", segments, extra: [], explicit: true };
  }
  if (browsing) return { kind: "browse", args: {}, cheapest: false };
  if (cued) return { kind: "calls", calls: cued };

  if (V.says("bot", text)) return { kind: "reply", reply: "bot" };
  if (V.says("stillOpen", text)) return { kind: "reply", reply: "still_open" };
  if (V.says("thanks", text)) return { kind: "reply", reply: "thanks" };
  if (V.says("greeting", text)) return { kind: "reply", reply: "greeting" };
  if (V.says("ack", text)) return { kind: "reply", reply: "ack" };
  if (wantsIt) return { kind: "reply", reply: "which_product" };
  return { kind: "reply", reply: "out_of_scope" };
}

/**
 * A message that corrects itself: «tres cajas de galletas, no espera, que sean cuatro» is four
 * boxes (the new number goes to the item named before), «un té no perdón un café» is the café.
 */
function corrected(text: string): string {
  const correction = V.match("correction", text);
  if (!correction) return text;
  const before = text.slice(0, correction.index).replace(
    /(\s|,|\b(no|nao|not|bueno|pues)\b)+$/,
    "",
  );
  const after = text.slice(correction.index + correction[0].length).trim();
  const cut = after.search(SEPARATORS);
  const first = cut > 0 ? after.slice(0, cut) : after;
  const quantity = setQuantityIn(first);
  const items = segmentsOf(before, before).filter((s) => s.words.length > 0 || s.category);
  const named = items.at(-1);
  const renamed = segmentsOf(first, first).some((s) =>
    s.words.some((w) => !named?.words.includes(w)) ||
    (s.category !== null && s.category !== named?.category)
  );
  if (items.length > 0 && quantity !== null && !renamed) {
    const tokens = before.split(" ");
    let last: { at: number; length: number } | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const n = numberAt(tokens, i);
      if (n) last = { at: i, length: n.length };
    }
    if (last) tokens.splice(last.at, last.length, String(quantity));
    else tokens.push(String(quantity));
    return [tokens.join(" "), cut > 0 ? after.slice(cut) : ""].join(" ").trim();
  }
  return words(after).length >= 2 ? after : text;
}

/** The calls the message's cue words ask for (cues.ts), among the tools given. */
function cueCalls(
  text: string,
  tools: ReadonlySet<string>,
  orderArgs: Args,
  choice: Args,
): Call[] | null {
  const calls: Record<string, Call> = {
    handoff: { name: "request_human", args: {} },
    cancel: { name: "cancel_order", args: orderArgs },
    checkout: { name: "review_order", args: choice },
    optIn: { name: "marketing_consent", args: { consent: true } },
    optOut: { name: "marketing_consent", args: { consent: false } },
  };
  const intent = cueIntent(words(text));
  const call = intent ? calls[intent] : undefined;
  return call && tools.has(call.name) ? [call] : null;
}

function emojiReply(raw: string): ReplyKind {
  return /[🙏❤️😊😀😁👍👌]/u.test(raw) ? "thanks" : "ack";
}

/** The first size the text names. */
export function sizeIn(text: string): string | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const size = V.sizes.get(`${ws[i]} ${ws[i + 1] ?? ""}`) ?? V.sizes.get(ws[i]);
    if (size) return size;
  }
  return null;
}

function asksSize(conv: Conversation): boolean {
  return /\b(talla|talle|size|tamanho|tamano)\b/.test(conv.lastAgentText);
}

function orderIn(text: string): number | null {
  const m = ORDER_REF.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}

/** The quantity a change asks for: after "a", "to", "mejor"...; else the number said last. */
function setQuantityIn(text: string): number | null {
  const ws = words(text);
  const numbers: number[] = [];
  let afterMarker: number | null = null;
  for (let i = 0; i < ws.length; i++) {
    const n = numberAt(ws, i);
    if (n === null) continue;
    numbers.push(n.value);
    const before = ws[i - 1] ?? "";
    if (afterMarker === null && V.says("setMarker", before)) afterMarker = n.value;
    i += n.length - 1;
  }
  if (afterMarker !== null) return afterMarker;
  if (numbers.length === 0) return null;
  // «3 flasks instead of 1», «quero 4 em vez de 2»: the number before it is the new one.
  const instead = INSTEAD.exec(text);
  if (instead && numbers.length >= 2) {
    const before = setQuantityIn(text.slice(0, instead.index));
    if (before !== null) return before;
  }
  if (/\b(no|nao|not)\s+\S+\s*$/.test(text)) return numbers[0];
  return numbers[numbers.length - 1];
}

const DOZENS = /^(docenas?|duzias?|dozens?)$/;

/** A number written at word `i`, times twelve before «docenas» («dos docenas»: 24). */
function numberAt(ws: string[], i: number): { value: number; length: number } | null {
  const n = plainNumberAt(ws, i);
  if (!n || !DOZENS.test(ws[i + n.length] ?? "") || DOZENS.test(ws[i + n.length - 1])) return n;
  return { value: n.value * 12, length: n.length + 1 };
}

/** A number written at word `i`: digits or number words not followed by a measure (250 g). */
function plainNumberAt(ws: string[], i: number): { value: number; length: number } | null {
  const w = ws[i];
  if (/^\d{1,3}$/.test(w)) {
    if (MEASURES.test(ws[i + 1] ?? "")) return null;
    return { value: Number(w), length: 1 };
  }
  if (/^\d+(g|kg|ml|%)$/.test(w)) return null;
  for (const [phrase, value] of V.numbers) {
    const parts = phrase.split(" ");
    if (parts.every((p, k) => ws[i + k] === p)) {
      if (MEASURES.test(ws[i + parts.length] ?? "")) return null;
      return { value, length: parts.length };
    }
  }
  return null;
}

/**
 * Digits before a container word that are part of a name: «italiana de 6 tazas», «the 6 cup
 * stovetop», when a product word comes before or after them.
 */
function inName(ws: string[], i: number, kept: readonly string[]): boolean {
  if (!/^\d+$/.test(ws[i]) || !V.units.has(ws[i + 1] ?? "")) return false;
  if (kept.length > 0) return true;
  for (const w of ws.slice(i + 2)) {
    if (PURPOSE.has(w)) return false;
    if (V.synonyms.has(w)) return true;
  }
  return false;
}

function quantityIn(ws: string[]): number | null {
  for (let i = 0; i < ws.length; i++) {
    const n = numberAt(ws, i);
    if (n && (n.length > 1 || !ARTICLES.has(ws[i]))) return n.value;
  }
  return null;
}

const SEPARATORS =
  /\s*(?:,|\+|;|\by\b|\be\b|\band\b|\bn\b|&|\bplus\b|\btambien\b|\btambem\b|\btb\b|\balso\b|\bas well as\b)\s*/;

const PURPOSE = new Set(["para", "pra", "pa", "for", "pro"]);

/** The items a message names, one segment each ("2 cafés y un termo": two). */
export function segmentsOf(text: string, raw: string): Segment[] {
  const out: Segment[] = [];
  for (const part of text.split(SEPARATORS)) {
    if (!part || part.trim().length === 0) continue;
    const ws = words(part);
    let quantity: number | null = null;
    const kept: string[] = [];
    let category: string | null = null;
    let size: string | null = null;
    /** After «para», «for», «pra»: what the item is for, not what it is. */
    let purpose = false;
    for (let i = 0; i < ws.length; i++) {
      const n = inName(ws, i, kept) ? null : numberAt(ws, i);
      if (/^\d+$/.test(ws[i]) && !n) continue;
      if (n) {
        if (quantity === null && (n.length > 1 || !ARTICLES.has(ws[i]))) {
          quantity = n.value;
        }
        i += n.length - 1;
        continue;
      }
      const w = ws[i];
      if (PURPOSE.has(w) && kept.length > 0) purpose = true;
      if (purpose) continue;
      const c = categoryWord(ws, i, raw);
      if (c) {
        category ??= c;
        continue;
      }
      const two = V.sizes.get(`${w} ${ws[i + 1] ?? ""}`);
      if (two || V.sizes.has(w)) {
        size ??= two ?? V.sizes.get(w)!;
        if (two) i++;
        continue;
      }
      if (V.fillers.has(w) || V.fillers.has(stem(w)) || MEASURES.test(w) || /^\d/.test(w)) continue;
      if (V.says("add", w) || V.says("addVerb", w) || V.says("remove", w)) continue;
      if (
        CONTAINERS.has(w) && ["of", "de", "do", "da"].includes(ws[i + 1] ?? "") &&
        ws.slice(i + 2).some((x) => !V.fillers.has(x) && !/^\d/.test(x))
      ) continue;
      const mapped = V.synonyms.get(w) ?? V.synonyms.get(stem(w)) ?? w;
      for (const m of mapped.split(" ")) if (m.length >= 2) kept.push(stem(m));
    }
    const another = V.says("another", part);
    const reference = V.says("reference", part);
    if (kept.length === 0 && quantity === null && !another && !reference && category === null) {
      continue;
    }
    out.push({
      words: [...new Set(kept)],
      category,
      quantity: quantity ?? 1,
      counted: quantity !== null,
      another,
      reference,
      size,
    });
  }
  const said = sizeIn(text);
  if (said) { for (const s of out) s.size ??= said; }
  const named = out.filter((s) => s.words.length > 0 || s.category !== null);
  if (named.length === 0) return out;
  return out.filter((s) => s.words.length > 0 || s.category !== null || s.another);
}

/** Words before «te» that make it the drink: «de te», «un te», «el te verde». */
const TEA_BEFORE = new Set(
  "de del el un algun ningun mas otro ese este su tu sus tus los unos tienen hay venden".split(" "),
);
/** Words after «te» that make it the drink: «te verde», «te matcha». */
const TEA_AFTER = new Set("verde negro rojo blanco matcha chai helado frio".split(" "));

/**
 * The category the word at `i` names. «te» is the pronoun («te pido dos») unless written «té»
 * or standing where only the drink fits («de te», «te verde», alone at the end).
 */
function categoryWord(ws: readonly string[], i: number, raw: string): string | null {
  const w = ws[i];
  const c = V.categories.get(w) ?? null;
  if (!c || w !== "te" || /(^|[^\p{L}])t[éÉ]([^\p{L}]|$)/u.test(raw)) return c;
  const drink = TEA_BEFORE.has(ws[i - 1] ?? "") || TEA_AFTER.has(ws[i + 1] ?? "") ||
    (i === ws.length - 1 && i > 0);
  return drink ? c : null;
}

function categoryOf(text: string, raw: string): string | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const c = categoryWord(ws, i, raw);
    if (c) return c;
  }
  return null;
}

/** What a question about the shop's terms is about, if the message is one. */
function topicOf(text: string, asked: boolean): string | null {
  if (V.says("topic_hours", text)) return "hours";
  if (V.says("topic_general", text)) return "general";
  if (
    !asked && !/\b(cuanto cobran|how much is (shipping|delivery)|quanto fica o frete)\b/.test(text)
  ) {
    return null;
  }
  if (V.says("topic_returns", text)) return "returns";
  if (V.says("topic_pickup", text)) return "pickup";
  if (V.says("topic_payment", text)) return "payment";
  if (V.says("topic_delivery", text)) return "delivery";
  return null;
}

/** The fulfilment and payment method a message names. */
export function choiceIn(text: string): Record<string, string> {
  const choice: Record<string, string> = {};
  if (V.says("fulfil_pickup", text)) choice.fulfilment = "pickup";
  else if (V.says("fulfil_delivery", text)) choice.fulfilment = "delivery";
  else if (V.says("fulfil_shipping", text)) choice.fulfilment = "shipping";
  if (V.says("pay_mercadopago", text)) choice.payment = "mercadopago";
  else if (V.says("pay_card", text)) choice.payment = "card";
  else if (V.says("pay_cash", text)) choice.payment = "cash";
  else if (V.says("pay_transfer", text)) choice.payment = "transfer";
  return choice;
}

const NAME_STOP = new Set(
  "y e and mi my vivo live en in at calle c/ avenida avda plaza paseo street road rua con with de from soy i"
    .split(" "),
);

/** The name, email, address or note a message gives, as `save_customer_details` arguments. */
export function detailsIn(raw: string): Args | null {
  const found: Record<string, string> = {};
  const name =
    /\b(?:me llamo|mi nombre es|my name is|my names|my name's|name's|names|a nombre de|meu nome é|meu nome e|me chamo|sou o|sou a)\s+([^,;.\n]+)/iu
      .exec(raw);
  if (name) {
    const ws = [];
    for (const word of name[1].trim().split(/\s+/)) {
      if (NAME_STOP.has(word.toLowerCase()) || !/^[\p{L}][\p{L}\p{M}'’-]*$/u.test(word)) break;
      ws.push(word);
    }
    if (ws.length > 0) found.name = ws.slice(0, 5).join(" ");
  }
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(raw);
  if (email) found.email = email[0];
  const street =
    /\b((?:calle|c\/|avda\.?|avenida|av\.|plaza|pza\.?|paseo|camino|carrer|ronda|travesía|carretera|rua|travessa|alameda|praça)\s+[^,;\n]*?\d+[^,;\n]*)/iu
      .exec(raw) ??
      /\b(\d+[a-z]?\s+[\p{L}][^,;\n]*?\b(?:street|st|road|rd|avenue|ave|lane|way|drive|close|crescent)\b\.?)/iu
        .exec(raw);
  if (street) found.street = street[1].trim();
  const place = /\b(\d{5})\s*,?\s+([\p{L}][\p{L}\p{M} .'’-]*?)\s*(?=[,.;\n]|$)/u.exec(raw);
  const uk = /,\s*([\p{Lu}][\p{L}]+)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/u.exec(raw);
  const cep = /\bCEP:?\s*(\d{5}-?\d{3})\b/i.exec(raw);
  if (place) {
    found.postal_code = place[1];
    found.city = place[2].trim();
  } else if (uk) {
    found.city = uk[1];
    found.postal_code = uk[2];
  } else if (cep) {
    found.postal_code = cep[1];
    const city = /,\s*([\p{L}][\p{L}\p{M} .'’-]*?)\s*,\s*CEP/iu.exec(raw);
    if (city) found.city = city[1].trim();
  }
  const note = /(?:pon(?:ed)? en la nota que|nota:|note:|obs:)\s*(.+)$/iu.exec(raw) ??
    /^(?:please\s+|por favor\s+)?((?:(?:leave it|déjalo|dejalo|deja el paquete|deixa|pode deixar)\s+(?:with|con|com|en|na|no|at|in)\s+(?:the |el |la |o |a )?(?:neighbou?r|vecin|porter|conserje|portaria|recep|front|puerta|door)|se eu não estiver|se eu nao estiver|if i'?m (?:out|not in)|toquen el timbre|ring the bell|si no estoy)\b.*)$/iu
      .exec(raw.trim());
  if (note) found.notes = note[1].trim();
  return Object.keys(found).length > 0 ? found : null;
}
