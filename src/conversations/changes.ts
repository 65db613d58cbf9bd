/**
 * Changes the dashboard's live pages follow (`dashboard_events`, written by triggers on
 * messages, deliveries and conversations, sql/0041): read by id, newest last. Ids are handed
 * out before their transactions commit, so an id can become visible after a higher one: the
 * reader keeps the ids it skipped for a while and asks for them again ({@link ChangeReader}).
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const reader = new ChangeReader(await latestChangeId(sql));
 * const changes = await reader.read(sql); // what happened since
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";

export interface Change {
  id: number;
  conversationId: number;
  kind: "message" | "delivery" | "conversation";
}

/** How long an id skipped over is asked for again before it counts as rolled back. */
const GAP_MS = 10_000;
const BATCH = 1000;

/** The newest change's id (0 when there is none). */
export async function latestChangeId(sql: Sql): Promise<number> {
  const [row] = await sql<{ id: number }[]>`
    select coalesce(max(id), 0)::bigint as id from dashboard_events`;
  return row.id;
}

/** Whether anything changed after `since` (in one conversation, when given). */
export async function changedSince(
  sql: Sql,
  since: number,
  conversationId: number | null,
): Promise<boolean> {
  const [row] = await sql<{ changed: boolean }[]>`
    select exists (
      select 1 from dashboard_events where id > ${since}
      ${conversationId === null ? sql`` : sql`and conversation_id = ${conversationId}`}
    ) as changed`;
  return row.changed;
}

/** Deletes changes older than an hour (the periodic cleanup). */
export async function deleteOldChanges(sql: Sql): Promise<number> {
  const rows = await sql`
    delete from dashboard_events where at < now() - interval '1 hour' returning id`;
  return rows.length;
}

/** Reads the changes after a cursor, including ones that commit late. */
export class ChangeReader {
  #cursor: number;
  /** Skipped ids and when they were first missed. */
  #gaps = new Map<number, number>();

  constructor(cursor: number) {
    this.#cursor = cursor;
  }

  /** The changes that became visible since the last read, by id. */
  async read(sql: Sql, now = Date.now()): Promise<Change[]> {
    const gaps = [...this.#gaps.keys()];
    const changes = await sql<Change[]>`
      select id, conversation_id, kind from dashboard_events
      where id > ${this.#cursor} ${gaps.length ? sql`or id = any(${gaps}::bigint[])` : sql``}
      order by id limit ${BATCH}`;
    for (const change of changes) {
      this.#gaps.delete(change.id);
      for (let skipped = this.#cursor + 1; skipped < change.id; skipped++) {
        this.#gaps.set(skipped, now);
      }
      this.#cursor = Math.max(this.#cursor, change.id);
    }
    for (const [id, since] of this.#gaps) if (now - since > GAP_MS) this.#gaps.delete(id);
    return changes;
  }
}
