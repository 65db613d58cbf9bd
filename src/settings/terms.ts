/**
 * The shop's terms: the ways an order reaches the customer (pickup at the shop, local delivery
 * in an area, shipping to some countries) with their fees, the ways to pay, and how long an
 * unpaid order holds its stock. One row in `shop_settings`, created with the defaults by its
 * migration, changed by staff (dashboard, admin API). Card and Mercado Pago are offered only
 * when the shop turned them on and the server is configured for them ({@link Providers}).
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const terms = await loadTerms(sql);
 * offeredFulfilments(terms); // ["pickup", "shipping"] with the defaults
 * await updateTerms(sql, { delivery_enabled: true, delivery_postal_prefixes: ["280"] });
 * ```
 * @module
 */
import { z } from "zod";
import { inTransaction, type Sql } from "../db/connect.ts";
import type { Config } from "../shared/config.ts";
import { AppError } from "../shared/errors.ts";
import { printable } from "../shared/text.ts";

/** How an order reaches the customer. */
export const FULFILMENTS = ["pickup", "delivery", "shipping"] as const;
export type Fulfilment = typeof FULFILMENTS[number];

/** How a customer pays. */
export const PAYMENT_METHODS = ["card", "mercadopago", "cash", "transfer"] as const;
export type PaymentMethod = typeof PAYMENT_METHODS[number];

/** Methods paid online, through a provider's checkout page. */
export const ONLINE_METHODS: readonly PaymentMethod[] = ["card", "mercadopago"];

/** The shop's terms, as stored. Amounts are minor units of the store's currency. */
export interface Terms {
  pickupEnabled: boolean;
  pickupAddress: string;
  pickupHours: string;
  deliveryEnabled: boolean;
  deliveryFeeMinor: number;
  deliveryFreeAboveMinor: number | null;
  deliveryPostalPrefixes: string[];
  deliveryRadiusKm: number | null;
  shopLatitude: number | null;
  shopLongitude: number | null;
  shippingEnabled: boolean;
  shippingFeeMinor: number;
  shippingFreeAboveMinor: number | null;
  shippingCountries: string[];
  cardEnabled: boolean;
  mercadopagoEnabled: boolean;
  cashEnabled: boolean;
  transferEnabled: boolean;
  transferInstructions: string;
  holdMinutes: number;
  returnsPolicy: string;
  updatedAt: Date;
}

/** Which online providers this server can take payments through. */
export interface Providers {
  card: boolean;
  mercadopago: boolean;
}

/**
 * The providers the configuration makes usable: keys and webhook secrets set, and a public URL
 * the provider can send its events and the customer back to.
 */
export function configuredProviders(
  config: Pick<Config, "stripe" | "mercadopago" | "publicBaseUrl">,
): Providers {
  const reachable = config.publicBaseUrl !== undefined;
  return {
    card: reachable && !!config.stripe.secretKey && !!config.stripe.webhookSecret,
    mercadopago: reachable && !!config.mercadopago.accessToken &&
      !!config.mercadopago.webhookSecret,
  };
}

/** The terms as they are now. */
export async function loadTerms(sql: Sql): Promise<Terms> {
  const [row] = await sql<Terms[]>`select * from shop_settings where id = 1`;
  if (!row) throw new AppError("internal", 500, "The shop's settings row is missing");
  const { id: _, ...terms } = row as Terms & { id: number };
  return terms;
}

const money = z.int().min(0).max(100_000_000);
const text = (max: number) => printable(max).transform((s) => s.trim());
const PostalPrefix = z.string().regex(
  /^[A-Za-z0-9]{1,10}$/,
  "a postal code prefix is 1 to 10 letters or digits",
)
  .transform((s) => s.toUpperCase());
const Country = z.string().regex(
  /^[A-Za-z]{2}$/,
  "a country is a two-letter ISO code such as ES",
)
  .transform((s) => s.toUpperCase())
  .refine((code) => regionName(code, "en") !== undefined, "not a country code");

