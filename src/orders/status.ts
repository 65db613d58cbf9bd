/**
 * The order status machine, in one place. An order starts `awaiting_payment` (card, Mercado
 * Pago, transfer) or `confirmed` (cash), becomes `paid`, then `ready_for_pickup` (pickup) or
 * `shipped` (delivery, shipping), then `delivered`; it can be `cancelled` until it ships. Who
 * may move it matters: only a provider's verified payment marks a card or Mercado Pago order
 * paid, staff mark cash and transfer orders paid, a customer may only cancel. Every move is
 * recorded in `order_events` with its side effects in the same transaction: cancelling returns
 * the stock and asks for a refund of what was paid online, paying ends the hold, and the
 * customer is told (a notice job).
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * declare const orderId: string;
 * nextStatuses({ status: "paid", fulfilment: "pickup", paymentMethod: "card" }, "staff");
 * // ["ready_for_pickup", "cancelled"]
 * await changeStatus(sql, orderId, "cancelled", { actor: "customer", now: new Date() });
 * ```
 * @module
 */
import { inTransaction, type Sql } from "../db/connect.ts";
import { cancelJob, scheduleJob } from "../jobs/queue.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { isUuid } from "../shared/ids.ts";
import { type Fulfilment, ONLINE_METHODS, type PaymentMethod } from "../settings/terms.ts";
import { ORDER_JOBS, type OrderNotice } from "./jobs.ts";

export const ORDER_STATUSES = [
  "awaiting_payment",
  "confirmed",
  "paid",
  "ready_for_pickup",
  "shipped",
  "delivered",
  "cancelled",
] as const;
export type OrderStatus = typeof ORDER_STATUSES[number];

/** Who moves an order: the customer, staff, the server itself (a hold expiring), a provider. */
export type Actor = "customer" | "staff" | "system" | "provider";

