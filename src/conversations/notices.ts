/**
 * Notices: a message the shop itself sends a customer (their payment arrived, their order
 * expired), stored in the thread as a `system` message and queued for the outbox in one
 * statement, through the same message and outbound functions as staff replies. Free text
 * reaches WhatsApp only inside the 24-hour window since the customer's last message: outside
 * it nothing is stored (templates for that are the notifications' work). A customer of the
 * terminal chat, or a shop without a WhatsApp sender, gets the notice in the thread only.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const sent = await queueNotice(sql, 1, (language) =>
 *   language === "es" ? "¡Pago recibido!" : "Payment received!", { connected: true });
 * sent?.outboundId; // queued: wake the outbox
 * ```
 * @module
 */
import { inTransaction, type Sql } from "../db/connect.ts";
import type { Language } from "../shared/language.ts";
import { withoutNul } from "../shared/text.ts";
import { insertOutbound, toWhatsAppMessages } from "./outbound.ts";
import { REPLY_WINDOW_HOURS } from "./replies.ts";
import { nextMessageId } from "./thread.ts";

/** Where a notice went: the stored message, and its first outbound row when it is queued. */
export interface QueuedNotice {
  messageId: number;
  /** Null when it stays in the thread (terminal chat, no WhatsApp sender). */
  outboundId: number | null;
}

/**
 * Stores and queues a notice to the customer, written in their conversation's language by
 * `text`. Null, and nothing stored, when they have no conversation or its window is closed.
 */
export function queueNotice(
  sql: Sql,
  customerId: number,
  text: (language: Language) => string,
  options: { connected: boolean },
): Promise<QueuedNotice | null> {
  return inTransaction(sql, async (tx) => {
    const [target] = await tx<
      { id: number; phone: string; language: Language; open: boolean; source: string | null }[]
    >`
      select v.id, c.phone, v.language,
        coalesce(v.last_inbound_at > now() - make_interval(hours => ${REPLY_WINDOW_HOURS}), false)
          as open,
        (select m.source from messages m
          where m.conversation_id = v.id and m.kind = 'customer'
          order by m.id desc limit 1) as source
      from conversations v join customers c on c.id = v.customer_id
      where v.customer_id = ${customerId}
      for update of v`;
    if (!target || !target.open) return null;
    const body = withoutNul(text(target.language)).trim();
    const channel = target.source === "whatsapp" && options.connected ? "rest" : "none";
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
        messages: toWhatsAppMessages(body, []),
      })
    }
        returning id, seq
      ), touched as (
        update conversations set last_message_at = now() where id = ${target.id}
      )
      select (select id from message) as message_id,
        (select id from outbound order by seq limit 1) as outbound_id`;
    return { messageId: row.messageId, outboundId: channel === "rest" ? row.outboundId : null };
  });
}
