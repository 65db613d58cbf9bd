/**
 * Durable turns. Every step of an agent turn is written under the conversation's lease
 * (a fenced write: a worker that lost its lease writes nothing): a model's function calls are
 * stored together with the tools' effects and results in one transaction, so a crash between
 * steps never repeats a tool, and a restarted turn resumes from what is stored. The final
 * answer, the customer message's outcome and the outbound messages are one statement.
 *
 * @module
 */
import type postgres from "postgres";
import type { Content, Part } from "../agent/model.ts";
import { asJson, type Client } from "../db/connect.ts";
import { fitWindow, type HistoryRow, rowSize, toContents } from "./window.ts";

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

/** The history window for a turn, and how many model steps the turn already took. */
export interface TurnHistory {
  contents: Content[];
  stepsDone: number;
  /** Size of the window in characters (for tests and metrics). */
  chars: number;
}

/**
 * Loads the window the model sees for `turn`: rows up to and including this turn, newest
 * first, at most `maxRows`, trimmed to `budgetChars`. Constant cost however long the history.
 */
export async function loadTurnHistory(
  sql: Client,
  turn: Pick<TurnRef, "conversationId" | "turnId">,
  budgetChars: number,
  maxRows = 80,
): Promise<TurnHistory> {
  const newestFirst = await sql<HistoryRow[]>`
    select id, kind, turn_id, text, parts, media from messages
    where conversation_id = ${turn.conversationId} and turn_id <= ${turn.turnId}
    order by turn_id desc, id desc
    limit ${maxRows}`;
  const rows = fitWindow(newestFirst, turn.turnId, budgetChars);
  return {
    contents: toContents(rows),
    stepsDone: rows.filter((r) => r.kind === "model" && r.turnId === turn.turnId).length,
    chars: rows.reduce((n, r) => n + rowSize(r), 0),
  };
}

/** What one model call returned, with its cost. */
export interface ModelStep {
  parts: Part[];
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
}

/**
 * Records a model step that asked for tools: runs `runTools` in the same transaction, then
 * stores the model's parts (verbatim) and the tools' responses. Throws {@link LeaseLost} and
 * changes nothing when the worker no longer holds the conversation.
 */
export async function recordToolStep(
  sql: Client,
  turn: TurnRef,
  step: ModelStep,
  runTools: (tx: postgres.TransactionSql) => Promise<Part[]>,
): Promise<Part[]> {
  return await sql.begin(async (tx) => {
    const lease = await tx`
      update conversations set lease_until = now() + make_interval(secs => ${turn.leaseSeconds})
      where id = ${turn.conversationId} and lease_owner = ${turn.leaseOwner}
      returning id`;
    if (lease.length === 0) throw new LeaseLost();
    const responses = await runTools(tx);
    const text = textOf(step.parts);
    await tx`
      insert into messages (conversation_id, kind, turn_id, text, parts, latency_ms,
        input_tokens, output_tokens)
      values
        (${turn.conversationId}, 'model', ${turn.turnId}, ${text}, ${tx.json(asJson(step.parts))},
          ${step.latencyMs}, ${step.inputTokens}, ${step.outputTokens}),
        (${turn.conversationId}, 'tool', ${turn.turnId}, null, ${tx.json(asJson(responses))},
          null, null, null)`;
    return responses;
  });
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
}

export interface Finished {
  replyMode: "inline" | "rest" | null;
  /** The outbound rows, in the order of `delivery.messages`. */
  outboundIds: number[];
}

/**
 * Stores the answer, closes the customer message and queues the outbound messages, in one
 * statement. The reply goes inline only when a webhook is waiting for it, no delivery was
 * decided yet, and no earlier reply of this conversation is still queued (replies stay in
 * order). Throws {@link LeaseLost} when the worker no longer holds the conversation.
 */
export async function finishTurn(
  sql: Client,
  turn: TurnRef,
  end: TurnEnd,
  delivery: Delivery,
): Promise<Finished> {
  const failed = end.status === "failed";
  const [row] = await sql<
    { replyMode: "inline" | "rest" | null; outboundIds: number[] | null; leased: number }[]
  >`
    with lease as (
      update conversations
      set lease_until = now() + make_interval(secs => ${turn.leaseSeconds}), last_message_at = now(),
        needs_attention = needs_attention or ${failed},
        attention_reason = case when ${failed} then 'the agent could not answer'
          else attention_reason end
      where id = ${turn.conversationId} and lease_owner = ${turn.leaseOwner}
      returning id
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
    ), answer as (
      insert into messages (conversation_id, kind, turn_id, text, parts, latency_ms,
        input_tokens, output_tokens)
      select ${turn.conversationId}, ${end.kind}, ${turn.turnId}, ${end.text},
        ${end.parts ? sql.json(asJson(end.parts)) : null}, ${end.step?.latencyMs ?? null},
        ${end.step?.inputTokens ?? null}, ${end.step?.outputTokens ?? null}
      from closed
      returning id
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
      (select count(*) from lease) as leased`;
  if (row.leased === 0) throw new LeaseLost();
  return { replyMode: row.replyMode, outboundIds: row.outboundIds ?? [] };
}

/** The text parts of a model answer, joined. */
export function textOf(parts: Part[]): string {
  return parts
    .filter((p) => typeof p.text === "string" && !p.thought)
    .map((p) => p.text)
    .join("")
    .trim();
}
