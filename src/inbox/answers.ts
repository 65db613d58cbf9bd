/**
 * Answers as stored: what a message was answered with (for a retried delivery of it), and the
 * decision, once its webhook stopped waiting, that the answer goes through the outbox.
 *
 * @module
 */
import type { Client } from "../db/connect.ts";
import type { MessageStatus } from "./intake.ts";
import type { Reply, ReplyMessage } from "./waiters.ts";

/**
 * After a webhook stopped waiting: makes sure the answer goes through the outbox. Returns
 * the answer when it had already been decided inline (a race with the deadline), else null.
 */
export async function settleAfterWait(sql: Client, messageId: number): Promise<Reply | null> {
  const [row] = await sql<{ status: MessageStatus; replyMode: "inline" | "rest" | null }[]>`
    with decided as (
      update messages set reply_mode = 'rest'
      where id = ${messageId} and reply_mode is null and source = 'whatsapp'
      returning reply_mode
    )
    select m.status, coalesce((select reply_mode from decided), m.reply_mode) as reply_mode
    from messages m where m.id = ${messageId}`;
  if (!row || row.replyMode !== "inline") return null;
  return await storedReply(sql, messageId);
}

/** The answer stored for a message (for retried deliveries). */
export async function storedReply(sql: Client, messageId: number): Promise<Reply | null> {
  const [row] = await sql<
    {
      status: MessageStatus;
      replyMode: "inline" | "rest" | null;
      messages: ReplyMessage[];
    }[]
  >`
    select m.status, m.reply_mode,
      coalesce((
        select json_agg(json_build_object('outboundId', o.id, 'body', o.body,
          'mediaUrl', o.media_url) order by o.message_id, o.seq)
        from messages a join outbound_messages o on o.message_id = a.id
        where a.turn_id = m.id and a.kind in ('model', 'system')
      ), '[]') as messages
    from messages m where m.id = ${messageId}`;
  if (!row || !["done", "failed", "skipped"].includes(row.status)) return null;
  return { status: row.status, replyMode: row.replyMode, messages: row.messages };
}
