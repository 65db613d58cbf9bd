/**
 * What payments keeps in Postgres: the providers' checkout sessions of each order, the
 * payments they reported, and every event they sent, once by its id. The functions here are
 * the SQL; what the events mean is in events.ts.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * declare const orderId: string;
 * const history = await paymentHistory(sql, orderId);
 * history.events.map((e) => e.type); // ["checkout.session.completed"]
 * ```
 * @module
 */
import { asJson, type Sql } from "../db/connect.ts";

/** Who took the payment. */
export type Provider = "stripe" | "mercadopago";

export interface PaymentSession {
  id: number;
  orderId: string;
  provider: Provider;
  attempt: number;
  reference: string;
  url: string;
  status: "open" | "complete" | "expired" | "failed";
  expiresAt: Date;
  createdAt: Date;
}

export interface Payment {
  id: number;
  orderId: string;
  provider: Provider;
  reference: string;
  amountMinor: number;
  currency: string;
  settlesOrder: boolean;
  status: "captured" | "refunded" | "refund_failed";
  refundReference: string | null;
  createdAt: Date;
  refundedAt: Date | null;
}

export interface PaymentEvent {
  id: number;
  provider: Provider;
  eventId: string;
  type: string;
  outcome: string;
  receivedAt: Date;
}

/** The order's session with `provider` still open at `after`, if any. */
export async function openSession(
  sql: Sql,
  orderId: string,
  provider: Provider,
  after: Date,
): Promise<PaymentSession | null> {
  const [row] = await sql<PaymentSession[]>`
    select * from payment_sessions
    where order_id = ${orderId} and provider = ${provider} and status = 'open'
      and expires_at > ${after}
    order by attempt desc limit 1`;
  return row ?? null;
}

/** The number the order's next session takes. */
export async function nextAttempt(sql: Sql, orderId: string): Promise<number> {
  const [{ attempt }] = await sql<{ attempt: number }[]>`
    select coalesce(max(attempt), 0) + 1 as attempt from payment_sessions
    where order_id = ${orderId}`;
  return attempt;
}

/** Records a session a provider created (a concurrent request may have recorded it first). */
export async function recordSession(
  sql: Sql,
  session: Omit<PaymentSession, "id" | "status" | "createdAt">,
): Promise<void> {
  await sql`
    insert into payment_sessions (order_id, provider, attempt, reference, url, expires_at)
    values (${session.orderId}, ${session.provider}, ${session.attempt}, ${session.reference},
      ${session.url}, ${session.expiresAt})
    on conflict do nothing`;
}

/** The session a provider's reference names, if it is one of ours. */
export async function sessionByReference(
  sql: Sql,
  provider: Provider,
  reference: string,
): Promise<PaymentSession | null> {
  const [row] = await sql<PaymentSession[]>`
    select * from payment_sessions where provider = ${provider} and reference = ${reference}`;
  return row ?? null;
}

/** Moves a session on (open ones only: a completed session stays completed). */
export async function setSessionStatus(
  sql: Sql,
  id: number,
  status: PaymentSession["status"],
): Promise<void> {
  await sql`
    update payment_sessions set status = ${status}, updated_at = now()
    where id = ${id} and (status = 'open' or ${status} = 'complete')`;
}

/** The order's sessions still open. */
export function openSessions(sql: Sql, orderId: string): Promise<PaymentSession[]> {
  return sql<PaymentSession[]>`
    select * from payment_sessions where order_id = ${orderId} and status = 'open' order by id`;
}

/** Records a payment; null when this provider reference was recorded before. */
export async function recordPayment(
  sql: Sql,
  payment: Pick<Payment, "orderId" | "provider" | "reference" | "amountMinor" | "currency">,
): Promise<number | null> {
  const [row] = await sql<{ id: number }[]>`
    insert into payments (order_id, provider, reference, amount_minor, currency)
    values (${payment.orderId}, ${payment.provider}, ${payment.reference},
      ${payment.amountMinor}, ${payment.currency})
    on conflict (provider, reference) do nothing
    returning id`;
  return row?.id ?? null;
}

/** Marks a recorded payment as the one that paid its order. */
export async function markSettling(sql: Sql, id: number): Promise<void> {
  await sql`update payments set settles_order = true where id = ${id}`;
}

/**
 * The order's payments to refund: all captured ones when the order was cancelled, else those
 * that did not pay it (a second payment, a wrong amount).
 */
export function paymentsToRefund(sql: Sql, orderId: string): Promise<Payment[]> {
  return sql<Payment[]>`
    select p.* from payments p join orders o on o.id = p.order_id
    where p.order_id = ${orderId} and p.status = 'captured'
      and (o.status = 'cancelled' or not p.settles_order)
    order by p.id`;
}

/** Records how a payment's refund ended. */
export async function recordPaymentRefund(
  sql: Sql,
  id: number,
  outcome: { reference: string } | { failed: true },
): Promise<void> {
  const ok = "reference" in outcome;
  await sql`
    update payments set status = ${ok ? "refunded" : "refund_failed"},
      refund_reference = ${ok ? outcome.reference : null},
      refunded_at = case when ${ok} then now() end
    where id = ${id} and status = 'captured'`;
}

/**
 * Stores a provider's event by its id; false, and nothing stored, when it was stored before
 * (a replay or a retried delivery).
 */
export async function storeEvent(
  sql: Sql,
  event: {
    provider: Provider;
    eventId: string;
    type: string;
    orderId: string | null;
    outcome: string;
    payload: unknown;
  },
): Promise<boolean> {
  const rows = await sql`
    insert into payment_events (provider, event_id, type, order_id, outcome, payload)
    values (${event.provider}, ${event.eventId}, ${event.type}, ${event.orderId},
      ${event.outcome}, ${sql.json(asJson(event.payload))})
    on conflict (provider, event_id) do nothing
    returning id`;
  return rows.length > 0;
}

/** Whether this event id was stored before. */
export async function eventSeen(sql: Sql, provider: Provider, eventId: string): Promise<boolean> {
  const rows = await sql`
    select 1 from payment_events where provider = ${provider} and event_id = ${eventId}`;
  return rows.length > 0;
}

/** Sets what a stored event did, once it is known. */
export async function setEventOutcome(
  sql: Sql,
  provider: Provider,
  eventId: string,
  outcome: { orderId: string | null; outcome: string },
): Promise<void> {
  await sql`
    update payment_events set outcome = ${outcome.outcome}, order_id = ${outcome.orderId}
    where provider = ${provider} and event_id = ${eventId}`;
}

/** Everything payments know about an order: its sessions, payments and provider events. */
export async function paymentHistory(
  sql: Sql,
  orderId: string,
): Promise<{ sessions: PaymentSession[]; payments: Payment[]; events: PaymentEvent[] }> {
  const [sessions, payments, events] = await Promise.all([
    sql<PaymentSession[]>`select * from payment_sessions where order_id = ${orderId} order by id`,
    sql<Payment[]>`select * from payments where order_id = ${orderId} order by id`,
    sql<PaymentEvent[]>`
      select id, provider, event_id, type, outcome, received_at from payment_events
      where order_id = ${orderId} order by id`,
  ]);
  return { sessions, payments, events };
}
