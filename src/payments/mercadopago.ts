/**
 * Mercado Pago, through its documented REST API with `fetch`: a Checkout Pro preference per
 * order (`POST /checkout/preferences`, with `external_reference` the order, `notification_url`
 * this server's webhook and `expiration_date_to` the hold; its `init_point` is the page), a
 * payment read back (`GET /v1/payments/{id}`) and refunded (`POST /v1/payments/{id}/refunds`),
 * every POST with an `X-Idempotency-Key`. Amounts go as decimals in the order's currency.
 *
 * Not the `mercadopago` SDK: its base URL is a process-wide static (`AppConfig.BASE_URL`,
 * `dist/utils/config/index.js:63`, typed readonly) with no option or variable to change it, so
 * `MERCADOPAGO_API_BASE_URL` could only be honoured by patching the SDK's globals.
 *
 * A notification is verified by its `x-signature` header (`ts=…,v1=…`): v1 is the hex
 * HMAC-SHA256, keyed by the webhook secret, of `id:<data.id lowercased>;request-id:<x-request-id>;ts:<ts>;`,
 * with `ts` in milliseconds no more than 300 seconds from our clock.
 *
 * @example
 * ```ts
 * const mp = new MercadoPagoGateway({
 *   accessToken: "APP_USR-…",
 *   webhookSecret: "…",
 *   apiBaseUrl: "https://api.mercadopago.com",
 * });
 * mp.verify({ signature: "ts=…,v1=…", requestId: "…", dataId: "123" }, new Date()); // true | false
 * const payment = await mp.payment("123");
 * ```
 * @module
 */
import { Buffer } from "node:buffer";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { minorPerMajor } from "../shared/money.ts";
import type { CheckoutPage, CheckoutRequest, PaymentGateway } from "./gateway.ts";

/** How far a notification's `ts` may be from our clock. */
const TOLERANCE_MS = 300_000;

export interface MercadoPagoOptions {
  accessToken: string;
  webhookSecret: string;
  apiBaseUrl: string;
  /** Time allowed for one API call. Default 20,000. */
  timeoutMs?: number;
}

/** A payment, as far as we read it. */
export const MercadoPagoPayment = z.looseObject({
  id: z.union([z.number(), z.string()]).transform(String),
  status: z.string(),
  status_detail: z.string().optional(),
  external_reference: z.string().nullable().optional(),
  transaction_amount: z.number(),
  currency_id: z.string(),
});
export type MercadoPagoPayment = z.output<typeof MercadoPagoPayment>;

const Preference = z.looseObject({ id: z.string(), init_point: z.string() });
const Refund = z.looseObject({ id: z.union([z.number(), z.string()]).transform(String) });

/** A failed call to Mercado Pago's API. */
export class MercadoPagoError extends Error {
  override name = "MercadoPagoError";
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** Mercado Pago, as a {@link PaymentGateway}. */
export class MercadoPagoGateway implements PaymentGateway {
  readonly provider = "mercadopago" as const;

  constructor(private readonly options: MercadoPagoOptions) {}

  async createCheckout(request: CheckoutRequest): Promise<CheckoutPage> {
    const { order } = request;
    const major = (minor: number) => minor / minorPerMajor(order.currency);
    const item = (id: string, title: string, unitMinor: number, quantity: number) => ({
      id,
      title,
      quantity,
      unit_price: major(unitMinor),
      currency_id: order.currency,
    });
    const preference = Preference.parse(
      await this.#call("POST", "/checkout/preferences", {
        items: [
          ...order.items.map((l) => item(l.sku, l.name, l.unitPriceMinor, l.quantity)),
          ...(order.feeMinor > 0 ? [item("fee", request.feeLabel, order.feeMinor, 1)] : []),
        ],
        external_reference: order.id,
        notification_url: request.notificationUrl,
        back_urls: {
          success: request.returnUrl,
          pending: request.returnUrl,
          failure: `${request.returnUrl}?cancelled=1`,
        },
        auto_return: "approved",
        expires: true,
        expiration_date_from: request.now.toISOString(),
        expiration_date_to: request.expiresAt.toISOString(),
        metadata: { order_id: order.id, order_number: order.number },
        ...(order.contactEmail ? { payer: { email: order.contactEmail } } : {}),
      }, request.idempotencyKey),
    );
    return { reference: preference.id, url: preference.init_point, expiresAt: request.expiresAt };
  }

  async refund(paymentId: string, idempotencyKey: string): Promise<string> {
    const path = `/v1/payments/${encodeURIComponent(paymentId)}/refunds`;
    return Refund.parse(await this.#call("POST", path, {}, idempotencyKey)).id;
  }

  /** A preference stops taking payments at its `expiration_date_to`: nothing to do. */
  closeCheckout(): Promise<void> {
    return Promise.resolve();
  }

  /** A payment as Mercado Pago has it now. */
  async payment(id: string): Promise<MercadoPagoPayment> {
    return MercadoPagoPayment.parse(
      await this.#call("GET", `/v1/payments/${encodeURIComponent(id)}`),
    );
  }

  /** Whether a notification's `x-signature` is valid and recent at `now`. */
  verify(
    headers: { signature: string | undefined; requestId: string | undefined; dataId: string },
    now: Date,
  ): boolean {
    const parts = Object.fromEntries(
      (headers.signature ?? "").split(",").map((p) => {
        const i = p.indexOf("=");
        return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
      }),
    );
    const ts = parts.ts;
    const v1 = parts.v1;
    if (!ts || !v1 || !/^\d{1,16}$/.test(ts) || !/^[0-9a-f]{64}$/i.test(v1)) return false;
    if (Math.abs(now.getTime() - Number(ts)) > TOLERANCE_MS) return false;
    const manifest = [
      headers.dataId ? `id:${headers.dataId.toLowerCase()};` : "",
      headers.requestId ? `request-id:${headers.requestId};` : "",
      `ts:${ts};`,
    ].join("");
    const expected = createHmac("sha256", this.options.webhookSecret).update(manifest).digest();
    return timingSafeEqual(expected, Buffer.from(v1, "hex"));
  }

  async #call(method: string, path: string, body?: unknown, idempotencyKey?: string) {
    const res = await fetch(`${this.options.apiBaseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.options.accessToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(idempotencyKey ? { "x-idempotency-key": idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
    });
    const text = await res.text();
    if (!res.ok) {
      let message = text.slice(0, 300);
      try {
        message = String(JSON.parse(text).message ?? message);
      } catch {
        // not JSON: keep the text
      }
      throw new MercadoPagoError(
        `Mercado Pago ${method} ${path}: ${res.status} ${message}`,
        res.status,
      );
    }
    return JSON.parse(text) as unknown;
  }
}
