/**
 * Notices: a message the shop itself sends a customer (their payment arrived, their order
 * expired), stored in the thread as a `system` message and queued for the outbox in one
 * statement, through the same message and outbound functions as staff replies. Free text
 * reaches WhatsApp only inside the 24-hour window since the customer's last message: outside
 * it the notice goes as the approved template its caller names (a Twilio Content SID filled
 * with variables), or, with none, nothing is stored. A customer of the terminal chat, or a shop
 * without a WhatsApp sender, gets the notice in the thread only.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const sent = await queueNotice(sql, 1, (language) =>
 *   language === "es" ? "¡Pago recibido!" : "Payment received!", { connected: true });
 * if (sent.queued) sent.outboundId; // queued: wake the outbox
 * ```
 * @module
 */
import { inTransaction, type Sql } from "../db/connect.ts";
import type { Language } from "../shared/language.ts";
import { withoutNul } from "../shared/text.ts";
import { insertOutbound, MAX_BODY, toWhatsAppMessages } from "./outbound.ts";
import { REPLY_WINDOW_HOURS } from "./replies.ts";
import { nextMessageId } from "./thread.ts";

/** Where a notice went: the stored message, and its first outbound row when it is queued. */
export interface QueuedNotice {
  queued: true;
  messageId: number;
  /** Null when it stays in the thread (terminal chat, no WhatsApp sender). */
  outboundId: number | null;
  /** Free text in the window, a template outside it, or the thread only. */
  via: "text" | "template" | "thread";
  language: Language;
}

/** Why a notice was not stored. */
export type NoticeSkip = "no_conversation" | "window_closed" | "no_template";

/** A Twilio Content resource and the variables it is filled with. */
export interface NoticeTemplate {
  contentSid: string;
  variables: Record<string, string>;
}

export interface NoticeOptions {
  connected: boolean;
  /** When the window is measured from (default the database's now). */
  now?: Date;
  /**
   * The template for outside the window, in the conversation's language (null: none is
   * configured). Without it, a notice outside the window is not sent.
   */
  template?: (language: Language) => Promise<NoticeTemplate | null>;
}

/**
 * Stores and queues a notice to the customer, written in their conversation's language by
 * `text`. Nothing is stored when they have no conversation, or its window is closed and no
 * template fits: the answer says which.
 */
export function queueNotice(
  sql: Sql,
  customerId: number,
  text: (language: Language) => string,
  options: NoticeOptions,
): Promise<QueuedNotice | { queued: false; reason: NoticeSkip }> {
  return inTransaction(sql, async (tx) => {
    const now = options.now ?? null;
    const [target] = await tx<
      { id: number; phone: string; language: Language; open: boolean; source: string | null }[]
    >`
      select v.id, c.phone, v.language,
        coalesce(v.last_inbound_at > coalesce(${now}::timestamptz, now())
          - make_interval(hours => ${REPLY_WINDOW_HOURS}), false) as open,
        (select m.source from messages m
          where m.conversation_id = v.id and m.kind = 'customer'
          order by m.id desc limit 1) as source
      from conversations v join customers c on c.id = v.customer_id
      where v.customer_id = ${customerId}
      for update of v`;
    if (!target) return { queued: false, reason: "no_conversation" };
    const template = target.open ? null : await options.template?.(target.language);
    if (!target.open && template === undefined) return { queued: false, reason: "window_closed" };
    if (!target.open && template === null) return { queued: false, reason: "no_template" };
    const body = withoutNul(text(target.language)).trim();
    const channel = target.source === "whatsapp" && options.connected ? "rest" : "none";
    const messages = template
      ? [{
        body: body.slice(0, MAX_BODY),
        mediaUrl: null,
        contentSid: template.contentSid,
        contentVariables: template.variables,
      }]
      : toWhatsAppMessages(body, []);
    const [row] = await tx<{ messageId: number; outboundId: number }[]>`
      with next_id as (
        ${nextMessageId(tx, tx`(select 1) one`)}
      ), message as (
        insert into messages (id, conversation_id, kind, turn_id, text)
        select next_id.id, ${target.id}, 'system', next_id.id, ${body} from next_id
        returning id
      ), outbound as (
        ${
      insertOutbound(tx, {
        from: tx`message`,
        conversationId: tx`${target.id}::bigint`,
        messageId: tx`message.id`,
        toAddress: tx`${`whatsapp:${target.phone}`}::text`,
        channel: tx`${channel}::text`,
        messages,
      })
    }
        returning id, seq
      ), touched as (
        update conversations set last_message_at = now() where id = ${target.id}
      )
      select (select id from message) as message_id,
        (select id from outbound order by seq limit 1) as outbound_id`;
    return {
      queued: true,
      messageId: row.messageId,
      outboundId: channel === "rest" ? row.outboundId : null,
      via: channel === "none" ? "thread" : template ? "template" : "text",
      language: target.language,
    };
  });
}
