/**
 * Answering: the offline model's replies, written from the tools' results in the customer's
 * language (Spanish, English, Brazilian Portuguese), and the short answers that need no tool
 * (small talk, a redirect, a question back).
 *
 * @example
 * ```ts
 * describeResult("view_cart", { cart: { items: [], total: "0,00 €" } }, "pt", "Mi Tienda");
 * // "Seu carrinho está vazio. Escreva «produtos» para ver o catálogo."
 * ```
 * @module
 */
import type { Language } from "../language.ts";
import type { Found } from "./resolve.ts";
import type { ReplyKind } from "./understand.ts";

type Json = Record<string, unknown>;

/** The sentence in the language: Spanish, English, Portuguese. */
export function tr(lang: Language, es: string, en: string, pt: string): string {
  return lang === "en" ? en : lang === "pt" ? pt : es;
}

const word = (lang: Language) => tr(lang, "producto", "product", "produto");

/** The answer to one tool result. */
export function describeResult(name: string, r: Json, lang: Language, store: string): string {
  if (r.error) {
    return orderNotFound(name, r.error as Json, lang) ?? describeError(r.error as Json, lang);
  }
  switch (name) {
    case "search_products":
      return productList((r.products ?? []) as Json[], lang, Boolean(r.more_available));
    case "get_product": {
      const stock = Number(r.stock ?? 0);
      const availability = r.available
        ? tr(
          lang,
          `Disponibles: ${stock} unidades.`,
          `In stock: ${stock} units.`,
          `Disponíveis: ${stock} unidades.`,
        )
        : tr(
          lang,
          "Ahora mismo está agotado.",
          "It is sold out right now.",
          "No momento está esgotado.",
        );
      const hint = r.available
        ? tr(
          lang,
          `¿Te lo añado? Escribe «quiero 1 del producto ${r.id}».`,
          `Shall I add it? Write «I want 1 of product ${r.id}».`,
          `Quer que eu adicione? Escreva «quero 1 do produto ${r.id}».`,
        )
        : "";
      return [
        `*${r.name}* (${word(lang)} ${r.id})`,
        String(r.description ?? ""),
        `${tr(lang, "Precio", "Price", "Preço")}: *${r.price}*`,
        availability,
        hint,
      ].filter((l) => l.length > 0).join("\n");
    }
    case "add_to_cart": {
      const added = (r.added ?? {}) as Json;
      return `${
        tr(lang, "Añadido", "Added", "Adicionado")
      }: ${added.quantity} × *${added.name}*.\n\n${cartText(r.cart as Json, lang)}`;
    }
    case "set_cart_quantity":
      return `${tr(lang, "Carrito actualizado.", "Cart updated.", "Carrinho atualizado.")}\n\n${
        cartText(r.cart as Json, lang)
      }`;
    case "remove_from_cart":
      return `${
        tr(lang, "Quitado del carrito.", "Removed from your cart.", "Removido do carrinho.")
      }\n\n${cartText(r.cart as Json, lang)}`;
    case "view_cart":
      return cartText(r.cart as Json, lang);
    case "shop_info":
      return shopInfoText(r, lang, store);
    case "save_customer_details":
      return tr(
        lang,
        "Datos guardados. Escribe «quiero pagar» para ver el total.",
        "Details saved. Write «checkout» to see the total.",
        "Dados salvos. Escreva «quero pagar» para ver o total.",
      );
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
        ? tr(
          lang,
          ` Te devolvemos el pago de ${order.total}.`,
          ` Your payment of ${order.total} will be refunded.`,
          ` Vamos devolver o pagamento de ${order.total}.`,
        )
        : "";
      return tr(
        lang,
        `Pedido *#${order.order_number}* cancelado.${refund}`,
        `Order *#${order.order_number}* cancelled.${refund}`,
        `Pedido *#${order.order_number}* cancelado.${refund}`,
      );
    }
    case "payment_link":
      return paymentText((r.order ?? {}) as Json, lang);
    case "order_status": {
      const orders = (r.orders ?? []) as Json[];
      if (orders.length === 0) return noOrdersText(lang);
      const lines = orders.map((o) =>
        `- ${tr(lang, "Pedido", "Order", "Pedido")} *#${o.order_number}*: ${
          statusText(String(o.status), lang)
        } (${o.total})`
      );
      return `${tr(lang, "Tus pedidos", "Your orders", "Seus pedidos")}:\n${lines.join("\n")}`;
    }
    case "request_human":
      return tr(
        lang,
        `De acuerdo, te paso con una persona del equipo de ${store}. Te escribirá por aquí en cuanto pueda.`,
        `Sure, I'm passing you to a person from the ${store} team. They will write to you here as soon as they can.`,
        `Certo, vou te passar para uma pessoa da equipe da ${store}. Ela vai te escrever por aqui assim que puder.`,
      );
    case "marketing_consent":
      return r.marketing === "opted_out" || r.consent === false
        ? tr(
          lang,
          "Hecho, no te enviaremos más ofertas ni recordatorios. Los avisos de tus pedidos te seguirán llegando.",
          "Done, we won't send you offers or reminders any more. You'll still get updates about your orders.",
          "Pronto, não vamos mais te mandar ofertas nem lembretes. Os avisos dos seus pedidos continuam chegando.",
        )
        : tr(
          lang,
          "¡Hecho! Te avisaremos por aquí de ofertas y novedades.",
          "Done! We'll let you know here about offers and news.",
          "Pronto! Vamos te avisar por aqui das ofertas e novidades.",
        );
    case "notify_back_in_stock":
      if (r.in_stock === true) {
        return tr(
          lang,
          `¡Buenas noticias! *${r.name}* ya está disponible (${r.stock}). ¿Te lo añado al carrito?`,
          `Good news! *${r.name}* is in stock now (${r.stock}). Shall I add it to your cart?`,
          `Boa notícia! *${r.name}* já está disponível (${r.stock}). Quer que eu coloque no carrinho?`,
        );
      }
      return tr(
        lang,
        `Hecho, te aviso por aquí en cuanto vuelva a haber${r.name ? ` *${r.name}*` : ""}.`,
        `Done, I'll let you know here as soon as${r.name ? ` *${r.name}*` : " it"} is back.`,
        `Pronto, te aviso por aqui assim que${r.name ? ` *${r.name}*` : ""} voltar.`,
      );
    default:
      return tr(lang, "Hecho.", "Done.", "Pronto.");
  }
}

