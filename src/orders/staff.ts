/**
 * Orders as staff see them: the orders service's list, each order with its customer and the
 * conversation to open, and one order with every status it went through.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const rows = await listStaffOrders(sql, { status: "awaiting_payment" });
 * rows[0].customer?.phone; // "+34600000001"
 * const one = await staffOrder(sql, rows[0].id);
 * one.events.map((e) => e.toStatus); // ["awaiting_payment", "paid"]
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { getOrder, listOrders, type Order } from "./service.ts";
import type { Actor, OrderStatus } from "./status.ts";

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

/** One status change of an order. */
export interface OrderEvent {
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  actor: Actor;
  note: string | null;
  createdAt: Date;
}

/** Orders newest first, optionally of one status or customer, with their customers. */
export async function listStaffOrders(
  sql: Sql,
  query: { status?: OrderStatus; customerId?: number; limit?: number; before?: number } = {},
): Promise<StaffOrder[]> {
  return withCustomers(sql, await listOrders(sql, query));
}

/** One order with its customer and its history. */
export async function staffOrder(
  sql: Sql,
  id: string,
): Promise<StaffOrder & { events: OrderEvent[] }> {
  const [order] = await withCustomers(sql, [await getOrder(sql, id)]);
  const events = await sql<OrderEvent[]>`
    select from_status, to_status, actor, note, created_at from order_events
    where order_id = ${id} order by id`;
  return { ...order, events };
}

async function withCustomers(sql: Sql, orders: Order[]): Promise<StaffOrder[]> {
  const ids = [...new Set(orders.flatMap((o) => o.customerId === null ? [] : [o.customerId]))];
  const customers = ids.length === 0 ? [] : await sql<OrderCustomer[]>`
    select c.id, c.phone, coalesce(c.full_name, c.name) as name, v.id as conversation_id
    from customers c left join conversations v on v.customer_id = c.id
    where c.id = any(${ids}::bigint[])`;
  const byId = new Map(customers.map((c) => [c.id, c]));
  return orders.map((o) => ({
    ...o,
    customer: o.customerId === null ? null : byId.get(o.customerId) ?? null,
  }));
}
