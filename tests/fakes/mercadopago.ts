/**
 * A fake Mercado Pago REST API (Checkout Pro preferences, payments, refunds) that speaks the
 * documented wire format, plus the signed webhook notifications Mercado Pago sends.
 *
 * Like the real API it checks `Authorization: Bearer <access token>` (401 otherwise), answers
 * errors as `{ message, error, status, cause }` (the shape the `mercadopago` SDK turns into
 * `MPBadRequestError`, `MPAuthenticationError`, ...), takes amounts as decimal numbers
 * (`unit_price: 12.5`), and honours `X-Idempotency-Key`: a POST under a key already used is
 * answered with the first answer, and a refund without one is refused (the key is mandatory on
 * the Payments and Refunds APIs). Every request is recorded in
 * {@linkcode FakeMercadoPago.requests}; failures can be scripted with
 * {@linkcode FakeMercadoPago.failNext}.
 *
 * The buyer's side is driven from the test: {@linkcode FakeMercadoPago.pay} pays a preference
 * and {@linkcode FakeMercadoPago.updatePayment} moves a payment on (pending → approved), each
 * returning the notification Mercado Pago would POST: body
 * `{"type":"payment","action":"payment.created","data":{"id":"…"}}`, query
 * `?data.id=…&type=payment` and headers `x-signature: ts=…,v1=…` and `x-request-id`. Refunds made
 * through the API append a `payment.updated` notification to
 * {@linkcode FakeMercadoPago.notifications}. The fake's clock (`now`) dates objects, checks
 * preference expiry and is the signature's `ts` (milliseconds, as the docs say).
 *
 * The official SDK builds every URL from a constant (`AppConfig.BASE_URL`, read at
 * `dist/utils/restClient/index.js:130`); {@linkcode pointMercadoPagoSdkAt} swaps it for tests.
 *
 * Differences from the real API: error messages and `cause` codes are approximations; amounts
 * with more than two decimals are refused; only the `payment` topic is notified, in the Webhooks
 * format (not IPN's `?id=…&topic=…`).
 *
 * @example
 * ```ts
 * import { FakeMercadoPago } from "./mercadopago.ts";
 *
 * await using fake = await FakeMercadoPago.start();
 * const created = await fetch(`${fake.url}/checkout/preferences`, {
 *   method: "POST",
 *   headers: { authorization: `Bearer ${fake.accessToken}`, "content-type": "application/json" },
 *   body: JSON.stringify({
 *     items: [{ title: "Café", quantity: 2, unit_price: 12.5, currency_id: "ARS" }],
 *     external_reference: "order-42",
 *     notification_url: "http://127.0.0.1:8000/webhooks/mercadopago",
 *   }),
 * }).then((r) => r.json());
 * const { notification } = fake.pay(created.id, { status: "approved" });
 * await fetch(notification.url!, {
 *   method: "POST",
 *   headers: notification.headers,
 *   body: notification.body,
 * });
 * ```
 *
 * @module
 */
import { createHmac } from "node:crypto";
import { AppConfig } from "mercadopago/dist/utils/config/index.js";
import { z } from "zod";

/** One request as the fake saw it. */
export interface RecordedRequest {
  method: string;
  /** The path without the query, e.g. `/checkout/preferences/`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body; undefined when there was none or it was not JSON. */
  body: unknown;
  rawBody: string;
  headers: Headers;
  idempotencyKey: string | null;
  /** Answered from the idempotency store rather than run again. */
  replayed: boolean;
  /** HTTP status sent; 0 until answered. */
  status: number;
  at: number;
}

/** A scripted answer for one request (before the idempotency layer). */
export interface MercadoPagoFailure {
  status: number;
  /** Only a request whose `"METHOD /path"` equals this string (or matches this RegExp). */
  on?: string | RegExp;
  message?: string;
  error?: string;
  delayMs?: number;
}

/** Payment statuses a buyer can reach in this fake. */
export type PaymentStatus = "approved" | "rejected" | "pending" | "in_process";

export interface PreferenceItem {
  id: string;
  title: string;
  description: string;
  quantity: number;
  unit_price: number;
  currency_id: string;
}