/** A list of products, as search results. */
export function productList(products: Json[], lang: Language, more = false): string {
  if (products.length === 0) {
    return tr(
      lang,
      "No he encontrado productos con esa búsqueda. Escribe «productos» para ver el catálogo.",
      "I found no products for that. Write «products» to see the catalog.",
      "Não encontrei produtos com essa busca. Escreva «produtos» para ver o catálogo.",
    );
  }
  const lines = products.map((p) =>
    `- *${p.name}* (${word(lang)} ${p.id}): ${p.price}${
      p.available ? "" : tr(lang, " — agotado", " — sold out", " — esgotado")
    }`
  );
  const head = tr(
    lang,
    "Estos son nuestros productos:",
    "These are our products:",
    "Estes são nossos produtos:",
  );
  const tail = more ? tr(lang, "\n…y más.", "\n…and more.", "\n…e mais.") : "";
  const hint = tr(
    lang,
    "Escribe «producto N» para ver detalles, o «quiero 2 del producto N» para añadirlo al carrito.",
    "Write «product N» for details, or «I want 2 of product N» to add it to your cart.",
    "Escreva «produto N» para ver detalhes, ou «quero 2 do produto N» para colocar no carrinho.",
  );
  return `${head}\n${lines.join("\n")}${tail}\n\n${hint}`;
}

/** The cheapest of the products found, then the rest. */
export function cheapestText(products: Json[], lang: Language): string {
  if (products.length === 0) return productList(products, lang);
  const sorted = [...products].sort((a, b) => Number(a.price_minor) - Number(b.price_minor));
  const first = sorted[0];
  const rest = sorted.slice(1, 4).map((p) => `- *${p.name}*: ${p.price}`).join("\n");
  return `${tr(lang, "El más barato es", "The cheapest is", "O mais barato é")} *${first.name}* (${
    word(lang)
  } ${first.id}), ${first.price}.${
    rest ? `\n${tr(lang, "También tenemos", "We also have", "Também temos")}:\n${rest}` : ""
  }`;
}

/** What the customer reads about one product found by name. */
/** The offer to be told when a sold-out product is back, which a yes takes up. */
export function alertOffer(lang: Language): string {
  return tr(
    lang,
    " ¿Quieres que te avise cuando vuelva?",
    " Shall I let you know when it's back?",
    " Quer que eu te avise quando voltar?",
  );
}

/** `alerts`: the agent can tell the customer when a sold-out product is back. */
export function productText(p: Found, lang: Language, alerts = false): string {
  const stock = Number(p.stock ?? 0);
  const availability = p.available
    ? tr(lang, `Quedan ${stock}.`, `${stock} in stock.`, `Temos ${stock} em estoque.`)
    : tr(
      lang,
      "Ahora mismo está agotado.",
      "It is sold out right now.",
      "No momento está esgotado.",
    );
  const offer = p.available
    ? tr(
      lang,
      " ¿Te lo añado al carrito?",
      " Shall I add it to your cart?",
      " Quer que eu coloque no carrinho?",
    )
    : alerts
    ? alertOffer(lang)
    : "";
  return `*${p.name}* (${word(lang)} ${p.id}): ${p.price}. ${availability}${offer}`;
}

/** A question back: which of these products. */
export function whichText(candidates: Found[], lang: Language): string {
  const lines = candidates.slice(0, 6).map((p) =>
    `- *${p.name}* (${word(lang)} ${p.id})${p.price ? `: ${p.price}` : ""}`
  );
  return `${tr(lang, "¿Cuál de estos?", "Which one?", "Qual destes?")}\n${lines.join("\n")}`;
}

/** The products asked for are fewer than wanted. */
export function tooManyText(p: Found, wanted: number, lang: Language): string {
  return tr(
    lang,
    `Solo quedan ${p.stock} de *${p.name}* y me pides ${wanted}. ¿Cuántos te pongo?`,
    `There are only ${p.stock} of *${p.name}* left and you asked for ${wanted}. How many shall I add?`,
    `Só temos ${p.stock} de *${p.name}* e você pediu ${wanted}. Quantos eu coloco?`,
  );
}

/** A product that comes in sizes, asked for without one. */
export function sizeText(p: Found, lang: Language): string {
  return tr(
    lang,
    `¿En qué talla quieres *${p.name}*? Tenemos S, M, L y XL.`,
    `Which size would you like for *${p.name}*? We have S, M, L and XL.`,
    `Qual tamanho você quer de *${p.name}*? Temos P, M, G e GG.`,
  );
}

/** Nothing in the catalog matched. */
export function notFoundText(lang: Language): string {
  return tr(
    lang,
    "No tenemos eso, lo siento. Escribe «productos» para ver el catálogo.",
    "Sorry, we don't have that. Write «products» to see the catalog.",
    "Desculpe, não temos isso. Escreva «produtos» para ver o catálogo.",
  );
}

/** A product that is sold out. */
export function soldOutText(p: Found, lang: Language, alerts = false): string {
  return tr(
    lang,
    `Lo siento, *${p.name}* está agotado ahora mismo.`,
    `Sorry, *${p.name}* is sold out right now.`,
    `Desculpe, *${p.name}* está esgotado no momento.`,
  ) + (alerts ? alertOffer(lang) : "");
}

/** The line the customer named is not in the cart. */
export function notInCartText(lang: Language): string {
  return tr(
    lang,
    "Ese producto no está en tu carrito.",
    "That product isn't in your cart.",
    "Esse produto não está no seu carrinho.",
  );
}

export function cartText(cart: Json | undefined, lang: Language): string {
  const items = ((cart ?? {}).items ?? []) as Json[];
  if (items.length === 0) {
    return tr(
      lang,
      "Tu carrito está vacío. Escribe «productos» para ver el catálogo.",
      "Your cart is empty. Write «products» to see the catalog.",
      "Seu carrinho está vazio. Escreva «produtos» para ver o catálogo.",
    );
  }
  const lines = items.map((l) =>
    `- ${l.quantity} × *${l.name}* (${word(lang)} ${l.product_id}): ${l.line_total}`
  );
  const total = `Total: *${cart?.total}*`;
  const hint = tr(
    lang,
    "Para comprar, escribe «quiero pagar».",
    "To buy, write «checkout».",
    "Para comprar, escreva «quero pagar».",
  );
  return `${tr(lang, "Tu carrito", "Your cart", "Seu carrinho")}:\n${
    lines.join("\n")
  }\n${total}\n\n${hint}`;
}