/** A change to the terms: the fields given replace the stored ones (snake_case, as in the API). */
export const TermsPatch = z.strictObject({
  pickup_enabled: z.boolean(),
  pickup_address: text(300),
  pickup_hours: text(300),
  delivery_enabled: z.boolean(),
  delivery_fee_minor: money,
  delivery_free_above_minor: z.int().min(0).max(100_000_000_000).nullable(),
  delivery_postal_prefixes: z.array(PostalPrefix).max(200),
  delivery_radius_km: z.number().positive().max(500).nullable(),
  shop_latitude: z.number().min(-90).max(90).nullable(),
  shop_longitude: z.number().min(-180).max(180).nullable(),
  shipping_enabled: z.boolean(),
  shipping_fee_minor: money,
  shipping_free_above_minor: z.int().min(0).max(100_000_000_000).nullable(),
  shipping_countries: z.array(Country).max(250),
  card_enabled: z.boolean(),
  mercadopago_enabled: z.boolean(),
  cash_enabled: z.boolean(),
  transfer_enabled: z.boolean(),
  transfer_instructions: text(1000),
  hold_minutes: z.int().min(5).max(1440),
  returns_policy: text(1000),
}).partial();
export type TermsPatch = z.output<typeof TermsPatch>;

/** The terms in the API's shape (snake_case). */
export type TermsJson = Required<TermsPatch> & { updated_at: string };

/** The terms as the API shows them. */
export function termsJson(t: Terms): TermsJson {
  return {
    pickup_enabled: t.pickupEnabled,
    pickup_address: t.pickupAddress,
    pickup_hours: t.pickupHours,
    delivery_enabled: t.deliveryEnabled,
    delivery_fee_minor: t.deliveryFeeMinor,
    delivery_free_above_minor: t.deliveryFreeAboveMinor,
    delivery_postal_prefixes: t.deliveryPostalPrefixes,
    delivery_radius_km: t.deliveryRadiusKm,
    shop_latitude: t.shopLatitude,
    shop_longitude: t.shopLongitude,
    shipping_enabled: t.shippingEnabled,
    shipping_fee_minor: t.shippingFeeMinor,
    shipping_free_above_minor: t.shippingFreeAboveMinor,
    shipping_countries: t.shippingCountries,
    card_enabled: t.cardEnabled,
    mercadopago_enabled: t.mercadopagoEnabled,
    cash_enabled: t.cashEnabled,
    transfer_enabled: t.transferEnabled,
    transfer_instructions: t.transferInstructions,
    hold_minutes: t.holdMinutes,
    returns_policy: t.returnsPolicy,
    updated_at: t.updatedAt.toISOString(),
  };
}

/**
 * Applies `patch` (already parsed by {@link TermsPatch}) and returns the new terms. 422
 * `invalid_settings` naming every problem, and nothing changed, when the result would not
 * work: delivery without an area, a radius without the shop's coordinates, transfer without
 * instructions, shipping to no country, no way to receive or to pay for an order.
 */
