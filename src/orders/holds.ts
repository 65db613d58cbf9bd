/**
 * Holds: an order waiting for its payment keeps its stock until `hold_expires_at`; then the
 * `order.expire` job (scheduled when it was placed) cancels it, which returns the stock and
 * tells the customer. A payment arriving at the same moment locks the same row first or
 * second, so exactly one of the two happens (settlement.ts refunds a payment that lost).
 *
 * @example
 * ```ts
 * import type { JobRunner } from "../jobs/runner.ts";
 * import { systemClock } from "../shared/clock.ts";
 * declare const jobs: JobRunner;
 * registerHoldExpiry(jobs, systemClock);
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import type { JobRunner } from "../jobs/runner.ts";
import type { Clock } from "../shared/clock.ts";
import { ORDER_JOBS } from "./jobs.ts";
import { applyTransition, lockOrder } from "./status.ts";

/** The cancellation reason of an order whose hold expired. */
export const EXPIRED_NOTE = "hold expired unpaid";

/**
 * Cancels the order if it is still unpaid and its hold has ended at `now`; true when it did.
 * An order paid, cancelled or given a later hold meanwhile is left alone.
 */
export async function expireHold(sql: Sql, orderId: string, now: Date): Promise<boolean> {
  const order = await lockOrder(sql, orderId);
  if (!order || order.status !== "awaiting_payment") return false;
  const [{ due }] = await sql<{ due: boolean }[]>`
    select hold_expires_at <= ${now} as due from orders where id = ${orderId}`;
  if (!due) return false;
  await applyTransition(sql, order, "cancelled", {
    actor: "system",
    now,
    note: EXPIRED_NOTE,
    expired: true,
  });
  return true;
}

/** Registers the handler of `order.expire` jobs. */
export function registerHoldExpiry(jobs: JobRunner, clock: Clock): void {
  jobs.handle(ORDER_JOBS.expire, async (job, tx) => {
    await expireHold(tx, job.key, clock.now());
  });
}
