/**
 * Transfer receipts: a document a customer sends while an order of theirs waits for a bank
 * transfer is attached to that order (the newest one) for staff to check. It never marks the
 * order paid; staff do, after seeing the money arrive.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const order = await attachReceipt(sql, 7, 42); // { id: 3, number: 1003 } or null
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";

/** Attaches message `messageId` to the customer's newest order awaiting a transfer, if any. */
export async function attachReceipt(
  sql: Sql,
  customerId: number,
  messageId: number,
): Promise<{ id: number; number: number } | null> {
  const [order] = await sql<{ id: number; number: number }[]>`
    update orders set receipt_message_id = ${messageId}
    where id = (
      select id from orders
      where customer_id = ${customerId} and payment_method = 'transfer'
        and status = 'awaiting_payment'
      order by created_at desc, id desc
      limit 1
    )
    returning id, number`;
  return order ?? null;
}
