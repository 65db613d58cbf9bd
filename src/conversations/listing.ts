/**
 * Conversations as staff see them: the list (newest activity first, searchable by phone or
 * name), one conversation's thread with the delivery of every outbound message, and staff
 * replies, which go out through the outbox and only inside WhatsApp's 24-hour window since the
 * customer's last message. Who answers (agent or staff) is `conversations/handoff.ts`.
 *
 * @example
 * ```ts
 * const page = await listConversations(sql, { q: "ana" });
 * await sendStaffReply(sql, page.items[0].id, "Hola Ana, soy Marta de la tienda.");
 * outbox.wake();
 * ```
 * @module
 */
import type postgres from "postgres";
import type { Handler } from "./handoff.ts";
import type { MessageKind, StoredMessage } from "./thread.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import type { Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";

/** WhatsApp delivers free text only this long after the customer's last message. */
export const REPLY_WINDOW_HOURS = 24;
/** The longest staff reply: one WhatsApp message. */
export const MAX_STAFF_REPLY_CHARS = 1600;
/** The newest thread rows shown; older ones are left out. */
const THREAD_LIMIT = 500;

/** A conversation in the staff's list. */
export interface ConversationSummary {
  id: number;
  customerId: number;
  phone: string;
  name: string | null;
  handler: Handler;
  needsAttention: boolean;
  attentionReason: string | null;
  language: string;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
  /** Whether free text can still reach the customer. */
  windowOpen: boolean;
  /** The newest message with text. */
  lastMessage: { kind: MessageKind; text: string; at: Date } | null;
}

