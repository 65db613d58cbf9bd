/**
 * Orders as staff see them: the orders service's list, each order with its customer and the
 * conversation to open.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const rows = await listStaffOrders(sql, { status: "pending" });
 * rows[0].customer?.phone; // "+34600000001"
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { listOrders, type Order, type OrderStatus } from "./service.ts";

/** Who placed an order, and where staff can talk to them. */
export interface OrderCustomer {
  id: number;
  phone: string;
  name: string | null;
  conversationId: number | null;
}

export interface StaffOrder extends Order {
  customer: OrderCustomer | null;
}

/** Orders newest first, optionally of one status or customer, with their customers. */
export async function listStaffOrders(
  sql: Sql,
  query: { status?: OrderStatus; customerId?: number; limit?: number; before?: number } = {},
): Promise<StaffOrder[]> {
  const orders = await listOrders(sql, query);
  const ids = [...new Set(orders.flatMap((o) => o.customerId === null ? [] : [o.customerId]))];
  const customers = ids.length === 0 ? [] : await sql<OrderCustomer[]>`
    select c.id, c.phone, c.name, v.id as conversation_id
    from customers c left join conversations v on v.customer_id = c.id
    where c.id = any(${ids}::bigint[])`;
  const byId = new Map(customers.map((c) => [c.id, c]));
  return orders.map((o) => ({
    ...o,
    customer: o.customerId === null ? null : byId.get(o.customerId) ?? null,
  }));
}
