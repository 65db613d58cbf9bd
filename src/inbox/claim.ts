/**
 * Claiming and finishing turns. One round trip claims a conversation for a worker, marks its
 * oldest unanswered message processing and returns it with its history; one statement stores the
 * answer, closes the message, queues the outbound messages and releases the conversation when
 * nothing else waits.
 *
 * Limits per customer live in the same round trip. A customer starts at most
 * `turnsPerMinute` turns (model calls) in a one-minute window: past them the conversation is
 * held (released, nothing claimed) until the window ends. After a hold, and whenever more than
 * `maxQueued` messages wait, the next turn takes every waiting message at once: the newest
 * is answered, with the others before it in its history, and the others are closed as
 * answered by it. Every message stays stored and visible to staff.
 *
 * @module
 */
import type { Client } from "../db/connect.ts";
import { historyCte, historyJson } from "../conversations/history.ts";
import { insertOutbound, type OutboundMessage } from "../conversations/outbound.ts";
import type { HistoryRow } from "../conversations/thread.ts";
import type { Language } from "../shared/language.ts";
import { LeaseLost, type TurnEnd, type TurnRef, turnRows } from "../agent/journal.ts";

/** The conversation a worker claimed, and the customer message it is to answer next. */
export interface NextTurn {
  handler: "agent" | "staff";
  language: Language;
  customerId: number;
  phone: string;
  /** Whether this worker holds the conversation now. */
  leased: boolean;
  /** The lease owner name it was claimed under. */
  owner: string;
  /** The customer used up this minute's turns: nothing was claimed until `heldUntil`. */
  held: boolean;
  heldUntil: Date | null;
  /** Waiting messages this turn answers together with its own (closed as done). */
  folded: number[];
  /** The message to answer: processing (agent) or skipped (staff); null when none is left. */
  message: {
    id: number;
    source: "whatsapp" | "chat";
    attempts: number;
    status: "processing" | "skipped";
  } | null;
  /** The history up to and including that message, newest first (empty when skipped). */
  history: HistoryRow[];
}

/** The limits per customer (see the module docs). */
export interface CustomerLimits {
  /** Waiting messages beyond which they are answered together. */
  maxQueued: number;
  /** Turns a customer may start per minute. */
  turnsPerMinute: number;
}

/**
 * One round trip per turn: claims the conversation for `owner` when it is free (or already
 * the owner's), marks its oldest unanswered message processing (or skipped while staff
 * handles the conversation) and returns it with its history (see {@link historyCte}). With
 * nothing left to answer, or while the customer is held by `limits`, it releases the
 * conversation instead. Returns null when another live worker holds it.
 */
export async function claimNextTurn(
  sql: Client,
  conversationId: number,
  owner: string,
  leaseSeconds: number,
  budgetChars: number,
  maxHistoryRows: number,
  limits: CustomerLimits,
): Promise<NextTurn | null> {
  const [row] = await sql<
    {
      handler: "agent" | "staff";
      language: Language;
      customerId: number;
      phone: string;
      leaseOwner: string | null;
      turnId: number | null;
      source: "whatsapp" | "chat";
      attempts: number;
      status: "processing" | "skipped";
      held: boolean;
      heldUntil: Date | null;
      folded: number[] | null;
      history: HistoryRow[];
    }[]
  >`
    with pending as (
      select id, status from messages
      where conversation_id = ${conversationId} and status in ('queued', 'processing')
      order by id limit 1
    ), backlog as (
      select count(*)::int as queued, max(id) as newest from messages
      where conversation_id = ${conversationId} and status = 'queued'
    ), plan as (
      select s.*,
        s.starts and not s.fresh and s.turns_in_window >= ${limits.turnsPerMinute} as held,
        s.starts and b.queued > 1 and (b.queued > ${limits.maxQueued} or s.held_until is not null)
          as batch,
        b.newest
      from (
        select v.handler = 'agent' and coalesce((select status from pending) = 'queued', false)
            as starts,
          (v.turn_window_start is null or v.turn_window_start <= now() - interval '1 minute')
            as fresh,
          v.turns_in_window, v.turn_window_start, v.held_until
        from conversations v where v.id = ${conversationId}
      ) s, backlog b
    ), claim as (
      update conversations v
      set lease_owner = case when exists (select 1 from pending) and not plan.held
          then ${owner} end,
        lease_until = case when exists (select 1 from pending) and not plan.held
          then now() + make_interval(secs => ${leaseSeconds}) end,
        turns_in_window = case when plan.starts and not plan.held
          then case when plan.fresh then 1 else v.turns_in_window + 1 end
          else v.turns_in_window end,
        turn_window_start = case when plan.starts and not plan.held and plan.fresh then now()
          else v.turn_window_start end,
        held_until = case when plan.held then v.turn_window_start + interval '1 minute'
          else v.held_until end
      from customers u, plan
      where v.id = ${conversationId} and u.id = v.customer_id
        and (v.lease_owner is null or v.lease_until < now() or v.lease_owner = ${owner})
      returning v.handler, v.language, v.customer_id, u.phone, v.lease_owner, v.held_until,
        plan.held, plan.batch, plan.newest
    ), turn as (
      update messages m
      set status = case when claim.handler = 'staff' then 'skipped' else 'processing' end,
        attempts = m.attempts + 1,
        finished_at = case when claim.handler = 'staff' then now() end
      from pending, claim
      where m.id = case when claim.batch then claim.newest else pending.id end
        and claim.lease_owner is not null and m.status in ('queued', 'processing')
      returning m.id, m.source, m.attempts, m.status
    ), folded as (
      update messages m set status = 'done', finished_at = now()
      from claim
      where claim.batch and claim.lease_owner is not null
        and m.conversation_id = ${conversationId} and m.status = 'queued' and m.id < claim.newest
      returning m.id
    ), ${
    historyCte(
      sql,
      sql`select ${conversationId}::bigint as conversation_id, id as turn_id from turn
        where status = 'processing'`,
      budgetChars,
      maxHistoryRows,
    )
  }
    select claim.handler, claim.language, claim.customer_id, claim.phone, claim.lease_owner,
      claim.held, claim.held_until,
      (select array_agg(id order by id) from folded) as folded,
      turn.id as turn_id, turn.source, turn.attempts, turn.status,
      ${historyJson(sql)} as history
    from claim left join turn on true`;
  if (!row) return null;
  return {
    handler: row.handler,
    language: row.language,
    customerId: row.customerId,
    phone: row.phone,
    leased: row.leaseOwner !== null,
    owner,
    held: row.held,
    heldUntil: row.heldUntil,
    folded: row.folded ?? [],
    message: row.turnId === null
      ? null
      : { id: row.turnId, source: row.source, attempts: row.attempts, status: row.status },
    history: row.history,
  };
}

