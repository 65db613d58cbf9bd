/**
 * Who answers a conversation: the agent, or staff. A customer asking for a person, or staff
 * taking over, hands it to staff; from then on the agent stays silent there until it is handed
 * back.
 *
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { notFound } from "../shared/errors.ts";

export type Handler = "agent" | "staff";

/** Hands the conversation to staff and flags it for attention (the customer asked for a person). */
export function handToStaff(sql: Sql, conversationId: number, reason: string): Promise<void> {
  return setHandler(sql, conversationId, "staff", reason);
}

/** Staff take the conversation themselves: the agent stops answering, and the attention flag clears. */
export function takeOver(sql: Sql, conversationId: number): Promise<void> {
  return setHandler(sql, conversationId, "staff", null);
}

/** Gives the conversation back to the agent and clears its attention flag. */
export function handToAgent(sql: Sql, conversationId: number): Promise<void> {
  return setHandler(sql, conversationId, "agent", null);
}

/** Flags the conversation for staff's attention without changing who answers it. */
export async function flagForAttention(
  sql: Sql,
  conversationId: number,
  reason: string,
): Promise<void> {
  await sql`update conversations set needs_attention = true, attention_reason = ${reason}
    where id = ${conversationId}`;
}

/** Sets who answers; a `reason` flags the conversation for attention, `null` clears the flag. */
async function setHandler(
  sql: Sql,
  conversationId: number,
  handler: Handler,
  reason: string | null,
): Promise<void> {
  const rows = await sql`
    update conversations
    set handler = ${handler}, needs_attention = ${reason !== null}, attention_reason = ${reason}
    where id = ${conversationId}
    returning id`;
  if (rows.length === 0) throw notFound("Conversation", conversationId);
}
