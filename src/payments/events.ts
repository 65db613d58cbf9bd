/**
 * What a verified provider event does, inside the transaction that stores it. A payment the
 * provider received is recorded once by its reference and applied to its order
 * (orders/settlement.ts): it pays the order, or, when the order was cancelled, already paid or
 * asked for another amount, it is refunded and the order flagged. A failed payment tells the
 * customer; an expired session is only noted (the order's own hold decides when it ends).
 * Events about sessions this server did not create change nothing.
 *
 * @example
 * ```ts
 * import type Stripe from "stripe";
 * import type { Sql } from "../db/connect.ts";
 * declare const tx: Sql;
 * declare const event: Stripe.Event;
 * const { outcome } = await applyStripeEvent(tx, event, new Date()); // "paid", "ignored", ...
 * ```
 * @module
 */
import type Stripe from "stripe";
import type { Sql } from "../db/connect.ts";
import { isUuid } from "../shared/ids.ts";
import { minorPerMajor } from "../shared/money.ts";
import { notePaymentFailed, refundExtraPayment, settlePayment } from "../orders/settlement.ts";
import type { MercadoPagoPayment } from "./mercadopago.ts";
import {
  markSettling,
  type Provider,
  recordPayment,
  sessionByReference,
  setSessionStatus,
} from "./store.ts";

/** What an event did, and the order it was about. */
export interface Applied {
  orderId: string | null;
  outcome: string;
}

const METHODS: Record<Provider, "card" | "mercadopago"> = {
  stripe: "card",
  mercadopago: "mercadopago",
};

/** Records a received payment and applies it to its order. */
export async function capturePayment(
  tx: Sql,
  payment: {
    orderId: string;
    provider: Provider;
    reference: string;
    amountMinor: number;
    currency: string;
    now: Date;
  },
): Promise<string> {
  const id = await recordPayment(tx, payment);
  if (id === null) return "already_recorded";
  const received = {
    method: METHODS[payment.provider],
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    now: payment.now,
  };
  const outcome = await settlePayment(tx, payment.orderId, received);
  if (outcome === "paid") await markSettling(tx, id);
  if (outcome === "already_paid") await refundExtraPayment(tx, payment.orderId, received);
  return outcome === "already_paid" ? "refund" : outcome;
}

const SESSION_EVENTS = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
]);

/** Applies a verified Stripe event. */
export async function applyStripeEvent(tx: Sql, event: Stripe.Event, now: Date): Promise<Applied> {
  if (!SESSION_EVENTS.has(event.type)) return { orderId: null, outcome: "ignored" };
  const session = event.data.object as Stripe.Checkout.Session;
  const known = await sessionByReference(tx, "stripe", session.id);
  if (!known) return { orderId: null, outcome: "unknown_session" };
  const orderId = known.orderId;
  if (session.client_reference_id !== orderId) return { orderId, outcome: "mismatched_session" };
  const capture = async () => {
    const intent = typeof session.payment_intent === "string"
      ? session.payment_intent
      : session.payment_intent?.id;
    if (!intent) return "no_payment_intent";
    return await capturePayment(tx, {
      orderId,
      provider: "stripe",
      reference: intent,
      amountMinor: session.amount_total ?? 0,
      currency: session.currency?.toUpperCase() ?? "",
      now,
    });
  };
  switch (event.type) {
    case "checkout.session.completed":
      await setSessionStatus(tx, known.id, "complete");
      return {
        orderId,
        outcome: session.payment_status === "paid" ? await capture() : "awaiting_async_payment",
      };
    case "checkout.session.async_payment_succeeded":
      return { orderId, outcome: await capture() };
    case "checkout.session.async_payment_failed":
      await setSessionStatus(tx, known.id, "failed");
      await notePaymentFailed(tx, orderId, now);
      return { orderId, outcome: "payment_failed" };
    default:
      await setSessionStatus(tx, known.id, "expired");
      return { orderId, outcome: "session_expired" };
  }
}

/**
 * Applies a Mercado Pago payment read back from the API: it must name, as its
 * `external_reference`, an order this server opened a preference for.
 */
export async function applyMercadoPagoPayment(
  tx: Sql,
  payment: MercadoPagoPayment,
  now: Date,
): Promise<Applied> {
  const orderId = payment.external_reference ?? "";
  if (!isUuid(orderId)) return { orderId: null, outcome: "unknown_order" };
  const [known] = await tx`
    select 1 from payment_sessions where order_id = ${orderId} and provider = 'mercadopago'
    limit 1`;
  if (!known) return { orderId: null, outcome: "unknown_order" };
  switch (payment.status) {
    case "approved":
      return {
        orderId,
        outcome: await capturePayment(tx, {
          orderId,
          provider: "mercadopago",
          reference: payment.id,
          amountMinor: Math.round(payment.transaction_amount * minorPerMajor(payment.currency_id)),
          currency: payment.currency_id,
          now,
        }),
      };
    case "rejected":
    case "cancelled":
      await notePaymentFailed(tx, orderId, now);
      return { orderId, outcome: "payment_failed" };
    default:
      return { orderId, outcome: `payment_${payment.status}` };
  }
}