const STATUS: Record<string, Record<string, string>> = {
  es: {
    awaiting_payment: "pendiente de pago",
    confirmed: "confirmado",
    paid: "pagado",
    ready_for_pickup: "listo para recoger",
    shipped: "enviado",
    delivered: "entregado",
    cancelled: "cancelado",
  },
  pt: {
    awaiting_payment: "aguardando pagamento",
    confirmed: "confirmado",
    paid: "pago",
    ready_for_pickup: "pronto para retirar",
    shipped: "enviado",
    delivered: "entregue",
    cancelled: "cancelado",
  },
};

function statusText(status: string, lang: Language): string {
  return STATUS[lang]?.[status] ?? status.replaceAll("_", " ");
}

const ORDER_TOOLS = new Set(["cancel_order", "payment_link", "order_status"]);

/** An order tool that found no order: which order is missing, said plainly. */
function orderNotFound(name: string, error: Json, lang: Language): string | null {
  if (error.code !== "not_found" || !ORDER_TOOLS.has(name)) return null;
  const number = /\border #?(\d+)/.exec(String(error.message ?? ""))?.[1];
  if (number) {
    return tr(
      lang,
      `No encuentro el pedido #${number} entre los tuyos. Escribe «mis pedidos» para verlos.`,
      `I can't find order #${number} among yours. Write «my orders» to see them.`,
      `Não encontrei o pedido #${number} entre os seus. Escreva «meus pedidos» para vê-los.`,
    );
  }
  if (name === "cancel_order") {
    return tr(
      lang,
      "No tienes ningún pedido que se pueda cancelar (uno ya enviado no se puede cancelar).",
      "You have no order that can still be cancelled (one already shipped can't be).",
      "Você não tem nenhum pedido que ainda possa ser cancelado (um já enviado não pode).",
    );
  }
  return noOrdersText(lang);
}

export const noOrdersText = (lang: Language) =>
  tr(lang, "Todavía no tienes pedidos.", "You have no orders yet.", "Você ainda não tem pedidos.");

/** An order the customer asked to cancel that can no longer be: where it is, and what can be done. */
export function notCancellableText(order: Json, lang: Language, store: string): string {
  const n = order.order_number;
  const status = statusText(String(order.status), lang);
  if (order.status === "cancelled") {
    return tr(
      lang,
      `El pedido *#${n}* ya está cancelado.`,
      `Order *#${n}* is already cancelled.`,
      `O pedido *#${n}* já está cancelado.`,
    );
  }
  return tr(
    lang,
    `El pedido *#${n}* ya está ${status}, así que no se puede cancelar. Si quieres devolverlo, dime y te paso con una persona de ${store}.`,
    `Order *#${n}* is already ${status}, so it can't be cancelled. If you'd like to return it, tell me and I'll pass you to a person from ${store}.`,
    `O pedido *#${n}* já está ${status}, então não dá para cancelar. Se quiser devolver, me avise que te passo para uma pessoa da ${store}.`,
  );
}

/** Several orders could be cancelled: which one, by number. */
export function whichOrderText(orders: Json[], lang: Language): string {
  const lines = orders.map((o) =>
    `- ${tr(lang, "Pedido", "Order", "Pedido")} *#${o.order_number}*: ${
      statusText(String(o.status), lang)
    } (${o.total})`
  );
  return `${
    tr(
      lang,
      "¿Cuál quieres cancelar? Dime su número:",
      "Which one should I cancel? Tell me its number:",
      "Qual você quer cancelar? Me diga o número:",
    )
  }\n${lines.join("\n")}`;
}

