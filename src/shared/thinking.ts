/**
 * How much a Gemini model thinks before it answers, from `GEMINI_THINKING_LEVEL`, for the model
 * family `GEMINI_MODEL` names: Gemini 3 models take a level (Pro: low or high; Flash and
 * Flash-Lite: minimal, low, medium or high), Gemini 2.5 models take a budget of thinking tokens
 * (a level is turned into one), older ones do not think. Never both a level and a budget. The
 * default is `low`: for a chat, the answer's latency matters more than deep reasoning.
 *
 * @example
 * ```ts
 * thinkingFor("gemini-3.8-flash", undefined); // { thinkingLevel: "LOW" }
 * thinkingFor("gemini-2.5-flash", "minimal"); // { thinkingBudget: 0 }
 * thinkingFor("gemini-3-pro-preview", "minimal"); // throws: Pro takes low or high
 * ```
 * @module
 */

/** What goes in `generationConfig.thinkingConfig`: a level or a budget, never both. */
export type ThinkingSetting = { thinkingLevel: string } | { thinkingBudget: number };

export const THINKING_LEVELS = ["minimal", "low", "medium", "high"] as const;
type Level = (typeof THINKING_LEVELS)[number];

/** The level used when GEMINI_THINKING_LEVEL is unset. */
export const DEFAULT_THINKING_LEVEL: Level = "low";

/** Budgets (tokens) of Gemini 2.5 models: their range, and what each level means for them. */
const BUDGETS: Record<string, { min: number; max: number; off: boolean; levels: number[] }> = {
  pro: { min: 128, max: 32768, off: false, levels: [128, 1024, 4096, 32768] },
  flash: { min: 1, max: 24576, off: true, levels: [0, 1024, 4096, 24576] },
  "flash-lite": { min: 512, max: 24576, off: true, levels: [0, 1024, 4096, 24576] },
};

/** A setting that does not fit the model; `message` says what to set. */
export class ThinkingError extends Error {
  override name = "ThinkingError";
}

/**
 * The thinking configuration for `model` from `setting` (a level, or a number of tokens for
 * a model that takes a budget; unset: the default level). Undefined when the model's family
 * is unknown (a gateway's name) and nothing was set. Throws {@link ThinkingError}.
 */
export function thinkingFor(
  model: string,
  setting: string | undefined,
): ThinkingSetting | undefined {
  const family = familyOf(model);
  const value = setting?.trim().toLowerCase() || undefined;
  const level = value === undefined ? DEFAULT_THINKING_LEVEL : asLevel(value);
  const budget = value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  if (value !== undefined && level === undefined && budget === undefined) {
    throw new ThinkingError(
      `GEMINI_THINKING_LEVEL must be one of ${THINKING_LEVELS.join(", ")} or, for a model that ` +
        `takes a budget, a number of tokens (got ${JSON.stringify(setting)})`,
    );
  }
  if (!family) {
    if (value === undefined) return undefined;
    throw new ThinkingError(
      `GEMINI_THINKING_LEVEL is set but ${model} is not a model family this server knows ` +
        "(gemini-3…, gemini-2.5…); unset it to use the model's own default",
    );
  }
  if (family.version >= 3) {
    const allowed: readonly Level[] = family.tier === "pro" ? ["low", "high"] : THINKING_LEVELS;
    if (level === undefined || !allowed.includes(level)) {
      throw new ThinkingError(
        `GEMINI_THINKING_LEVEL for ${model} must be a level: ${allowed.join(" or ")} (got ` +
          `${JSON.stringify(setting)}); Gemini 3 models take a level, not a budget`,
      );
    }
    return { thinkingLevel: level.toUpperCase() };
  }
  if (family.version < 2.5) {
    if (value === undefined) return undefined;
    throw new ThinkingError(
      `GEMINI_THINKING_LEVEL is set but ${model} does not think; unset it or use a Gemini 2.5 or 3 model`,
    );
  }
  const range = BUDGETS[family.tier];
  if (level !== undefined) return { thinkingBudget: range.levels[THINKING_LEVELS.indexOf(level)] };
  const tokens = budget!;
  if ((tokens === 0 && range.off) || (tokens >= range.min && tokens <= range.max)) {
    return { thinkingBudget: tokens };
  }
  throw new ThinkingError(
    `GEMINI_THINKING_LEVEL for ${model} must be a level or a budget from ${range.min} to ` +
      `${range.max} tokens${range.off ? " (0: no thinking)" : ""} (got ${tokens})`,
  );
}

function asLevel(value: string): Level | undefined {
  return (THINKING_LEVELS as readonly string[]).includes(value) ? value as Level : undefined;
}

/** `gemini-3-pro-preview` → version 3, tier pro; undefined for names of no known family. */
function familyOf(model: string): { version: number; tier: string } | undefined {
  const match = /^(?:models\/)?gemini-(\d+(?:\.\d+)?)-(flash-lite|flash|pro)\b/.exec(model);
  return match ? { version: Number(match[1]), tier: match[2] } : undefined;
}
