/**
 * The scheduled work orders ask for (jobs/queue.ts rows, keyed by order id). Orders schedule
 * them in the transaction of the change that needs them; the handlers live where the work is:
 * expiring a hold here (holds.ts), refunds and closing payment links in payments/, telling the
 * customer in the composition (it needs conversations/, above orders).
 *
 * @module
 */

/** Job kinds about orders. */
export const ORDER_JOBS = {
  /** An unpaid order's hold ends: cancel it and return its stock (holds.ts). */
  expire: "order.expire",
  /** Tell the customer about their order; payload `{ notice }` ({@link OrderNotice}). */
  notify: "order.notify",
  /** Refund what was paid online for a cancelled order, or paid twice (payments/). */
  refund: "order.refund",
  /** An unpaid online order was cancelled: close its open payment links (payments/). */
  closePayment: "order.close_payment",
  /** An unpaid order's hold ends soon: remind the customer to pay (notify/). */
  remindPayment: "order.remind_payment",
} as const;

/** What a customer is told about their order. */
export const ORDER_NOTICES = [
  "paid",
  "payment_failed",
  "expired",
  "cancelled",
  "ready_for_pickup",
  "shipped",
  "delivered",
  "refunded",
  "late_payment_refunded",
] as const;
export type OrderNotice = typeof ORDER_NOTICES[number];
