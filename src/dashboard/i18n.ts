/**
 * The dashboard's languages: Spanish, English and Portuguese, each a data file of texts in
 * `texts/` with the same keys (English is the reference). A page is in the signed-in account's
 * language, else the one chosen in this browser (the `admin_lang` cookie), else the best of
 * the browser's `Accept-Language`, else English. Dates and numbers follow the language too.
 *
 * @example
 * ```ts
 * const t = translator("es");
 * t("thread.message_to", { name: "Ana" }); // "Mensaje a Ana por WhatsApp"
 * pickLanguage([null, undefined], "pt-BR,pt;q=0.9,en;q=0.5"); // "pt"
 * ```
 * @module
 */
import en from "./texts/en.json" with { type: "json" };
import es from "./texts/es.json" with { type: "json" };
import pt from "./texts/pt.json" with { type: "json" };
import { DASHBOARD_LANGUAGES, type DashboardLanguage } from "../staff/accounts.ts";

export type TextKey = keyof typeof en;
export type Translate = (key: TextKey, vars?: Record<string, string | number>) => string;

/** Every language's texts, by key. */
export const TEXTS: Record<DashboardLanguage, Record<TextKey, string>> = { en, es, pt };

/** The `Intl` locale of each language (dates, numbers). */
export const LOCALES: Record<DashboardLanguage, string> = {
  en: "en-GB",
  es: "es-ES",
  pt: "pt-BR",
};

/** What each language is called in itself, for the switch. */
export const LANGUAGE_NAMES: Record<DashboardLanguage, string> = {
  es: "Español",
  en: "English",
  pt: "Português",
};

/** The cookie that keeps a browser's choice. */
export const LANGUAGE_COOKIE = "admin_lang";

/** The texts of `language`, with `{name}` placeholders filled in. */
export function translator(language: DashboardLanguage): Translate {
  const texts = TEXTS[language];
  return (key, vars) =>
    texts[key].replace(/\{(\w+)\}/g, (whole, name) => String(vars?.[name] ?? whole));
}

/** Whether `value` is one of the dashboard's languages. */
export function isLanguage(value: unknown): value is DashboardLanguage {
  return typeof value === "string" && (DASHBOARD_LANGUAGES as readonly string[]).includes(value);
}

/** The first of `chosen` that is a language, else the best of `acceptLanguage`, else English. */
export function pickLanguage(
  chosen: (string | null | undefined)[],
  acceptLanguage: string | undefined,
): DashboardLanguage {
  const first = chosen.find(isLanguage);
  if (first) return first;
  const ranked = (acceptLanguage ?? "").split(",").map((part, index) => {
    const [tag, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return { base: tag.toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
  }).filter((r) => isLanguage(r.base) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.base as DashboardLanguage | undefined) ?? "en";
}
