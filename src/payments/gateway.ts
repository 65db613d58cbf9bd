/**
 * One interface for the payment providers: open a checkout page for an order, refund a payment,
 * close a checkout page. Stripe (stripe.ts) and Mercado Pago (mercadopago.ts) implement it; the
 * rest of payments/ and the composition only see this.
 *
 * @module
 */
import type { Order } from "../orders/service.ts";
import type { Provider } from "./store.ts";

/** What a checkout page is made with. */
export interface CheckoutRequest {
  order: Order;
  /** When the page must stop taking payments (the order's hold). */
  expiresAt: Date;
  now: Date;
  /** Where the provider sends the customer back. */
  returnUrl: string;
  /** Where the provider sends its notifications (Mercado Pago takes it per preference). */
  notificationUrl: string;
  /** The same key gives the same page (a retried or concurrent request). */
  idempotencyKey: string;
  /** The name of the fulfilment fee's line, in the customer's language. */
  feeLabel: string;
}

/** A checkout page the provider created. */
export interface CheckoutPage {
  reference: string;
  url: string;
  /** When the provider will close it (Stripe allows no less than 30 minutes ahead). */
  expiresAt: Date;
}

export interface PaymentGateway {
  readonly provider: Provider;
  createCheckout(request: CheckoutRequest): Promise<CheckoutPage>;
  /** Refunds a payment in full; returns the refund's reference. */
  refund(paymentReference: string, idempotencyKey: string): Promise<string>;
  /** Closes a checkout page so it takes no payment any more (no-op where it cannot be done). */
  closeCheckout(reference: string): Promise<void>;
}

/** The gateways this server is configured for. */
export interface Gateways {
  stripe: PaymentGateway | null;
  mercadopago: PaymentGateway | null;
}