/** How a finished turn's answer is delivered. */
export interface Delivery {
  /** Where replies go: `whatsapp:+34...` or `chat:+34...`. */
  toAddress: string;
  /** `chat` answers are printed, not sent; `whatsapp` ones go inline or through the outbox. */
  source: "whatsapp" | "chat";
  /** A webhook is waiting in this process to put the answer in its TwiML response. */
  inlineWaiting: boolean;
  /** The answer as WhatsApp messages: text chunks, each with at most one media URL. */
  messages: OutboundMessage[];
}

export interface Finished {
  replyMode: "inline" | "rest" | null;
  /** The outbound rows, in the order of `delivery.messages`. */
  outboundIds: number[];
  /** No other message was waiting, so the conversation was released. */
  released: boolean;
}

/**
 * Stores the answer (after the turn's unsaved read-only steps), closes the customer message,
 * queues the outbound messages and, when no other message of the conversation waits,
 * releases it — in one statement. The reply goes inline only when a webhook is waiting for
 * it, no delivery was decided yet, and no earlier reply of this conversation is still queued
 * (replies stay in order). Throws {@link LeaseLost} when the worker no longer holds the
 * conversation.
 */
export async function finishTurn(
  sql: Client,
  turn: TurnRef,
  end: TurnEnd,
  delivery: Delivery,
): Promise<Finished> {
  const failed = end.status === "failed";
  const [row] = await sql<
    {
      replyMode: "inline" | "rest" | null;
      outboundIds: number[] | null;
      leased: number;
      released: boolean;
    }[]
  >`
    with waiting as (
      select 1 from messages
      where conversation_id = ${turn.conversationId} and status in ('queued', 'processing')
        and id <> ${turn.turnId}
      limit 1
    ), lease as (
      update conversations
      set lease_owner = case when exists (select 1 from waiting) then lease_owner end,
        lease_until = case when exists (select 1 from waiting)
          then now() + make_interval(secs => ${turn.leaseSeconds}) end,
        held_until = case when exists (select 1 from waiting) then held_until end,
        last_message_at = now(),
        wait_notice_at = null,
        needs_attention = needs_attention or ${failed},
        attention_reason = case when ${failed} then 'the agent could not answer'
          else attention_reason end
      where id = ${turn.conversationId} and lease_owner = ${turn.leaseOwner}
      returning id, lease_owner
    ), closed as (
      update messages m
      set status = ${end.status}, error = ${end.error}, finished_at = now(),
        reply_mode = case
          when ${delivery.source} = 'chat' then null
          when m.reply_mode is not null then m.reply_mode
          when ${delivery.inlineWaiting} and not exists (
            select 1 from outbound_messages o
            where o.conversation_id = m.conversation_id and o.status in ('pending', 'sending')
          ) then 'inline'
          else 'rest' end
      where m.id = ${turn.turnId} and exists (select 1 from lease)
      returning reply_mode
    ), stored as (
      ${turnRows(sql, turn, end.unsaved, end, sql`closed`)}
      returning id
    ), answer as (
      select max(id) as id from stored
    ), outbound as (
      ${
    insertOutbound(sql, {
      from: sql`answer, closed`,
      conversationId: sql`${turn.conversationId}::bigint`,
      messageId: sql`answer.id`,
      toAddress: sql`${delivery.toAddress}::text`,
      channel: sql`coalesce(closed.reply_mode, 'none')`,
      messages: delivery.messages,
    })
  }
      returning id
    )
    select (select reply_mode from closed) as reply_mode,
      (select array_agg(id order by id) from outbound) as outbound_ids,
      (select count(*) from lease) as leased,
      coalesce((select lease_owner is null from lease), false) as released`;
  if (row.leased === 0) throw new LeaseLost();
  return { replyMode: row.replyMode, outboundIds: row.outboundIds ?? [], released: row.released };
}
