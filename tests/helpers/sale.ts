/**
 * A shop that sells: WhatsApp through a fake Twilio, card payments through a fake Stripe and
 * Mercado Pago through its fake, all on one manual clock (holds, signatures and session
 * expiries move together), with helpers to deliver the providers' signed events, follow a
 * payment link, and run what the server scheduled (jobs, then the outbox).
 *
 * @example
 * ```ts
 * await using shop = await sellingShop();
 * const res = await shop.stripeEvent(await shop.stripe.completeSession(sessionId));
 * await shop.settle(); // notices sent
 * ```
 * @module
 */
import { manualClock } from "../../src/shared/clock.ts";
import type { ChatModel } from "../../src/agent/model.ts";
import { FakeMercadoPago, type Notification } from "../fakes/mercadopago.ts";
import { FakeStripe, type SignedEvent } from "../fakes/stripe.ts";
import { whatsappShop } from "./whatsapp.ts";

export interface SellingOptions {
  model?: ChatModel;
  /** Settings to apply (admin API PATCH body). */
  terms?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** The shop, its fakes and the clock they share. */
export async function sellingShop(options: SellingOptions = {}) {
  const clock = manualClock(new Date());
  const now = () => clock.now().getTime();
  const stripe = await FakeStripe.start({ now });
  const mercadopago = await FakeMercadoPago.start({ now, currency: "EUR" });
  const wa = await whatsappShop({
    PUBLIC_BASE_URL: "http://localhost",
    STRIPE_SECRET_KEY: stripe.secretKey,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_BASE_URL: stripe.url,
    MERCADOPAGO_ACCESS_TOKEN: mercadopago.accessToken,
    MERCADOPAGO_WEBHOOK_SECRET: mercadopago.webhookSecret,
    MERCADOPAGO_API_BASE_URL: mercadopago.url,
    ...options.env,
  }, { clock, model: options.model });
  if (options.terms) {
    const res = await wa.json("PATCH", "/api/admin/settings", options.terms, { admin: true });
    if (res.status !== 200) throw new Error(`settings refused: ${await res.text()}`);
  }
  const close = wa[Symbol.asyncDispose];
  return Object.assign(wa, {
    clock,
    stripe,
    mercadopago,
    /** Delivers a signed Stripe event to the webhook. */
    stripeEvent: (signed: SignedEvent) =>
      wa.request("/webhooks/stripe", {
        method: "POST",
        headers: signed.headers,
        body: signed.payload,
      }),
    /** Delivers a Mercado Pago notification to the URL it names. */
    mercadopagoNotice: (n: Notification) =>
      wa.request(n.url ?? "/webhooks/mercadopago", {
        method: "POST",
        headers: n.headers,
        body: n.body,
      }),
    /** Follows an order's payment link; returns the provider page it redirects to. */
    openPaymentLink: async (url: string): Promise<string> => {
      const res = await wa.request(url, { redirect: "manual" });
      if (res.status !== 303) {
        throw new Error(`the payment link answered ${res.status}: ${await res.text()}`);
      }
      return res.headers.get("location")!;
    },
    /**
     * Runs the jobs due now (refunds, notices, expiries), waiting for those the server started
     * on its own after a webhook, then sends what they queued.
     */
    settle: async () => {
      for (let round = 0; round < 100; round++) {
        await wa.jobs.runDue();
        const [{ open }] = await wa.sql<{ open: number }[]>`
          select count(*)::int as open from jobs
          where status in ('pending', 'running') and due_at <= ${clock.now()}`;
        if (open === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await wa.outbox.drain();
    },
    /** The WhatsApp messages the shop sent to `phone`, oldest first. */
    sentTo: (phone: string) =>
      wa.twilio.messages.filter((m) => m.to === `whatsapp:${phone}`).map((m) => m.body),
    [Symbol.asyncDispose]: async () => {
      await close();
      await stripe.close();
      await mercadopago.close();
    },
  });
}

export type SellingShop = Awaited<ReturnType<typeof sellingShop>>;
