/**
 * What a verified payment does to an order, for payments/ to call inside the transaction that
 * records the provider's event. A payment of the right amount for an order awaiting it marks it
 * paid (status.ts). A payment that arrives after the order was cancelled (its hold expired, or
 * the customer cancelled) or that does not match it is refunded: the order asks for a refund
 * (`order.refund`), is flagged for staff, and the customer is told.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * declare const orderId: string;
 * const outcome = await settlePayment(sql, orderId, {
 *   method: "card",
 *   amountMinor: 1300,
 *   currency: "EUR",
 *   now: new Date(),
 * });
 * // "paid" | "already_paid" | "refund"
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { scheduleJob } from "../jobs/queue.ts";
import { notFound } from "../shared/errors.ts";
import { formatMoney } from "../shared/money.ts";
import type { PaymentMethod } from "../settings/terms.ts";
import { ORDER_JOBS } from "./jobs.ts";
import { applyTransition, lockOrder, scheduleNotice } from "./status.ts";

/** What became of a payment: it paid the order, the order was already paid, or it is refunded. */
export type Settlement = "paid" | "already_paid" | "refund";

export interface ReceivedPayment {
  method: PaymentMethod;
  amountMinor: number;
  currency: string;
  now: Date;
}

/** Applies a verified payment to its order (see the module docs). */
export async function settlePayment(
  sql: Sql,
  orderId: string,
  payment: ReceivedPayment,
): Promise<Settlement> {
  const order = await lockOrder(sql, orderId);
  if (!order) throw notFound("Order", orderId);
  const [facts] = await sql<
    { totalMinor: number; currency: string; cancelReason: string | null }[]
  >`
    select total_minor, currency, cancel_reason from orders where id = ${orderId}`;
  const matches = payment.method === order.paymentMethod &&
    payment.amountMinor === facts.totalMinor && payment.currency === facts.currency;
  if (matches && order.status === "awaiting_payment") {
    await applyTransition(sql, order, "paid", {
      actor: "provider",
      now: payment.now,
      note: `paid by ${payment.method}`,
    });
    return "paid";
  }
  if (matches && order.paidAt !== null) return "already_paid";
  const paid = formatMoney(payment.amountMinor, payment.currency, "en");
  const why = !matches
    ? `A ${payment.method} payment of ${paid} does not match this order`
    : order.status === "cancelled"
    ? `Paid ${paid} by ${payment.method} after the order was cancelled (${
      facts.cancelReason ?? "no reason given"
    })`
    : `Paid ${paid} by ${payment.method} while the order was ${order.status}`;
  await sql`
    update orders set refund_status = 'requested', updated_at = now(),
      attention = ${`${why}; the payment is being refunded.`}
    where id = ${orderId}`;
  await scheduleJob(sql, { kind: ORDER_JOBS.refund, key: orderId, dueAt: payment.now });
  if (order.customerId !== null && order.status === "cancelled") {
    await scheduleNotice(sql, orderId, "late_payment_refunded", payment.now);
  }
  return "refund";
}

/**
 * A second payment arrived for an order already paid: it is refunded (`order.refund` refunds
 * every payment that did not pay the order) and the order is flagged for staff.
 */
export async function refundExtraPayment(
  sql: Sql,
  orderId: string,
  payment: ReceivedPayment,
): Promise<void> {
  const paid = formatMoney(payment.amountMinor, payment.currency, "en");
  await sql`
    update orders set updated_at = now(),
      attention = ${`Paid a second time (${paid} by ${payment.method}); that payment is being refunded.`}
    where id = ${orderId}`;
  await scheduleJob(sql, { kind: ORDER_JOBS.refund, key: orderId, dueAt: payment.now });
}

/** A payment attempt failed (a declined card, a rejected payment): tell the customer. */
export async function notePaymentFailed(sql: Sql, orderId: string, now: Date): Promise<void> {
  const order = await lockOrder(sql, orderId);
  if (order?.status === "awaiting_payment" && order.customerId !== null) {
    await scheduleNotice(sql, orderId, "payment_failed", now);
  }
}

/**
 * Records how the refund an order asked for ended at `now`; a failed one is flagged for staff,
 * a completed one told to the customer.
 */
export async function recordRefund(
  sql: Sql,
  orderId: string,
  outcome: { ok: true } | { ok: false; error: string },
  now: Date,
): Promise<void> {
  const [order] = await sql<{ customerId: number | null }[]>`
    update orders set refund_status = ${outcome.ok ? "refunded" : "failed"}, updated_at = now(),
      attention = case when ${outcome.ok} then attention
        else ${outcome.ok ? null : `The refund failed: ${outcome.error}`.slice(0, 500)} end
    where id = ${orderId}
    returning customer_id`;
  if (outcome.ok && order?.customerId != null) {
    await scheduleNotice(sql, orderId, "refunded", now);
  }
}
