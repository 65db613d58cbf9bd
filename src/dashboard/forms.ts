/**
 * What the dashboard's forms and query strings may contain, as zod schemas, and the price
 * field's text, which staff write in major units ("6,50" or "6.50") and the database keeps in
 * minor units.
 *
 * @module
 */
import { z } from "zod";
import { minorPerMajor } from "../shared/money.ts";
import { ORDER_STATUSES } from "../orders/status.ts";
import { MAX_PERIOD_DAYS } from "../reports/metrics.ts";

export const SignInForm = z.object({
  token: z.string().max(1000),
  next: z.string().max(2000).default(""),
});

export const ReplyForm = z.object({ text: z.string().max(10_000) });

export const OrderStatusForm = z.object({
  status: z.enum(ORDER_STATUSES),
  /** The list's filter, to return to. */
  filter: z.enum(ORDER_STATUSES).or(z.literal("")).default(""),
});

export const ProductForm = z.object({
  price: z.string().trim().max(20),
  stock: z.string().trim().regex(/^\d{1,8}$/, "Stock is a whole number").transform(Number)
    .pipe(z.number().max(10_000_000, "Stock is at most 10,000,000")),
  active: z.literal("1").optional(),
});

export const ConversationsQuery = z.object({
  q: z.string().max(200).default(""),
  cursor: z.string().max(100).optional(),
});

export const OrdersQuery = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
});

export const MetricsQuery = z.object({
  days: z.coerce.number().int().min(1).max(MAX_PERIOD_DAYS).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
});

/** The amount in minor units that `text` ("6,50", "6.5", "12") means, or null if none. */
export function parsePrice(text: string, currency: string): number | null {
  const digits = Math.round(Math.log10(minorPerMajor(currency)));
  const match = /^(\d{1,9})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** How the price field shows an amount in minor units: "6.50". */
export function priceText(amountMinor: number, currency: string): string {
  const per = minorPerMajor(currency);
  return (amountMinor / per).toFixed(Math.round(Math.log10(per)));
}

/** Where to go after signing in: `next` when it is a dashboard path, else the conversations. */
export function safeNext(next: string): string {
  const base = "http://dashboard.invalid";
  try {
    const url = new URL(next, base);
    if (url.origin === base && /^\/admin(\/|$)/.test(url.pathname)) {
      return `${url.pathname}${url.search}`;
    }
  } catch {
    // not a URL at all
  }
  return "/admin/conversations";
}
