/**
 * What the shop tells a customer about their order, in their language: payment received,
 * failed or too late, the hold expired, the order cancelled, ready, on its way (with its
 * tracking when staff gave it), delivered, its refund made.
 *
 * @example
 * ```ts
 * import type { Order } from "./service.ts";
 * declare const order: Order;
 * noticeText("paid", order, { language: "es", timeZone: "Europe/Madrid", payUrl: null });
 * // "¡Pago recibido! Tu pedido #1001 (13,00 €) está pagado. …"
 * ```
 * @module
 */
import type { Language } from "../shared/language.ts";
import { formatMoney } from "../shared/money.ts";
import type { OrderNotice } from "./jobs.ts";
import type { Order } from "./service.ts";

/** The notice's text. `payUrl` is where the order can be paid (for a failed payment). */
export function noticeText(
  notice: OrderNotice,
  order: Order,
  options: { language: Language; timeZone: string; payUrl: string | null },
): string {
  const es = options.language === "es";
  const total = formatMoney(order.totalMinor, order.currency, options.language);
  const n = `#${order.number}`;
  const until = order.holdExpiresAt === null ? null : new Intl.DateTimeFormat(
    es ? "es-ES" : "en-GB",
    { timeZone: options.timeZone, hour: "2-digit", minute: "2-digit" },
  ).format(order.holdExpiresAt);
  switch (notice) {
    case "paid": {
      const next = order.fulfilment === "pickup"
        ? (es
          ? "Te avisaremos por aquí cuando esté listo para recoger."
          : "We'll let you know here when it's ready to pick up.")
        : (es ? "Te avisaremos por aquí cuando salga." : "We'll let you know here when it ships.");
      return es
        ? `¡Pago recibido! Tu pedido ${n} (${total}) está pagado. ${next}`
        : `Payment received! Your order ${n} (${total}) is paid. ${next}`;
    }
    case "payment_failed": {
      const retry = options.payUrl
        ? (es
          ? ` Puedes intentarlo de nuevo aquí${
            until ? ` hasta las ${until}` : ""
          }: ${options.payUrl}`
          : ` You can try again here${until ? ` until ${until}` : ""}: ${options.payUrl}`)
        : "";
      return es
        ? `No se ha podido completar el pago de tu pedido ${n}.${retry}`
        : `The payment of your order ${n} did not go through.${retry}`;
    }
    case "expired":
      return es
        ? `Tu pedido ${n} se ha cancelado porque no recibimos el pago a tiempo, y sus productos vuelven a estar a la venta. Si todavía los quieres, escríbenos y lo preparamos de nuevo.`
        : `Your order ${n} was cancelled because its payment did not arrive in time, and its items are back on sale. If you still want them, write to us and we'll set it up again.`;
    case "cancelled": {
      const refund = order.refundStatus === "requested"
        ? (es
          ? ` Te devolvemos el pago de ${total}.`
          : ` Your payment of ${total} is being refunded.`)
        : "";
      return es
        ? `Tu pedido ${n} ha sido cancelado.${refund}`
        : `Your order ${n} has been cancelled.${refund}`;
    }
    case "ready_for_pickup":
      return es
        ? `¡Tu pedido ${n} está listo para recoger!`
        : `Your order ${n} is ready to pick up!`;
    case "shipped": {
      const tracking = trackingText(order, es);
      return es
        ? `¡Tu pedido ${n} está en camino!${tracking}`
        : `Your order ${n} is on its way!${tracking}`;
    }
    case "delivered":
      return es
        ? `Tu pedido ${n} ha sido entregado. ¡Gracias por tu compra!`
        : `Your order ${n} has been delivered. Thank you for your purchase!`;
    case "refunded":
      return es
        ? `Hemos hecho la devolución de ${total} de tu pedido ${n}. Según tu banco, puede tardar unos días en verse.`
        : `We've refunded ${total} for your order ${n}. Depending on your bank, it may take a few days to show.`;
    case "late_payment_refunded":
      return es
        ? `Hemos recibido tu pago del pedido ${n}, pero llegó cuando el pedido ya estaba cancelado, así que te lo devolvemos (${total}). Si aún quieres los productos, escríbenos.`
        : `We received your payment for order ${n}, but it arrived after the order was cancelled, so we're refunding it (${total}). If you still want the items, write to us.`;
  }
}

/** The tracking staff gave, as lines to append ("" without any). */
function trackingText(order: Order, es: boolean): string {
  const lines = [
    order.trackingNumber &&
    `${es ? "Número de seguimiento" : "Tracking number"}: ${order.trackingNumber}`,
    order.trackingUrl && `${es ? "Síguelo aquí" : "Follow it here"}: ${order.trackingUrl}`,
  ].filter((line) => line);
  return lines.length === 0 ? "" : `\n${lines.join("\n")}`;
}
