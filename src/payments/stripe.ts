/**
 * Card payments through Stripe (`npm:stripe`): a Checkout Session per order (its lines and the
 * fulfilment fee as `price_data`, `client_reference_id` the order, `expires_at` the hold, at
 * least the 30 minutes Stripe requires), refunds of its PaymentIntent, and closing a session
 * early. Events are verified with `constructEventAsync` on the raw body and the SubtleCrypto
 * provider (Deno has no Node crypto HMAC in the SDK's sync path), refusing signatures older than
 * 300 seconds by our clock. `STRIPE_API_BASE_URL` is split into the SDK's host, port and
 * protocol, so tests point it at a local fake.
 *
 * @example
 * ```ts
 * const stripe = new StripeGateway({
 *   secretKey: "sk_test_…",
 *   webhookSecret: "whsec_…",
 *   apiBaseUrl: "https://api.stripe.com",
 * });
 * const event = await stripe.verify("{…}", "t=…,v1=…", new Date());
 * ```
 * @module
 */
import Stripe from "stripe";
import { AppError } from "../shared/errors.ts";
import type { CheckoutPage, CheckoutRequest, PaymentGateway } from "./gateway.ts";

/** Stripe refuses a session that expires sooner than this after it is created. */
const MIN_SESSION_MS = 30 * 60_000;
/** How old a signed event may be. */
const TOLERANCE_SECONDS = 300;

export interface StripeOptions {
  secretKey: string;
  webhookSecret: string;
  apiBaseUrl: string;
  /** Time allowed for one API call. Default 20,000. */
  timeoutMs?: number;
}

/** Stripe, as a {@link PaymentGateway}. */
export class StripeGateway implements PaymentGateway {
  readonly provider = "stripe" as const;
  readonly #stripe: Stripe;
  readonly #crypto = Stripe.createSubtleCryptoProvider();

  constructor(private readonly options: StripeOptions) {
    const url = new URL(options.apiBaseUrl);
    const protocol = url.protocol === "http:" ? "http" : "https";
    this.#stripe = new Stripe(options.secretKey, {
      host: url.hostname,
      port: Number(url.port || (protocol === "http" ? 80 : 443)),
      protocol,
      httpClient: Stripe.createFetchHttpClient(),
      maxNetworkRetries: 2,
      timeout: options.timeoutMs ?? 20_000,
    });
  }

  async createCheckout(request: CheckoutRequest): Promise<CheckoutPage> {
    const { order } = request;
    const currency = order.currency.toLowerCase();
    const line = (name: string, unitAmount: number, quantity: number) => ({
      quantity,
      price_data: { currency, unit_amount: unitAmount, product_data: { name } },
    });
    // Whole minutes, so two requests a few seconds apart send the same parameters under the
    // same idempotency key; one more minute of margin for clock skew.
    const earliest = Math.ceil(request.now.getTime() / 60_000) * 60_000 + MIN_SESSION_MS + 60_000;
    const expiresAt = new Date(Math.max(request.expiresAt.getTime(), earliest));
    const session = await this.#stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [
        ...order.items.map((l) => line(l.name, l.unitPriceMinor, l.quantity)),
        ...(order.feeMinor > 0 ? [line(request.feeLabel, order.feeMinor, 1)] : []),
      ],
      client_reference_id: order.id,
      metadata: { order_id: order.id, order_number: String(order.number) },
      payment_intent_data: { metadata: { order_id: order.id } },
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      success_url: `${request.returnUrl}?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${request.returnUrl}?cancelled=1`,
      locale: order.language,
      ...(order.contactEmail ? { customer_email: order.contactEmail } : {}),
    }, { idempotencyKey: request.idempotencyKey });
    if (!session.url) throw new Error(`Stripe session ${session.id} has no URL`);
    return { reference: session.id, url: session.url, expiresAt };
  }

  async refund(paymentIntent: string, idempotencyKey: string): Promise<string> {
    const refund = await this.#stripe.refunds.create(
      { payment_intent: paymentIntent },
      { idempotencyKey },
    );
    return refund.id;
  }

  async closeCheckout(reference: string): Promise<void> {
    try {
      await this.#stripe.checkout.sessions.expire(reference);
    } catch (err) {
      // A session already completed or expired takes no payment: that is the goal.
      if (err instanceof Stripe.errors.StripeInvalidRequestError && /status/.test(err.message)) {
        return;
      }
      throw err;
    }
  }

  /**
   * The event in a webhook request, once its `Stripe-Signature` is checked against the raw
   * body and is at most 300 seconds old at `now`. 400 `invalid_signature` otherwise.
   */
  async verify(rawBody: string, signature: string | undefined, now: Date): Promise<Stripe.Event> {
    if (!signature) {
      throw new AppError("invalid_signature", 400, "Missing Stripe-Signature header");
    }
    try {
      return await this.#stripe.webhooks.constructEventAsync(
        rawBody,
        signature,
        this.options.webhookSecret,
        TOLERANCE_SECONDS,
        this.#crypto,
        now.getTime(),
      );
    } catch (err) {
      throw new AppError(
        "invalid_signature",
        400,
        err instanceof Error && /timestamp/i.test(err.message)
          ? "The Stripe-Signature timestamp is outside the tolerance (an old or replayed event)"
          : "The Stripe-Signature does not match the body",
      );
    }
  }
}
