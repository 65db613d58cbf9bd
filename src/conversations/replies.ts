/**
 * Staff replies: a message written by a person of the shop, stored in the thread and queued
 * for the outbox in one statement, through the same message and outbound functions as the
 * agent's answers. WhatsApp delivers free text only inside its 24-hour window since the
 * customer's last message, and only when a sender is connected; outside either the reply is
 * refused and nothing is stored.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const sent = await sendStaffReply(sql, 1, "Hola Ana, soy Marta de la tienda.", {
 *   connected: true,
 * });
 * sent.outboundId; // queued: wake the outbox
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { withoutNul } from "../shared/text.ts";
import { insertOutbound } from "./outbound.ts";
import { nextMessageId } from "./thread.ts";

/** WhatsApp delivers free text only this long after the customer's last message. */
export const REPLY_WINDOW_HOURS = 24;
/** The longest staff reply: one WhatsApp message. */
export const MAX_STAFF_REPLY_CHARS = 1600;

/**
 * Stores a staff message (trimmed, without NUL characters), signed with the account that wrote
 * it (`staffId`; none for the admin token), queues it for the outbox (the caller wakes it) and
 * clears the conversation's attention flag: someone answered. 409 `whatsapp_not_connected` when no sender is configured, 409
 * `outside_window` when the customer last wrote more than {@link REPLY_WINDOW_HOURS} hours ago.
 */
export async function sendStaffReply(
  sql: Sql,
  conversationId: number,
  text: string,
  options: { connected: boolean; staffId?: number | null },
): Promise<{ messageId: number; outboundId: number }> {
  const body = withoutNul(text).trim();
  if (body.length === 0 || body.length > MAX_STAFF_REPLY_CHARS) {
    throw new AppError(
      "invalid_input",
      400,
      `A reply has 1 to ${MAX_STAFF_REPLY_CHARS} characters`,
    );
  }
  if (!options.connected) {
    throw new AppError(
      "whatsapp_not_connected",
      409,
      "WhatsApp is not connected, so this reply could not be sent: set TWILIO_ACCOUNT_SID, " +
        "TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM and restart the server.",
    );
  }
  const [row] = await sql<
    { found: boolean; messageId: number | null; outboundId: number | null }[]
  >`
    with target as (
      select v.id, c.phone,
        coalesce(v.last_inbound_at > now() - make_interval(hours => ${REPLY_WINDOW_HOURS}), false)
          as open
      from conversations v join customers c on c.id = v.customer_id
      where v.id = ${conversationId}
      for update of v
    ), next_id as (
      ${nextMessageId(sql, sql`target where target.open`)}
    ), message as (
      insert into messages (id, conversation_id, kind, turn_id, text, staff_id)
      select next_id.id, target.id, 'staff', next_id.id, ${body}, ${options.staffId ?? null}
      from target, next_id
      returning id, conversation_id
    ), outbound as (
      ${
    insertOutbound(sql, {
      from: sql`message, target`,
      conversationId: sql`message.conversation_id`,
      messageId: sql`message.id`,
      toAddress: sql`'whatsapp:' || target.phone`,
      channel: sql`'rest'`,
      messages: [{ body, mediaUrl: null }],
    })
  }
      returning id
    ), touched as (
      update conversations
      set last_message_at = now(), needs_attention = false, attention_reason = null
      where id in (select conversation_id from message)
    )
    select exists (select 1 from target) as found,
      (select id from message) as message_id,
      (select id from outbound) as outbound_id`;
  if (!row.found) throw notFound("Conversation", conversationId);
  if (row.messageId === null || row.outboundId === null) {
    throw new AppError(
      "outside_window",
      409,
      `The customer last wrote more than ${REPLY_WINDOW_HOURS} hours ago: WhatsApp does not deliver free text until they write again`,
    );
  }
  return { messageId: row.messageId, outboundId: row.outboundId };
}
