/**
 * What the shop writes first, in the customer's language: the payment reminder, the
 * abandoned-cart reminder, the back-in-stock alert, and the confirmation of an opt-out
 * (also in Portuguese, the language the customer wrote it in).
 *
 * @example
 * ```ts
 * cartReminderText({ itemCount: 2, total: "13,00 €" }, "es");
 * // "Tienes 2 productos esperándote en el carrito (13,00 €). …"
 * optOutConfirmation("pt"); // "Pronto: você não receberá mais mensagens promocionais. …"
 * ```
 * @module
 */
import type { Order } from "../orders/service.ts";
import type { Language } from "../shared/language.ts";
import { formatMoney } from "../shared/money.ts";

/** The reminder sent before an unpaid order's hold ends. */
export function paymentReminderText(
  order: Order,
  options: { language: Language; timeZone: string; url: string | null },
): string {
  const es = options.language === "es";
  const total = formatMoney(order.totalMinor, order.currency, options.language);
  const until = new Intl.DateTimeFormat(es ? "es-ES" : "en-GB", {
    timeZone: options.timeZone,
    hour: "2-digit",
    minute: "2-digit",
  }).format(order.holdExpiresAt ?? new Date());
  const pay = options.url === null
    ? ""
    : es
    ? ` Puedes pagarlo aquí: ${options.url}`
    : ` You can pay here: ${options.url}`;
  return es
    ? `Recuerda: tu pedido #${order.number} (${total}) sigue pendiente de pago y lo guardamos hasta las ${until}.${pay}`
    : `A reminder: your order #${order.number} (${total}) is still awaiting payment and we're holding it until ${until}.${pay}`;
}

/** The reminder of a cart left with items. */
export function cartReminderText(
  cart: { itemCount: number; total: string },
  language: Language,
): string {
  const n = cart.itemCount;
  return language === "es"
    ? `Tienes ${n} ${
      n === 1 ? "producto" : "productos"
    } esperándote en el carrito (${cart.total}). ¿Quieres terminar tu pedido? Escríbeme y lo preparamos. (Si no quieres más recordatorios, responde BAJA.)`
    : `You have ${n} ${
      n === 1 ? "item" : "items"
    } waiting in your cart (${cart.total}). Shall we finish your order? Just reply and we'll set it up. (Reply STOP for no more reminders.)`;
}

/** The alert that a product a customer asked about is back. */
export function backInStockText(product: { name: string; price: string }, language: Language) {
  return language === "es"
    ? `¡Buenas noticias! «${product.name}» vuelve a estar disponible (${product.price}). Si lo quieres, dímelo y te lo añado al carrito.`
    : `Good news! "${product.name}" is back in stock (${product.price}). If you'd like it, tell me and I'll add it to your cart.`;
}

/** The languages an opt-out is understood and confirmed in. */
export type OptOutLanguage = Language | "pt";

/** The one answer to an opt-out. */
export function optOutConfirmation(language: OptOutLanguage): string {
  switch (language) {
    case "es":
      return "Hecho: ya no te enviaremos mensajes promocionales ni recordatorios del carrito. Seguirás recibiendo los avisos de tus pedidos. Si cambias de idea, escríbenos.";
    case "pt":
      return "Pronto: você não receberá mais mensagens promocionais nem lembretes do carrinho. Continuará recebendo as atualizações dos seus pedidos. Se mudar de ideia, escreva-nos.";
    case "en":
      return "Done: you won't get promotional messages or cart reminders from us any more. You'll still get updates about your orders. If you change your mind, just write to us.";
  }
}
