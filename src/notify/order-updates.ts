/**
 * Order updates and payment reminders on WhatsApp: the handlers of `order.notify` jobs, which
 * orders/ schedules in the same transaction as the status change (paid, ready, shipped,
 * delivered, cancelled, expired, refunded, a payment failed or came too late), and of
 * `order.remind_payment`, due a set time before an unpaid order's hold ends. Each goes through
 * {@link sendProactive} once per order and kind: free text in the window, the kind's template
 * outside it (variables: `1` the order number, `2` its total, `3` the tracking or payment link,
 * `-` when there is none), or skipped with the reason.
 *
 * @example
 * ```ts
 * import type { JobRunner } from "../jobs/runner.ts";
 * import { systemClock } from "../shared/clock.ts";
 * declare const jobs: JobRunner;
 * registerOrderUpdates(jobs, {
 *   connected: true,
 *   clock: systemClock,
 *   timeZone: "Europe/Madrid",
 *   publicBaseUrl: "https://shop.example",
 *   onQueued: () => {},
 * });
 * ```
 * @module
 */
import type { JobRunner } from "../jobs/runner.ts";
import { ORDER_JOBS, ORDER_NOTICES, type OrderNotice } from "../orders/jobs.ts";
import { noticeText } from "../orders/notices.ts";
import { getOrder, type Order } from "../orders/service.ts";
import { payUrl } from "../payments/links.ts";
import type { Clock } from "../shared/clock.ts";
import type { Language } from "../shared/language.ts";
import { formatMoney } from "../shared/money.ts";
import { sendProactive } from "./send.ts";
import { paymentReminderText } from "./texts.ts";

export interface NotifyOptions {
  /** Whether a WhatsApp sender is configured. */
  connected: boolean;
  clock: Clock;
  timeZone: string;
  publicBaseUrl?: string;
  /** Called when a message was queued for the outbox (wake it). */
  onQueued: () => void;
}

/** The template variables of a message about `order`. */
function orderVariables(order: Order, detail: string | null) {
  return (language: Language) => ({
    "1": `#${order.number}`,
    "2": formatMoney(order.totalMinor, order.currency, language),
    "3": detail || "-",
  });
}

/** Registers the handlers of `order.notify` and `order.remind_payment`. */
export function registerOrderUpdates(jobs: JobRunner, options: NotifyOptions): void {
  const link = (order: Order) =>
    options.publicBaseUrl ? payUrl(options.publicBaseUrl, order.id) : null;

  jobs.handle(ORDER_JOBS.notify, async (job, tx) => {
    const notice = job.payload.notice as OrderNotice;
    if (!ORDER_NOTICES.includes(notice)) return;
    const order = await getOrder(tx, job.key.split(":")[0]);
    if (order.customerId === null) return;
    const detail = notice === "shipped"
      ? order.trackingUrl ?? order.trackingNumber
      : notice === "payment_failed"
      ? link(order)
      : null;
    const outcome = await sendProactive(tx, {
      customerId: order.customerId,
      kind: notice,
      key: `${order.id}:${notice}`,
      orderId: order.id,
      text: (language) =>
        noticeText(notice, order, { language, timeZone: options.timeZone, payUrl: link(order) }),
      variables: orderVariables(order, detail),
      now: options.clock.now(),
      connected: options.connected,
    });
    if (outcome.status === "queued" && outcome.outboundId) options.onQueued();
  });

  jobs.handle(ORDER_JOBS.remindPayment, async (job, tx) => {
    const order = await getOrder(tx, job.key);
    const now = options.clock.now();
    if (
      order.customerId === null || order.status !== "awaiting_payment" ||
      order.holdExpiresAt === null || order.holdExpiresAt <= now
    ) return;
    const url = link(order);
    const outcome = await sendProactive(tx, {
      customerId: order.customerId,
      kind: "payment_reminder",
      key: order.id,
      orderId: order.id,
      text: (language) => paymentReminderText(order, { language, timeZone: options.timeZone, url }),
      variables: orderVariables(order, url),
      now,
      connected: options.connected,
    });
    if (outcome.status === "queued" && outcome.outboundId) options.onQueued();
  });
}
