/**
 * Telling customers about their orders on WhatsApp: the handler of `order.notify` jobs, which
 * orders/ schedules in the same transaction as the change (a payment received or failed, a hold
 * expired, a cancellation, an order ready or shipped). The notice goes through
 * {@link queueNotice}, so only inside the 24-hour window.
 *
 * @example
 * ```ts
 * import type { JobRunner } from "../jobs/runner.ts";
 * declare const jobs: JobRunner;
 * registerOrderNotices(jobs, {
 *   connected: true,
 *   timeZone: "Europe/Madrid",
 *   publicBaseUrl: "https://shop.example",
 *   onQueued: () => {},
 * });
 * ```
 * @module
 */
import type { JobRunner } from "../jobs/runner.ts";
import { ORDER_NOTICES, type OrderNotice } from "../orders/jobs.ts";
import { ORDER_JOBS } from "../orders/jobs.ts";
import { noticeText } from "../orders/notices.ts";
import { getOrder } from "../orders/service.ts";
import { payUrl } from "../payments/links.ts";
import { queueNotice } from "./notices.ts";

export interface OrderNoticeOptions {
  /** Whether a WhatsApp sender is configured. */
  connected: boolean;
  timeZone: string;
  publicBaseUrl?: string;
  /** Called when a notice was queued for the outbox (wake it). */
  onQueued: () => void;
}

/** Registers the handler of `order.notify` jobs. */
export function registerOrderNotices(jobs: JobRunner, options: OrderNoticeOptions): void {
  jobs.handle(ORDER_JOBS.notify, async (job, tx) => {
    const notice = job.payload.notice as OrderNotice;
    if (!ORDER_NOTICES.includes(notice)) return;
    const order = await getOrder(tx, job.key.split(":")[0]);
    if (order.customerId === null) return;
    const link = options.publicBaseUrl ? payUrl(options.publicBaseUrl, order.id) : null;
    const queued = await queueNotice(
      tx,
      order.customerId,
      (language) =>
        noticeText(notice, order, { language, timeZone: options.timeZone, payUrl: link }),
      { connected: options.connected },
    );
    if (queued?.outboundId) options.onQueued();
  });
}
