/**
 * What the dashboard's forms and query strings may contain, as zod schemas, the price
 * field's text, which staff write in major units ("6,50" or "6.50") and the database keeps in
 * minor units, and the Settings form read into a change of the shop's terms.
 *
 * @module
 */
import { z } from "zod";
import { minorPerMajor } from "../shared/money.ts";
import { ORDER_STATUSES } from "../orders/status.ts";
import { type TermsJson, TermsPatch } from "../settings/terms.ts";
import { MAX_PERIOD_DAYS } from "../reports/metrics.ts";

export const SignInForm = z.object({
  /** The admin token (the owner's bootstrap); or else `login` and `password`. */
  token: z.string().max(1000).optional(),
  login: z.string().max(200).default(""),
  password: z.string().max(1000).default(""),
  next: z.string().max(2000).default(""),
});

export const ReplyForm = z.object({ text: z.string().max(10_000) });

export const OrderStatusForm = z.object({
  status: z.enum(ORDER_STATUSES),
  /** A cancellation is confirmed ("1") after its question page. */
  confirm: z.literal("1").optional(),
  note: z.string().trim().max(300).optional(),
  tracking_number: z.string().trim().max(100).optional(),
  tracking_url: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(500)]).optional(),
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

/** The Settings page's checkboxes. */
export const SETTINGS_FLAGS = [
  "pickup_enabled",
  "delivery_enabled",
  "shipping_enabled",
  "card_enabled",
  "mercadopago_enabled",
  "cash_enabled",
  "transfer_enabled",
] as const;

/** The Settings page's amounts, typed in major units. */
const SETTINGS_MONEY = [
  "delivery_fee_minor",
  "delivery_free_above_minor",
  "shipping_fee_minor",
  "shipping_free_above_minor",
] as const;

const SETTINGS_TEXT = [
  "pickup_address",
  "pickup_hours",
  "transfer_instructions",
  "returns_policy",
] as const;

const SETTINGS_NUMBERS = ["delivery_radius_km", "shop_latitude", "shop_longitude"] as const;

/** The Settings form's values, as the page shows them. */
export type SettingsFields = Record<string, string>;

/** The form values that show the terms `t` (amounts in major units of `currency`). */
export function settingsFields(t: TermsJson, currency: string): SettingsFields {
  const fields: SettingsFields = {};
  for (const key of SETTINGS_FLAGS) fields[key] = t[key] ? "1" : "";
  for (const key of SETTINGS_MONEY) {
    const value = t[key];
    fields[key] = value === null ? "" : priceText(value, currency);
  }
  for (const key of SETTINGS_TEXT) fields[key] = t[key];
  for (const key of SETTINGS_NUMBERS) fields[key] = t[key] === null ? "" : String(t[key]);
  fields.delivery_postal_prefixes = t.delivery_postal_prefixes.join(", ");
  fields.shipping_countries = t.shipping_countries.join(", ");
  fields.hold_minutes = String(t.hold_minutes);
  return fields;
}

const AMOUNT = "an amount such as 3.50";

/** How a settings error names a field and says what an amount looks like (the page's language). */
export interface SettingsWords {
  field: (key: string) => string;
  amount: string;
}

/**
 * The change a submitted Settings form asks for, or the first field that cannot be read (an
 * amount that is not one, a number out of range); the terms' own checks come after.
 */
export function settingsPatch(
  body: Record<string, unknown>,
  currency: string,
  words: SettingsWords = { field: (key) => settingsFieldNames[key] ?? key, amount: AMOUNT },
): { patch: TermsPatch; fields: SettingsFields } | { error: string; fields: SettingsFields } {
  const text = (key: string) => typeof body[key] === "string" ? (body[key] as string).trim() : "";
  const fields: SettingsFields = {};
  for (const key of Object.keys(settingsFieldNames)) fields[key] = text(key);
  const raw: Record<string, unknown> = {};
  for (const key of SETTINGS_FLAGS) raw[key] = fields[key] === "1";
  for (const key of SETTINGS_MONEY) {
    if (fields[key] === "") {
      if (key.endsWith("_fee_minor")) {
        return { error: `${words.field(key)}: ${words.amount}`, fields };
      }
      raw[key] = null;
      continue;
    }
    const minor = parsePrice(fields[key], currency);
    if (minor === null) {
      return { error: `${words.field(key)}: ${words.amount}`, fields };
    }
    raw[key] = minor;
  }
  for (const key of SETTINGS_TEXT) raw[key] = fields[key];
  for (const key of SETTINGS_NUMBERS) {
    raw[key] = fields[key] === "" ? null : Number(fields[key].replace(",", "."));
  }
  const list = (value: string) => value.split(/[\s,;]+/).filter((v) => v !== "");
  raw.delivery_postal_prefixes = list(fields.delivery_postal_prefixes);
  raw.shipping_countries = list(fields.shipping_countries);
  raw.hold_minutes = /^\d{1,5}$/.test(fields.hold_minutes) ? Number(fields.hold_minutes) : NaN;
  const parsed = TermsPatch.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0]);
    return { error: `${words.field(key)}: ${issue.message}`, fields };
  }
  return { patch: parsed.data, fields };
}

/** Each Settings field's label. */
export const settingsFieldNames: Record<string, string> = {
  pickup_enabled: "Pickup at the shop",
  pickup_address: "Shop address",
  pickup_hours: "Opening hours",
  delivery_enabled: "Local delivery",
  delivery_fee_minor: "Delivery fee",
  delivery_free_above_minor: "Free delivery from",
  delivery_postal_prefixes: "Postal codes starting with",
  delivery_radius_km: "Or within (km)",
  shop_latitude: "Shop latitude",
  shop_longitude: "Shop longitude",
  shipping_enabled: "Shipping",
  shipping_fee_minor: "Shipping fee",
  shipping_free_above_minor: "Free shipping from",
  shipping_countries: "Countries (ISO codes)",
  card_enabled: "Card (Stripe)",
  mercadopago_enabled: "Mercado Pago",
  cash_enabled: "Cash on pickup or delivery",
  transfer_enabled: "Bank transfer",
  transfer_instructions: "Transfer instructions",
  hold_minutes: "Unpaid orders hold their stock for (minutes)",
  returns_policy: "Returns policy",
};
