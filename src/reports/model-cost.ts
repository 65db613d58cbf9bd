/**
 * What the model cost: tokens priced at US$ per million input, cached-input and output tokens
 * (settings, list prices by default, with the date they were taken). Gemini's input count
 * includes the cached tokens, which are billed at the cached price instead; thinking is billed
 * as output. Amounts are integer micro-dollars (US$ 0.000001), per day, per conversation that
 * used the model, and per order placed.
 *
 * @example
 * ```ts
 * const prices = {
 *   inputPerMillionMicros: 500_000,
 *   cachedPerMillionMicros: 50_000,
 *   outputPerMillionMicros: 3_000_000,
 *   date: "2025-12-17",
 * };
 * tokenCostMicros({ inputTokens: 10_000, cachedTokens: 8_000, outputTokens: 200 }, prices);
 * // 2,000 × 0.5 + 8,000 × 0.05 + 200 × 3 = 2,000 micro-dollars
 * ```
 * @module
 */
import type { MetricsReport } from "./metrics.ts";

export interface ModelPrices {
  inputPerMillionMicros: number;
  cachedPerMillionMicros: number;
  outputPerMillionMicros: number;
  /** When the prices were taken, `YYYY-MM-DD`. */
  date: string;
}

export interface ModelCost {
  prices: ModelPrices;
  totalMicros: number;
  /** Null when no conversation (or no order) had model turns in the period. */
  perConversationMicros: number | null;
  perOrderMicros: number | null;
  daily: { day: string; micros: number }[];
}

/** The cost of some tokens, in micro-dollars. */
export function tokenCostMicros(
  tokens: { inputTokens: number; cachedTokens: number; outputTokens: number },
  prices: ModelPrices,
): number {
  const cached = Math.min(tokens.cachedTokens, tokens.inputTokens);
  return Math.round(
    ((tokens.inputTokens - cached) * prices.inputPerMillionMicros +
      cached * prices.cachedPerMillionMicros +
      tokens.outputTokens * prices.outputPerMillionMicros) / 1_000_000,
  );
}

/** The model's cost over a metrics report's period. */
export function modelCost(report: MetricsReport, prices: ModelPrices): ModelCost {
  const { totals } = report;
  const totalMicros = tokenCostMicros(totals, prices);
  return {
    prices,
    totalMicros,
    perConversationMicros: totals.modelConversations > 0
      ? Math.round(totalMicros / totals.modelConversations)
      : null,
    perOrderMicros: totals.ordersPlaced > 0 ? Math.round(totalMicros / totals.ordersPlaced) : null,
    daily: report.daily.map((d) => ({ day: d.day, micros: tokenCostMicros(d, prices) })),
  };
}

/** Micro-dollars as US$ with enough decimals to tell small amounts apart ("US$0.0123"). */
export function formatMicros(micros: number | null): string {
  if (micros === null) return "—";
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: 2,
    maximumFractionDigits: micros < 10_000 ? 4 : 2,
  }).format(micros / 1_000_000);
}