export function describeError(error: Json, lang: Language): string {
  const details = (error.details ?? {}) as Json;
  switch (error.code) {
    case "out_of_stock": {
      const available = Number(details.available ?? 0);
      if (available === 0) {
        return tr(
          lang,
          "Lo siento, ese producto está agotado.",
          "Sorry, that product is sold out.",
          "Desculpe, esse produto está esgotado.",
        );
      }
      const inCart = details.in_cart;
      return tr(
        lang,
        `Lo siento, solo quedan ${available} unidades de ese producto${
          inCart ? ` (ya tienes ${inCart} en el carrito)` : ""
        }.`,
        `Sorry, only ${available} units of that product are left${
          inCart ? ` (you already have ${inCart} in your cart)` : ""
        }.`,
        `Desculpe, só restam ${available} unidades desse produto${
          inCart ? ` (você já tem ${inCart} no carrinho)` : ""
        }.`,
      );
    }
    case "insufficient_stock":
      return tr(
        lang,
        `No hay stock suficiente para completar el pedido: ${error.message}. Ajusta las cantidades y vuelve a intentarlo.`,
        `There isn't enough stock to place the order: ${error.message}. Please adjust the quantities.`,
        `Não há estoque suficiente para fechar o pedido: ${error.message}. Ajuste as quantidades e tente de novo.`,
      );
    case "not_found":
      return tr(
        lang,
        "No encuentro ese producto o pedido. Escribe «productos» para ver el catálogo.",
        "I can't find that. Write «products» to see the catalog.",
        "Não encontrei esse produto ou pedido. Escreva «produtos» para ver o catálogo.",
      );
    case "item_not_found":
      return notInCartText(lang);
    case "empty_cart":
      return emptyCartText(lang);
    case "quantity_limit":
      return tr(
        lang,
        "Como máximo se pueden pedir 99 unidades de un producto.",
        "At most 99 units of one product per order.",
        "No máximo 99 unidades de um produto por pedido.",
      );
    case "quote_invalid":
    case "quote_unconfirmed":
      return tr(
        lang,
        "Antes de hacer el pedido te enseño el total: escribe «quiero pagar».",
        "Before placing the order I'll show you the total: write «checkout».",
        "Antes de fechar o pedido eu te mostro o total: escreva «quero pagar».",
      );
    case "quote_changed":
      return tr(
        lang,
        "Algo ha cambiado desde el presupuesto, así que no he hecho el pedido. Este es el total actualizado:",
        "Something changed since the quote, so I didn't place the order. This is the updated total:",
        "Algo mudou desde o orçamento, então não fechei o pedido. Este é o total atualizado:",
      );
    case "order_expired":
      return tr(
        lang,
        "Ese pedido se canceló porque no se pagó a tiempo y sus productos volvieron a la venta. Si aún los quieres, añádelos al carrito y escribe «quiero pagar».",
        "That order was cancelled because it wasn't paid in time, and its items went back on sale. If you still want them, add them to your cart and write «checkout».",
        "Esse pedido foi cancelado porque não foi pago a tempo, e os produtos voltaram à venda. Se ainda quiser, coloque no carrinho e escreva «quero pagar».",
      );
    case "not_payable": {
      // «Order #1201 is paid: …»: the order and its status, said in the customer's words.
      const [, number = "", status = ""] = /#(\d+) is (\w+)/.exec(String(error.message)) ?? [];
      return notPayableText(number, status, /paid in cash/.test(String(error.message)), lang);
    }
    case "invalid_arguments": {
      // «Several orders await payment (#1090, #1085)…»: which one, asked in the customer's words.
      const several = /^Several orders await payment \(([^)]*)\)/.exec(String(error.message));
      if (several) {
        return tr(
          lang,
          `¿Cuál quieres pagar? Tienes varios pedidos pendientes de pago: ${several[1]}.`,
          `Which one would you like to pay? Several orders are awaiting payment: ${several[1]}.`,
          `Qual você quer pagar? Há vários pedidos aguardando pagamento: ${several[1]}.`,
        );
      }
      // «quantity: Too big: expected number to be <=99»: the most there can be, in their words.
      const most = /quantity: Too big: expected number to be <=(\d+)/.exec(String(error.message));
      if (most) {
        return tr(
          lang,
          `Puedo poner como mucho ${most[1]} unidades de un producto; ¿cuántas quieres?`,
          `I can put at most ${most[1]} of one product in the cart; how many would you like?`,
          `Posso colocar no máximo ${most[1]} unidades de um produto; quantas você quer?`,
        );
      }
      // The tool's reason is English and for the model: the customer hears it in their words.
      return tr(
        lang,
        "Algún dato no parece válido. ¿Me lo escribes de otra forma?",
        "Something doesn't look right. Could you write it another way?",
        "Algum dado não parece válido. Pode escrever de outro jeito?",
      );
    }
    case "variant_required": {
      // ««Sudadera con capucha» comes in Talla: choose one (in stock: S, M)»: which, asked.
      const name = /«(.+?)»/.exec(String(error.message))?.[1] ?? "";
      const variants = (details.variants ?? []) as { options?: string[]; stock?: number }[];
      const list = variants.filter((v) => Number(v.stock) > 0)
        .map((v) => (v.options ?? []).join(" / ")).join(", ");
      if (list === "") {
        return tr(
          lang,
          `Ahora mismo no queda ninguna opción de *${name}*.`,
          `There is none of *${name}* left in any option right now.`,
          `No momento não tem nenhuma opção de *${name}*.`,
        );
      }
      return tr(
        lang,
        `¿Cuál de *${name}* quieres? Hay: ${list}.`,
        `Which *${name}* would you like? There are: ${list}.`,
        `Qual *${name}* você quer? Temos: ${list}.`,
      );
    }
    case "cart_closed":
      return tr(
        lang,
        "Ese carrito ya se compró. Empieza uno nuevo añadiendo un producto.",
        "That cart was already bought. Start a new one by adding a product.",
        "Esse carrinho já foi comprado. Comece outro colocando um produto.",
      );
    default:
      return tr(
        lang,
        `No he podido hacerlo: ${error.message}`,
        `I couldn't do that: ${error.message}`,
        `Não consegui fazer isso: ${error.message}`,
      );
  }
}

/** An order there is nothing to pay online for: its state, and that cash is paid in person. */
export function notPayableText(
  number: string | number,
  status: string,
  cash: boolean,
  lang: Language,
): string {
  const state = statusText(status, lang);
  const inPerson = cash && !["paid", "delivered", "cancelled"].includes(status);
  return tr(
    lang,
    `El pedido *#${number}* está ${state}${
      inPerson ? " y se paga en efectivo al recogerlo o al recibirlo" : ""
    }: no hay nada que pagar por internet.`,
    `Order *#${number}* is ${state}${
      inPerson ? " and is paid in cash on pickup or delivery" : ""
    }: there is nothing to pay online.`,
    `O pedido *#${number}* está ${state}${
      inPerson ? " e é pago em dinheiro na retirada ou na entrega" : ""
    }: não há nada a pagar pela internet.`,
  );
}

function emptyCartText(lang: Language): string {
  return tr(
    lang,
    "Tu carrito está vacío; añade algo primero, por ejemplo «quiero 1 del producto 1».",
    "Your cart is empty; add something first, e.g. «I want 1 of product 1».",
    "Seu carrinho está vazio; coloque algo primeiro, por exemplo «quero 1 do produto 1».",
  );
}

const FULFILMENT_LABELS: Record<Language, Record<string, string>> = {
  es: {
    pickup: "Recogida en tienda",
    delivery: "Envío a domicilio",
    shipping: "Envío por mensajería",
  },
  en: { pickup: "Pickup at the shop", delivery: "Local delivery", shipping: "Shipping" },
  pt: { pickup: "Retirada na loja", delivery: "Entrega em domicílio", shipping: "Envio" },
};
const PAYMENT_LABELS: Record<Language, Record<string, string>> = {
  es: {
    card: "tarjeta",
    mercadopago: "Mercado Pago",
    cash: "efectivo",
    transfer: "transferencia bancaria",
  },
  en: { card: "card", mercadopago: "Mercado Pago", cash: "cash", transfer: "bank transfer" },
  pt: {
    card: "cartão",
    mercadopago: "Mercado Pago",
    cash: "dinheiro",
    transfer: "transferência bancária",
  },
};

function list(items: string[], lang: Language, and = false): string {
  if (items.length <= 1) return items.join("");
  const joiner = and ? tr(lang, "y", "and", "e") : tr(lang, "o", "or", "ou");
  return `${items.slice(0, -1).join(", ")} ${joiner} ${items.at(-1)}`;
}

/** The ways of receiving the order other than the one chosen, in words. */
function otherFulfilments(q: Json, options: Json[], lang: Language): string {
  return list(
    options.filter((o) => o.method !== q.fulfilment).map((o) =>
      FULFILMENT_LABELS[lang][String(o.method)].toLowerCase()
    ),
    lang,
  );
}

