/**
 * Quotes: what an order would be, computed by the server from the cart's current prices, the
 * shop's terms and the customer's details. A quote names its lines, subtotal, how the order is
 * handed over and its fee (free above the shop's threshold; an address outside the delivery
 * area or a country not served is a problem, not a fee), the payment method and the total, and
 * what is still missing (a choice, a name, an address). Only a complete quote can be placed,
 * and placing it (service.ts) places exactly what it says. A quote the agent showed is stored
 * with an id and lasts {@link QUOTE_MINUTES}.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const quote = await quoteForCustomer(sql, 1, { fulfilment: "pickup", payment: "cash" }, {
 *   providers: { card: false, mercadopago: false },
 *   currency: "EUR",
 *   now: new Date(),
 * });
 * quote.missing; // [] when it can be placed
 * ```
 * @module
 */
import type { Cart } from "../cart/service.ts";
import { findOpenCart } from "../cart/service.ts";
import {
  type AddressSnapshot,
  customerDetails,
  describeAddress,
  snapshotOf,
} from "../customers/details.ts";
import { asJson, type Sql } from "../db/connect.ts";
import type { ErrorCode } from "../shared/errors.ts";
import { isUuid } from "../shared/ids.ts";
import { formatMoney } from "../shared/money.ts";
import { deliveryCoverage, servedCountry } from "../settings/area.ts";
import {
  feeFor,
  type Fulfilment,
  loadTerms,
  offeredFulfilments,
  offeredPayments,
  type PaymentMethod,
  type Providers,
  type Terms,
} from "../settings/terms.ts";

/** How long a stored quote can be placed. */
export const QUOTE_MINUTES = 30;

/** What the server needs to know to price and place: providers, currency, and "now". */
export interface SaleContext {
  providers: Providers;
  /** The store's currency, in which the fees are set. */
  currency: string;
  now: Date;
}

export interface QuoteLine {
  productId: number;
  sku: string;
  name: string;
  unitPriceMinor: number;
  quantity: number;
  lineTotalMinor: number;
  /** Whether the stock covers the line now (and the product is still sold). */
  available: boolean;
}

export interface QuoteContact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** Something the customer still has to say before the quote can be placed. */
export type Missing =
  | "fulfilment"
  | "payment"
  | "name"
  | "address"
  | "street"
  | "city"
  | "postal_code"
  | "country"
  | "location";

/** Something that stops the order as asked (the customer must change something). */
export interface Problem {
  code: ErrorCode;
  message: string;
}

export interface Quote {
  cartId: string;
  currency: string;
  lines: QuoteLine[];
  subtotalMinor: number;
  feeMinor: number;
  totalMinor: number;
  fulfilment: Fulfilment | null;
  payment: PaymentMethod | null;
  /** The methods the shop offers, each with the fee it would cost for this order. */
  fulfilmentOptions: { method: Fulfilment; feeMinor: number }[];
  paymentOptions: PaymentMethod[];
  contact: QuoteContact;
  address: AddressSnapshot | null;
  /** The saved address used, when the customer's (for WhatsApp customers). */
  addressId: number | null;
  missing: Missing[];
  problems: Problem[];
}

/** A quote stored for the agent: its id and how long it can be placed. */
export interface StoredQuote extends Quote {
  id: string;
  expiresAt: Date;
}

/** What a quote is built from. */
export interface QuoteInput {
  cart: Cart;
  terms: Terms;
  context: SaleContext;
  fulfilment: Fulfilment | null;
  payment: PaymentMethod | null;
  contact: QuoteContact;
  address: AddressSnapshot | null;
  addressId: number | null;
}

/** Whether the quote can be placed as it is. */
export function isComplete(q: Quote): boolean {
  return q.lines.length > 0 && q.missing.length === 0 && q.problems.length === 0;
}

