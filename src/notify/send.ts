/**
 * One proactive message: recorded in `proactive_messages` under its kind and key first, so it
 * is decided once however often its job runs; marketing only with the customer's consent, and
 * neither marketing nor back-in-stock alerts after an opt-out; then a notice (conversations/notices.ts): free text
 * inside the 24-hour window, the kind's template outside it, or skipped with the reason kept
 * for the dashboard. The caller's transaction covers the record and the queued message alike.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const outcome = await sendProactive(sql, {
 *   customerId: 1,
 *   kind: "shipped",
 *   key: "5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b:shipped",
 *   text: (language) => language === "es" ? "¡En camino!" : "On its way!",
 *   variables: () => ({ "1": "#1001" }),
 *   now: new Date(),
 *   connected: true,
 * });
 * // { status: "queued", via: "text", outboundId: 12 } | { status: "skipped", reason: "no_template" }
 * ```
 * @module
 */
import { queueNotice } from "../conversations/notices.ts";
import { marketingOf } from "../customers/consent.ts";
import type { Sql } from "../db/connect.ts";
import type { Language } from "../shared/language.ts";
import { MARKETING_KINDS, type NotificationKind, templateFor } from "../settings/notifications.ts";

export interface ProactiveMessage {
  customerId: number;
  kind: NotificationKind;
  /** What makes it one message (an order and its update, a cart and its reminder number). */
  key: string;
  orderId?: string | null;
  cartId?: string | null;
  text: (language: Language) => string;
  /** The template's variables, in the conversation's language ({{1}}, {{2}}...). */
  variables: (language: Language) => Record<string, string>;
  now: Date;
  /** Whether a WhatsApp sender is configured. */
  connected: boolean;
}

/** Why a proactive message was not sent. */
export type SkipReason =
  | "no_conversation"
  | "no_template"
  | "no_consent"
  | "opted_out";

export type ProactiveOutcome =
  | { status: "queued"; via: "text" | "template" | "thread"; outboundId: number | null }
  | { status: "skipped"; reason: SkipReason }
  /** Decided before: nothing done. */
  | { status: "duplicate" };

/** Decides and queues one proactive message (see the module docs). */
export async function sendProactive(sql: Sql, m: ProactiveMessage): Promise<ProactiveOutcome> {
  const [row] = await sql<{ id: number }[]>`
    insert into proactive_messages (customer_id, kind, key, order_id, cart_id, status, reason)
    values (${m.customerId}, ${m.kind}, ${m.key}, ${m.orderId ?? null}, ${m.cartId ?? null},
      'skipped', 'deciding')
    on conflict (kind, key) do nothing
    returning id`;
  if (!row) return { status: "duplicate" };
  const outcome = await decide(sql, m);
  await sql`
    update proactive_messages set
      status = ${outcome.status},
      via = ${outcome.status === "queued" ? outcome.via : null},
      reason = ${outcome.status === "skipped" ? outcome.reason : null},
      outbound_id = ${outcome.status === "queued" ? outcome.outboundId : null},
      message_id = ${outcome.status === "queued" ? outcome.messageId : null}
    where id = ${row.id}`;
  if (outcome.status === "queued") {
    return { status: "queued", via: outcome.via, outboundId: outcome.outboundId };
  }
  return outcome;
}

async function decide(
  sql: Sql,
  m: ProactiveMessage,
): Promise<
  | {
    status: "queued";
    via: "text" | "template" | "thread";
    outboundId: number | null;
    messageId: number;
  }
  | { status: "skipped"; reason: SkipReason }
> {
  const consent = await marketingOf(sql, m.customerId);
  const promotional = MARKETING_KINDS.includes(m.kind) || m.kind === "back_in_stock";
  if (promotional && consent?.state === "opted_out") {
    return { status: "skipped", reason: "opted_out" };
  }
  if (MARKETING_KINDS.includes(m.kind) && consent?.state !== "granted") {
    return { status: "skipped", reason: "no_consent" };
  }
  const queued = await queueNotice(sql, m.customerId, m.text, {
    connected: m.connected,
    now: m.now,
    template: async (language) => {
      const contentSid = await templateFor(sql, m.kind, language);
      return contentSid ? { contentSid, variables: m.variables(language) } : null;
    },
  });
  if (!queued.queued) {
    return {
      status: "skipped",
      reason: queued.reason === "no_conversation" ? "no_conversation" : "no_template",
    };
  }
  return {
    status: "queued",
    via: queued.via,
    outboundId: queued.outboundId,
    messageId: queued.messageId,
  };
}
