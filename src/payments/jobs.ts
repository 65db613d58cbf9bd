/**
 * The payment work orders ask for, as job handlers (both reach a provider, so they run outside
 * a transaction and are idempotent: a retry after a crash sends the same idempotency key).
 * `order.refund` refunds every captured payment of a cancelled order, and any payment that did
 * not pay its order (a second one), then records the order's refund; after the last attempt
 * fails, the refund is recorded as failed and the order flagged for staff. `order.close_payment`
 * closes the open checkout pages of an order cancelled unpaid, so its link takes no payment.
 *
 * @example
 * ```ts
 * import type { JobRunner } from "../jobs/runner.ts";
 * import type { Gateways } from "./gateway.ts";
 * declare const jobs: JobRunner;
 * declare const gateways: Gateways;
 * registerPaymentJobs(jobs, gateways);
 * ```
 * @module
 */
import type { JobRunner } from "../jobs/runner.ts";
import { errorText } from "../shared/log.ts";
import { ORDER_JOBS } from "../orders/jobs.ts";
import { recordRefund } from "../orders/settlement.ts";
import type { Gateways, PaymentGateway } from "./gateway.ts";
import { openSessions, paymentsToRefund, recordPaymentRefund, setSessionStatus } from "./store.ts";

const REFUND_ATTEMPTS = 8;

/** Registers the handlers of `order.refund` and `order.close_payment`. */
export function registerPaymentJobs(jobs: JobRunner, gateways: Gateways): void {
  const gatewayOf = (provider: keyof Gateways): PaymentGateway => {
    const gateway = gateways[provider];
    if (!gateway) throw new Error(`${provider} is not configured`);
    return gateway;
  };

  jobs.handle(ORDER_JOBS.refund, async (job, sql) => {
    const orderId = job.key;
    const due = await paymentsToRefund(sql, orderId);
    for (const payment of due) {
      try {
        const reference = await gatewayOf(payment.provider).refund(
          payment.reference,
          `refund-${payment.id}`,
        );
        await recordPaymentRefund(sql, payment.id, { reference });
      } catch (err) {
        if (job.attempts < REFUND_ATTEMPTS) throw err;
        await recordPaymentRefund(sql, payment.id, { failed: true });
        await recordRefund(sql, orderId, { ok: false, error: errorText(err) }, job.dueAt);
        return;
      }
    }
    const [order] = await sql<{ status: string; refundStatus: string | null }[]>`
      select status, refund_status from orders where id = ${orderId}`;
    if (order?.status === "cancelled" && order.refundStatus === "requested") {
      await recordRefund(sql, orderId, { ok: true }, job.dueAt);
    }
  }, { transaction: false, maxAttempts: REFUND_ATTEMPTS });

  jobs.handle(ORDER_JOBS.closePayment, async (job, sql) => {
    for (const session of await openSessions(sql, job.key)) {
      await gatewayOf(session.provider).closeCheckout(session.reference);
      await setSessionStatus(sql, session.id, "expired");
    }
  }, { transaction: false });
}