/** A problem of the quote in the customer's language (the tool's message is English). */
function problemText(p: Json, q: Json, options: Json[], lang: Language): string {
  const message = String(p.message ?? "");
  switch (p.code) {
    case "insufficient_stock": {
      const name = /«(.+)»/.exec(message)?.[1] ?? "";
      return tr(
        lang,
        `*${name}* ya no está disponible en esa cantidad; dime cuántas quieres o quítalo del carrito.`,
        `*${name}* isn't available in that quantity any more; tell me how many you'd like, or remove it.`,
        `*${name}* não está mais disponível nessa quantidade; me diga quantas você quer ou tire do carrinho.`,
      );
    }
    case "fulfilment_unavailable": {
      const chosen = FULFILMENT_LABELS[lang][String(q.fulfilment)]?.toLowerCase() ?? "";
      const others = otherFulfilments(q, options, lang);
      return tr(
        lang,
        `No ofrecemos ${chosen}; puedes elegir ${others}.`,
        `We don't offer ${chosen}; you can choose ${others}.`,
        `Não oferecemos ${chosen}; você pode escolher ${others}.`,
      );
    }
    case "address_unusable":
      return tr(
        lang,
        "Para un envío necesito una dirección con calle, número y código postal, no una ubicación.",
        "For shipping I need a street address with a postal code, not a location pin.",
        "Para o envio preciso de um endereço com rua, número e CEP, não de uma localização.",
      );
    case "country_not_served": {
      const [, country = "", served = ""] = /ship to (.+); it ships to (.+)$/.exec(message) ?? [];
      return tr(
        lang,
        `No enviamos a ${country}; enviamos a ${served}.`,
        `We don't ship to ${country}; we ship to ${served}.`,
        `Não enviamos para ${country}; enviamos para ${served}.`,
      );
    }
    default:
      return tr(
        lang,
        "Ahora mismo no puedo preparar este pedido; si quieres, te paso con una persona («quiero hablar con una persona»).",
        "I can't prepare this order right now; if you like, I can pass you to a person («I want to talk to a person»).",
        "Agora não consigo preparar este pedido; se quiser, te passo para uma pessoa («quero falar com um atendente»).",
      );
  }
}

function quoteText(r: Json | undefined, lang: Language): string {
  const q = r ?? {};
  const problems = (q.problems ?? []) as Json[];
  const missing = (q.missing ?? []) as string[];
  const items = (q.items ?? []) as Json[];
  if (problems.some((p) => p.code === "empty_cart")) return emptyCartText(lang);
  const lines = items.map((l) => `- ${l.quantity} × *${l.name}*: ${l.line_total}`).join("\n");
  const out = [`${tr(lang, "Tu pedido", "Your order", "Seu pedido")}:\n${lines}`];
  const options = (q.fulfilment_options ?? []) as Json[];
  const payments = ((q.payment_options ?? []) as string[]).map((m) => PAYMENT_LABELS[lang][m] ?? m);
  for (const p of problems) {
    if (p.code === "outside_delivery_area") {
      const others = list(
        options.filter((o) => o.method !== "delivery").map((o) =>
          FULFILMENT_LABELS[lang][String(o.method)].toLowerCase()
        ),
        lang,
      );
      out.push(tr(
        lang,
        `Lo siento, el envío a domicilio no llega a ${q.deliver_to}. Puedes elegir ${others}, o darme otra dirección.`,
        `Sorry, local delivery doesn't reach ${q.deliver_to}. You can choose ${others}, or give me another address.`,
        `Desculpe, a entrega em domicílio não chega a ${q.deliver_to}. Você pode escolher ${others}, ou me dar outro endereço.`,
      ));
    } else if (p.code === "payment_unavailable" && payments.length === 0) {
      // No way to pay offered for this way of receiving it (cash is not taken for shipping).
      const others = otherFulfilments(q, options, lang);
      out.push(tr(
        lang,
        `Así no hay ninguna forma de pago disponible para este pedido; puedes elegir ${others}.`,
        `There's no way to pay for this order like that; you can choose ${others}.`,
        `Assim não há nenhuma forma de pagamento disponível para este pedido; você pode escolher ${others}.`,
      ));
    } else if (p.code === "payment_unavailable") {
      out.push(tr(
        lang,
        `Esa forma de pago no está disponible para este pedido; puedes pagar con ${
          list(payments, lang)
        }.`,
        `That payment method isn't available for this order; you can pay by ${
          list(payments, lang)
        }.`,
        `Essa forma de pagamento não está disponível para este pedido; você pode pagar com ${
          list(payments, lang)
        }.`,
      ));
    } else {
      out.push(problemText(p, q, options, lang));
    }
  }
  if (problems.length > 0) return out.join("\n\n");
  if (missing.includes("fulfilment")) {
    const choices = options.map((o) =>
      `- ${FULFILMENT_LABELS[lang][String(o.method)]}: ${
        o.fee_minor === 0 ? tr(lang, "gratis", "free", "grátis") : o.fee
      }`
    );
    out.push(
      `${
        tr(
          lang,
          "¿Cómo quieres recibirlo?",
          "How would you like to get it?",
          "Como você quer receber?",
        )
      }\n${choices.join("\n")}`,
    );
    return out.join("\n\n");
  }
  if (missing.includes("payment") && payments.length === 0) {
    // Shipping with cash only: no way to pay it, so another way to receive it.
    const others = otherFulfilments(q, options, lang);
    out.push(tr(
      lang,
      `Así no hay ninguna forma de pago disponible; puedes elegir ${others}.`,
      `There is no way to pay for it like that; you can choose ${others}.`,
      `Assim não há nenhuma forma de pagamento disponível; você pode escolher ${others}.`,
    ));
    return out.join("\n\n");
  }
  if (missing.includes("payment")) {
    out.push(tr(
      lang,
      `¿Cómo prefieres pagar? Puedes pagar con ${list(payments, lang)}.`,
      `How would you like to pay? You can pay by ${list(payments, lang)}.`,
      `Como prefere pagar? Você pode pagar com ${list(payments, lang)}.`,
    ));
    return out.join("\n\n");
  }
  const needs = [
    missing.includes("name") ? tr(lang, "tu nombre", "your name", "seu nome") : null,
    missing.some((m) => ["address", "street", "city", "postal_code"].includes(m))
      ? tr(
        lang,
        "tu dirección (calle y número, código postal y ciudad)",
        "your address (street and number, postal code and city)",
        "seu endereço (rua e número, CEP e cidade)",
      )
      : null,
    missing.includes("country") ? tr(lang, "el país", "the country", "o país") : null,
  ].filter((n) => n !== null);
  if (needs.length > 0) {
    out.push(tr(
      lang,
      `Para terminar necesito ${
        list(needs, lang, true)
      }. Por ejemplo: «me llamo Ana García, Calle Mayor 5, 28013 Madrid».`,
      `To finish I need ${
        list(needs, lang, true)
      }. For example: «my name is Ann Lee, Calle Mayor 5, 28013 Madrid».`,
      `Para terminar preciso de ${
        list(needs, lang, true)
      }. Por exemplo: «meu nome é Ana Souza, Rua das Flores 120, São Paulo, CEP 01310-100».`,
    ));
    return out.join("\n\n");
  }
  if (missing.includes("location")) {
    out.push(tr(
      lang,
      "Para comprobar si llegamos, compárteme tu ubicación en WhatsApp.",
      "To check we deliver there, please share your location on WhatsApp.",
      "Para ver se entregamos aí, compartilhe sua localização no WhatsApp.",
    ));
    return out.join("\n\n");
  }
  const fulfilment = FULFILMENT_LABELS[lang][String(q.fulfilment)];
  out[0] += `\n${fulfilment}: ${q.fee}\nTotal: *${q.total}*\n${
    tr(lang, "Pago", "Payment", "Pagamento")
  }: ${PAYMENT_LABELS[lang][String(q.payment_method)]}${
    q.deliver_to ? `\n${tr(lang, "Entrega en", "Deliver to", "Entrega em")}: ${q.deliver_to}` : ""
  }`;
  out.push(
    q.address_used_before
      ? tr(
        lang,
        `¿Lo enviamos a ${q.deliver_to} como la otra vez? Responde «sí» para confirmar el pedido.`,
        `Shall we send it to ${q.deliver_to} like last time? Reply «yes» to place the order.`,
        `Enviamos para ${q.deliver_to} como da outra vez? Responda «sim» para confirmar o pedido.`,
      )
      : tr(
        lang,
        "¿Confirmo el pedido? Responde «sí» para confirmarlo.",
        "Shall I place the order? Reply «yes» to confirm.",
        "Confirmo o pedido? Responda «sim» para confirmar.",
      ),
  );
  return out.join("\n\n");
}

