/**
 * Opting out of marketing, server-side: a message that is nothing but a stop word or phrase in
 * Spanish, English or Portuguese ("BAJA", "STOP", "no more messages", "não quero mais
 * mensagens") is an opt-out whatever model answers, recorded at once and confirmed in that
 * language by the turn itself. Anything longer or merely mentioning stopping ("¿cómo paro la
 * suscripción de café?") is left to the model, which has the `marketing_consent` tool for free
 * phrasing. An opt-out also stops marketing already queued and not yet sent.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * optOutLanguage("BAJA");                                 // "es"
 * optOutLanguage("Stop!");                                // "en"
 * optOutLanguage("¿cómo paro la suscripción de café?");   // null
 * await optOut(sql, 1, "keyword");
 * ```
 * @module
 */
import { type ConsentSource, setMarketing } from "../customers/consent.ts";
import type { Sql } from "../db/connect.ts";
import { MARKETING_KINDS } from "../settings/notifications.ts";
import type { OptOutLanguage } from "./texts.ts";

const PHRASES: Record<OptOutLanguage, string[]> = {
  en: [
    "stop",
    "stop all",
    "unsubscribe",
    "opt out",
    "optout",
    "stop messages",
    "stop messaging me",
    "stop sending me messages",
    "no more messages",
    "no more promos",
    "no more promotions",
    "remove me",
    "cancel subscription",
  ],
  es: [
    "baja",
    "darme de baja",
    "dame de baja",
    "quiero darme de baja",
    "parar",
    "no me escribais mas",
    "no me escribas mas",
    "no me escriban mas",
    "dejad de escribirme",
    "deja de escribirme",
    "dejen de escribirme",
    "no quiero mas mensajes",
    "no mas mensajes",
    "no mas promociones",
    "cancelar suscripcion",
  ],
  pt: [
    "sair",
    "pare",
    "parar mensagens",
    "nao quero mais mensagens",
    "nao me mandem mais mensagens",
    "pare de me enviar mensagens",
    "descadastrar",
    "cancelar inscricao",
    "chega de mensagens",
  ],
};

const POLITE =
  /^(?:(?:por favor|please|pls|porfa|obrigad[oa]|gracias|thanks)\s+)?(.*?)(?:\s+(?:por favor|please|pls|porfa|obrigad[oa]|gracias|thanks))?$/;

const byPhrase = new Map<string, OptOutLanguage>(
  (Object.entries(PHRASES) as [OptOutLanguage, string[]][]).flatMap(([language, phrases]) =>
    phrases.map((p) => [p, language] as const)
  ),
);

function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ").replace(/\s+/g, " ").trim();
}

/** The language of a message that is only an opt-out, or null for any other message. */
export function optOutLanguage(text: string): OptOutLanguage | null {
  const words = normalize(text);
  if (words.length === 0 || words.length > 60) return null;
  return byPhrase.get(words) ?? byPhrase.get(POLITE.exec(words)?.[1] ?? "") ?? null;
}

/**
 * Records the customer's opt-out and withdraws their marketing (and back-in-stock alerts)
 * queued and not yet sent; true when they were not opted out before.
 */
export async function optOut(sql: Sql, customerId: number, source: ConsentSource) {
  const changed = await setMarketing(sql, customerId, "opted_out", source);
  await sql`
    update outbound_messages set status = 'failed', updated_at = now(),
      error_message = 'withdrawn: the customer opted out'
    where status = 'pending' and message_id in (
      select message_id from proactive_messages
      where customer_id = ${customerId} and message_id is not null
        and kind = any(${[...MARKETING_KINDS, "back_in_stock"]}::text[]))`;
  return changed;
}