export function updateTerms(sql: Sql, patch: TermsPatch): Promise<Terms> {
  return inTransaction(sql, async (tx) => {
    await tx`select 1 from shop_settings where id = 1 for update`;
    const current = termsJson(await loadTerms(tx));
    const next = { ...current, ...patch };
    const problems = termsProblems(next);
    if (problems.length > 0) {
      throw new AppError("invalid_settings", 422, problems.join(" "), { problems });
    }
    await tx`
      update shop_settings set
        pickup_enabled = ${next.pickup_enabled},
        pickup_address = ${next.pickup_address},
        pickup_hours = ${next.pickup_hours},
        delivery_enabled = ${next.delivery_enabled},
        delivery_fee_minor = ${next.delivery_fee_minor},
        delivery_free_above_minor = ${next.delivery_free_above_minor},
        delivery_postal_prefixes = ${[...new Set(next.delivery_postal_prefixes)]}::text[],
        delivery_radius_km = ${next.delivery_radius_km},
        shop_latitude = ${next.shop_latitude},
        shop_longitude = ${next.shop_longitude},
        shipping_enabled = ${next.shipping_enabled},
        shipping_fee_minor = ${next.shipping_fee_minor},
        shipping_free_above_minor = ${next.shipping_free_above_minor},
        shipping_countries = ${[...new Set(next.shipping_countries)]}::text[],
        card_enabled = ${next.card_enabled},
        mercadopago_enabled = ${next.mercadopago_enabled},
        cash_enabled = ${next.cash_enabled},
        transfer_enabled = ${next.transfer_enabled},
        transfer_instructions = ${next.transfer_instructions},
        hold_minutes = ${next.hold_minutes},
        returns_policy = ${next.returns_policy},
        updated_at = now()
      where id = 1`;
    return await loadTerms(tx);
  });
}

function termsProblems(t: TermsJson): string[] {
  const problems: string[] = [];
  const located = t.shop_latitude !== null && t.shop_longitude !== null;
  if ((t.shop_latitude === null) !== (t.shop_longitude === null)) {
    problems.push("The shop's latitude and longitude go together.");
  }
  if (t.delivery_radius_km !== null && !located) {
    problems.push("A delivery radius needs the shop's latitude and longitude.");
  }
  if (
    t.delivery_enabled && t.delivery_postal_prefixes.length === 0 &&
    (t.delivery_radius_km === null || !located)
  ) {
    problems.push("Local delivery needs its area: postal code prefixes or a radius in km.");
  }
  if (t.shipping_enabled && t.shipping_countries.length === 0) {
    problems.push("Shipping needs at least one country.");
  }
  if (t.transfer_enabled && t.transfer_instructions === "") {
    problems.push("Bank transfer needs the instructions to send (account holder, IBAN...).");
  }
  if (!t.pickup_enabled && !t.delivery_enabled && !t.shipping_enabled) {
    problems.push("At least one of pickup, local delivery and shipping must be on.");
  }
  if (!t.card_enabled && !t.mercadopago_enabled && !t.cash_enabled && !t.transfer_enabled) {
    problems.push("At least one payment method must be on.");
  }
  return problems;
}

/** The fulfilment methods the shop offers. */
export function offeredFulfilments(t: Terms): Fulfilment[] {
  return FULFILMENTS.filter((f) =>
    f === "pickup" ? t.pickupEnabled : f === "delivery" ? t.deliveryEnabled : t.shippingEnabled
  );
}

/**
 * The payment methods offered, for an order handed over by `fulfilment` when it is known: cash
 * is paid at the shop or to the courier, so not for shipping.
 */
export function offeredPayments(
  t: Terms,
  providers: Providers,
  fulfilment: Fulfilment | null,
): PaymentMethod[] {
  return PAYMENT_METHODS.filter((m) => {
    switch (m) {
      case "card":
        return t.cardEnabled && providers.card;
      case "mercadopago":
        return t.mercadopagoEnabled && providers.mercadopago;
      case "cash":
        return t.cashEnabled && fulfilment !== "shipping";
      case "transfer":
        return t.transferEnabled;
    }
  });
}

/** The fee of `fulfilment` for an order of `subtotalMinor` (free above its threshold). */
export function feeFor(t: Terms, fulfilment: Fulfilment, subtotalMinor: number): number {
  if (fulfilment === "pickup") return 0;
  const [fee, freeAbove] = fulfilment === "delivery"
    ? [t.deliveryFeeMinor, t.deliveryFreeAboveMinor]
    : [t.shippingFeeMinor, t.shippingFreeAboveMinor];
  return freeAbove !== null && subtotalMinor >= freeAbove ? 0 : fee;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in `language` ("España" for ES in Spanish), or undefined for no country. */
export function regionName(code: string, language: string): string | undefined {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    regionNames.set(language, names);
  }
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}