/** Prices an order: pure, from what is given. */
export function buildQuote(input: QuoteInput): Quote {
  const { cart, terms, context } = input;
  const currency = cart.currency ?? context.currency;
  const lines: QuoteLine[] = cart.items.map((l) => ({
    productId: l.productId,
    sku: l.sku,
    name: l.name,
    unitPriceMinor: l.unitPriceMinor,
    quantity: l.quantity,
    lineTotalMinor: l.lineTotalMinor,
    available: l.active && l.stock >= l.quantity,
  }));
  const subtotalMinor = lines.reduce((n, l) => n + l.lineTotalMinor, 0);
  const missing: Missing[] = [];
  const problems: Problem[] = [];
  const problem = (code: ErrorCode, message: string) => problems.push({ code, message });

  if (lines.length === 0) problem("empty_cart", "The cart is empty");
  for (const l of lines.filter((l) => !l.available)) {
    problem("insufficient_stock", `«${l.name}» is not available in that quantity now`);
  }
  if (currency !== context.currency) {
    problem(
      "currency_mismatch",
      `The cart is in ${currency}; the shop's fees are in ${context.currency}`,
    );
  }

  const offered = offeredFulfilments(terms);
  const fulfilmentOptions = offered.map((method) => ({
    method,
    feeMinor: feeFor(terms, method, subtotalMinor),
  }));
  const fulfilment = input.fulfilment;
  if (fulfilment === null) missing.push("fulfilment");
  else if (!offered.includes(fulfilment)) {
    problem(
      "fulfilment_unavailable",
      `The shop does not offer ${fulfilment}; it offers ${offered.join(", ")}`,
    );
  }

  const paymentOptions = offeredPayments(terms, context.providers, fulfilment);
  const payment = input.payment;
  if (payment === null) missing.push("payment");
  else if (!paymentOptions.includes(payment)) {
    problem(
      "payment_unavailable",
      payment === "cash" && fulfilment === "shipping"
        ? "Cash is paid at pickup or to the courier of a local delivery, not for shipping"
        : `Paying by ${payment} is not offered; the options are ${paymentOptions.join(", ")}`,
    );
  }

  if (input.contact.name === null) missing.push("name");

  const address = fulfilment === "pickup" ? null : input.address;
  if (fulfilment === "delivery" || fulfilment === "shipping") {
    if (address === null) missing.push("address");
    else if (fulfilment === "delivery") checkDelivery(terms, address, missing, problem);
    else checkShipping(terms, address, missing, problem);
  }

  const feeMinor = fulfilment !== null && offered.includes(fulfilment)
    ? feeFor(terms, fulfilment, subtotalMinor)
    : 0;
  return {
    cartId: cart.id,
    currency,
    lines,
    subtotalMinor,
    feeMinor,
    totalMinor: subtotalMinor + feeMinor,
    fulfilment,
    payment,
    fulfilmentOptions,
    paymentOptions,
    contact: input.contact,
    address,
    addressId: address === null ? null : input.addressId,
    missing,
    problems,
  };
}

function checkDelivery(
  terms: Terms,
  address: AddressSnapshot,
  missing: Missing[],
  problem: (code: ErrorCode, message: string) => void,
): void {
  if (address.kind === "street") {
    if (!address.street) missing.push("street");
    if (!address.city) missing.push("city");
  }
  const coverage = deliveryCoverage(terms, address);
  if (coverage.covered) return;
  if (coverage.reason === "needs_postal_code") missing.push("postal_code");
  else if (coverage.reason === "needs_location") missing.push("location");
  else {
    problem(
      "outside_delivery_area",
      `Local delivery does not reach ${describeAddress(address)}` +
        (terms.pickupEnabled || terms.shippingEnabled
          ? `; ${
            [terms.pickupEnabled && "pickup", terms.shippingEnabled && "shipping"]
              .filter(Boolean).join(" or ")
          } is possible`
          : ""),
    );
  }
}

function checkShipping(
  terms: Terms,
  address: AddressSnapshot,
  missing: Missing[],
  problem: (code: ErrorCode, message: string) => void,
): void {
  if (address.kind === "pin") {
    problem(
      "address_unusable",
      "Shipping needs a street address with postal code, not a location pin",
    );
    return;
  }
  if (!address.street) missing.push("street");
  if (!address.city) missing.push("city");
  if (!address.postalCode) missing.push("postal_code");
  const served = terms.shippingCountries;
  if (address.country === null) {
    if (served.length > 1) missing.push("country");
  } else if (servedCountry(served, address.country) === null) {
    problem(
      "country_not_served",
      `The shop does not ship to ${address.country}; it ships to ${served.join(", ")}`,
    );
  }
}

/** The fulfilment and payment a quote is asked for; absent ones are chosen as described. */
export interface Choice {
  fulfilment?: Fulfilment;
  payment?: PaymentMethod;
}

/**
 * The quote of a WhatsApp customer's open cart. A choice not given is the one of their last
 * quote when still offered, or the only one offered.
 */
export async function quoteForCustomer(
  sql: Sql,
  customerId: number,
  choice: Choice,
  context: SaleContext,
): Promise<Quote> {
  const [terms, cart, details, [last]] = await Promise.all([
    loadTerms(sql),
    findOpenCart(sql, customerId),
    customerDetails(sql, customerId),
    sql<{ fulfilment: Fulfilment | null; paymentMethod: PaymentMethod | null }[]>`
      select fulfilment, payment_method from quotes
      where customer_id = ${customerId}
      order by created_at desc limit 1`,
  ]);
  const fulfilments = offeredFulfilments(terms);
  const fulfilment = choice.fulfilment ??
    (last?.fulfilment && fulfilments.includes(last.fulfilment) ? last.fulfilment : null) ??
    (fulfilments.length === 1 ? fulfilments[0] : null);
  const payments = offeredPayments(terms, context.providers, fulfilment);
  const payment = choice.payment ??
    (last?.paymentMethod && payments.includes(last.paymentMethod) ? last.paymentMethod : null) ??
    (payments.length === 1 ? payments[0] : null);
  return buildQuote({
    cart: cart ?? emptyCart(),
    terms,
    context,
    fulfilment,
    payment,
    contact: {
      name: details.name ?? details.profileName,
      phone: details.phone,
      email: details.email,
    },
    address: details.address ? snapshotOf(details.address) : null,
    addressId: details.address?.id ?? null,
  });
}

