/**
 * Orders: placing one turns a complete quote (quote.ts) into an order in one transaction. The
 * cart's lines are read again under lock and must be what the quote says; the stock of every
 * line is decremented with `... where stock >= quantity`, so concurrent orders never sell more
 * than exists; contact, address, methods, fee and prices are copied into the order. An order
 * paid later (card, Mercado Pago, transfer) holds its stock until its hold expires
 * (holds.ts); a cash order is confirmed at once. Statuses move in status.ts.
 *
 * The agent places a stored quote by its id ({@link placeQuote}); the REST API quotes and
 * places in one request ({@link checkoutCart}).
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * declare const cartId: string;
 * const order = await checkoutCart(sql, cartId, {
 *   contact: { name: "Ana García", phone: "+34600000001" },
 *   fulfilment: "pickup",
 *   payment: "cash",
 *   address: null,
 *   language: "es",
 * }, { providers: { card: false, mercadopago: false }, currency: "EUR", now: new Date() });
 * order.status; // "confirmed"
 * ```
 * @module
 */
import type postgres from "postgres";
import { getCart } from "../cart/service.ts";
import { type AddressSnapshot, markAddressUsed } from "../customers/details.ts";
import { asJson, inTransaction, type Sql } from "../db/connect.ts";
import { scheduleJob } from "../jobs/queue.ts";
import { loadNotificationSettings } from "../settings/notifications.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { isUuid } from "../shared/ids.ts";
import type { Language } from "../shared/language.ts";
import { type Fulfilment, loadTerms, type PaymentMethod } from "../settings/terms.ts";
import { ORDER_JOBS } from "./jobs.ts";
import {
  buildQuote,
  lockQuote,
  type Quote,
  quoteChanges,
  quoteForCustomer,
  type SaleContext,
  type StoredQuote,
  storeQuote,
} from "./quote.ts";
import type { OrderStatus } from "./status.ts";

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
  subtotalMinor: number;
  feeMinor: number;
  totalMinor: number;
  /** Null for orders placed before fulfilment was recorded. */
  fulfilment: Fulfilment | null;
  paymentMethod: PaymentMethod | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  address: AddressSnapshot | null;
  language: Language;
  /** Until when an unpaid order holds its stock. */
  holdExpiresAt: Date | null;
  paidAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  refundStatus: "requested" | "refunded" | "failed" | null;
  /** Something staff must look at. */
  attention: string | null;
  /** What staff gave when shipping it. */
  trackingNumber: string | null;
  trackingUrl: string | null;
  items: OrderLine[];
  createdAt: Date;
  updatedAt: Date;
}

interface PlaceOptions {
  context: SaleContext;
  language: Language;
  holdMinutes: number;
  quoteId: string | null;
}

/**
 * Places a complete quote. 409 `quote_changed` when the cart's lines or prices are not the
 * quoted ones any more, 409 `insufficient_stock` (details: the short lines) and nothing changed
 * when the stock cannot cover a line, 409 `product_unavailable` for a product no longer sold.
 */
