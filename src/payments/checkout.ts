/**
 * Opening an order's checkout page: the payment link sent in the chat is this server's
 * (`/pay/{order}`), and following it opens the provider's page for the order, reused while it
 * is open, created when there is none (the first visit, or after a payment failed or a page
 * expired). The provider is called with no transaction open, under an idempotency key per
 * attempt, so concurrent visits get the same page.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * import type { Order } from "../orders/service.ts";
 * import type { Gateways } from "./gateway.ts";
 * declare const sql: Sql;
 * declare const gateways: Gateways;
 * declare const order: Order;
 * const url = await openCheckout(sql, gateways, order, {
 *   now: new Date(),
 *   publicBaseUrl: "https://shop.example",
 * });
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";
import type { Order } from "../orders/service.ts";
import type { Gateways } from "./gateway.ts";
import { returnUrl } from "./links.ts";
import { nextAttempt, openSession, type Provider, recordSession } from "./store.ts";

/** A page must stay open at least this long to be sent to the customer. */
const MIN_LEFT_MS = 60_000;

const FEE_LABELS = {
  es: { delivery: "Envío a domicilio", shipping: "Envío", pickup: "Recogida" },
  en: { delivery: "Local delivery", shipping: "Shipping", pickup: "Pickup" },
  pt: { delivery: "Entrega em domicílio", shipping: "Envio", pickup: "Retirada" },
} as const;

/** The provider of an order paid online. */
export function providerOf(order: Pick<Order, "paymentMethod">): Provider | null {
  return order.paymentMethod === "card"
    ? "stripe"
    : order.paymentMethod === "mercadopago"
    ? "mercadopago"
    : null;
}

/**
 * The URL of the provider's page for an order awaiting payment online. 409 `not_payable` for
 * any other order or one whose hold has ended; 503 `payment_unavailable` when its provider is
 * not configured.
 */
export async function openCheckout(
  sql: Sql,
  gateways: Gateways,
  order: Order,
  options: { now: Date; publicBaseUrl: string },
): Promise<string> {
  const provider = providerOf(order);
  const hold = order.holdExpiresAt;
  if (
    order.status !== "awaiting_payment" || provider === null || hold === null ||
    hold.getTime() <= options.now.getTime()
  ) {
    throw new AppError("not_payable", 409, `Order #${order.number} cannot be paid online now`);
  }
  const gateway = gateways[provider];
  if (!gateway) {
    throw new AppError("payment_unavailable", 503, `Payments by ${provider} are not configured`);
  }
  const open = await openSession(
    sql,
    order.id,
    provider,
    new Date(options.now.getTime() + MIN_LEFT_MS),
  );
  if (open) return open.url;
  const attempt = await nextAttempt(sql, order.id);
  const page = await gateway.createCheckout({
    order,
    expiresAt: hold,
    now: options.now,
    returnUrl: returnUrl(options.publicBaseUrl, order.id),
    notificationUrl: `${options.publicBaseUrl}/webhooks/mercadopago`,
    idempotencyKey: `checkout-${order.id}-${attempt}`,
    feeLabel: FEE_LABELS[order.language][order.fulfilment ?? "shipping"],
  });
  await recordSession(sql, {
    orderId: order.id,
    provider,
    attempt,
    reference: page.reference,
    url: page.url,
    expiresAt: page.expiresAt,
  });
  return page.url;
}
