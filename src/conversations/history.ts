/**
 * Reading a conversation's recent history in the statement that needs it: a CTE of the newest
 * rows up to a turn, cut to a character budget in the database, so only what the model may see
 * travels, and its rows as one JSON array.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const [conversationId, turnId] = [1, 7];
 * const [row] = await sql`
 *   with ${historyCte(sql, sql`select ${conversationId}::bigint as conversation_id,
 *     ${turnId}::bigint as turn_id`, 12_000, 80)}
 *   select ${historyJson(sql)} as history`;
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";

/**
 * A CTE `history`: the rows up to the turn that `target` names (its `conversation_id` and
 * `turn_id`), newest first, at most `limit`, and no more than fit `budgetChars` (the turn's
 * own rows always).
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
        select h.id, h.kind, h.turn_id, h.text, h.parts, h.media, h.media_text, h.context,
          h.size, t.turn_id as current
        from recent_messages(t.conversation_id, t.turn_id, ${limit}) h
      ) n
    ) r
    where r.used - r.size < ${budgetChars} or r.turn_id = r.current
  )`;
}

/** The rows of a CTE named `history` as one JSON array of `HistoryRow`, newest first. */
export function historyJson(sql: Sql) {
  return sql`(select coalesce(json_agg(json_build_object('id', id, 'kind', kind,
      'turnId', turn_id, 'text', text, 'parts', parts, 'media', media, 'mediaText', media_text,
      'context', context, 'size', size)
    order by turn_id desc, id desc), '[]') from history)`;
}
