/**
 * Conversations as staff see them: the list (newest activity first, searchable by phone or
 * name) and one conversation's thread with the delivery of every outbound message. Who answers
 * (agent or staff) is handoff.ts; staff replies are replies.ts.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const page = await listConversations(sql, { q: "ana" });
 * const thread = await getThread(sql, page.items[0].id);
 * ```
 * @module
 */
import type postgres from "postgres";
import type { Handler } from "./handoff.ts";
import type { MessageKind, Referral, StoredMessage } from "./thread.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import type { Sql } from "../db/connect.ts";
import { notFound } from "../shared/errors.ts";
import { REPLY_WINDOW_HOURS } from "./replies.ts";

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
  /** The click-to-WhatsApp ad the customer last came from, with when. */
  referral: (Referral & { at: string }) | null;
  /** The newest message with text. */
  lastMessage: { kind: MessageKind; text: string; at: Date } | null;
  /** The customer's mood, once judged (agent/mood.ts). */
  mood: "satisfied" | "neutral" | "frustrated" | null;
  /** What the customer wants, when the conversation was escalated to staff. */
  attentionSummary: string | null;
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
  /** The model that wrote a model row (null for other rows and rows stored before 0051). */
  model: string | null;
  outbound: OutboundDelivery[];
  /** Who wrote a staff message (null: the admin token, or not a staff message). */
  staffName: string | null;
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

/** How many conversations need attention. */
export async function countNeedingAttention(sql: Sql): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from conversations where needs_attention`;
  return row.count;
}

/** The conversations that need attention, frustrated customers first, then newest. */
export async function listNeedingAttention(
  sql: Sql,
  limit = 50,
): Promise<ConversationSummary[]> {
  const rows = await selectSummaries(sql, sql`v.needs_attention`, limit);
  const rank = (s: ConversationSummary) => s.mood === "frustrated" ? 0 : 1;
  return rows.map(toSummary).sort((a, b) => rank(a) - rank(b));
}

/**
 * Conversations, newest activity first; `q` matches phone digits, or (accent-blind) names and
 * what customers' media said (transcripts, descriptions);
 * `calm` leaves out those that need attention (listed apart by {@link listNeedingAttention}).
 */
export async function listConversations(
  sql: Sql,
  query: { q?: string; limit?: number; cursor?: string; calm?: boolean } = {},
): Promise<ConversationPage> {
  const limit = query.limit ?? 50;
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, afterRow);
  // Text in Postgres cannot hold NUL, so no name or phone contains one.
  const words = (query.q ?? "").replaceAll("\u0000", "").trim();
  const digits = words.replace(/\D/g, "");
  const pattern = `%${words.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const search = words === "" ? sql`true` : sql`(
    search_key(coalesce(c.name, '')) like search_key(${pattern})
    or exists (select 1 from messages m where m.conversation_id = v.id
      and m.media_text is not null and search_key(m.media_text) like search_key(${pattern}))
    ${digits.length >= 3 ? sql`or c.phone like ${`%${digits}%`}` : sql``})`;
  const rows = await selectSummaries(
    sql,
    sql`${search} ${query.calm ? sql`and not v.needs_attention` : sql``} ${
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
    select m.id, m.kind, m.turn_id, m.text, m.parts, m.media, m.media_text, m.context, m.status,
      m.error, m.created_at,
      m.finished_at, m.latency_ms, m.input_tokens, m.output_tokens, m.model,
      (select a.name from staff_accounts a where a.id = m.staff_id) as staff_name,
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

function selectSummaries(
  sql: Sql,
  where: postgres.Fragment,
  limit: number,
): Promise<SummaryRow[]> {
  return sql<SummaryRow[]>`
    select v.id, v.customer_id, c.phone, c.name, v.handler, v.needs_attention,
      v.attention_reason, v.language, v.last_message_at, v.last_inbound_at, v.referral, v.mood,
      v.attention_summary,
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