/** A Checkout Pro preference as the API shows it (the fields this fake keeps). */
export interface PreferenceObject {
  id: string;
  collector_id: number;
  client_id: string;
  date_created: string;
  items: PreferenceItem[];
  external_reference: string;
  notification_url: string | null;
  back_urls: { success: string; pending: string; failure: string };
  auto_return: string;
  expires: boolean;
  expiration_date_from: string | null;
  expiration_date_to: string | null;
  metadata: Record<string, unknown>;
  operation_type: "regular_payment";
  site_id: string;
  init_point: string;
  sandbox_init_point: string;
}

/** A refund as the API shows it. */
export interface RefundObject {
  id: number;
  payment_id: number;
  amount: number;
  metadata: Record<string, unknown>;
  source: { id: string; name: string; type: string };
  date_created: string;
  unique_sequence_number: null;
  refund_mode: "standard";
  adjustment_amount: number;
  status: "approved";
  reason: null;
  amount_refunded_to_payer: number;
}

/** A payment as the API shows it (the fields this fake keeps). */
export interface PaymentObject {
  id: number;
  date_created: string;
  date_approved: string | null;
  date_last_updated: string;
  status: PaymentStatus | "refunded";
  status_detail: string;
  currency_id: string;
  description: string;
  external_reference: string;
  transaction_amount: number;
  transaction_amount_refunded: number;
  payment_method_id: string;
  payment_type_id: string;
  installments: number;
  live_mode: false;
  collector_id: number;
  payer: { email: string };
  metadata: Record<string, unknown>;
  notification_url: string | null;
  order: { id: number; type: "mercadopago" };
  refunds: RefundObject[];
  operation_type: "regular_payment";
  captured: boolean;
  transaction_details: { total_paid_amount: number; net_received_amount: number };
}

/** A webhook notification ready to POST: the exact bytes, query and headers MP sends. */
export interface Notification {
  /** The notification URL (the preference's, else `webhookUrl`) with the query; null if none. */
  url: string | null;
  query: { "data.id": string; type: "payment" };
  body: string;
  headers: Record<string, string>;
  /** The payment the notification is about, as it was when sent. */
  payment: PaymentObject;
}

interface Reply {
  status: number;
  json: unknown;
  /** A parameter error: not stored under the idempotency key. */
  validation?: boolean;
}

const STATUS_DETAIL: Record<PaymentStatus, string> = {
  approved: "accredited",
  rejected: "cc_rejected_other_reason",
  pending: "pending_waiting_payment",
  in_process: "pending_contingency",
};
const ERROR_NAMES: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  404: "not_found",
  429: "too_many_requests",
  500: "internal_error",
  503: "service_unavailable",
};

