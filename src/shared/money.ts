/**
 * Money: integer minor units plus an ISO 4217 code; formatted only for people.
 *
 * @example
 * ```ts
 * formatMoney(650, "EUR"); // "6,50 €"
 * formatMoney(650, "EUR", "en"); // "€6.50"
 * ```
 * @module
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "en" ? "en-US" : "es-ES", { style: "currency", currency });
    formatters.set(key, f);
  }
  return f;
}

const scales = new Map<string, number>();

/** How many minor units make one major unit of `currency` (100 for EUR, 1 for JPY). */
export function minorPerMajor(currency: string): number {
  let scale = scales.get(currency);
  if (scale === undefined) {
    scale = 10 ** (formatter(currency, "es").resolvedOptions().maximumFractionDigits ?? 2);
    scales.set(currency, scale);
  }
  return scale;
}

/** Formats an amount in minor units for display, in Spanish (default) or English. */
export function formatMoney(amountMinor: number, currency: string, locale = "es"): string {
  return formatter(currency, locale).format(amountMinor / minorPerMajor(currency));
}