export interface ConversationPage {
  items: ConversationSummary[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** One outbound WhatsApp message and how its delivery went. */
export interface OutboundDelivery {
  id: number;
  seq: number;
  body: string;
  mediaUrl: string | null;
  channel: "inline" | "rest" | "none";
  status: string;
  attempts: number;
  errorCode: number | null;
  errorMessage: string | null;
}

/** One row of a thread: something the customer, the agent, a tool, staff or the server said. */
export interface ThreadMessage extends StoredMessage {
  status: "queued" | "processing" | "done" | "failed" | "skipped" | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  latencyMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  outbound: OutboundDelivery[];
}

export interface Thread {
  messages: ThreadMessage[];
  /** Older rows exist that are not in `messages`. */
  truncated: boolean;
}

interface SummaryRow extends Omit<ConversationSummary, "lastMessage"> {
  lastKind: MessageKind | null;
  lastText: string | null;
  lastAt: Date | null;
  cursorMicros: number;
}

/** Conversations, newest activity first; `q` matches phone digits or (accent-blind) names. */
export async function listConversations(
  sql: Sql,
  query: { q?: string; limit?: number; cursor?: string } = {},
): Promise<ConversationPage> {
  const limit = query.limit ?? 50;
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, afterRow);
  // Text in Postgres cannot hold NUL, so no name or phone contains one.
  const words = (query.q ?? "").replaceAll("\u0000", "").trim();
  const digits = words.replace(/\D/g, "");
  const pattern = `%${words.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const search = words === "" ? sql`true` : sql`(
    search_key(coalesce(c.name, '')) like search_key(${pattern})
    ${digits.length >= 3 ? sql`or c.phone like ${`%${digits}%`}` : sql``})`;
  const rows = await selectSummaries(
    sql,
    sql`${search} ${
      after
        ? sql`and (v.last_message_at, v.id) <
          (timestamptz 'epoch' + ${after.micros}::bigint * interval '1 microsecond', ${after.id})`
        : sql``
    }`,
    limit + 1,
  );
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toSummary),
    nextCursor: rows.length > limit ? encodeCursor(`c${last.cursorMicros}.${last.id}`) : null,
  };
}

/** One conversation's summary; 404 when there is none. */
export async function getConversation(sql: Sql, id: number): Promise<ConversationSummary> {
  const [row] = await selectSummaries(sql, sql`v.id = ${id}`, 1);
  if (!row) throw notFound("Conversation", id);
  return toSummary(row);
}

/** The conversation's newest {@link THREAD_LIMIT} rows, in thread order (turn, then id). */
export async function getThread(sql: Sql, conversationId: number): Promise<Thread> {
  const newestFirst = await sql<ThreadMessage[]>`
    select m.id, m.kind, m.turn_id, m.text, m.parts, m.media, m.status, m.error, m.created_at,
      m.finished_at, m.latency_ms, m.input_tokens, m.output_tokens,
      coalesce((
        select json_agg(json_build_object('id', o.id, 'seq', o.seq, 'body', o.body,
          'mediaUrl', o.media_url, 'channel', o.channel, 'status', o.status,
          'attempts', o.attempts, 'errorCode', o.error_code, 'errorMessage', o.error_message)
          order by o.seq)
        from outbound_messages o where o.message_id = m.id
      ), '[]') as outbound
    from messages m
    where m.conversation_id = ${conversationId}
    order by m.turn_id desc, m.id desc
    limit ${THREAD_LIMIT + 1}`;
  return {
    messages: newestFirst.slice(0, THREAD_LIMIT).reverse(),
    truncated: newestFirst.length > THREAD_LIMIT,
  };
}

/**
 * Stores a staff message (trimmed, without NUL characters, which Postgres text cannot hold) and
 * queues it for the outbox, in one statement; the caller wakes the outbox. 409 `outside_window`
 * when the customer last wrote more than {@link REPLY_WINDOW_HOURS} hours ago (WhatsApp would
 * refuse free text).
 */
export async function sendStaffReply(
  sql: Sql,
  conversationId: number,
  text: string,
): Promise<{ messageId: number; outboundId: number }> {
  const body = text.replaceAll("\u0000", "").trim();
  if (body.length === 0 || body.length > MAX_STAFF_REPLY_CHARS) {
    throw new AppError(
      "invalid_input",
      400,
      `A reply has 1 to ${MAX_STAFF_REPLY_CHARS} characters`,
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
    ), next_id as (
      select nextval(pg_get_serial_sequence('messages', 'id')) as id
    ), message as (
      insert into messages (id, conversation_id, kind, turn_id, text)
      select next_id.id, target.id, 'staff', next_id.id, ${body}
      from target, next_id
      where target.open
      returning id, conversation_id
    ), outbound as (
      insert into outbound_messages (conversation_id, message_id, seq, to_address, body, channel,
        status)
      select message.conversation_id, message.id, 1, 'whatsapp:' || target.phone, ${body}, 'rest',
        'pending'
      from message, target
      returning id
    ), touched as (
      update conversations set last_message_at = now()
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

function selectSummaries(
  sql: Sql,
  where: postgres.Fragment,
  limit: number,
): Promise<SummaryRow[]> {
  return sql<SummaryRow[]>`
    select v.id, v.customer_id, c.phone, c.name, v.handler, v.needs_attention,
      v.attention_reason, v.language, v.last_message_at, v.last_inbound_at,
      coalesce(v.last_inbound_at > now() - make_interval(hours => ${REPLY_WINDOW_HOURS}), false)
        as window_open,
      last.kind as last_kind, last.text as last_text, last.created_at as last_at,
      (extract(epoch from v.last_message_at) * 1000000)::bigint as cursor_micros
    from conversations v
    join customers c on c.id = v.customer_id
    left join lateral (
      select m.kind, m.text, m.created_at from messages m
      where m.conversation_id = v.id and m.kind <> 'tool' and coalesce(m.text, '') <> ''
      order by m.id desc
      limit 1
    ) last on true
    where ${where}
    order by v.last_message_at desc, v.id desc
    limit ${limit}`;
}

function toSummary(row: SummaryRow): ConversationSummary {
  const { lastKind, lastText, lastAt, cursorMicros: _, ...summary } = row;
  return {
    ...summary,
    lastMessage: lastKind && lastText !== null && lastAt
      ? { kind: lastKind, text: lastText, at: lastAt }
      : null,
  };
}

/** Reads a conversation page's cursor: the last row's activity time (µs) and id. */
function afterRow(position: string): { micros: number; id: number } | null {
  const match = /^c(-?\d{1,17})\.(\d{1,15})$/.exec(position);
  return match ? { micros: Number(match[1]), id: Number(match[2]) } : null;
}
