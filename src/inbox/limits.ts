/**
 * Telling a customer, once, that they write faster than they are answered: when a
 * conversation is first held or answered in a batch (claim.ts), a system message in the
 * customer's language is stored and queued for the outbox, unless one was sent in the last
 * hour or the customer was told their answer is coming (defer.ts).
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const queued = await noticeLimit(sql, 1, "es"); // true when the notice went out now
 * ```
 * @module
 */
import { floodNotice } from "../agent/language.ts";
import { insertOutbound } from "../conversations/outbound.ts";
import { nextMessageId } from "../conversations/thread.ts";
import type { Sql } from "../db/connect.ts";
import type { Language } from "../shared/language.ts";

/** Queues the notice unless the customer got one in the last hour; true when queued. */
export async function noticeLimit(
  sql: Sql,
  conversationId: number,
  language: Language,
): Promise<boolean> {
  const rows = await sql`
    with due as (
      update conversations v set limit_notice_at = now()
      from customers c
      where v.id = ${conversationId} and c.id = v.customer_id
        and (v.limit_notice_at is null or v.limit_notice_at < now() - interval '1 hour')
        and (v.wait_notice_at is null or v.wait_notice_at < now() - interval '2 hours')
      returning v.id, c.phone
    ), latest as (
      select m.id, m.source from messages m, due
      where m.conversation_id = due.id and m.kind = 'customer'
      order by m.id desc limit 1
    ), next_id as (
      ${nextMessageId(sql, sql`due`)}
    ), message as (
      insert into messages (id, conversation_id, kind, turn_id, text)
      select next_id.id, due.id, 'system', coalesce(latest.id, next_id.id), ${floodNotice(language)}
      from due cross join next_id left join latest on true
      returning id, conversation_id
    ), outbound as (
      ${
    insertOutbound(sql, {
      from: sql`message, due left join latest on true`,
      conversationId: sql`message.conversation_id`,
      messageId: sql`message.id`,
      toAddress:
        sql`case when latest.source = 'chat' then 'chat:' else 'whatsapp:' end || due.phone`,
      channel: sql`case when latest.source = 'chat' then 'none' else 'rest' end`,
      messages: [{ body: floodNotice(language), mediaUrl: null }],
    })
  }
      returning id
    )
    select id from outbound`;
  return rows.length > 0;
}
