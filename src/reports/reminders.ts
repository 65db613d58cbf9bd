/**
 * What abandoned-cart reminders brought back in a period: reminders sent, carts recovered (the
 * customer placed an order within 24 hours of one of the cart's reminders) and the revenue of
 * those orders (cancelled ones left out, in the store's currency).
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const r = await reminderFigures(sql, new Date("2026-12-01"), new Date("2026-12-08"), "EUR");
 * r.sent; r.cartsRecovered; r.revenueRecoveredMinor;
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";

/** How long after a reminder an order counts as recovered by it. */
export const RECOVERY_HOURS = 24;

export interface ReminderFigures {
  sent: number;
  cartsRecovered: number;
  revenueRecoveredMinor: number;
}

/** The figures of reminders sent from `start` to before `end`. */
export async function reminderFigures(
  sql: Sql,
  start: Date,
  end: Date,
  currency: string,
): Promise<ReminderFigures> {
  const [row] = await sql<ReminderFigures[]>`
    with sent as (
      select customer_id, cart_id, created_at from proactive_messages
      where kind = 'cart_reminder' and status = 'queued'
        and created_at >= ${start} and created_at < ${end}
    ), recovered as (
      select distinct s.cart_id, o.id as order_id, o.total_minor, o.currency, o.status
      from sent s join orders o on o.customer_id = s.customer_id
        and o.created_at >= s.created_at
        and o.created_at < s.created_at + make_interval(hours => ${RECOVERY_HOURS})
    )
    select (select count(*)::int from sent) as sent,
      (select count(distinct cart_id)::int from recovered) as carts_recovered,
      (select coalesce(sum(total_minor), 0)::bigint from (
        select distinct order_id, total_minor from recovered
        where status <> 'cancelled' and currency = ${currency}) r) as revenue_recovered_minor`;
  return { ...row, revenueRecoveredMinor: Number(row.revenueRecoveredMinor) };
}
