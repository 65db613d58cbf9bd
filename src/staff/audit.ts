/**
 * The audit log (`staff_audit`): who did what from the dashboard and when — sign-ins and
 * sign-outs, takeovers and hand-backs, replies, order status changes, price and stock edits,
 * settings and accounts. The owner's admin token is an actor too (without an account).
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * await recordAudit(sql, { staffId: 2, name: "Marta" }, "conversation.took_over", "conversation 7");
 * const latest = await listAudit(sql, { limit: 50 });
 * ```
 * @module
 */
import { asJson, type Sql } from "../db/connect.ts";

/** Who acted: an account, or the admin token (`staffId` null). */
export interface Actor {
  staffId: number | null;
  name: string;
}

export interface AuditEntry {
  id: number;
  staffId: number | null;
  actor: string;
  action: string;
  subject: string | null;
  details: Record<string, unknown> | null;
  at: Date;
}

/** Records one action. */
export async function recordAudit(
  sql: Sql,
  actor: Actor,
  action: string,
  subject: string | null = null,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  await sql`
    insert into staff_audit (staff_id, actor, action, subject, details)
    values (${actor.staffId}, ${actor.name}, ${action}, ${subject},
      ${details === null ? null : sql.json(asJson(details))})`;
}

/** The newest entries first; `staffId` keeps one account's. */
export function listAudit(
  sql: Sql,
  query: { limit?: number; staffId?: number } = {},
): Promise<AuditEntry[]> {
  return sql<AuditEntry[]>`
    select id, staff_id, actor, action, subject, details, at from staff_audit
    ${query.staffId === undefined ? sql`` : sql`where staff_id = ${query.staffId}`}
    order by at desc, id desc
    limit ${query.limit ?? 200}`;
}
