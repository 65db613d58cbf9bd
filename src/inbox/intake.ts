/**
 * Intake: a customer message is stored (deduplicated by its external id) before anything else,
 * with its customer and conversation when they are new, in one statement. A free conversation
 * is claimed in the same statement, so an idle customer's message starts its turn without
 * another round trip.
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * import { Metrics } from "../shared/metrics.ts";
 * declare const sql: Client;
 * const got = await receiveMessage(sql, {
 *   phone: "+34600000001",
 *   text: "Hola",
 *   source: "chat",
 *   externalId: "chat-1",
 * }, {
 *   owner: "worker-1",
 *   leaseSeconds: 30,
 *   budgetChars: 12_000,
 *   historyRows: 80,
 *   metrics: new Metrics(),
 *   turnsPerMinute: 20,
 * });
 * got.claimed; // the turn to run now, when the conversation was free
 * ```
 * @module
 */
import { detectLanguage } from "../agent/language.ts";
import { customerCte } from "../customers/service.ts";
import { historyCte, historyJson } from "../conversations/history.ts";
import {
  type HistoryRow,
  type Media,
  type MessageContext,
  nextMessageId,
} from "../conversations/thread.ts";
import { asJson, type Client } from "../db/connect.ts";
import type { Language } from "../shared/language.ts";
import type { Metrics } from "../shared/metrics.ts";
import type { NextTurn } from "./claim.ts";

/** A customer message as it arrives. */
export interface Incoming {
  /** E.164 phone number, e.g. +34600000001. */
  phone: string;
  name?: string | null;
  text: string;
  media?: Media[];
  /** A location, a button tapped, a reply, a forward, an ad (whatsapp/context.ts). */
  context?: MessageContext | null;
  source: "whatsapp" | "chat";
  /** Twilio's MessageSid, or a unique id for other sources. */
  externalId: string;
}

export type MessageStatus = "queued" | "processing" | "done" | "failed" | "skipped";

export interface Received {
  messageId: number;
  conversationId: number;
  customerId: number;
  /** This external id was stored before (a retried delivery). */
  duplicate: boolean;
  status: MessageStatus;
  replyMode: "inline" | "rest" | null;
  /** This process took the conversation while storing the message. */
  leased: boolean;
  /** The turn to run now when the message could be claimed with its storing. */
  claimed: NextTurn | null;
  /** The customer used up this minute's turns: the message waits to be answered with others. */
  limited: boolean;
}

/** Who stores the message and how its turn is read when claimed with it. */
export interface IntakeOptions {
  /** The worker that takes the conversation when it is free. */
  owner: string;
  leaseSeconds: number;
  /** Characters of history read with a claimed turn. */
  budgetChars: number;
  /** Rows of history read with a claimed turn, the message itself included. */
  historyRows: number;
  metrics: Metrics;
  /** Turns one customer may start per minute (claim.ts); past them messages wait. */
  turnsPerMinute: number;
}

/**
 * Stores a message (and its customer and conversation when new) in one statement. A message
 * whose external id is already stored is not stored again: its state is returned with
 * `duplicate: true`. When the conversation is free, it is claimed for `options.owner` in the
 * same statement and the message's turn comes back ready to run.
 */