async function placeOrder(tx: Sql, quote: Quote, options: PlaceOptions): Promise<Order> {
  const [cart] = await tx<{ status: string; customerId: number | null }[]>`
    select status, customer_id from carts where id = ${quote.cartId} for update`;
  if (!cart) throw notFound("Cart", quote.cartId);
  if (cart.status !== "open") {
    throw new AppError("cart_closed", 409, "This cart was already checked out");
  }
  const lines = await tx<
    {
      productId: number;
      priceMinor: number;
      quantity: number;
      stock: number;
      active: boolean;
      name: string;
    }[]
  >`
    select p.id as product_id, p.price_minor, ci.quantity, p.stock, p.active, p.name
    from cart_items ci join products p on p.id = ci.product_id
    where ci.cart_id = ${quote.cartId}
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
  const quoted = new Map(quote.lines.map((l) => [l.productId, l]));
  const same = lines.length === quote.lines.length && lines.every((l) => {
    const q = quoted.get(l.productId);
    return q !== undefined && q.quantity === l.quantity && q.unitPriceMinor === l.priceMinor;
  });
  if (!same) {
    throw new AppError(
      "quote_changed",
      409,
      "The cart or its prices changed while the order was being placed; review it again",
    );
  }
  const ids = lines.map((l) => l.productId);
  const quantities = lines.map((l) => l.quantity);
  const decremented = await tx<{ id: number }[]>`
    update products p set stock = p.stock - v.quantity, updated_at = now()
    from unnest(${ids}::int[], ${quantities}::int[]) as v(id, quantity)
    where p.id = v.id and p.stock >= v.quantity
    returning p.id`;
  if (decremented.length !== lines.length) {
    const short = lines.filter((l) => l.stock < l.quantity).map((l) => ({
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
  const status: OrderStatus = quote.payment === "cash" ? "confirmed" : "awaiting_payment";
  const now = options.context.now;
  const hold = status === "awaiting_payment"
    ? new Date(now.getTime() + options.holdMinutes * 60_000)
    : null;
  const items = quote.lines;
  const [{ id }] = await tx<{ id: string }[]>`
    with o as (
      insert into orders (cart_id, customer_id, status, currency, fee_minor, total_minor,
        fulfilment, payment_method, contact_name, contact_phone, contact_email, address,
        address_id, language, hold_expires_at, quote_id)
      values (${quote.cartId}, ${cart.customerId}, ${status}, ${quote.currency},
        ${quote.feeMinor}, ${quote.totalMinor}, ${quote.fulfilment},
        ${quote.payment}, ${quote.contact.name}, ${quote.contact.phone}, ${quote.contact.email},
        ${quote.address === null ? null : tx.json(asJson(quote.address))}, ${quote.addressId},
        ${options.language}, ${hold}, ${options.quoteId})
      returning id
    ), items as (
      insert into order_items (order_id, product_id, sku, name, unit_price_minor, quantity)
      select o.id, v.product_id, v.sku, v.name, v.price, v.quantity
      from o, unnest(${items.map((l) => l.productId)}::int[], ${items.map((l) => l.sku)}::text[],
        ${items.map((l) => l.name)}::text[], ${items.map((l) => l.unitPriceMinor)}::bigint[],
        ${items.map((l) => l.quantity)}::int[]) as v(product_id, sku, name, price, quantity)
    ), closed as (
      update carts set status = 'checked_out', updated_at = now() where id = ${quote.cartId}
    ), event as (
      insert into order_events (order_id, to_status, actor, note)
      select o.id, ${status}, 'customer', ${`placed: ${quote.fulfilment}, ${quote.payment}`} from o
    )
    select id from o`;
  if (options.quoteId !== null) {
    await tx`update quotes set order_id = ${id} where id = ${options.quoteId}`;
  }
  if (quote.addressId !== null) await markAddressUsed(tx, quote.addressId);
  if (hold !== null) {
    await scheduleJob(tx, { kind: ORDER_JOBS.expire, key: id, dueAt: hold });
    const { paymentReminderMinutes } = await loadNotificationSettings(tx);
    const remind = cart.customerId !== null && paymentReminderMinutes > 0 &&
      paymentReminderMinutes < options.holdMinutes;
    if (remind) {
      const dueAt = new Date(hold.getTime() - paymentReminderMinutes * 60_000);
      await scheduleJob(tx, { kind: ORDER_JOBS.remindPayment, key: id, dueAt });
    }
  }
  return await getOrder(tx, id);
}

/** The outcome of placing a quote: the order, or the quote as it is now when it changed. */
export type PlaceResult =
  | { kind: "placed"; order: Order; alreadyPlaced: boolean }
  | { kind: "changed"; quote: StoredQuote | Quote; changes: string[] };

/**
 * Places the stored quote `quoteId` of this customer, exactly as quoted: the same quote placed
 * twice gives its one order. A quote that changed (prices, cart, fee, address) or expired is
 * not placed: the fresh quote comes back to be shown instead. 404 `quote_invalid` for a quote
 * that is not this customer's; 409 `quote_unconfirmed` for one made in the turn `turnId`
 * itself (the customer has not seen it yet).
 */
export function placeQuote(
  sql: Sql,
  customerId: number,
  quoteId: string,
  options: { turnId: number | null; language: Language; context: SaleContext },
): Promise<PlaceResult> {
  return inTransaction(sql, async (tx) => {
    const shown = await lockQuote(tx, customerId, quoteId);
    if (!shown) {
      throw new AppError(
        "quote_invalid",
        404,
        `There is no quote ${quoteId} for this customer: call review_order and show its quote`,
      );
    }
    if (shown.orderId !== null) {
      return { kind: "placed", order: await getOrder(tx, shown.orderId), alreadyPlaced: true };
    }
    if (options.turnId !== null && shown.turnId !== null && shown.turnId >= options.turnId) {
      throw new AppError(
        "quote_unconfirmed",
        409,
        "This quote was made in this same turn: show it to the customer and place it only " +
          "after they accept it",
      );
    }
    const now = options.context.now;
    const fresh = await quoteForCustomer(tx, customerId, {
      fulfilment: shown.fulfilment ?? undefined,
      payment: shown.payment ?? undefined,
    }, options.context);
    const changes = quoteChanges(shown, fresh);
    if (shown.expiresAt <= now) changes.unshift("the quote expired");
    if (changes.length > 0) {
      const quote = await storeQuote(tx, customerId, fresh, { turnId: options.turnId, now });
      return { kind: "changed", quote, changes };
    }
    const terms = await loadTerms(tx);
    const order = await placeOrder(tx, shown, {
      context: options.context,
      language: options.language,
      holdMinutes: terms.holdMinutes,
      quoteId: shown.id,
    });
    return { kind: "placed", order, alreadyPlaced: false };
  });
}

/** What a REST client gives to check out a cart. */
export interface CheckoutInput {
  contact: { name: string; phone?: string; email?: string };
  fulfilment: Fulfilment;
  payment: PaymentMethod;
  address: AddressSnapshot | null;
  language: Language;
}

/** The quote of a REST cart for these choices (nothing is stored). */
export async function quoteCart(
  sql: Sql,
  cartId: string,
  input: CheckoutInput,
  context: SaleContext,
): Promise<Quote> {
  const [cart, terms] = await Promise.all([getCart(sql, cartId), loadTerms(sql)]);
  return buildQuote({
    cart,
    terms,
    context,
    fulfilment: input.fulfilment,
    payment: input.payment,
    contact: {
      name: input.contact.name,
      phone: input.contact.phone ?? null,
      email: input.contact.email ?? null,
    },
    address: input.address,
    addressId: null,
  });
}

/**
 * Quotes and places a REST cart's order in one transaction. 422 with the quote's first problem
 * (`outside_delivery_area`, `payment_unavailable`...) or `details_missing`, and nothing
 * changed, when the order cannot be placed as asked; the stock errors of placing otherwise.
 */
export function checkoutCart(
  sql: Sql,
  cartId: string,
  input: CheckoutInput,
  context: SaleContext,
): Promise<Order> {
  if (!isUuid(cartId)) return Promise.reject(notFound("Cart", cartId));
  return inTransaction(sql, async (tx) => {
    const [cart] = await tx<{ status: string }[]>`
      select status from carts where id = ${cartId} for update`;
    if (!cart) throw notFound("Cart", cartId);
    if (cart.status !== "open") {
      throw new AppError("cart_closed", 409, "This cart was already checked out");
    }
    const quote = await quoteCart(tx, cartId, input, context);
    if (quote.lines.length === 0) throw new AppError("empty_cart", 422, "The cart is empty");
    const blocking = quote.problems.filter((p) => p.code !== "insufficient_stock");
    if (blocking.length > 0) {
      throw new AppError(blocking[0].code, 422, blocking.map((p) => p.message).join("; "), {
        problems: blocking,
      });
    }
    if (quote.missing.length > 0) {
      throw new AppError(
        "details_missing",
        422,
        `Missing for this order: ${quote.missing.join(", ")}`,
        { missing: quote.missing },
      );
    }
    const terms = await loadTerms(tx);
    return await placeOrder(tx, quote, {
      context,
      language: input.language,
      holdMinutes: terms.holdMinutes,
      quoteId: null,
    });
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

/** A customer's own order by its number (404 for anyone else's). */
export async function customerOrder(sql: Sql, customerId: number, number: number): Promise<Order> {
  const [order] = await selectOrders(
    sql,
    sql`o.customer_id = ${customerId} and o.number = ${number}`,
    1,
  );
  if (!order) throw new AppError("not_found", 404, `This customer has no order ${number}`);
  return order;
}

async function selectOrders(
  sql: Sql,
  where: postgres.Fragment,
  limit: number,
): Promise<Order[]> {
  return await sql<Order[]>`
    select o.id, o.number, o.cart_id, o.customer_id, o.status, o.currency, o.subtotal_minor,
      o.fee_minor, o.total_minor, o.fulfilment, o.payment_method, o.contact_name,
      o.contact_phone, o.contact_email, o.address, o.language, o.hold_expires_at, o.paid_at,
      o.cancelled_at, o.cancel_reason, o.refund_status, o.attention, o.created_at, o.updated_at,
      o.tracking_number, o.tracking_url,
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