/** A decimal amount with at most two decimals, as every Mercado Pago currency has. */
const Amount = z.number().positive().refine(
  (n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
  "must have at most two decimals",
);
const IsoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO 8601 date");
const Url = z.url({ protocol: /^https?$/ });

const PreferenceBody = z.looseObject({
  items: z.array(z.looseObject({
    id: z.string().optional(),
    title: z.string().min(1),
    description: z.string().optional(),
    quantity: z.number().int().min(1),
    unit_price: Amount,
    currency_id: z.string().regex(/^[A-Z]{3}$/).optional(),
  })).min(1),
  external_reference: z.string().max(256).optional(),
  notification_url: Url.max(500).optional(),
  back_urls: z.looseObject({
    success: Url.optional(),
    pending: Url.optional(),
    failure: Url.optional(),
  }).optional(),
  auto_return: z.enum(["approved", "all"]).optional(),
  expires: z.boolean().optional(),
  expiration_date_from: IsoDate.optional(),
  expiration_date_to: IsoDate.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
const RefundBody = z.looseObject({
  amount: Amount.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
}).optional();

/** A running fake Mercado Pago API; see the module docs. */
export class FakeMercadoPago {
  /** Base URL, e.g. `http://127.0.0.1:41234` (for MERCADOPAGO_API_BASE_URL). */
  readonly url: string;
  readonly accessToken: string;
  /** The secret notifications are signed with (MERCADOPAGO_WEBHOOK_SECRET). */
  readonly webhookSecret: string;
  /** The seller's user id (`collector_id`, the notification's `user_id`). */
  readonly collectorId: number;
  /** Every request, in arrival order, including refused ones. */
  readonly requests: RecordedRequest[] = [];
  readonly preferences: PreferenceObject[] = [];
  readonly payments: PaymentObject[] = [];
  /** Every notification Mercado Pago would have sent, in order. */
  readonly notifications: Notification[] = [];

  #server: Deno.HttpServer<Deno.NetAddr>;
  #closer = new AbortController();
  #closing?: Promise<void>;
  #now: () => number;
  #currency: string;
  #webhookUrl: string | null;
  #failures: MercadoPagoFailure[] = [];
  #answers = new Map<string, Reply>();
  #nextId = 1_300_000_000 + Math.floor(Math.random() * 100_000_000);

  private constructor(
    options: Required<Omit<FakeMercadoPagoOptions, "webhookUrl">> & { webhookUrl: string | null },
  ) {
    this.accessToken = options.accessToken;
    this.webhookSecret = options.webhookSecret;
    this.collectorId = options.collectorId;
    this.#now = options.now;
    this.#currency = options.currency;
    this.#webhookUrl = options.webhookUrl;
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port: options.port, onListen() {} },
      (req) => this.#handle(req),
    );
    this.url = `http://127.0.0.1:${this.#server.addr.port}`;
  }

  /** Starts the fake on 127.0.0.1 (a free port by default) with random credentials by default. */
  static start(options: FakeMercadoPagoOptions = {}): Promise<FakeMercadoPago> {
    const collectorId = options.collectorId ?? 100_000_000 + Math.floor(Math.random() * 1e8);
    return Promise.resolve(
      new FakeMercadoPago({
        accessToken: options.accessToken ?? `TEST-${randomDigits(16)}-${collectorId}`,
        webhookSecret: options.webhookSecret ?? randomHex(32),
        collectorId,
        currency: options.currency ?? "ARS",
        now: options.now ?? Date.now,
        port: options.port ?? 0,
        webhookUrl: options.webhookUrl ?? null,
      }),
    );
  }

  /** Queues scripted answers; each is used by the next request it applies to (see `on`). */
  failNext(...failures: MercadoPagoFailure[]): void {
    this.#failures.push(...failures);
  }

  /**
   * The buyer pays preference `preferenceId` by its link: a payment of the preference's total is
   * created with `status` (default approved). Returns it and its `payment.created` notification.
   * Throws if the preference is unknown or past its `expiration_date_to`.
   */
  pay(
    preferenceId: string,
    options: { status?: PaymentStatus; statusDetail?: string; payerEmail?: string } = {},
  ): { payment: PaymentObject; notification: Notification } {
    const preference = this.preferences.find((p) => p.id === preferenceId);
    if (!preference) throw new Error(`FakeMercadoPago: no preference ${preferenceId}`);
    const expiry = preference.expiration_date_to;
    if (preference.expires && expiry && this.#now() > Date.parse(expiry)) {
      throw new Error(`FakeMercadoPago: preference ${preferenceId} expired at ${expiry}`);
    }
    const status = options.status ?? "approved";
    const cents = preference.items.reduce(
      (sum, item) => sum + Math.round(item.unit_price * 100) * item.quantity,
      0,
    );
    const now = this.#iso();
    const payment: PaymentObject = {
      id: this.#nextId++,
      date_created: now,
      date_approved: status === "approved" ? now : null,
      date_last_updated: now,
      status,
      status_detail: options.statusDetail ?? STATUS_DETAIL[status],
      currency_id: preference.items[0].currency_id,
      description: preference.items[0].title,
      external_reference: preference.external_reference,
      transaction_amount: cents / 100,
      transaction_amount_refunded: 0,
      payment_method_id: "visa",
      payment_type_id: "credit_card",
      installments: 1,
      live_mode: false,
      collector_id: this.collectorId,
      payer: { email: options.payerEmail ?? "comprador@example.com" },
      metadata: preference.metadata,
      notification_url: preference.notification_url,
      order: { id: this.#nextId++, type: "mercadopago" },
      refunds: [],
      operation_type: "regular_payment",
      captured: true,
      transaction_details: {
        total_paid_amount: cents / 100,
        net_received_amount: status === "approved" ? cents / 100 : 0,
      },
    };
    this.payments.push(payment);
    return { payment, notification: this.#notify(payment, "payment.created") };
  }

  /** Moves a payment to `status` (e.g. pending → approved); returns `payment.updated`. */
  updatePayment(
    paymentId: number,
    options: { status: PaymentStatus; statusDetail?: string },
  ): Notification {
    const payment = this.payments.find((p) => p.id === paymentId);
    if (!payment) throw new Error(`FakeMercadoPago: no payment ${paymentId}`);
    payment.status = options.status;
    payment.status_detail = options.statusDetail ?? STATUS_DETAIL[options.status];
    payment.date_last_updated = this.#iso();
    if (options.status === "approved") {
      payment.date_approved = payment.date_last_updated;
      payment.transaction_details.net_received_amount = payment.transaction_amount;
    }
    return this.#notify(payment, "payment.updated");
  }

  /** Stops the server; delayed answers are cut short. Safe to call twice. */
  close(): Promise<void> {
    this.#closing ??= (() => {
      this.#closer.abort();
      return this.#server.shutdown();
    })();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const rawBody = await req.text();
    let body: unknown;
    let badJson = false;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      badJson = true;
    }
    const record: RecordedRequest = {
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      rawBody,
      headers: req.headers,
      idempotencyKey: req.method === "POST" ? req.headers.get("x-idempotency-key") : null,
      replayed: false,
      status: 0,
      at: this.#now(),
    };
    this.requests.push(record);
    const reply = await this.#answer(req, record, badJson);
    record.status = reply.status;
    return Response.json(reply.json, { status: reply.status });
  }

  async #answer(req: Request, record: RecordedRequest, badJson: boolean): Promise<Reply> {
    const auth = req.headers.get("authorization");
    if (!auth) return mpError(401, "Must provide your access_token to proceed", "unauthorized");
    if (auth !== `Bearer ${this.accessToken}`) {
      return mpError(401, "invalid access token", "unauthorized");
    }
    const endpoint = `${record.method} ${record.path}`;
    const failure = this.#takeFailure(endpoint);
    if (failure) {
      if (failure.delayMs) await sleep(failure.delayMs, this.#closer.signal);
      return mpError(
        failure.status,
        failure.message ?? `Scripted failure (HTTP ${failure.status})`,
        failure.error,
      );
    }
    if (badJson) return { ...mpError(400, "Invalid JSON body"), validation: true };
    const key = record.idempotencyKey;
    const stored = key === null ? undefined : this.#answers.get(`${endpoint} ${key}`);
    if (stored) {
      record.replayed = true;
      return stored;
    }
    const reply = this.#route(record.method, record.path, record.query, record.body, key);
    if (key !== null && !reply.validation) this.#answers.set(`${endpoint} ${key}`, reply);
    return reply;
  }

  #takeFailure(endpoint: string): MercadoPagoFailure | undefined {
    const index = this.#failures.findIndex((f) =>
      f.on === undefined || (typeof f.on === "string" ? f.on === endpoint : f.on.test(endpoint))
    );
    return index < 0 ? undefined : this.#failures.splice(index, 1)[0];
  }

  #route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
    key: string | null,
  ): Reply {
    const parts = path.replace(/\/$/, "").split("/").slice(1).map(decodeURIComponent);
    if (parts[0] === "checkout" && parts[1] === "preferences") {
      if (method === "POST" && parts.length === 2) return this.#createPreference(body);
      const preference = this.preferences.find((p) => p.id === parts[2]);
      if (method === "GET" && parts.length === 3) {
        return preference ? ok(preference) : mpError(404, "Preference not found", "not_found");
      }
    }
    if (parts[0] === "v1" && parts[1] === "payments") {
      if (method === "GET" && parts[2] === "search" && parts.length === 3) {
        return this.#searchPayments(query);
      }
      const payment = this.payments.find((p) => String(p.id) === parts[2]);
      if (!payment && parts.length >= 3) return mpError(404, "Payment not found", "not_found");
      if (payment && method === "GET" && parts.length === 3) return ok(payment);
      if (payment && parts[3] === "refunds") {
        if (method === "POST" && parts.length === 4) return this.#refund(payment, body, key);
        if (method === "GET" && parts.length === 4) return ok(payment.refunds);
        const refund = payment.refunds.find((r) => String(r.id) === parts[4]);
        if (method === "GET" && parts.length === 5) {
          return refund ? ok(refund) : mpError(404, "Refund not found", "not_found");
        }
      }
    }
    return mpError(404, `resource not found: ${method} ${path}`, "not_found");
  }

  #createPreference(body: unknown): Reply {
    const parsed = PreferenceBody.safeParse(body);
    if (!parsed.success) return zodError(parsed.error);
    const p = parsed.data;
    const currency = p.items[0].currency_id ?? this.#currency;
    const other = p.items.findIndex((item) => (item.currency_id ?? this.#currency) !== currency);
    if (other >= 0) return invalid(`items[${other}].currency_id must be the same for all items`);
    if (p.auto_return && !p.back_urls?.success) {
      return invalid("auto_return invalid. back_url.success must be defined");
    }
    const from = p.expiration_date_from ?? null;
    const to = p.expiration_date_to ?? null;
    if (from && to && Date.parse(to) <= Date.parse(from)) {
      return invalid("expiration_date_to must be after expiration_date_from");
    }
    const id = `${this.collectorId}-${crypto.randomUUID()}`;
    const preference: PreferenceObject = {
      id,
      collector_id: this.collectorId,
      client_id: String(this.collectorId),
      date_created: this.#iso(),
      items: p.items.map((item) => ({
        id: item.id ?? "",
        title: item.title,
        description: item.description ?? "",
        quantity: item.quantity,
        unit_price: item.unit_price,
        currency_id: item.currency_id ?? this.#currency,
      })),
      external_reference: p.external_reference ?? "",
      notification_url: p.notification_url ?? null,
      back_urls: {
        success: p.back_urls?.success ?? "",
        pending: p.back_urls?.pending ?? "",
        failure: p.back_urls?.failure ?? "",
      },
      auto_return: p.auto_return ?? "",
      expires: p.expires ?? false,
      expiration_date_from: from,
      expiration_date_to: to,
      metadata: p.metadata ?? {},
      operation_type: "regular_payment",
      site_id: "MLA",
      init_point: `https://www.mercadopago.com.ar/checkout/v1/redirect?pref_id=${id}`,
      sandbox_init_point: `https://sandbox.mercadopago.com.ar/checkout/v1/redirect?pref_id=${id}`,
    };
    this.preferences.push(preference);
    return { status: 201, json: preference };
  }

  #searchPayments(query: Record<string, string>): Reply {
    const results = this.payments.filter((p) =>
      !query.external_reference || p.external_reference === query.external_reference
    );
    return ok({
      paging: { total: results.length, limit: results.length, offset: 0 },
      results,
    });
  }

  #refund(payment: PaymentObject, body: unknown, key: string | null): Reply {
    if (key === null) {
      return { ...mpError(400, "X-Idempotency-Key header is required"), validation: true };
    }
    const parsed = RefundBody.safeParse(body);
    if (!parsed.success) return zodError(parsed.error);
    if (payment.status !== "approved") {
      return mpError(
        400,
        `Payment ${payment.id} cannot be refunded: its status is ${payment.status}`,
      );
    }
    const paidCents = Math.round(payment.transaction_amount * 100);
    const leftCents = paidCents - Math.round(payment.transaction_amount_refunded * 100);
    const cents = parsed.data?.amount === undefined
      ? leftCents
      : Math.round(parsed.data.amount * 100);
    if (cents > leftCents) {
      return mpError(400, `Refund amount ${cents / 100} exceeds the available ${leftCents / 100}`);
    }
    const refund: RefundObject = {
      id: this.#nextId++,
      payment_id: payment.id,
      amount: cents / 100,
      metadata: parsed.data?.metadata ?? {},
      source: { id: String(this.collectorId), name: "Seller", type: "collector" },
      date_created: this.#iso(),
      unique_sequence_number: null,
      refund_mode: "standard",
      adjustment_amount: 0,
      status: "approved",
      reason: null,
      amount_refunded_to_payer: cents / 100,
    };
    payment.refunds.push(refund);
    payment.transaction_amount_refunded = (paidCents - leftCents + cents) / 100;
    const full = cents === leftCents;
    payment.status = full ? "refunded" : "approved";
    payment.status_detail = full ? "refunded" : "partially_refunded";
    payment.date_last_updated = refund.date_created;
    this.#notify(payment, "payment.updated");
    return { status: 201, json: refund };
  }

  #notify(payment: PaymentObject, action: "payment.created" | "payment.updated"): Notification {
    const dataId = String(payment.id);
    const requestId = crypto.randomUUID();
    const body = JSON.stringify({
      action,
      api_version: "v1",
      data: { id: dataId },
      date_created: this.#iso(),
      id: this.#nextId++,
      live_mode: false,
      type: "payment",
      user_id: this.collectorId,
    });
    const target = payment.notification_url ?? this.#webhookUrl;
    let url: string | null = null;
    if (target) {
      const withQuery = new URL(target);
      withQuery.searchParams.set("data.id", dataId);
      withQuery.searchParams.set("type", "payment");
      url = withQuery.href;
    }
    const signature = signMercadoPago({
      secret: this.webhookSecret,
      dataId,
      requestId,
      ts: this.#now(),
    });
    const notification: Notification = {
      url,
      query: { "data.id": dataId, type: "payment" },
      body,
      headers: {
        "content-type": "application/json",
        "x-request-id": requestId,
        "x-signature": signature,
      },
      payment: structuredClone(payment),
    };
    this.notifications.push(notification);
    return notification;
  }

  #iso(): string {
    return new Date(this.#now()).toISOString();
  }
}

