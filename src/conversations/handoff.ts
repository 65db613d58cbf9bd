/**
 * Who answers a conversation: the agent, or staff. A customer asking for a person, or staff
 * taking over, hands it to staff; from then on the agent stays silent there until it is handed
 * back.
 *
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { notFound } from "../errors.ts";

export type Handler = "agent" | "staff";

/** Hands the conversation to staff and flags it for attention. */
export async function handToStaff(sql: Sql, conversationId: number, reason: string): Promise<void> {
  const rows = await sql`
    update conversations
    set handler = 'staff', needs_attention = true, attention_reason = ${reason}
    where id = ${conversationId}
    returning id`;
  if (rows.length === 0) throw notFound("Conversation", conversationId);
}

/** Gives the conversation back to the agent and clears its attention flag. */
export async function handToAgent(sql: Sql, conversationId: number): Promise<void> {
  const rows = await sql`
    update conversations
    set handler = 'agent', needs_attention = false, attention_reason = null
    where id = ${conversationId}
    returning id`;
  if (rows.length === 0) throw notFound("Conversation", conversationId);
}