function placedText(o: Json, lang: Language): string {
  const head = tr(
    lang,
    `¡Pedido *#${o.order_number}* hecho! Total: *${o.total}*.`,
    `Order *#${o.order_number}* placed! Total: *${o.total}*.`,
    `Pedido *#${o.order_number}* feito! Total: *${o.total}*.`,
  );
  if (o.payment_method === "cash") {
    return `${head} ${
      o.fulfilment === "pickup"
        ? tr(
          lang,
          "Lo pagas en efectivo al recogerlo.",
          "You pay in cash when you pick it up.",
          "Você paga em dinheiro na retirada.",
        )
        : tr(
          lang,
          "Lo pagas en efectivo al recibirlo.",
          "You pay in cash on delivery.",
          "Você paga em dinheiro na entrega.",
        )
    }`;
  }
  return `${head}\n\n${paymentText(o, lang)}`;
}

function paymentText(o: Json, lang: Language): string {
  if (o.payment_url) {
    return tr(
      lang,
      `Paga aquí: ${o.payment_url}\nEl enlace vale hasta las ${o.pay_before}. Te avisaremos por aquí en cuanto recibamos el pago.`,
      `Pay here: ${o.payment_url}\nThe link is valid until ${o.pay_before}. We'll let you know here as soon as the payment arrives.`,
      `Pague aqui: ${o.payment_url}\nO link vale até ${o.pay_before}. Avisaremos por aqui assim que o pagamento chegar.`,
    );
  }
  if (o.transfer_instructions) {
    return tr(
      lang,
      `Para pagar por transferencia: ${o.transfer_instructions}\nTe guardamos el pedido hasta las ${o.pay_before}.`,
      `To pay by bank transfer: ${o.transfer_instructions}\nWe hold your order until ${o.pay_before}.`,
      `Para pagar por transferência: ${o.transfer_instructions}\nGuardamos seu pedido até ${o.pay_before}.`,
    );
  }
  return tr(
    lang,
    `El pedido *#${o.order_number}* está ${statusText(String(o.status), lang)}.`,
    `Order *#${o.order_number}* is ${statusText(String(o.status), lang)}.`,
    `O pedido *#${o.order_number}* está ${statusText(String(o.status), lang)}.`,
  );
}