/** Options for {@linkcode FakeMercadoPago.start}. */
export interface FakeMercadoPagoOptions {
  accessToken?: string;
  webhookSecret?: string;
  collectorId?: number;
  /** `currency_id` of items that name none (the site's currency). */
  currency?: string;
  /** The fake's clock in milliseconds (default `Date.now`). */
  now?: () => number;
  port?: number;
  /** Where notifications go when a preference has no `notification_url` (the panel's URL). */
  webhookUrl?: string;
}

/**
 * The `x-signature` header Mercado Pago sends: `ts=<ts>,v1=<hex HMAC-SHA256>` keyed with the
 * secret, over the manifest `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` where `data.id`
 * (from the query) is lowercased and a part whose value is missing is left out.
 */
export function signMercadoPago(
  parts: { secret: string; dataId?: string; requestId?: string; ts: number | string },
): string {
  const manifest = [
    parts.dataId ? `id:${parts.dataId.toLowerCase()};` : "",
    parts.requestId ? `request-id:${parts.requestId};` : "",
    `ts:${parts.ts};`,
  ].join("");
  const v1 = createHmac("sha256", parts.secret).update(manifest).digest("hex");
  return `ts=${parts.ts},v1=${v1}`;
}

/**
 * Points the official `mercadopago` SDK at `baseUrl` until disposed. The SDK has no option or
 * environment variable for its base URL: it reads the static `AppConfig.BASE_URL`
 * (`dist/utils/config/index.js:63`, typed `readonly`), so this swaps that process-wide value.
 * For tests only.
 */
export function pointMercadoPagoSdkAt(baseUrl: string): Disposable {
  const original = AppConfig.BASE_URL;
  Reflect.set(AppConfig, "BASE_URL", baseUrl);
  return { [Symbol.dispose]: () => Reflect.set(AppConfig, "BASE_URL", original) };
}

function ok(json: unknown): Reply {
  return { status: 200, json };
}

function mpError(status: number, message: string, error = ERROR_NAMES[status]): Reply {
  return { status, json: { message, error: error ?? "error", status, cause: [] } };
}

function invalid(message: string): Reply {
  return { ...mpError(400, message), validation: true };
}

function zodError(error: z.ZodError): Reply {
  const issue = error.issues[0];
  const param = issue.path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
  return invalid(`${param || "body"} invalid: ${issue.message}`);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)))
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

function randomDigits(count: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(count)), (b) => b % 10).join("");
}
