/**
 * Durable turns. Every step of an agent turn is written under the conversation's lease
 * (a fenced write: a worker that lost its lease writes nothing): a model's function calls are
 * stored together with the tools' effects and results in one transaction, so a crash between
 * steps never repeats a tool, and a restarted turn resumes from what is stored. The final
 * answer, the customer message's outcome and the outbound messages are one statement.
 *
 * @module
 */
import type { Content, Part } from "../agent/model.ts";
import type { Client, Sql } from "../db/connect.ts";
import { fitWindow, type HistoryRow, toContents } from "../conversations/thread.ts";

/** The turn being worked on and the worker holding the conversation. */
export interface TurnRef {
  conversationId: number;
  /** The id of the customer message the turn answers. */
  turnId: number;
  leaseOwner: string;
  /** How long each write extends the worker's claim on the conversation. */
  leaseSeconds: number;
}

/** The worker no longer holds the conversation; it must stop without writing. */
export class LeaseLost extends Error {
  override name = "LeaseLost";
}

/** The conversation a worker claimed, and the customer message it is to answer next. */
export interface NextTurn {
  handler: "agent" | "staff";
  language: "es" | "en";
  customerId: number;
  phone: string;
  /** Whether this worker holds the conversation now. */
  leased: boolean;
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

/**
 * One round trip per turn: claims the conversation for `owner` when it is free (or already
 * the owner's), marks its oldest unanswered message processing (or skipped while staff
 * handles the conversation) and returns it with its history (see {@link historyCte}). With nothing left to answer it
 * releases the conversation instead. Returns null when another live worker holds it.
 */
export async function claimNextTurn(
  sql: Client,
  conversationId: number,
  owner: string,
  leaseSeconds: number,
  budgetChars: number,
  maxHistoryRows: number,
): Promise<NextTurn | null> {
  const [row] = await sql<
    {
      handler: "agent" | "staff";
      language: "es" | "en";
      customerId: number;
      phone: string;
      leaseOwner: string | null;
      turnId: number | null;
      source: "whatsapp" | "chat";
      attempts: number;
      status: "processing" | "skipped";
      history: HistoryRow[];
    }[]
  >`
    with pending as (
      select id from messages
      where conversation_id = ${conversationId} and status in ('queued', 'processing')
      order by id limit 1
    ), claim as (
      update conversations v
      set lease_owner = case when exists (select 1 from pending) then ${owner} end,
        lease_until = case when exists (select 1 from pending)
          then now() + make_interval(secs => ${leaseSeconds}) end
      from customers u
      where v.id = ${conversationId} and u.id = v.customer_id
        and (v.lease_owner is null or v.lease_until < now() or v.lease_owner = ${owner})
      returning v.handler, v.language, v.customer_id, u.phone, v.lease_owner
    ), turn as (
      update messages m
      set status = case when claim.handler = 'staff' then 'skipped' else 'processing' end,
        attempts = m.attempts + 1,
        finished_at = case when claim.handler = 'staff' then now() end
      from pending, claim
      where m.id = pending.id and claim.lease_owner is not null
        and m.status in ('queued', 'processing')
      returning m.id, m.source, m.attempts, m.status
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
    message: row.turnId === null
      ? null
      : { id: row.turnId, source: row.source, attempts: row.attempts, status: row.status },
    history: row.history,
  };
}

/**
 * A CTE `history`: the rows up to the turn that `target` names (its `conversation_id` and
 * `turn_id`), newest first, at most `limit`, and no more than fit `budgetChars` (the turn's
 * own rows always): the window is cut in the database, so only what the model may see
 * travels.
 */
export function historyCte(
  sql: Sql,
  target: ReturnType<Sql>,
  budgetChars: number,
  limit: number,
) {
  // The newest rows come from an index scan cut by the limit (sql/0007); only then are their
  // sizes summed, so the cost does not grow with the conversation.
  return sql`history as (
    select r.* from (
      select n.*, sum(n.size) over (order by n.turn_id desc, n.id desc) as used
      from (${target}) t
      cross join lateral (
        select h.id, h.kind, h.turn_id, h.text, h.parts, h.media, h.size, t.turn_id as current
        from recent_messages(t.conversation_id, t.turn_id, ${limit}) h
      ) n
    ) r
    where r.used - r.size < ${budgetChars} or r.turn_id = r.current
  )`;
}

/** The rows of a CTE named `history` as one JSON array of {@link HistoryRow}, newest first. */
export function historyJson(sql: Sql) {
  return sql`(select coalesce(json_agg(json_build_object('id', id, 'kind', kind,
      'turnId', turn_id, 'text', text, 'parts', parts, 'media', media, 'size', size)
    order by turn_id desc, id desc), '[]') from history)`;
}

/** The window the model sees for a turn, and how many model steps the turn already took. */
export interface TurnHistory {
  contents: Content[];
  stepsDone: number;
  /** Size of the window in characters. */
  chars: number;
}

/** Fits a turn's history (newest first) to `budgetChars` and maps it to contents. */
export function turnHistory(
  newestFirst: HistoryRow[],
  turnId: number,
  budgetChars: number,
): TurnHistory {
  const rows = fitWindow(newestFirst, turnId, budgetChars);
  return {
    contents: toContents(rows),
    stepsDone: rows.filter((r) => r.kind === "model" && r.turnId === turnId).length,
    chars: rows.reduce((n, r) => n + r.size, 0),
  };
}

/** What one model call returned, with its cost. */
export interface ModelStep {
  parts: Part[];
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
}

/** A model step that asked for tools, with the tools' responses. */
export interface ToolStep {
  step: ModelStep;
  responses: Part[];
}

/**
 * Records tool steps with their effects: runs `runTools` (the last step's tools, which may
 * write) in a transaction that also stores `earlier` steps not yet stored (read-only ones
 * are kept in memory until something is written: re-running them after a crash changes
 * nothing), the model's parts verbatim and the responses, and renews the lease. Their effects
 * and their record commit together or not at all. Throws {@link LeaseLost} and changes
 * nothing when the worker no longer holds the conversation.
 */
export async function recordToolSteps(
  sql: Client,
  turn: TurnRef,
  earlier: ToolStep[],
  step: ModelStep,
  runTools: (tx: Sql) => Promise<Part[]>,
): Promise<Part[]> {
  return await sql.begin(async (tx) => {
    const responses = await runTools(tx);
    const rows = await tx`
      with lease as (
        update conversations
        set lease_until = now() + make_interval(secs => ${turn.leaseSeconds})
        where id = ${turn.conversationId} and lease_owner = ${turn.leaseOwner}
        returning id
      )
      ${insertTurnRows(tx, turn, [...earlier, { step, responses }], null, tx`lease`)}
      returning id`;
    if (rows.length === 0) throw new LeaseLost();
    return responses;
  });
}

/**
 * `insert into messages` of a turn's rows, in order: each tool step as a model row and a
 * tool row, then the answer when given; only when the `guard` relation has a row.
 */
function insertTurnRows(
  sql: Sql,
  turn: TurnRef,
  steps: ToolStep[],
  answer: TurnEnd | null,
  guard: ReturnType<Sql>,
) {
  const rows: {
    kind: string;
    text: string | null;
    parts: Part[] | null;
    cost: Omit<ModelStep, "parts"> | null;
  }[] = steps.flatMap(({ step, responses }) => {
    const { parts, ...cost } = step;
    return [
      { kind: "model", text: textOf(parts), parts, cost },
      { kind: "tool", text: null, parts: responses, cost: null },
    ];
  });
  if (answer) {
    rows.push({ kind: answer.kind, text: answer.text, parts: answer.parts, cost: answer.step });
  }
  return sql`
    insert into messages (conversation_id, kind, turn_id, text, parts, latency_ms, input_tokens,
      output_tokens)
    select ${turn.conversationId}, r.kind, ${turn.turnId}, r.text, r.parts::jsonb, r.latency_ms,
      r.input_tokens, r.output_tokens
    from ${guard}, unnest(${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.text)}::text[],
      ${rows.map((r) => (r.parts ? JSON.stringify(r.parts) : null))}::text[],
      ${rows.map((r) => r.cost?.latencyMs ?? null)}::int[],
      ${rows.map((r) => r.cost?.inputTokens ?? null)}::int[],
      ${rows.map((r) => r.cost?.outputTokens ?? null)}::int[])
      with ordinality as r(kind, text, parts, latency_ms, input_tokens, output_tokens, ord)
    order by r.ord`;
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
  messages: { body: string; mediaUrl: string | null }[];
}

/** How the turn ended. */
export interface TurnEnd {
  status: "done" | "failed";
  error: string | null;
  /** `model` for the model's own answer (parts stored verbatim), `system` for the server's. */
  kind: "model" | "system";
  text: string;
  parts: Part[] | null;
  step: Omit<ModelStep, "parts"> | null;
  /** Read-only tool steps taken before the answer and not stored yet. */
  unsaved: ToolStep[];
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
        last_message_at = now(),
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
      ${insertTurnRows(sql, turn, end.unsaved, end, sql`closed`)}
      returning id
    ), answer as (
      select max(id) as id from stored
    ), outbound as (
      insert into outbound_messages (conversation_id, message_id, seq, to_address, body, media_url,
        channel, status)
      select ${turn.conversationId}, answer.id, o.seq, ${delivery.toAddress}, o.body, o.media_url,
        case when closed.reply_mode is null then 'none' else closed.reply_mode end,
        case closed.reply_mode when 'inline' then 'inline' when 'rest' then 'pending'
          else 'local' end
      from answer, closed,
        unnest(${delivery.messages.map((m) => m.body)}::text[],
          ${delivery.messages.map((m) => m.mediaUrl)}::text[])
          with ordinality as o(body, media_url, seq)
      returning id
    )
    select (select reply_mode from closed) as reply_mode,
      (select array_agg(id order by id) from outbound) as outbound_ids,
      (select count(*) from lease) as leased,
      coalesce((select lease_owner is null from lease), false) as released`;
  if (row.leased === 0) throw new LeaseLost();
  return { replyMode: row.replyMode, outboundIds: row.outboundIds ?? [], released: row.released };
}

/** The text parts of a model answer, joined. */
export function textOf(parts: Part[]): string {
  return parts
    .filter((p) => typeof p.text === "string" && !p.thought)
    .map((p) => p.text)
    .join("")
    .trim();
}