function shopInfoText(r: Json, lang: Language, store: string): string {
  const unknown = tr(
    lang,
    `No tengo ese dato; si quieres, te paso con una persona de ${store} («quiero hablar con una persona»).`,
    `I don't have that; if you like, I can pass you to a person from ${store} («I want to talk to a person»).`,
    `Não tenho essa informação; se quiser, te passo para uma pessoa da ${store} («quero falar com um atendente»).`,
  );
  const pickup = (r.pickup ?? {}) as Json;
  const pickupText = () => {
    if (!pickup.offered) {
      return tr(
        lang,
        "No hay recogida en tienda.",
        "Pickup at the shop isn't offered.",
        "Não temos retirada na loja.",
      );
    }
    const where = pickup.address
      ? tr(
        lang,
        `Puedes recoger tu pedido en ${pickup.address}.`,
        `You can pick up your order at ${pickup.address}.`,
        `Você pode retirar seu pedido em ${pickup.address}.`,
      )
      : tr(
        lang,
        "Puedes recoger tu pedido en la tienda.",
        "You can pick up your order at the shop.",
        "Você pode retirar seu pedido na loja.",
      );
    const hours = pickup.opening_hours
      ? tr(
        lang,
        ` Horario: ${pickup.opening_hours}.`,
        ` Opening hours: ${pickup.opening_hours}.`,
        ` Horário: ${pickup.opening_hours}.`,
      )
      : "";
    return where + hours;
  };
  const free = (above: unknown) =>
    above
      ? tr(lang, ` (gratis desde ${above})`, ` (free from ${above})`, ` (grátis acima de ${above})`)
      : "";
  const deliveryText = () => {
    const out: string[] = [];
    const local = (r.local_delivery ?? {}) as Json;
    const shipping = (r.shipping ?? {}) as Json;
    if (local.offered) {
      const prefixes = (local.postal_code_prefixes ?? []) as string[];
      const area = prefixes.length > 0
        ? tr(
          lang,
          `a códigos postales que empiezan por ${list(prefixes, lang)}`,
          `to postal codes starting with ${list(prefixes, lang)}`,
          `para CEPs que começam com ${list(prefixes, lang)}`,
        )
        : tr(
          lang,
          `en un radio de ${local.radius_km} km`,
          `within ${local.radius_km} km`,
          `num raio de ${local.radius_km} km`,
        );
      out.push(tr(
        lang,
        `Envío a domicilio ${area}: ${local.fee}${free(local.free_above)}.`,
        `Local delivery ${area}: ${local.fee}${free(local.free_above)}.`,
        `Entrega em domicílio ${area}: ${local.fee}${free(local.free_above)}.`,
      ));
    }
    if (shipping.offered) {
      const countries = list(shipping.countries as string[], lang);
      out.push(tr(
        lang,
        `Envío por mensajería a ${countries}: ${shipping.fee}${free(shipping.free_above)}.`,
        `Shipping to ${countries}: ${shipping.fee}${free(shipping.free_above)}.`,
        `Envio para ${countries}: ${shipping.fee}${free(shipping.free_above)}.`,
      ));
    }
    if (pickup.offered) out.push(pickupText());
    return out.length > 0 ? out.join("\n") : unknown;
  };
  const payment = (r.payment ?? {}) as Json;
  const paymentInfo = () => {
    const codes = (payment.methods ?? []) as string[];
    const methods = codes.map((m) => PAYMENT_LABELS[lang][m] ?? m);
    if (methods.length === 0) return unknown;
    const cash = codes.includes("cash");
    return tr(
      lang,
      `Puedes pagar con ${list(methods, lang)}.${
        cash ? " En efectivo, al recoger o al recibir el pedido." : ""
      } No aceptamos otras formas de pago.`,
      `You can pay by ${list(methods, lang)}.${
        cash ? " Cash is paid on pickup or delivery." : ""
      } We don't take other payment methods.`,
      `Você pode pagar com ${list(methods, lang)}.${
        cash ? " Em dinheiro, na retirada ou na entrega." : ""
      } Não aceitamos outras formas de pagamento.`,
    );
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
      // What cancel_order's declaration says holds in every shop.
      const cancelling = tr(
        lang,
        "Un pedido se puede cancelar mientras no se haya enviado: escribe «cancela mi pedido».",
        "An order can be cancelled until it has shipped: write «cancel my order».",
        "Um pedido pode ser cancelado enquanto não foi enviado: escreva «cancela meu pedido».",
      );
      if (policy) return `${policy}\n${cancelling}`;
      return `${cancelling}\n${
        tr(
          lang,
          `Sobre devoluciones no tengo más detalles; si quieres, te paso con una persona de ${store}.`,
          `I have no more details on returns; if you like, I can pass you to a person from ${store}.`,
          `Sobre devoluções não tenho mais detalhes; se quiser, te passo para uma pessoa da ${store}.`,
        )
      }`;
    }
    default:
      return `${deliveryText()}\n\n${paymentInfo()}`;
  }
}

/** The everything-I-can-do list (for «ayuda», «help», «ajuda»). */
export function help(lang: Language, store: string): string {
  return tr(
    lang,
    `Soy el asistente de ${store}. Puedo:
- enseñarte el catálogo: «¿qué productos tienen?» o «busco café»
- darte detalles: «¿cuánto cuesta el termo?»
- llevar tu carrito: «ponme 2 cafés molidos y un termo», «mejor 3», «quita el termo», «ver carrito»
- contarte envíos, horario y formas de pago: «¿hacen envíos?», «¿puedo pagar con tarjeta?»
- tramitar tu pedido: «quiero pagar», con recogida o envío y tu dirección
- decirte cómo va: «¿dónde está mi pedido?», o cancelarlo: «cancela mi pedido»
- pasarte con una persona: «quiero hablar con una persona»`,
    `I'm the assistant of ${store}. I can:
- show the catalog: «what products do you have?» or «do you have coffee»
- give details: «how much is the flask?»
- keep your cart: «2 ground coffees and a mug», «make it 3», «remove the mug», «view cart»
- tell you about delivery, hours and payment: «do you deliver?», «can I pay by card?»
- place your order: «checkout», with pickup or delivery and your address
- tell you how it's going: «where is my order?», or cancel it: «cancel my order»
- pass you to a person: «I want to talk to a person»`,
    `Sou o assistente da ${store}. Posso:
- mostrar o catálogo: «quais produtos vocês têm?» ou «tem café?»
- dar detalhes: «quanto custa a garrafa térmica?»
- cuidar do seu carrinho: «quero 2 cafés moídos e uma caneca», «na verdade quero 3», «tira a caneca», «ver carrinho»
- falar de entregas, horário e pagamento: «vocês entregam?», «aceita cartão?»
- fechar seu pedido: «quero pagar», com retirada ou entrega e seu endereço
- dizer como está: «cadê meu pedido?», ou cancelar: «cancela meu pedido»
- te passar para uma pessoa: «quero falar com um atendente»`,
  );
}

