/**
 * Answering later when the model asks to wait (a quota or overload answer advising a delay
 * longer than a turn can take): instead of an apology, the message goes back to the queue and
 * the conversation is leased to nobody until the delay has passed (`lease_owner` "model-wait"),
 * so no worker of any process claims it before, and the inbox's recovery (the background tick,
 * or a timer in this process) claims it after — also after a restart. It is marked held, so
 * messages the customer sends meanwhile are answered together with it in one turn (claim.ts).
 * The customer is told once per wait, in their language, through the outbox; the wait's mark is
 * cleared when a turn of the conversation ends (finishTurn), and counts as gone after two hours
 * (a wait that ended without a turn: staff took the conversation over).
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * const deferred = await deferTurn(sql, {
 *   conversationId: 1, turnId: 7, leaseOwner: "worker-1", leaseSeconds: 30,
 * }, { waitMs: 26_000, language: "es" });
 * deferred.notice?.body; // the "answer is coming" notice, when it was queued now
 * ```
 * @module
 */
import { waitNotice } from "../agent/language.ts";
import { LeaseLost, type TurnRef } from "../agent/journal.ts";
import { insertOutbound } from "../conversations/outbound.ts";
import { nextMessageId } from "../conversations/thread.ts";
import type { Client } from "../db/connect.ts";
import type { Language } from "../shared/language.ts";

/** The lease owner of a conversation waiting for the model: no worker is ever named so. */
export const MODEL_WAIT_OWNER = "model-wait";

/** The longest wait kept for one message (a longer advice is cut to it). */
export const MAX_WAIT_MS = 60 * 60 * 1000;

export interface Deferral {
  /** When the message may be answered again. */
  until: Date;
  /** The notice queued now, with its outbound row (null: already told during this wait). */
  notice: { body: string; outboundId: number } | null;
}

/**
 * Puts the turn's message back in the queue until `waitMs` from now and queues the notice
 * unless this wait was already announced, in one statement. Throws {@link LeaseLost} when the
 * worker no longer holds the conversation.
 */
export async function deferTurn(
  sql: Client,
  turn: TurnRef,
  { waitMs, language }: { waitMs: number; language: Language },
): Promise<Deferral> {
  const seconds = Math.min(Math.max(waitMs, 1000), MAX_WAIT_MS) / 1000;
  const notice = waitNotice(language);
  const [row] = await sql<{ until: Date | null; outboundId: number | null }[]>`
    with before as (
      select wait_notice_at from conversations where id = ${turn.conversationId}
    ), wait as (
      update conversations v
      set lease_owner = ${MODEL_WAIT_OWNER},
        lease_until = now() + make_interval(secs => ${seconds}),
        held_until = now() + make_interval(secs => ${seconds}),
        wait_notice_at = case when v.wait_notice_at is null
            or v.wait_notice_at < now() - interval '2 hours' then now()
          else v.wait_notice_at end
      from customers c
      where v.id = ${turn.conversationId} and v.lease_owner = ${turn.leaseOwner}
        and c.id = v.customer_id
      returning v.id, v.lease_until, c.phone
    ), requeued as (
      update messages m set status = 'queued', reply_mode = coalesce(m.reply_mode, 'rest')
      from wait
      where m.id = ${turn.turnId} and m.status = 'processing'
      returning m.source
    ), due as (
      select wait.id, wait.phone, requeued.source from wait, requeued, before
      where before.wait_notice_at is null or before.wait_notice_at < now() - interval '2 hours'
    ), next_id as (
      ${nextMessageId(sql, sql`due`)}
    ), message as (
      insert into messages (id, conversation_id, kind, turn_id, text)
      select next_id.id, due.id, 'system', ${turn.turnId}, ${notice}
      from due, next_id
      returning id, conversation_id
    ), outbound as (
      ${
    insertOutbound(sql, {
      from: sql`message, due`,
      conversationId: sql`message.conversation_id`,
      messageId: sql`message.id`,
      toAddress: sql`case when due.source = 'chat' then 'chat:' else 'whatsapp:' end || due.phone`,
      channel: sql`case when due.source = 'chat' then 'none' else 'rest' end`,
      messages: [{ body: notice, mediaUrl: null }],
    })
  }
      returning id
    )
    select (select lease_until from wait) as until,
      (select id from outbound) as outbound_id`;
  if (!row?.until) throw new LeaseLost();
  return {
    until: row.until,
    notice: row.outboundId === null ? null : { body: notice, outboundId: row.outboundId },
  };
}
