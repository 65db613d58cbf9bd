/**
 * The journal of a turn: every step of an agent turn is written under the conversation's lease
 * (a fenced write: a worker that lost its lease writes nothing). A model's function calls are
 * stored together with the tools' effects and results in one transaction, so a crash between
 * steps never repeats a tool, and a restarted turn resumes from what is stored.
 *
 * @module
 */
import type { Client, Sql } from "../db/connect.ts";
import { textOf } from "../conversations/thread.ts";
import type { Part } from "./model.ts";

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

/** What one model call returned, with its cost. */
export interface ModelStep {
  parts: Part[];
  /** The model that wrote the step (the fallback's when the primary failed). */
  model?: string;
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  /** Of `inputTokens`, those served from the provider's cache. */
  cachedTokens?: number;
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
      ${turnRows(tx, turn, [...earlier, { step, responses }], null, tx`lease`)}
      returning id`;
    if (rows.length === 0) throw new LeaseLost();
    return responses;
  });
}

/**
 * `insert into messages` of a turn's rows, in order: each tool step as a model row and a
 * tool row, then the answer when given; only when the `guard` relation has a row.
 */
export function turnRows(
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
      output_tokens, cached_tokens, model)
    select ${turn.conversationId}, r.kind, ${turn.turnId}, r.text, r.parts::jsonb, r.latency_ms,
      r.input_tokens, r.output_tokens, r.cached_tokens, r.model
    from ${guard}, unnest(${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.text)}::text[],
      ${rows.map((r) => (r.parts ? JSON.stringify(r.parts) : null))}::text[],
      ${rows.map((r) => r.cost?.latencyMs ?? null)}::int[],
      ${rows.map((r) => r.cost?.inputTokens ?? null)}::int[],
      ${rows.map((r) => r.cost?.outputTokens ?? null)}::int[],
      ${rows.map((r) => r.cost?.cachedTokens ?? null)}::int[],
      ${rows.map((r) => r.cost?.model ?? null)}::text[])
      with ordinality as r(kind, text, parts, latency_ms, input_tokens, output_tokens,
        cached_tokens, model, ord)
    order by r.ord`;
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