/** A short answer that needs no tool. */
export function shortReply(kind: ReplyKind, lang: Language, store: string): string {
  switch (kind) {
    case "greeting":
      return tr(
        lang,
        `¡Hola! Bienvenido a ${store}. ¿Qué estás buscando? Escribe «productos» para ver el catálogo o «ayuda» para ver todo lo que puedo hacer.`,
        `Hi! Welcome to ${store}. What are you looking for? Write «products» to see the catalog or «help» to see everything I can do.`,
        `Oi! Bem-vindo à ${store}. O que você procura? Escreva «produtos» para ver o catálogo ou «ajuda» para ver tudo o que posso fazer.`,
      );
    case "thanks":
      return tr(
        lang,
        "¡A ti! Si necesitas algo más, aquí estoy.",
        "You're welcome! I'm here if you need anything else.",
        "Por nada! Se precisar de mais alguma coisa, estou aqui.",
      );
    case "bot":
      return tr(
        lang,
        `Soy el asistente automático de ${store}. Puedo ayudarte con productos, tu carrito y tus pedidos; si prefieres una persona, escribe «quiero hablar con una persona».`,
        `I'm ${store}'s automated assistant. I can help with products, your cart and your orders; if you'd rather talk to a person, write «I want to talk to a person».`,
        `Sou o assistente automático da ${store}. Posso ajudar com produtos, carrinho e pedidos; se preferir uma pessoa, escreva «quero falar com um atendente».`,
      );
    case "ack":
      return tr(lang, "👍 ¿Algo más?", "👍 Anything else?", "👍 Mais alguma coisa?");
    case "still_open":
      return tr(
        lang,
        "¡Sí, aquí estoy! ¿En qué te ayudo?",
        "Yes, I'm here! How can I help?",
        "Sim, estou aqui! Como posso ajudar?",
      );
    case "help":
      return help(lang, store);
    case "injection":
      return tr(
        lang,
        "Eso no puedo hacerlo: los precios, los descuentos y las instrucciones de la tienda no cambian por chat. ¿Te ayudo con algún producto o con tu pedido?",
        "I can't do that: prices, discounts and the shop's rules don't change over chat. Can I help you with a product or your order?",
        "Isso eu não posso fazer: preços, descontos e as regras da loja não mudam pelo chat. Posso te ajudar com algum produto ou com seu pedido?",
      );
    case "gift_wrap":
      return tr(
        lang,
        `Sobre envolver para regalo no tengo información; si quieres, te paso con una persona de ${store} («quiero hablar con una persona»).`,
        `I have nothing on gift wrapping; if you like, I can pass you to a person from ${store} («I want to talk to a person»).`,
        `Sobre embrulhar para presente não tenho informação; se quiser, te passo para uma pessoa da ${store} («quero falar com um atendente»).`,
      );
    case "fixed_price":
      return tr(
        lang,
        "Los precios son los del catálogo y no se cambian por chat.",
        "Prices are the catalogue's and can't be changed over chat.",
        "Os preços são os do catálogo e não mudam pelo chat.",
      );
    case "left_as_is":
      return tr(
        lang,
        "Vale, lo dejo como está. ¿Algo más?",
        "OK, I'll leave it as it is. Anything else?",
        "Beleza, deixo como está. Mais alguma coisa?",
      );
    case "not_yet":
      return tr(
        lang,
        "Claro, sin prisa. Tu carrito queda guardado; cuando quieras, escribe «quiero pagar».",
        "Sure, no rush. Your cart is saved; whenever you're ready, write «checkout».",
        "Claro, sem pressa. Seu carrinho fica salvo; quando quiser, escreva «quero pagar».",
      );
    case "which_product":
      return tr(
        lang,
        "¿Qué producto quieres? Dime su nombre, por ejemplo «ponme el termo», o escribe «productos» para ver el catálogo.",
        "Which product would you like? Tell me its name, e.g. «add the flask», or write «products» to see the catalog.",
        "Qual produto você quer? Me diga o nome, por exemplo «quero a garrafa térmica», ou escreva «produtos» para ver o catálogo.",
      );
    case "marketing_info":
      return tr(
        lang,
        "Solo te mandamos ofertas si nos lo pides: para recibirlas escribe «quiero recibir ofertas», y para no recibir más, «BAJA». Los avisos de tus pedidos llegan siempre.",
        "We only send offers if you ask for them: write «send me offers» to get them, or «STOP» to get no more. Updates about your orders always come.",
        "Só mandamos ofertas se você pedir: escreva «quero receber ofertas» para receber, ou «SAIR» para não receber mais. Os avisos dos seus pedidos chegam sempre.",
      );
    case "opt_out_unavailable":
      return tr(
        lang,
        "Entendido. Solo te escribimos para responderte o por tus pedidos; si quieres, te paso con una persona («quiero hablar con una persona»).",
        "Understood. We only write to answer you or about your orders; if you like, I can pass you to a person («I want to talk to a person»).",
        "Entendido. Só escrevemos para te responder ou sobre seus pedidos; se quiser, te passo para uma pessoa («quero falar com um atendente»).",
      );
    case "notify_unavailable":
      return tr(
        lang,
        "Todavía no puedo apuntarte para avisarte. Escríbenos más adelante o pide hablar con una persona.",
        "I can't sign you up for a notice yet. Write to us later or ask for a person.",
        "Ainda não consigo te cadastrar para avisar. Fale com a gente mais tarde ou peça para falar com um atendente.",
      );
    case "out_of_scope":
      return tr(
        lang,
        `${NOT_UNDERSTOOD.es}: soy el asistente de ${store} y solo llevo productos, carrito y pedidos. ¿Buscas algo de la tienda? Escribe «productos» o «ayuda».`,
        `${NOT_UNDERSTOOD.en}: I'm ${store}'s assistant and only handle products, your cart and orders. Looking for something from the shop? Write «products» or «help».`,
        `${NOT_UNDERSTOOD.pt}: sou o assistente da ${store} e só cuido de produtos, carrinho e pedidos. Procura algo da loja? Escreva «produtos» ou «ajuda».`,
      );
  }
}

/** The answer to a message with a voice note, image, video, document or location only. */
export function mediaReply(lang: Language, what: string): string {
  const names: Record<string, [string, string, string]> = {
    "an image": ["tu imagen", "your image", "sua imagem"],
    "an audio message": ["tu audio", "your voice message", "seu áudio"],
    "a video": ["tu vídeo", "your video", "seu vídeo"],
    "a location": ["tu ubicación", "your location", "sua localização"],
  };
  const [es, en, pt] = names[what] ?? ["tu archivo", "your file", "seu arquivo"];
  return tr(
    lang,
    `He recibido ${es}, pero no puedo abrirlo: no veo imágenes ni escucho audios. ¿Me escribes qué necesitas? Por ejemplo «busco café» o «ayuda».`,
    `I got ${en}, but I can't open it: I can't see images or hear voice messages. Could you write what you need? For example «do you have coffee» or «help».`,
    `Recebi ${pt}, mas não consigo abrir: não vejo imagens nem ouço áudios. Pode escrever o que precisa? Por exemplo «tem café?» ou «ajuda».`,
  );
}

/** How the answer to a message the offline model did not understand begins (out of scope). */
export const NOT_UNDERSTOOD: Record<Language, string> = {
  es: "Con eso no puedo ayudarte",
  en: "I can't help with that",
  pt: "Com isso não posso ajudar",
};