const GRAPH: Record<OrderStatus, readonly OrderStatus[]> = {
  awaiting_payment: ["paid", "cancelled"],
  confirmed: ["paid", "ready_for_pickup", "shipped", "cancelled"],
  paid: ["ready_for_pickup", "shipped", "cancelled"],
  ready_for_pickup: ["delivered", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
};

/** What the machine looks at. `null` methods belong to orders placed before they existed. */
export interface StatusFacts {
  status: OrderStatus;
  fulfilment: Fulfilment | null;
  paymentMethod: PaymentMethod | null;
}

/** The statuses `actor` may move this order to. */
export function nextStatuses(order: StatusFacts, actor: Actor): OrderStatus[] {
  return GRAPH[order.status].filter((to) => allowed(order, to, actor));
}

function allowed(o: StatusFacts, to: OrderStatus, actor: Actor): boolean {
  const online = o.paymentMethod !== null && ONLINE_METHODS.includes(o.paymentMethod);
  switch (to) {
    case "cancelled":
      return true;
    case "paid":
      return actor === "provider" ? online : actor === "staff" && !online;
    case "ready_for_pickup":
      return actor === "staff" && o.fulfilment !== "delivery" && o.fulfilment !== "shipping";
    case "shipped":
      return actor === "staff" && o.fulfilment !== "pickup";
    default:
      return actor === "staff";
  }
}

/** How a status change came about. */
export interface ChangeOptions {
  actor: Actor;
  now: Date;
  /** Why (a cancellation's reason), kept with the order and its event. */
  note?: string;
  /** A hold expired: the customer is told so rather than "cancelled". */
  expired?: boolean;
  /** Staff's tracking of a shipment, kept with the order and told to the customer. */
  tracking?: Tracking;
}

/** A shipment's tracking number and page, as staff give them. */
export interface Tracking {
  number?: string;
  url?: string;
}

interface Locked extends StatusFacts {
  id: string;
  customerId: number | null;
  paidAt: Date | null;
}

/** Locks an order's row for a status change. */
export async function lockOrder(sql: Sql, id: string): Promise<Locked | null> {
  if (!isUuid(id)) return null;
  const [row] = await sql<Locked[]>`
    select id, status, fulfilment, payment_method, customer_id, paid_at
    from orders where id = ${id} for update`;
  return row ?? null;
}

/**
 * Moves an order to `to` when `actor` may (409 `invalid_transition` naming the allowed ones
 * otherwise), with its side effects, in one transaction.
 */
export function changeStatus(
  sql: Sql,
  id: string,
  to: OrderStatus,
  options: ChangeOptions,
): Promise<void> {
  return inTransaction(sql, async (tx) => {
    const order = await lockOrder(tx, id);
    if (!order) throw notFound("Order", id);
    const allowedNow = nextStatuses(order, options.actor);
    if (!allowedNow.includes(to)) {
      throw new AppError(
        "invalid_transition",
        409,
        `An order that is ${order.status} cannot become ${to}` +
          (to === "paid" && options.actor === "staff"
            ? " by hand: card and Mercado Pago orders are marked paid by the provider's payment"
            : ""),
        { from: order.status, to, allowed: allowedNow },
      );
    }
    await applyTransition(tx, order, to, options);
  });
}

/**
 * Moves a locked order to `to` (already checked) and does what the move implies. For the other
 * modules of orders/ that decide the move themselves (a payment, a hold expiring).
 */
export async function applyTransition(
  tx: Sql,
  order: Locked,
  to: OrderStatus,
  options: ChangeOptions,
): Promise<void> {
  const online = order.paymentMethod !== null && ONLINE_METHODS.includes(order.paymentMethod);
  const paying = to === "paid" || (to === "delivered" && order.paidAt === null);
  const refund = to === "cancelled" && order.paidAt !== null && online;
  await tx`
    update orders set status = ${to}, updated_at = now(),
      paid_at = case when ${paying} then ${options.now} else paid_at end,
      hold_expires_at = case when ${to !== "awaiting_payment"} then null else hold_expires_at end,
      cancelled_at = case when ${to === "cancelled"} then ${options.now} else cancelled_at end,
      cancel_reason = case when ${to === "cancelled"} then ${options.note ?? null}
        else cancel_reason end,
      refund_status = case when ${refund} then 'requested' else refund_status end,
      tracking_number = coalesce(${options.tracking?.number ?? null}, tracking_number),
      tracking_url = coalesce(${options.tracking?.url ?? null}, tracking_url)
    where id = ${order.id}`;
  await tx`
    insert into order_events (order_id, from_status, to_status, actor, note)
    values (${order.id}, ${order.status}, ${to}, ${options.actor}, ${options.note ?? null})`;
  if (order.status === "awaiting_payment") await cancelJob(tx, ORDER_JOBS.expire, order.id);
  if (to === "cancelled") {
    await tx`
      update products p set stock = p.stock + oi.quantity, updated_at = now()
      from order_items oi where oi.order_id = ${order.id} and p.id = oi.product_id`;
    const job = refund ? ORDER_JOBS.refund : online ? ORDER_JOBS.closePayment : null;
    if (job) await scheduleJob(tx, { kind: job, key: order.id, dueAt: options.now });
  }
  const notice = noticeFor(to, options);
  if (notice && order.customerId !== null) await scheduleNotice(tx, order.id, notice, options.now);
}

function noticeFor(to: OrderStatus, options: ChangeOptions): OrderNotice | null {
  switch (to) {
    case "paid":
    case "ready_for_pickup":
    case "shipped":
    case "delivered":
      return to;
    case "cancelled":
      return options.expired ? "expired" : options.actor === "customer" ? null : "cancelled";
    default:
      return null;
  }
}

/** Queues telling the customer about their order (orders/jobs.ts). */
export async function scheduleNotice(
  tx: Sql,
  orderId: string,
  notice: OrderNotice,
  now: Date,
): Promise<void> {
  await scheduleJob(tx, {
    kind: ORDER_JOBS.notify,
    key: `${orderId}:${notice}`,
    dueAt: now,
    payload: { notice },
  });
}
