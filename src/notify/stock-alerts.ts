/**
 * Back in stock: a customer asks to be told when a sold-out product returns (the agent's
 * `notify_back_in_stock` tool) and waits in `stock_alerts`. When the product's stock goes from
 * none to some, by whatever path (sql/0030's trigger on `products`), a `product.back_in_stock`
 * job fans the alert out: each waiting customer is sent it once (its proactive key is the
 * alert's id) and marked notified, in the job's transaction, so a crash in the middle of a
 * fan-out repeats nobody and misses nobody; the outbox sends them at its rate.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * import type { JobRunner } from "../jobs/runner.ts";
 * import { systemClock } from "../shared/clock.ts";
 * declare const sql: Sql;
 * declare const jobs: JobRunner;
 * await watchProduct(sql, 1, 4); // customer 1 waits for product 4
 * registerStockAlerts(jobs, { connected: true, clock: systemClock, onQueued: () => {} });
 * ```
 * @module
 */
import { getProduct } from "../catalog/service.ts";
import type { Sql } from "../db/connect.ts";
import { deferJob } from "../jobs/queue.ts";
import type { JobRunner } from "../jobs/runner.ts";
import type { Clock } from "../shared/clock.ts";
import { formatMoney } from "../shared/money.ts";
import { sendProactive } from "./send.ts";
import { backInStockText } from "./texts.ts";

/** The job kind of a product's fan-out; its key is the product id. */
export const BACK_IN_STOCK_JOB = "product.back_in_stock";

/** Alerts sent per job round; a larger fan-out continues in the next round. */
const FAN_OUT_BATCH = 200;

/** The customer waits for the product; false when they were already waiting. */
export async function watchProduct(
  sql: Sql,
  customerId: number,
  productId: number,
): Promise<boolean> {
  const rows = await sql`
    insert into stock_alerts (product_id, customer_id) values (${productId}, ${customerId})
    on conflict (product_id, customer_id) where notified_at is null do nothing
    returning id`;
  return rows.length > 0;
}

/** Registers the fan-out's handler. */
export function registerStockAlerts(
  jobs: JobRunner,
  options: { connected: boolean; clock: Clock; onQueued: () => void },
): void {
  jobs.handle(BACK_IN_STOCK_JOB, async (job, tx) => {
    const product = await getProduct(tx, Number(job.key), { includeInactive: true });
    if (!product.active || product.stock <= 0) return;
    const waiting = await tx<{ id: number; customerId: number }[]>`
      select id, customer_id from stock_alerts
      where product_id = ${product.id} and notified_at is null
      order by id limit ${FAN_OUT_BATCH}
      for update skip locked`;
    let queued = false;
    for (const alert of waiting) {
      const outcome = await sendProactive(tx, {
        customerId: alert.customerId,
        kind: "back_in_stock",
        key: `alert:${alert.id}`,
        text: (language) =>
          backInStockText({
            name: product.name,
            price: formatMoney(product.priceMinor, product.currency, language),
          }, language),
        variables: (language) => ({
          "1": product.name,
          "2": formatMoney(product.priceMinor, product.currency, language),
        }),
        now: options.clock.now(),
        connected: options.connected,
      });
      queued ||= outcome.status === "queued" && outcome.outboundId !== null;
    }
    await tx`update stock_alerts set notified_at = now() where id = any(${
      waiting.map((a) => a.id)
    }::bigint[])`;
    if (waiting.length === FAN_OUT_BATCH) await deferJob(tx, job.id, options.clock.now());
    if (queued) options.onQueued();
  });
}
