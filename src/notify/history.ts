/**
 * What the shop sent a customer on its own, for the dashboard: every proactive message of an
 * order or a customer, newest first, sent (how) or skipped (why), with the delivery status of
 * what was queued.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const rows = await proactiveHistory(sql, { customerId: 1 });
 * rows[0]; // { kind: "shipped", status: "queued", via: "template", delivery: "delivered", ... }
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";

/** One proactive message as staff see it. */
export interface ProactiveRow {
  kind: string;
  status: "queued" | "skipped";
  via: "text" | "template" | "thread" | null;
  reason: string | null;
  /** The outbox's status of what was queued (sent, delivered, failed...). */
  delivery: string | null;
  errorCode: number | null;
  createdAt: Date;
}

/** The proactive messages of an order or of a customer, newest first (at most 50). */
export function proactiveHistory(
  sql: Sql,
  of: { orderId: string } | { customerId: number },
): Promise<ProactiveRow[]> {
  const where = "orderId" in of
    ? sql`p.order_id = ${of.orderId}`
    : sql`p.customer_id = ${of.customerId}`;
  return sql<ProactiveRow[]>`
    select p.kind, p.status, p.via, p.reason, o.status as delivery, o.error_code, p.created_at
    from proactive_messages p left join outbound_messages o on o.id = p.outbound_id
    where ${where}
    order by p.id desc limit 50`;
}