function emptyCart(): Cart {
  const now = new Date(0);
  return {
    id: "00000000-0000-4000-8000-000000000000",
    customerId: null,
    status: "open",
    currency: null,
    items: [],
    itemCount: 0,
    totalMinor: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Stores a quote shown to the customer (`turnId`: the turn that made it). A complete one comes
 * back with the id to place it by; an incomplete one is kept for the choices it holds; the
 * quote of an empty cart is not kept.
 */
export async function storeQuote(
  sql: Sql,
  customerId: number,
  quote: Quote,
  options: { turnId: number | null; now: Date },
): Promise<StoredQuote | Quote> {
  if (quote.lines.length === 0) return quote;
  const complete = isComplete(quote);
  const expiresAt = new Date(options.now.getTime() + QUOTE_MINUTES * 60_000);
  const [{ id }] = await sql<{ id: string }[]>`
    insert into quotes (customer_id, cart_id, turn_id, complete, fulfilment, payment_method,
      address_id, content, currency, total_minor, expires_at)
    values (${customerId}, ${quote.cartId}, ${options.turnId}, ${complete}, ${quote.fulfilment},
      ${quote.payment}, ${quote.addressId}, ${sql.json(asJson(quote))}, ${quote.currency},
      ${quote.totalMinor}, ${expiresAt})
    returning id`;
  return complete ? { ...quote, id, expiresAt } : quote;
}

/** A stored quote of this customer, locked until the transaction ends; null when none. */
export async function lockQuote(
  sql: Sql,
  customerId: number,
  id: string,
): Promise<
  | (StoredQuote & { turnId: number | null; orderId: string | null; createdAt: Date })
  | null
> {
  if (!isUuid(id)) return null;
  const [row] = await sql<
    {
      content: Quote;
      expiresAt: Date;
      turnId: number | null;
      orderId: string | null;
      createdAt: Date;
    }[]
  >`
    select content, expires_at, turn_id, order_id, created_at from quotes
    where id = ${id} and customer_id = ${customerId} and complete
    for update`;
  if (!row) return null;
  return {
    ...row.content,
    id,
    expiresAt: row.expiresAt,
    turnId: row.turnId,
    orderId: row.orderId,
    createdAt: row.createdAt,
  };
}

/** What differs between a quote shown and the same quote computed now, for people. */
export function quoteChanges(shown: Quote, now: Quote): string[] {
  const money = (minor: number) => formatMoney(minor, now.currency, "en");
  const changes: string[] = [];
  const before = new Map(shown.lines.map((l) => [l.productId, l]));
  const after = new Map(now.lines.map((l) => [l.productId, l]));
  for (const [id, l] of before) {
    const n = after.get(id);
    if (!n) changes.push(`«${l.name}» is no longer in the cart`);
    else if (n.quantity !== l.quantity) {
      changes.push(`«${l.name}»: ${n.quantity} units instead of ${l.quantity}`);
    } else if (n.unitPriceMinor !== l.unitPriceMinor) {
      changes.push(
        `«${l.name}» now costs ${money(n.unitPriceMinor)} (was ${money(l.unitPriceMinor)})`,
      );
    }
  }
  for (const [id, n] of after) if (!before.has(id)) changes.push(`«${n.name}» was added`);
  if (shown.fulfilment !== now.fulfilment) changes.push("the delivery method changed");
  if (shown.payment !== now.payment) changes.push("the payment method changed");
  if (canonical(shown.address) !== canonical(now.address)) changes.push("the address changed");
  if (canonical(shown.contact) !== canonical(now.contact)) {
    changes.push("the contact details changed");
  }
  if (shown.feeMinor !== now.feeMinor) {
    changes.push(`the fee is now ${money(now.feeMinor)} (was ${money(shown.feeMinor)})`);
  }
  if (changes.length === 0 && shown.totalMinor !== now.totalMinor) {
    changes.push(`the total is now ${money(now.totalMinor)}`);
  }
  return changes;
}

/** JSON with keys sorted, so a value read back from jsonb compares equal to the original. */
function canonical(value: unknown): string {
  return JSON.stringify(
    value,
    (_, v) =>
      v !== null && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : 1))
        : v,
  );
}