export async function receiveMessage(
  sql: Client,
  msg: Incoming,
  options: IntakeOptions,
): Promise<Received> {
  const language = detectLanguage(msg.text);
  const media = sql.json(asJson(msg.media ?? []));
  const context = msg.context ? sql.json(asJson(msg.context)) : null;
  const leaseEnd = sql`now() + make_interval(secs => ${options.leaseSeconds})`;
  // The conversation can be taken at once when the agent answers it, nobody holds it, no
  // older message waits (those go first, through kick()) and the customer has turns left in
  // this minute (claim.ts counts them the same way).
  const fresh = sql`(v.turn_window_start is null
    or v.turn_window_start <= now() - interval '1 minute')`;
  const limited = sql`(v.handler = 'agent' and not ${fresh}
    and v.turns_in_window >= ${options.turnsPerMinute})`;
  const claimable = sql`v.handler = 'agent' and not exists (select 1 from waiting)
    and (v.lease_owner is null or v.lease_until < now()) and not ${limited}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const [row] = await sql<
      (Received & {
        inserted: boolean;
        claimed: boolean;
        handler: "agent" | "staff";
        language: Language;
        phone: string;
        history: HistoryRow[];
      })[]
    >`
      with ${customerCte(sql, msg.phone, msg.name ?? null)}, waiting as (
        select 1 from messages m
        join conversations v on v.id = m.conversation_id
        join customer on customer.id = v.customer_id
        where m.status in ('queued', 'processing')
        limit 1
      ), known_conversation as (
        update conversations v
        set last_inbound_at = now(),
          last_message_at = case when v.handler = 'staff' then now() else v.last_message_at end,
          language = coalesce(${language}, v.language),
          lease_owner = case when ${claimable} then ${options.owner} else v.lease_owner end,
          lease_until = case when ${claimable} then ${leaseEnd} else v.lease_until end,
          turns_in_window = case when ${claimable}
            then case when ${fresh} then 1 else v.turns_in_window + 1 end
            else v.turns_in_window end,
          turn_window_start = case when ${claimable} and ${fresh} then now()
            else v.turn_window_start end
        from customer
        where v.customer_id = customer.id
        returning v.id, v.handler, v.language,
          (v.lease_owner = ${options.owner} and v.lease_until = ${leaseEnd}) as claimed,
          -- RETURNING sees the counters as updated, which they are only when claimed.
          (${limited} and not (v.lease_owner = ${options.owner} and v.lease_until = ${leaseEnd})
            is true) as limited
      ), new_conversation as (
        insert into conversations (customer_id, last_inbound_at, language, lease_owner,
          lease_until, turns_in_window, turn_window_start)
        select id, now(), coalesce(${language}, 'es'), ${options.owner}, ${leaseEnd}, 1, now()
        from customer
        where not exists (select 1 from known_conversation)
        on conflict (customer_id) do nothing
        returning id, handler, language, true as claimed, false as limited
      ), conversation as (
        select id, handler, language, claimed, limited from known_conversation
        union all select id, handler, language, claimed, limited from new_conversation
      ), next_id as (
        ${nextMessageId(sql, sql`conversation`)}
      ), inserted as (
        insert into messages (id, conversation_id, kind, turn_id, text, source, external_id,
          media, context, status, attempts)
        select next_id.id, conversation.id, 'customer', next_id.id, ${msg.text}, ${msg.source},
          ${msg.externalId}, ${media}, ${context},
          case when conversation.handler = 'staff' then 'skipped'
            when conversation.claimed then 'processing' else 'queued' end,
          case when conversation.claimed then 1 else 0 end
        from conversation, next_id
        on conflict (external_id) where external_id is not null do nothing
        returning id, status
      ), ${
      historyCte(
        sql,
        sql`select conversation.id as conversation_id, inserted.id as turn_id
          from conversation, inserted
          where conversation.claimed and inserted.status = 'processing'`,
        options.budgetChars,
        options.historyRows - 1,
      )
    }
      select inserted.id as message_id, conversation.id as conversation_id,
        customer.id as customer_id, inserted.status, null as reply_mode, true as inserted,
        conversation.claimed, conversation.handler, conversation.language,
        ${msg.phone}::text as phone, conversation.limited,
        ${historyJson(sql)} as history
      from inserted, conversation, customer
      union all
      select m.id, m.conversation_id, v.customer_id, m.status, m.reply_mode, false,
        coalesce((select claimed from conversation), false), v.handler,
        v.language, ${msg.phone}::text, false, '[]'::json
      from messages m join conversations v on v.id = m.conversation_id
      where m.external_id = ${msg.externalId} and not exists (select 1 from inserted)`;
    if (row) {
      const { inserted, claimed, handler, language, phone, history, ...received } = row;
      if (inserted) options.metrics.count("messages_received_total", { source: msg.source });
      else options.metrics.count("messages_duplicate_total", { source: msg.source });
      const turn: NextTurn | null = claimed && received.status === "processing"
        ? {
          handler,
          language,
          customerId: received.customerId,
          phone,
          leased: true,
          owner: options.owner,
          held: false,
          heldUntil: null,
          folded: [],
          message: {
            id: received.messageId,
            source: msg.source,
            attempts: 1,
            status: "processing",
          },
          history: [{
            id: received.messageId,
            kind: "customer",
            turnId: received.messageId,
            text: msg.text,
            parts: null,
            media: msg.media ?? [],
            context: msg.context ?? null,
            size: msg.text.length + 40,
          }, ...history],
        }
        : null;
      return {
        ...received,
        duplicate: !inserted,
        claimed: claimed ? turn : null,
        leased: claimed,
      };
    }
  }
  throw new Error(`could not store message ${msg.externalId}`);
}
