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
      parts = [{ text: this.#compose(customerText, responses, language) }];
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

    if (
      /(quiero|deseo|voy a|puedo) pagar|finaliza\w* (la |mi )?compra|termina\w* (la |mi )?compra|confirma\w* (el |mi )?pedido|haz (el |mi )?pedido|tramitar|check ?out|\bpay\b|place (the |my |an )?order|finish (my |the )?(order|purchase)|complete (my |the )?(order|purchase)/
        .test(text)
    ) return { calls: [{ name: "checkout", args: {} }] };

    if (
      /(donde|como) (esta|va) mi pedido|estado de(l| mi)? pedido|mis pedidos|mi pedido|where('s| is) my order|order status|my orders?\b|track/
        .test(text)
    ) return { calls: [{ name: "order_status", args: {} }] };

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

  #compose(customerText: string, responses: Part[], language: Language): string {
    const greet = /^\s*(hola|buenas|hello|hi|hey)\b/i.test(customerText)
      ? (language === "en" ? "Hi! " : "¡Hola! ")
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
    case "checkout": {
      const order = (r.order ?? {}) as Json;
      return es
        ? `¡Pedido confirmado! Número *#${order.order_number}*, total *${order.total}*. Te avisaremos por aquí cuando lo enviemos. ¡Gracias por tu compra!`
        : `Order placed! Number *#${order.order_number}*, total *${order.total}*. We'll let you know here when it ships. Thank you!`;
    }
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
    pending: "pendiente de pago",
    paid: "pagado",
    shipped: "enviado",
    delivered: "entregado",
    cancelled: "cancelado",
  };
  return lang === "es" ? es[status] ?? status : status;
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
- tramitar tu pedido: «quiero pagar»
- decirte cómo va: «¿dónde está mi pedido?»
- pasarte con una persona: «quiero hablar con una persona»`
    : `I'm the assistant of ${store}. I can:
- show the catalog: «what products do you have?» or «do you have coffee»
- give details: «show me product 1»
- keep your cart: «I want 2 units of product 1», «I want 3 instead of 2», «remove product 2», «view cart»
- place your order: «checkout»
- tell you how it's going: «where is my order?»
- pass you to a person: «I want to talk to a person»`;
}

function greeting(lang: Language, store: string): string {
  return lang === "es"
    ? `¡Hola! Bienvenido a ${store}. Escribe «productos» para ver el catálogo o «ayuda» para ver todo lo que puedo hacer.`
    : `Hi! Welcome to ${store}. Write «products» to see the catalog or «help» to see everything I can do.`;
}

function notUnderstood(lang: Language, store: string): string {
  return `${
    lang === "es" ? "Perdona, no te he entendido." : "Sorry, I didn't understand that."
  }\n\n${help(lang, store)}`;
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
