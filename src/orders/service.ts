/**
 * Orders: checkout turns an open cart into an order in one transaction, decrementing the
 * stock of every line with `... where stock >= quantity`, so concurrent checkouts never sell
 * more than exists; names and unit prices are copied into the order at that moment. Status
 * changes follow pending -> paid -> shipped -> delivered, and pending|paid -> cancelled, which
 * returns the stock.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * declare const cartId: string;
 * const order = await checkout(sql, cartId); // 409 insufficient_stock names short lines
 * await setOrderStatus(sql, order.id, "paid");
 * ```
 * @module
 */
import type postgres from "postgres";
import { inTransaction, type Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { isUuid } from "../shared/ids.ts";

export const ORDER_STATUSES = ["pending", "paid", "shipped", "delivered", "cancelled"] as const;
export type OrderStatus = typeof ORDER_STATUSES[number];

/** The statuses each status may move to. */
export const NEXT_STATUSES: Record<OrderStatus, OrderStatus[]> = {
  pending: ["paid", "cancelled"],
  paid: ["shipped", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
};

export interface OrderLine {
  productId: number;
  sku: string;
  name: string;
  unitPriceMinor: number;
  quantity: number;
  lineTotalMinor: number;
}

export interface Order {
  id: string;
  number: number;
  cartId: string;
  customerId: number | null;
  status: OrderStatus;
  currency: string;
  totalMinor: number;
  items: OrderLine[];
  createdAt: Date;
  updatedAt: Date;
}

/** A line checkout could not cover, as `insufficient_stock` details carry it. */
interface ShortLine {
  product_id: number;
  name: string;
  requested: number;
  available: number;
}

/**
 * Places the order for an open cart. 409 `insufficient_stock` (details: the short lines) and
 * nothing changed when any line cannot be covered; 422 `empty_cart` for an empty cart.
 */
export function checkout(sql: Sql, cartId: string): Promise<Order> {
  if (!isUuid(cartId)) return Promise.reject(notFound("Cart", cartId));
  return inTransaction(sql, async (tx) => {
    const [cart] = await tx<{ status: string; customerId: number | null }[]>`
      select status, customer_id from carts where id = ${cartId} for update`;
    if (!cart) throw notFound("Cart", cartId);
    if (cart.status !== "open") {
      throw new AppError("cart_closed", 409, "This cart was already checked out");
    }
    const lines = await tx<
      {
        productId: number;
        sku: string;
        name: string;
        priceMinor: number;
        currency: string;
        quantity: number;
        stock: number;
        active: boolean;
      }[]
    >`
      select p.id as product_id, p.sku, p.name, p.price_minor, p.currency, ci.quantity,
        p.stock, p.active
      from cart_items ci join products p on p.id = ci.product_id
      where ci.cart_id = ${cartId}
      order by p.id
      for update of p`;
    if (lines.length === 0) throw new AppError("empty_cart", 422, "The cart is empty");
    const inactive = lines.filter((l) => !l.active);
    if (inactive.length > 0) {
      throw new AppError(
        "product_unavailable",
        409,
        `No longer sold: ${inactive.map((l) => `«${l.name}»`).join(", ")}`,
        { product_ids: inactive.map((l) => l.productId) },
      );
    }
    const currencies = new Set(lines.map((l) => l.currency));
    if (currencies.size > 1) {
      throw new AppError("currency_mismatch", 422, "The cart mixes currencies");
    }
    const ids = lines.map((l) => l.productId);
    const quantities = lines.map((l) => l.quantity);
    const decremented = await tx<{ id: number }[]>`
      update products p set stock = p.stock - v.quantity, updated_at = now()
      from unnest(${ids}::int[], ${quantities}::int[]) as v(id, quantity)
      where p.id = v.id and p.stock >= v.quantity
      returning p.id`;
    if (decremented.length !== lines.length) {
      const short: ShortLine[] = lines
        .filter((l) => l.stock < l.quantity)
        .map((l) => ({
          product_id: l.productId,
          name: l.name,
          requested: l.quantity,
          available: l.stock,
        }));
      throw new AppError(
        "insufficient_stock",
        409,
        `Not enough stock for ${
          short.map((s) => `«${s.name}» (${s.available} left, ${s.requested} wanted)`).join(", ")
        }`,
        { lines: short },
      );
    }
    const totalMinor = lines.reduce((sum, l) => sum + l.priceMinor * l.quantity, 0);
    const [{ id }] = await tx<{ id: string }[]>`
      with o as (
        insert into orders (cart_id, customer_id, currency, total_minor)
        values (${cartId}, ${cart.customerId}, ${lines[0].currency}, ${totalMinor})
        returning id
      ), items as (
        insert into order_items (order_id, product_id, sku, name, unit_price_minor, quantity)
        select o.id, v.product_id, v.sku, v.name, v.price, v.quantity
        from o, unnest(${ids}::int[], ${lines.map((l) => l.sku)}::text[],
          ${lines.map((l) => l.name)}::text[], ${lines.map((l) => l.priceMinor)}::bigint[],
          ${quantities}::int[]) as v(product_id, sku, name, price, quantity)
      ), closed as (
        update carts set status = 'checked_out', updated_at = now() where id = ${cartId}
      )
      select id from o`;
    return getOrder(tx, id);
  });
}

/** One order with its lines. */
export async function getOrder(sql: Sql, id: string): Promise<Order> {
  if (!isUuid(id)) throw notFound("Order", id);
  const [order] = await selectOrders(sql, sql`o.id = ${id}`, 1);
  if (!order) throw notFound("Order", id);
  return order;
}

/** Orders newest first, optionally of one status or one customer, one page at a time. */
export function listOrders(
  sql: Sql,
  query: { status?: OrderStatus; customerId?: number; limit?: number; before?: number } = {},
): Promise<Order[]> {
  const where = [
    query.status ? sql`o.status = ${query.status}` : sql`true`,
    query.customerId === undefined ? sql`true` : sql`o.customer_id = ${query.customerId}`,
    query.before === undefined ? sql`true` : sql`o.number < ${query.before}`,
  ];
  return selectOrders(sql, sql`${where[0]} and ${where[1]} and ${where[2]}`, query.limit ?? 50);
}

/**
 * Moves an order to `status` if the transition is allowed (409 `invalid_transition`
 * otherwise). Cancelling returns the units to stock in the same transaction.
 */
export function setOrderStatus(sql: Sql, id: string, status: OrderStatus): Promise<Order> {
  if (!isUuid(id)) return Promise.reject(notFound("Order", id));
  const from = ORDER_STATUSES.filter((s) => NEXT_STATUSES[s].includes(status));
  return inTransaction(sql, async (tx) => {
    const updated = await tx`
      update orders set status = ${status}, updated_at = now()
      where id = ${id} and status = any(${from}::text[])
      returning id`;
    if (updated.length === 0) {
      const [row] = await tx<{ status: OrderStatus }[]>`select status from orders where id = ${id}`;
      if (!row) throw notFound("Order", id);
      throw new AppError(
        "invalid_transition",
        409,
        `An order that is ${row.status} cannot become ${status}`,
        { from: row.status, to: status, allowed: NEXT_STATUSES[row.status] },
      );
    }
    if (status === "cancelled") {
      await tx`
        update products p set stock = p.stock + oi.quantity, updated_at = now()
        from order_items oi where oi.order_id = ${id} and p.id = oi.product_id`;
    }
    return getOrder(tx, id);
  });
}

async function selectOrders(
  sql: Sql,
  where: postgres.Fragment,
  limit: number,
): Promise<Order[]> {
  return await sql<Order[]>`
    select o.id, o.number, o.cart_id, o.customer_id, o.status, o.currency, o.total_minor,
      o.created_at, o.updated_at,
      (select coalesce(json_agg(json_build_object(
          'productId', oi.product_id, 'sku', oi.sku, 'name', oi.name,
          'unitPriceMinor', oi.unit_price_minor, 'quantity', oi.quantity,
          'lineTotalMinor', oi.unit_price_minor * oi.quantity) order by oi.product_id), '[]')
        from order_items oi where oi.order_id = o.id) as items
    from orders o
    where ${where}
    order by o.number desc
    limit ${limit}`;
}
