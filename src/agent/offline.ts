/**
 * The offline model: deterministic and rule-based, in Spanish and English, used when no Gemini
 * key is set. For development and demos only: it understands a fixed set of requests (the
 * seed guide's conversations and their neighbours), turns them into the same tool calls the
 * real agent would make, and writes its answer from the tools' results.
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
import { detectLanguage, type Language } from "./language.ts";
import type { ChatModel, Content, ModelRequest, ModelResponse, Part } from "./model.ts";

export interface OfflineModelOptions {
  storeName: string;
  /** Added before every answer, to imitate a real model's latency (benchmarks). Default 0. */
  latencyMs?: number;
}

type Call = { name: string; args: Record<string, unknown> };
type Intent = { calls: Call[] } | { text: string };
type Json = Record<string, unknown>;

const numberWords: Record<string, number> = {
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const NUMBER = `(\\d{1,3}|${Object.keys(numberWords).join("|")})`;
const PRODUCT_REF = /(?:producto|product|articulo|item|#)\s*(?:n[o.º°]?\s*)?(\d{1,9})/;
const ORDER_REF = /(?:pedido|orden|order)\s*(?:numero\s*|number\s*|n[o.º°]?\s*)?#?\s*(\d{3,9})/;
/** A clear yes to a quote just shown. */
const YES =
  /^(si|sip|vale|ok|okay|dale|confirmo|confirmado|confirmalo|confirma|adelante|perfecto|de acuerdo|hecho|yes|yep|yeah|sure|confirm|confirmed|go ahead|place it|do it)\b/;

/** A rule-based stand-in for Gemini. */
export class OfflineModel implements ChatModel {
  readonly name = "offline";

  constructor(private readonly options: OfflineModelOptions) {}

  async generate(request: ModelRequest): Promise<ModelResponse> {
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const contents = request.contents;
    const last = contents[contents.length - 1];
    const customerText = lastCustomerText(contents);
    const language = languageOf(contents);
    let parts: Part[];
    const responses = (last?.parts ?? []).filter((p) => p.functionResponse);
    if (last?.role === "user" && responses.length > 0) {
      const follow = followUp(responses);
      parts = follow
        ? [{ functionCall: follow }]
        : [{ text: this.#compose(customerText, responses, language, savedBefore(contents)) }];
    } else {
      const intent = this.#understand(customerText, contents, language);
      parts = "calls" in intent
        ? intent.calls.map((c) => ({ functionCall: { name: c.name, args: c.args } }))
        : [{ text: intent.text }];
    }
    return {
      parts,
      usage: {
        inputTokens: Math.ceil(textSize(contents) / 4),
        outputTokens: Math.ceil(textSize([{ parts }]) / 4),
      },
    };
  }

  #understand(raw: string, contents: Content[], language: Language): Intent {
    const sent = /\[The customer sent ([^\]]+?)(?: \([^)]*\))?, which you cannot see\]/.exec(raw);
    const written = raw.replace(/\[The customer sent [^\]]*\]/g, "").trim();
    if (sent && (written === "" || written === "[empty message]")) {
      return { text: mediaReply(language, sent[1]) };
    }
    const text = normalize(written);
    const ref = PRODUCT_REF.exec(text);
    const productId = ref ? Number(ref[1]) : null;
    const withoutRef = ref ? text.replace(ref[0], " ") : text;

    if (
      /(habla\w*|contactar|comunicar\w*) con (una |un |alguna |algun )?(persona|humano|agente|alguien|encargad)|persona real|\bhumano\b|(talk|speak|chat) (to|with) (a |an |some)?(person|human|agent|one|someone)|real person|\bhuman\b/
        .test(text)
    ) return { calls: [{ name: "request_human", args: {} }] };

    if (
      /^(ayuda|help|menu|\?+|que puedes hacer|what can you do|como funciona|how does (this|it) work)[\s!.?]*$/
        .test(text)
    ) return { text: help(language, this.options.storeName) };

    const quoteId = pendingQuote(contents);
    if (quoteId !== null && YES.test(text)) {
      return { calls: [{ name: "place_order", args: { quote_id: quoteId } }] };
    }

    const orderRef = ORDER_REF.exec(text);
    const orderArgs = orderRef ? { order_number: Number(orderRef[1]) } : {};
    if (
      /(cancela\w*|anula\w*) (el |mi |la |del )?(pedido|orden|compra)|cancel (my |the |this )?(order|purchase)/
        .test(text)
    ) return { calls: [{ name: "cancel_order", args: orderArgs }] };
    if (
      /(link|enlace|liga) (de|del|para) (pago|pagar)|(link|enlace) del pedido|(reenvia|manda|envia)\w* (de nuevo |otra vez )?el (link|enlace)|payment link|link to pay|pay(ment)? link/
        .test(text)
    ) return { calls: [{ name: "payment_link", args: orderArgs }] };

    const details = customerDetailsIn(written);
    if (details) return { calls: [{ name: "save_customer_details", args: details }] };

    if (
      /(donde|como) (esta|va) mi pedido|estado de(l| mi)? pedido|mis pedidos|mi pedido|where('s| is) my order|order status|my orders?\b|track/
        .test(text)
    ) return { calls: [{ name: "order_status", args: orderArgs }] };

    const instead = new RegExp(
      `${NUMBER}\\s*(?:unidades\\s*|units\\s*)?(?:en vez de|en lugar de|instead of)\\s*${NUMBER}`,
    )
      .exec(withoutRef);
    const setTo = new RegExp(
      `(?:actualiza|cambia|modifica|pon|deja|update|change|set|make it)\\b.*?\\b${NUMBER}\\b`,
    ).exec(withoutRef);
    if (instead || (setTo && /(carrito|cart|cantidad|quantity|unidades|units)/.test(text))) {
      const quantity = toNumber(instead ? instead[1] : setTo![1]);
      const oldQuantity = instead ? toNumber(instead[2]) : null;
      const id = productId ?? lastProduct(contents, oldQuantity);
      if (id === null) return { text: askWhichProduct(language) };
      return { calls: [{ name: "set_cart_quantity", args: { product_id: id, quantity } }] };
    }

    if (
      /(quita|quitar|elimina|eliminar|borra|borrar|saca|sacar|remove|delete|take out|drop)\b/.test(
        text,
      )
    ) {
      const id = productId ?? lastProduct(contents, null);
      if (id === null) return { text: askWhichProduct(language) };
      return { calls: [{ name: "remove_from_cart", args: { product_id: id } }] };
    }

    if (
      productId !== null &&
      /\b(quiero|quisiera|compr\w*|anad\w*|agreg\w*|pon|ponme|me llevo|dame|add|buy|want|take|i'?ll have|get me|order)\b/
        .test(text)
    ) {
      const q = new RegExp(`\\b${NUMBER}\\b`).exec(withoutRef);
      const quantity = q ? toNumber(q[1]) : 1;
      return { calls: [{ name: "add_to_cart", args: { product_id: productId, quantity } }] };
    }

    const choice = choiceIn(text);
    const buying =
      /(quiero|deseo|voy a) pagar|finaliza\w* (la |mi )?compra|termina\w* (la |mi )?compra|confirma\w* (el |mi )?pedido|haz (el |mi )?pedido|hacer (el )?pedido|tramitar|cuanto (es|seria|sale|queda)( todo| el total| en total)?\s*\??$|check ?out|(i want|i'd like|i'll|let me) (to )?pay\b|pay now|place (the |my |an )?order|finish (my |the )?(order|purchase)|complete (my |the )?(order|purchase)|(how much|what'?s) (is )?(the )?total/
        .test(text);
    if (buying || (Object.keys(choice).length > 0 && inCheckout(contents))) {
      return { calls: [{ name: "review_order", args: choice }] };
    }

    const topic = shopTopic(text);
    if (topic) return { calls: [{ name: "shop_info", args: { topic } }] };

    if (productId !== null) {
      return { calls: [{ name: "get_product", args: { product_id: productId } }] };
    }

    if (/(carrito|cesta|\bcart\b|basket)/.test(text)) {
      return { calls: [{ name: "view_cart", args: {} }] };
    }

    if (
      /(que|cuales) productos|catalogo|que (venden|vendes|tienen|tienes|hay)\s*[?!.]*$|que vendeis|what (products|do you (have|sell))|\bproducts\b|catalog|what('s| is) (for sale|available)/
        .test(text)
    ) return { calls: [{ name: "search_products", args: {} }] };

    const search =
      /(?:busco|buscando|buscar|tienen|tienes|teneis|hay|venden|vendes|do you (?:have|sell)|looking for|search(?: for)?|find)\s+(.{2,60})/
        .exec(text);
    if (search) {
      const query = search[1].replace(/[?!.]+$/, "").replace(
        /^(un|una|unos|unas|el|la|los|las|a|an|some|any)\s+/,
        "",
      );
      return { calls: [{ name: "search_products", args: { query } }] };
    }

    if (
      /^(hola|buenas|buenos dias|buenas tardes|buenas noches|hello|hi|hey|good (morning|afternoon|evening))\b/
        .test(text)
    ) {
      return { text: greeting(language, this.options.storeName) };
    }
    return { text: notUnderstood(language, this.options.storeName) };
  }

  #compose(customerText: string, responses: Part[], language: Language, saved: boolean): string {
    const greet = /^\s*(hola|buenas|hello|hi|hey)\b/i.test(customerText)
      ? (language === "en" ? "Hi! " : "¡Hola! ")
      : saved
      ? (language === "en" ? "Details saved. " : "Datos guardados. ")
      : "";
    const out = responses.map((p) => {
      const name = p.functionResponse?.name ?? "";
      const response = (p.functionResponse?.response ?? {}) as Json;
      if (response.error) return describeError(response.error as Json, language);
      return describeResult(name, response, language, this.options.storeName);
    });
    return greet + out.join("\n\n");
  }
}

function describeResult(name: string, r: Json, lang: Language, store: string): string {
  const es = lang === "es";
  switch (name) {
    case "search_products": {
      const products = (r.products ?? []) as Json[];
      if (products.length === 0) {
        return es
          ? "No he encontrado productos con esa búsqueda. Escribe «productos» para ver el catálogo."
          : "I found no products for that. Write «products» to see the catalog.";
      }
      const lines = products.map((p) =>
        `- *${p.name}* (${es ? "producto" : "product"} ${p.id}): ${p.price}${
          p.available ? "" : es ? " — agotado" : " — sold out"
        }`
      );
      const head = es ? "Estos son nuestros productos:" : "These are our products:";
      const more = r.more_available ? (es ? "\n…y más." : "\n…and more.") : "";
      const hint = es
        ? "Escribe «producto N» para ver detalles, o «quiero 2 del producto N» para añadirlo al carrito."
        : "Write «product N» for details, or «I want 2 of product N» to add it to your cart.";
      return `${head}\n${lines.join("\n")}${more}\n\n${hint}`;
    }
    case "get_product": {
      const stock = Number(r.stock ?? 0);
      const availability = r.available
        ? (es ? `Disponibles: ${stock} unidades.` : `In stock: ${stock} units.`)
        : (es ? "Ahora mismo está agotado." : "It is sold out right now.");
      const hint = r.available
        ? (es
          ? `¿Te lo añado? Escribe «quiero 1 del producto ${r.id}».`
          : `Shall I add it? Write «I want 1 of product ${r.id}».`)
        : "";
      return [
        `*${r.name}* (${es ? "producto" : "product"} ${r.id})`,
        String(r.description ?? ""),
        `${es ? "Precio" : "Price"}: *${r.price}*`,
        availability,
        hint,
      ].filter((l) => l.length > 0).join("\n");
    }
    case "add_to_cart": {
      const added = (r.added ?? {}) as Json;
      return `${es ? "Añadido" : "Added"}: ${added.quantity} × *${added.name}*.\n\n${
        cartText(r.cart as Json, lang)
      }`;
    }
    case "set_cart_quantity":
      return `${es ? "Carrito actualizado." : "Cart updated."}\n\n${
        cartText(r.cart as Json, lang)
      }`;
    case "remove_from_cart":
      return `${es ? "Quitado del carrito." : "Removed from your cart."}\n\n${
        cartText(r.cart as Json, lang)
      }`;
    case "view_cart":
      return cartText(r.cart as Json, lang);
    case "shop_info":
      return shopInfoText(r, lang, store);
    case "save_customer_details":
      return es
        ? "Datos guardados. Escribe «quiero pagar» para ver el total."
        : "Details saved. Write «checkout» to see the total.";
    case "review_order":
      return quoteText(r, lang);
    case "place_order": {
      if (!r.placed) {
        return `${describeError(r.error as Json, lang)}\n\n${quoteText(r.quote as Json, lang)}`;
      }
      return placedText((r.order ?? {}) as Json, lang);
    }
    case "cancel_order": {
      const order = (r.cancelled ?? {}) as Json;
      const refund = order.refund === "requested"
        ? (es
          ? ` Te devolvemos el pago de ${order.total}.`
          : ` Your payment of ${order.total} will be refunded.`)
        : "";
      return es
        ? `Pedido *#${order.order_number}* cancelado.${refund}`
        : `Order *#${order.order_number}* cancelled.${refund}`;
    }
    case "payment_link":
      return paymentText((r.order ?? {}) as Json, lang);
    case "order_status": {
      const orders = (r.orders ?? []) as Json[];
      if (orders.length === 0) return es ? "Todavía no tienes pedidos." : "You have no orders yet.";
      const lines = orders.map((o) =>
        `- ${es ? "Pedido" : "Order"} *#${o.order_number}*: ${
          statusText(String(o.status), lang)
        } (${o.total})`
      );
      return `${es ? "Tus pedidos" : "Your orders"}:\n${lines.join("\n")}`;
    }
    case "request_human":
      return es
        ? `De acuerdo, te paso con una persona del equipo de ${store}. Te escribirá por aquí en cuanto pueda.`
        : `Sure, I'm passing you to a person from the ${store} team. They will write to you here as soon as they can.`;
    default:
      return es ? "Hecho." : "Done.";
  }
}

function cartText(cart: Json | undefined, lang: Language): string {
  const es = lang === "es";
  const items = ((cart ?? {}).items ?? []) as Json[];
  if (items.length === 0) {
    return es
      ? "Tu carrito está vacío. Escribe «productos» para ver el catálogo."
      : "Your cart is empty. Write «products» to see the catalog.";
  }
  const lines = items.map((l) =>
    `- ${l.quantity} × *${l.name}* (${
      es ? "producto" : "product"
    } ${l.product_id}): ${l.line_total}`
  );
  const total = `${es ? "Total" : "Total"}: *${cart?.total}*`;
  const hint = es ? "Para comprar, escribe «quiero pagar»." : "To buy, write «checkout».";
  return `${es ? "Tu carrito" : "Your cart"}:\n${lines.join("\n")}\n${total}\n\n${hint}`;
}

function statusText(status: string, lang: Language): string {
  const es: Record<string, string> = {
    awaiting_payment: "pendiente de pago",
    confirmed: "confirmado",
    paid: "pagado",
    ready_for_pickup: "listo para recoger",
    shipped: "enviado",
    delivered: "entregado",
    cancelled: "cancelado",
  };
  return lang === "es" ? es[status] ?? status : status.replaceAll("_", " ");
}

function describeError(error: Json, lang: Language): string {
  const es = lang === "es";
  const details = (error.details ?? {}) as Json;
  switch (error.code) {
    case "out_of_stock": {
      const available = Number(details.available ?? 0);
      if (available === 0) {
        return es ? "Lo siento, ese producto está agotado." : "Sorry, that product is sold out.";
      }
      return es
        ? `Lo siento, solo quedan ${available} unidades de ese producto${
          details.in_cart ? ` (ya tienes ${details.in_cart} en el carrito)` : ""
        }.`
        : `Sorry, only ${available} units of that product are left${
          details.in_cart ? ` (you already have ${details.in_cart} in your cart)` : ""
        }.`;
    }
    case "insufficient_stock":
      return es
        ? `No hay stock suficiente para completar el pedido: ${error.message}. Ajusta las cantidades y vuelve a intentarlo.`
        : `There isn't enough stock to place the order: ${error.message}. Please adjust the quantities.`;
    case "not_found":
      return es
        ? "No encuentro ese producto o pedido. Escribe «productos» para ver el catálogo."
        : "I can't find that. Write «products» to see the catalog.";
    case "item_not_found":
      return es ? "Ese producto no está en tu carrito." : "That product isn't in your cart.";
    case "empty_cart":
      return es
        ? "Tu carrito está vacío; añade algo primero, por ejemplo «quiero 1 del producto 1»."
        : "Your cart is empty; add something first, e.g. «I want 1 of product 1».";
    case "quantity_limit":
      return es
        ? "Como máximo se pueden pedir 99 unidades de un producto."
        : "At most 99 units of one product per order.";
    case "quote_invalid":
    case "quote_unconfirmed":
      return es
        ? "Antes de hacer el pedido te enseño el total: escribe «quiero pagar»."
        : "Before placing the order I'll show you the total: write «checkout».";
    case "quote_changed":
      return es
        ? "Algo ha cambiado desde el presupuesto, así que no he hecho el pedido. Este es el total actualizado:"
        : "Something changed since the quote, so I didn't place the order. This is the updated total:";
    case "order_expired":
      return es
        ? "Ese pedido se canceló porque no se pagó a tiempo y sus productos volvieron a la venta. Si aún los quieres, añádelos al carrito y escribe «quiero pagar»."
        : "That order was cancelled because it wasn't paid in time, and its items went back on sale. If you still want them, add them to your cart and write «checkout».";
    case "not_payable":
      return es
        ? `Ese pedido no tiene nada pendiente de pago: ${error.message}.`
        : `That order has nothing to pay: ${error.message}.`;
    case "invalid_arguments":
      return es
        ? `Algún dato no parece válido (${error.message}). ¿Me lo escribes de nuevo?`
        : `Something doesn't look right (${error.message}). Could you write it again?`;
    case "cart_closed":
      return es
        ? "Ese carrito ya se compró. Empieza uno nuevo añadiendo un producto."
        : "That cart was already bought. Start a new one by adding a product.";
    default:
      return es ? `No he podido hacerlo: ${error.message}` : `I couldn't do that: ${error.message}`;
  }
}

function help(lang: Language, store: string): string {
  return lang === "es"
    ? `Soy el asistente de ${store}. Puedo:
- enseñarte el catálogo: «¿qué productos tienen?» o «busco café»
- darte detalles: «muéstrame el producto 1»
- llevar tu carrito: «quiero 2 unidades del producto 1», «quiero 3 en vez de 2», «quita el producto 2», «ver carrito»
- contarte envíos, horario y formas de pago: «¿hacen envíos?», «¿puedo pagar con tarjeta?»
- tramitar tu pedido: «quiero pagar», con recogida o envío y tu dirección
- decirte cómo va: «¿dónde está mi pedido?», o cancelarlo: «cancela mi pedido»
- pasarte con una persona: «quiero hablar con una persona»`
    : `I'm the assistant of ${store}. I can:
- show the catalog: «what products do you have?» or «do you have coffee»
- give details: «show me product 1»
- keep your cart: «I want 2 units of product 1», «I want 3 instead of 2», «remove product 2», «view cart»
- tell you about delivery, hours and payment: «do you deliver?», «can I pay by card?»
- place your order: «checkout», with pickup or delivery and your address
- tell you how it's going: «where is my order?», or cancel it: «cancel my order»
- pass you to a person: «I want to talk to a person»`;
}

function greeting(lang: Language, store: string): string {
  return lang === "es"
    ? `¡Hola! Bienvenido a ${store}. Escribe «productos» para ver el catálogo o «ayuda» para ver todo lo que puedo hacer.`
    : `Hi! Welcome to ${store}. Write «products» to see the catalog or «help» to see everything I can do.`;
}

/** How the offline model's answer begins when it did not understand the customer. */
export const NOT_UNDERSTOOD = {
  es: "Perdona, no te he entendido.",
  en: "Sorry, I didn't understand that.",
};

function notUnderstood(lang: Language, store: string): string {
  return `${NOT_UNDERSTOOD[lang]}\n\n${help(lang, store)}`;
}

function mediaReply(lang: Language, what: string): string {
  const es: Record<string, string> = {
    "an image": "tu imagen",
    "an audio message": "tu audio",
    "a video": "tu vídeo",
  };
  return lang === "es"
    ? `He recibido ${
      es[what] ?? "tu archivo"
    }, pero no puedo abrirlo. ¿Me escribes qué necesitas? Por ejemplo «busco café» o «ayuda».`
    : `I got ${
      what.replace(/^an? /, "your ")
    }, but I can't open it. Could you write what you need? For example «do you have coffee» or «help».`;
}

function askWhichProduct(lang: Language): string {
  return lang === "es"
    ? "¿De qué producto? Dime su número, por ejemplo «producto 1»."
    : "Which product? Tell me its number, e.g. «product 1».";
}

/** Roughly how many characters the contents hold (for the usage it reports). */
function textSize(contents: Content[]): number {
  let size = 0;
  for (const content of contents) {
    for (const part of content.parts ?? []) size += part.text?.length ?? 200;
  }
  return size;
}

function normalize(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ")
    .trim()
    .replace(/[¿¡]/g, "");
}

function toNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : numberWords[word] ?? 1;
}

/** The text of the customer's latest message. */
function lastCustomerText(contents: Content[]): string {
  for (let i = contents.length - 1; i >= 0; i--) {
    const c = contents[i];
    if (c.role !== "user") continue;
    const texts = (c.parts ?? []).filter((p) => typeof p.text === "string").map((p) => p.text);
    if (texts.length > 0) return texts[texts.length - 1] ?? "";
  }
  return "";
}

function languageOf(contents: Content[]): Language {
  for (let i = contents.length - 1; i >= 0; i--) {
    if (contents[i].role !== "user") continue;
    for (const p of contents[i].parts ?? []) {
      const written = p.text?.replace(/\[The customer sent [^\]]*\]/g, "");
      const found = written ? detectLanguage(written) : null;
      if (found) return found;
    }
  }
  return "es";
}

/**
 * The product the conversation was last about: from the latest tool calls and results,
 * preferring a cart line holding `quantity` when one is given ("3 instead of 2").
 */
function lastProduct(contents: Content[], quantity: number | null): number | null {
  for (let i = contents.length - 1; i >= 0; i--) {
    for (const part of [...(contents[i].parts ?? [])].reverse()) {
      const response = part.functionResponse?.response as Json | undefined;
      const cart = response?.cart as Json | undefined;
      if (quantity !== null && cart) {
        const line = ((cart.items ?? []) as Json[]).find((l) => l.quantity === quantity);
        if (line) return Number(line.product_id);
      }
      const id = part.functionCall?.args?.product_id;
      if (typeof id === "number") return id;
    }
  }
  return null;
}

/** The tool response the conversation ended on before the current message: name and content. */
function lastToolResponse(contents: Content[]): { name: string; response: Json } | null {
  for (let i = contents.length - 2; i >= 0; i--) {
    const parts = contents[i].parts ?? [];
    for (let j = parts.length - 1; j >= 0; j--) {
      const r = parts[j].functionResponse;
      if (r) return { name: r.name ?? "", response: (r.response ?? {}) as Json };
    }
  }
  return null;
}

/** The quote shown last and not placed yet, if the conversation is waiting on one. */
function pendingQuote(contents: Content[]): string | null {
  const last = lastToolResponse(contents);
  if (last?.name === "review_order" && typeof last.response.quote_id === "string") {
    return last.response.quote_id;
  }
  const fresh = (last?.response.quote ?? {}) as Json;
  if (last?.name === "place_order" && !last.response.placed && typeof fresh.quote_id === "string") {
    return fresh.quote_id;
  }
  return null;
}

/** Whether the customer is choosing how to receive or pay (the last tool was about the sale). */
function inCheckout(contents: Content[]): boolean {
  const name = lastToolResponse(contents)?.name;
  return name === "review_order" || name === "place_order" || name === "save_customer_details";
}

/** The fulfilment and payment method a message names. */
function choiceIn(text: string): Record<string, string> {
  const choice: Record<string, string> = {};
  if (
    /(recog|recoj|paso a buscar|pasar a buscar|paso por (la )?tienda|en (la )?tienda|pick (it )?up|collect)/
      .test(text)
  ) {
    choice.fulfilment = "pickup";
  } else if (
    /(a domicilio|domicilio|reparto|delivery|deliver|to my (home|house|address))/.test(text)
  ) {
    choice.fulfilment = "delivery";
  } else if (/(envio|enviar|envialo|mensajer|correo|shipping|\bship|courier|by post)/.test(text)) {
    choice.fulfilment = "shipping";
  }
  if (/mercado ?pago/.test(text)) choice.payment = "mercadopago";
  else if (/(tarjeta|\bcard\b|credito|debito)/.test(text)) choice.payment = "card";
  else if (/(efectivo|\bcash\b|en mano|contra ?reembolso)/.test(text)) choice.payment = "cash";
  else if (/(transferencia|\btransfer\b|bank)/.test(text)) choice.payment = "transfer";
  return choice;
}

const QUESTION =
  /\?\s*$|^(puedo|se puede|aceptan|aceptais|admiten|tienen|teneis|hay|hacen|haceis|envian|enviais|cuanto|cuando|donde|a que hora|como|can i|can you|do you|does|is there|are you|how|when|where|what time)\b/;

/** What a question about the shop's terms is about, if the message is one. */
function shopTopic(text: string): string | null {
  if (
    /(horario|a que hora|abren|abris|cierran|abierto|opening hours|what time|when (do|are) you (open|close))/
      .test(text)
  ) {
    return "hours";
  }
  if (!QUESTION.test(text)) return null;
  if (/(devolu|devolver|devuelv|cambiar|cambio|garantia|return|refund|exchange)/.test(text)) {
    return "returns";
  }
  if (
    /(recoger|recogida|recojo|pasar a buscar|paso a buscar|pick (it )?up|collect|tienda fisica)/
      .test(text)
  ) {
    return "pickup";
  }
  if (
    /(pagar|pago|efectivo|tarjeta|bizum|transferencia|mercado ?pago|paypal|\bpay\b|payment|\bcard\b|cash|transfer)/
      .test(text)
  ) {
    return "payment";
  }
  if (
    /(envio|envian|enviais|envias|enviar|domicilio|reparto|entrega|llega|delivery|deliver|ship|postage)/
      .test(text)
  ) {
    return "delivery";
  }
  return null;
}

const STOP_WORDS = new Set(
  "y e and mi my vivo live en in at calle c/ avenida avda plaza paseo street road con with de from soy i"
    .split(" "),
);

/** The name, email, address or note a message gives, as `save_customer_details` arguments. */
function customerDetailsIn(raw: string): Json | null {
  const found: Record<string, string> = {};
  const name = /\b(?:me llamo|mi nombre es|my name is|a nombre de)\s+([^,;.\n]+)/iu.exec(raw);
  if (name) {
    const words = [];
    for (const word of name[1].trim().split(/\s+/)) {
      if (STOP_WORDS.has(word.toLowerCase()) || !/^[\p{L}][\p{L}\p{M}'’-]*$/u.test(word)) break;
      words.push(word);
    }
    if (words.length > 0) found.name = words.slice(0, 5).join(" ");
  }
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(raw);
  if (email) found.email = email[0];
  const street =
    /\b((?:calle|c\/|avda\.?|avenida|av\.|plaza|pza\.?|paseo|camino|carrer|ronda|travesía|carretera)\s+[^,;\n]*?\d+[^,;\n]*)/iu
      .exec(raw) ??
      /\b(\d+[a-z]?\s+[\p{L}][^,;\n]*?\b(?:street|st|road|rd|avenue|ave|lane|way|drive)\b\.?)/iu
        .exec(raw);
  if (street) found.street = street[1].trim();
  const place = /\b(\d{5})\s*,?\s+([\p{L}][\p{L}\p{M} .'’-]*?)\s*(?=[,.;\n]|$)/u.exec(raw);
  if (place) {
    found.postal_code = place[1];
    found.city = place[2].trim();
  }
  const note = /(?:pon(?:ed)? en la nota que|nota:|note:)\s*(.+)$/iu.exec(raw);
  if (note) found.notes = note[1].trim();
  return Object.keys(found).length > 0 ? found : null;
}

/** Whether the step before the last saved the customer's details (the quote follows it). */
function savedBefore(contents: Content[]): boolean {
  return (contents.at(-3)?.parts ?? []).some((p) =>
    p.functionResponse?.name === "save_customer_details"
  );
}

/** After saving what the customer gave, the quote is shown again. */
function followUp(responses: Part[]): { name: string; args: Json } | null {
  const saved = responses.some((p) =>
    p.functionResponse?.name === "save_customer_details" &&
    !(p.functionResponse.response as Json | undefined)?.error
  );
  return saved ? { name: "review_order", args: {} } : null;
}

const FULFILMENT_LABELS: Record<Language, Record<string, string>> = {
  es: {
    pickup: "Recogida en tienda",
    delivery: "Envío a domicilio",
    shipping: "Envío por mensajería",
  },
  en: { pickup: "Pickup at the shop", delivery: "Local delivery", shipping: "Shipping" },
};
const PAYMENT_LABELS: Record<Language, Record<string, string>> = {
  es: {
    card: "tarjeta",
    mercadopago: "Mercado Pago",
    cash: "efectivo",
    transfer: "transferencia bancaria",
  },
  en: { card: "card", mercadopago: "Mercado Pago", cash: "cash", transfer: "bank transfer" },
};

function list(items: string[], lang: Language, and = false): string {
  if (items.length <= 1) return items.join("");
  const word = and ? (lang === "es" ? "y" : "and") : (lang === "es" ? "o" : "or");
  return `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}

function quoteText(r: Json | undefined, lang: Language): string {
  const es = lang === "es";
  const q = r ?? {};
  const problems = (q.problems ?? []) as Json[];
  const missing = (q.missing ?? []) as string[];
  const items = (q.items ?? []) as Json[];
  if (problems.some((p) => p.code === "empty_cart")) {
    return es
      ? "Tu carrito está vacío; añade algo primero, por ejemplo «quiero 1 del producto 1»."
      : "Your cart is empty; add something first, e.g. «I want 1 of product 1».";
  }
  const lines = items.map((l) => `- ${l.quantity} × *${l.name}*: ${l.line_total}`).join("\n");
  const out = [`${es ? "Tu pedido" : "Your order"}:\n${lines}`];
  const options = (q.fulfilment_options ?? []) as Json[];
  const payments = ((q.payment_options ?? []) as string[]).map((m) => PAYMENT_LABELS[lang][m] ?? m);
  for (const p of problems) {
    if (p.code === "outside_delivery_area") {
      out.push(
        es
          ? `Lo siento, el envío a domicilio no llega a ${q.deliver_to}. Puedes elegir ${
            list(
              options.filter((o) => o.method !== "delivery").map((o) =>
                FULFILMENT_LABELS.es[String(o.method)].toLowerCase()
              ),
              lang,
            )
          }, o darme otra dirección.`
          : `Sorry, local delivery doesn't reach ${q.deliver_to}. You can choose ${
            list(
              options.filter((o) => o.method !== "delivery").map((o) =>
                FULFILMENT_LABELS.en[String(o.method)].toLowerCase()
              ),
              lang,
            )
          }, or give me another address.`,
      );
    } else if (p.code === "payment_unavailable") {
      out.push(
        es
          ? `Esa forma de pago no está disponible para este pedido; puedes pagar con ${
            list(payments, lang)
          }.`
          : `That payment method isn't available for this order; you can pay by ${
            list(payments, lang)
          }.`,
      );
    } else {
      out.push(String(p.message));
    }
  }
  if (problems.length > 0) return out.join("\n\n");
  if (missing.includes("fulfilment")) {
    const choices = options.map((o) =>
      `- ${FULFILMENT_LABELS[lang][String(o.method)]}: ${
        o.fee_minor === 0 ? (es ? "gratis" : "free") : o.fee
      }`
    );
    out.push(
      `${es ? "¿Cómo quieres recibirlo?" : "How would you like to get it?"}\n${choices.join("\n")}`,
    );
    return out.join("\n\n");
  }
  if (missing.includes("payment")) {
    out.push(
      es
        ? `¿Cómo prefieres pagar? Puedes pagar con ${list(payments, lang)}.`
        : `How would you like to pay? You can pay by ${list(payments, lang)}.`,
    );
    return out.join("\n\n");
  }
  const needs = [
    missing.includes("name") ? (es ? "tu nombre" : "your name") : null,
    missing.some((m) => ["address", "street", "city", "postal_code"].includes(m))
      ? (es
        ? "tu dirección (calle y número, código postal y ciudad)"
        : "your address (street and number, postal code and city)")
      : null,
    missing.includes("country") ? (es ? "el país" : "the country") : null,
  ].filter((n) => n !== null);
  if (needs.length > 0) {
    out.push(
      es
        ? `Para terminar necesito ${
          list(needs, lang, true)
        }. Por ejemplo: «me llamo Ana García, Calle Mayor 5, 28013 Madrid».`
        : `To finish I need ${
          list(needs, lang, true)
        }. For example: «my name is Ann Lee, Calle Mayor 5, 28013 Madrid».`,
    );
    return out.join("\n\n");
  }
  if (missing.includes("location")) {
    out.push(
      es
        ? "Para comprobar si llegamos, compárteme tu ubicación en WhatsApp."
        : "To check we deliver there, please share your location on WhatsApp.",
    );
    return out.join("\n\n");
  }
  const fulfilment = FULFILMENT_LABELS[lang][String(q.fulfilment)];
  out[0] += `\n${fulfilment}: ${q.fee}\n${es ? "Total" : "Total"}: *${q.total}*\n${
    es ? "Pago" : "Payment"
  }: ${PAYMENT_LABELS[lang][String(q.payment_method)]}${
    q.deliver_to ? `\n${es ? "Entrega en" : "Deliver to"}: ${q.deliver_to}` : ""
  }`;
  out.push(
    q.address_used_before
      ? (es
        ? `¿Lo enviamos a ${q.deliver_to} como la otra vez? Responde «sí» para confirmar el pedido.`
        : `Shall we send it to ${q.deliver_to} like last time? Reply «yes» to place the order.`)
      : (es
        ? "¿Confirmo el pedido? Responde «sí» para confirmarlo."
        : "Shall I place the order? Reply «yes» to confirm."),
  );
  return out.join("\n\n");
}

function placedText(o: Json, lang: Language): string {
  const es = lang === "es";
  const head = es
    ? `¡Pedido *#${o.order_number}* hecho! Total: *${o.total}*.`
    : `Order *#${o.order_number}* placed! Total: *${o.total}*.`;
  if (o.payment_method === "cash") {
    return `${head} ${
      o.fulfilment === "pickup"
        ? (es ? "Lo pagas en efectivo al recogerlo." : "You pay in cash when you pick it up.")
        : (es ? "Lo pagas en efectivo al recibirlo." : "You pay in cash on delivery.")
    }`;
  }
  return `${head}\n\n${paymentText(o, lang)}`;
}

function paymentText(o: Json, lang: Language): string {
  const es = lang === "es";
  if (o.payment_url) {
    return es
      ? `Paga aquí: ${o.payment_url}\nEl enlace vale hasta las ${o.pay_before}. Te avisaremos por aquí en cuanto recibamos el pago.`
      : `Pay here: ${o.payment_url}\nThe link is valid until ${o.pay_before}. We'll let you know here as soon as the payment arrives.`;
  }
  if (o.transfer_instructions) {
    return es
      ? `Para pagar por transferencia: ${o.transfer_instructions}\nTe guardamos el pedido hasta las ${o.pay_before}.`
      : `To pay by bank transfer: ${o.transfer_instructions}\nWe hold your order until ${o.pay_before}.`;
  }
  return es
    ? `El pedido *#${o.order_number}* está ${statusText(String(o.status), lang)}.`
    : `Order *#${o.order_number}* is ${statusText(String(o.status), lang)}.`;
}

function shopInfoText(r: Json, lang: Language, store: string): string {
  const es = lang === "es";
  const unknown = es
    ? `No tengo ese dato; si quieres, te paso con una persona de ${store} («quiero hablar con una persona»).`
    : `I don't have that; if you like, I can pass you to a person from ${store} («I want to talk to a person»).`;
  const pickup = (r.pickup ?? {}) as Json;
  const pickupText = () => {
    if (!pickup.offered) {
      return es ? "No hay recogida en tienda." : "Pickup at the shop isn't offered.";
    }
    const where = pickup.address
      ? (es
        ? `Puedes recoger tu pedido en ${pickup.address}.`
        : `You can pick up your order at ${pickup.address}.`)
      : (es ? "Puedes recoger tu pedido en la tienda." : "You can pick up your order at the shop.");
    const hours = pickup.opening_hours
      ? (es ? ` Horario: ${pickup.opening_hours}.` : ` Opening hours: ${pickup.opening_hours}.`)
      : "";
    return where + hours;
  };
  const free = (above: unknown) =>
    above ? (es ? ` (gratis desde ${above})` : ` (free from ${above})`) : "";
  const deliveryText = () => {
    const out: string[] = [];
    const local = (r.local_delivery ?? {}) as Json;
    const shipping = (r.shipping ?? {}) as Json;
    if (local.offered) {
      const area = ((local.postal_code_prefixes ?? []) as string[]).length > 0
        ? (es
          ? `a códigos postales que empiezan por ${
            list(local.postal_code_prefixes as string[], lang)
          }`
          : `to postal codes starting with ${list(local.postal_code_prefixes as string[], lang)}`)
        : (es ? `en un radio de ${local.radius_km} km` : `within ${local.radius_km} km`);
      out.push(
        es
          ? `Envío a domicilio ${area}: ${local.fee}${free(local.free_above)}.`
          : `Local delivery ${area}: ${local.fee}${free(local.free_above)}.`,
      );
    }
    if (shipping.offered) {
      out.push(
        es
          ? `Envío por mensajería a ${list(shipping.countries as string[], lang)}: ${shipping.fee}${
            free(shipping.free_above)
          }.`
          : `Shipping to ${list(shipping.countries as string[], lang)}: ${shipping.fee}${
            free(shipping.free_above)
          }.`,
      );
    }
    if (pickup.offered) out.push(pickupText());
    return out.length > 0 ? out.join("\n") : unknown;
  };
  const payment = (r.payment ?? {}) as Json;
  const paymentInfo = () => {
    const methods = ((payment.methods ?? []) as string[]).map((m) => PAYMENT_LABELS[lang][m] ?? m);
    if (methods.length === 0) return unknown;
    return es
      ? `Puedes pagar con ${list(methods, lang)}.${
        (payment.methods as string[]).includes("cash")
          ? " En efectivo, al recoger o al recibir el pedido."
          : ""
      } No aceptamos otras formas de pago.`
      : `You can pay by ${list(methods, lang)}.${
        (payment.methods as string[]).includes("cash") ? " Cash is paid on pickup or delivery." : ""
      } We don't take other payment methods.`;
  };
  switch (r.topic) {
    case "delivery":
      return deliveryText();
    case "pickup":
    case "hours":
      return pickup.offered && r.topic === "hours" && !pickup.opening_hours
        ? unknown
        : pickupText();
    case "payment":
      return paymentInfo();
    case "returns": {
      const policy = ((r.returns ?? {}) as Json).policy;
      return policy ? String(policy) : unknown;
    }
    default:
      return `${deliveryText()}\n\n${paymentInfo()}`;
  }
}
