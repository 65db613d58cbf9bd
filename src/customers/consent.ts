/**
 * A customer's consent to marketing messages (abandoned-cart reminders): unknown until they
 * say, granted when they accept (the agent asks; staff may set it), opted out when they ask
 * to stop (a STOP word, the agent's tool, staff, or WhatsApp refusing marketing with 131050).
 * Updates about the customer's own orders never depend on it.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * await setMarketing(sql, 1, "granted", "agent");
 * (await marketingOf(sql, 1))?.state; // "granted"
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";

export const MARKETING_STATES = ["unknown", "granted", "opted_out"] as const;
export type MarketingState = typeof MARKETING_STATES[number];

/** Who recorded the state. */
export type ConsentSource = "agent" | "staff" | "keyword" | "provider";

/** A customer's consent as stored. */
export interface Marketing {
  state: MarketingState;
  source: ConsentSource | null;
  changedAt: Date | null;
}

/** The customer's consent, or null when there is no such customer. */
export async function marketingOf(sql: Sql, customerId: number): Promise<Marketing | null> {
  const [row] = await sql<Marketing[]>`
    select marketing as state, marketing_source as source, marketing_changed_at as changed_at
    from customers where id = ${customerId}`;
  return row ?? null;
}

/** Records the customer's consent; true when it changed. */
export async function setMarketing(
  sql: Sql,
  customerId: number,
  state: Exclude<MarketingState, "unknown">,
  source: ConsentSource,
): Promise<boolean> {
  const rows = await sql`
    update customers set marketing = ${state}, marketing_source = ${source},
      marketing_changed_at = now(), updated_at = now()
    where id = ${customerId} and marketing <> ${state}
    returning id`;
  return rows.length > 0;
}
