/**
 * A fake Stripe API (Checkout Sessions, PaymentIntents, Refunds) for driving the real `stripe` SDK
 * in tests, plus the webhook events Stripe would send, signed with the SDK's own test signer.
 *
 * Like the real API it checks the secret key (Bearer, or Basic with the key as user name; 401 in
 * Stripe's error JSON otherwise), parses form bodies with Stripe's bracket syntax
 * (`line_items[0][price_data][unit_amount]=1250`), answers errors as `{ error: { type, code,
 * message, param } }`, honours `Idempotency-Key` on POSTs (a replay returns the first answer with
 * `Idempotent-Replayed: true`; other parameters under the same key are an `idempotency_error`;
 * parameter errors are not stored, as on Stripe), and checks `expires_at` is 30 minutes to 24
 * hours ahead. Every request is recorded in {@linkcode FakeStripe.requests}; failures can be
 * scripted with {@linkcode FakeStripe.failNext}.
 *
 * The customer's side is driven from the test: {@linkcode FakeStripe.completeSession},
 * {@linkcode FakeStripe.settleAsyncPayment} and {@linkcode FakeStripe.expireSession} change the
 * session as paying (or not) would, and return the signed event Stripe would POST. Events the API
 * itself causes (an expire call, a refund) are appended to {@linkcode FakeStripe.events}; sign
 * them with {@linkcode FakeStripe.signEvent}. The fake's clock (`now`) dates objects, checks
 * expiries and timestamps signatures.
 *
 * Differences from the real API: only `mode=payment` with `price_data` line items; unknown
 * parameters are ignored rather than rejected; a refund's "greater than unrefunded amount" message
 * states minor units.
 *
 * @example
 * ```ts
 * import Stripe from "stripe";
 * import { FakeStripe } from "./stripe.ts";
 *
 * await using fake = await FakeStripe.start();
 * const stripe = new Stripe(fake.secretKey, { ...fake.clientOptions, maxNetworkRetries: 0 });
 * const session = await stripe.checkout.sessions.create({
 *   mode: "payment",
 *   line_items: [{
 *     quantity: 2,
 *     price_data: { currency: "eur", unit_amount: 1250, product_data: { name: "Café" } },
 *   }],
 *   client_reference_id: "order-42",
 * });
 * const signed = await fake.completeSession(session.id);
 * await fetch("http://127.0.0.1:8000/webhooks/stripe", {
 *   method: "POST",
 *   headers: signed.headers,
 *   body: signed.payload,
 * });
 * ```
 *
 * @module
 */
import Stripe from "stripe";
import { z } from "zod";

/** A parsed form value: Stripe's `a[b][0]=x` syntax gives nested objects and arrays. */
export type FormValue = string | FormValue[] | FormObject;
/** A parsed form body or query string. */
export interface FormObject {
  [key: string]: FormValue;
}

/** One request as the fake saw it. */
export interface RecordedRequest {
  method: string;
  /** The path without the query, e.g. `/v1/checkout/sessions`. */
  path: string;
  /** The form body (POST) or query string (GET), parsed the way Stripe parses it. */
  params: FormObject;
  rawBody: string;
  headers: Headers;
  idempotencyKey: string | null;
  /** Answered from the idempotency store rather than run again. */
  replayed: boolean;
  /** HTTP status sent; 0 until answered. */
  status: number;
  at: number;
}

/** Stripe's error types, as in `error.type`. */
export type StripeErrorType =
  | "api_error"
  | "card_error"
  | "idempotency_error"
  | "invalid_request_error";

/**
 * A scripted answer for one request, sent before the idempotency layer (so a retry under the same
 * key runs for real). `type` defaults to `card_error` for 402, `api_error` for 5xx and
 * `invalid_request_error` otherwise.
 */
export interface StripeFailure {
  status: number;
  /** Only a request whose `"METHOD /path"` equals this string (or matches this RegExp). */
  on?: string | RegExp;
  type?: StripeErrorType;
  code?: string;
  declineCode?: string;
  message?: string;
  param?: string;
  /** Sent as `Stripe-Should-Retry`, which the SDK obeys. */
  shouldRetry?: boolean;
  delayMs?: number;
}

/** A declined card, as Stripe answers it (402 `card_error`). */
export const CARD_DECLINED: StripeFailure = {
  status: 402,
  type: "card_error",
  code: "card_declined",
  declineCode: "generic_decline",
  message: "Your card was declined.",
};

/** A Checkout Session as the API shows it (the fields this fake keeps). */
export interface CheckoutSessionObject {
  id: string;
  object: "checkout.session";
  amount_subtotal: number;
  amount_total: number;
  cancel_url: string | null;
  client_reference_id: string | null;
  created: number;
  currency: string;
  customer: null;
  customer_details: { email: string | null; name: string | null; phone: string | null } | null;
  customer_email: string | null;
  expires_at: number;
  livemode: false;
  metadata: Record<string, string>;
  mode: "payment";
  payment_intent: string | null;
  payment_method_types: string[];
  payment_status: "paid" | "unpaid";
  status: "open" | "complete" | "expired";
  success_url: string | null;
  url: string | null;
}

/** A PaymentIntent as the API shows it (the fields this fake keeps). */
export interface PaymentIntentObject {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_received: number;
  created: number;
  currency: string;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  status: "processing" | "requires_payment_method" | "succeeded";
}

/** A Refund as the API shows it. */
export interface RefundObject {
  id: string;
  object: "refund";
  amount: number;
  charge: string;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: string | null;
  status: "succeeded";
}

/** A webhook event, as Stripe POSTs it. */
export interface StripeEvent {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: CheckoutSessionObject | PaymentIntentObject | RefundObject };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

/** An event ready to POST: the exact bytes and the headers Stripe sends with them. */
export interface SignedEvent {
  event: StripeEvent;
  payload: string;
  /** The `Stripe-Signature` header value. */
  signature: string;
  headers: Record<string, string>;
}

interface LineItem {
  id: string;
  name: string;
  currency: string;
  unitAmount: number;
  quantity: number;
}

interface StoredAnswer {
  endpoint: string;
  params: string;
  reply: Reply;
}

interface Reply {
  status: number;
  json: unknown;
  /** A parameter error: not stored under the idempotency key, as on Stripe. */
  validation?: boolean;
  headers?: Record<string, string>;
}

const MIN_EXPIRY_S = 30 * 60;
const MAX_EXPIRY_S = 24 * 60 * 60;
const EXPANDABLE = ["line_items", "payment_intent"];

const IntString = z.string().regex(/^\d+$/, "Invalid integer").transform(Number);
const Metadata = z.record(z.string().max(40), z.string().max(500))
  .refine((m) => Object.keys(m).length <= 50, "Metadata can have up to 50 keys");
const Url = z.url({ protocol: /^https?$/ });

const CreateSessionParams = z.looseObject({
  mode: z.literal("payment", "Only mode=payment is supported by this fake"),
  line_items: z.array(z.looseObject({
    quantity: IntString.pipe(z.number().min(1, "Quantity must be at least 1")),
    price_data: z.looseObject({
      currency: z.string().regex(/^[a-zA-Z]{3}$/, "Invalid currency").transform((c) =>
        c.toLowerCase()
      ),
      unit_amount: IntString,
      product_data: z.looseObject({ name: z.string().min(1) }),
    }, "Line items need price_data (this fake keeps no Prices)"),
  })).min(1),
  client_reference_id: z.string().min(1).max(200).optional(),
  customer_email: z.string().optional(),
  metadata: Metadata.optional(),
  expires_at: IntString.optional(),
  success_url: Url.optional(),
  cancel_url: Url.optional(),
  payment_method_types: z.array(z.string()).optional(),
});
const ExpandParams = z.looseObject({ expand: z.array(z.enum(EXPANDABLE)).optional() });
const RefundParams = z.looseObject({
  payment_intent: z.string().optional(),
  charge: z.string().optional(),
  amount: IntString.pipe(z.number().min(1, "Amount must be at least 1")).optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata: Metadata.optional(),
});

/** A running fake Stripe API; see the module docs. */
export class FakeStripe {
  /** Base URL, e.g. `http://127.0.0.1:41234` (for STRIPE_API_BASE_URL). */
  readonly url: string;
  readonly secretKey: string;
  /** The endpoint secret events are signed with (STRIPE_WEBHOOK_SECRET). */
  readonly webhookSecret: string;
  /** `host`, `port`, `protocol` and `httpClient` for `new Stripe(key, options)`. */
  readonly clientOptions: {
    host: string;
    port: number;
    protocol: "http";
    httpClient: ReturnType<typeof Stripe.createFetchHttpClient>;
  };
  /** Every request, in arrival order, including refused ones. */
  readonly requests: RecordedRequest[] = [];
  readonly sessions: CheckoutSessionObject[] = [];
  readonly paymentIntents: PaymentIntentObject[] = [];
  readonly refunds: RefundObject[] = [];
  /** Every event Stripe would have sent, in order. */
  readonly events: StripeEvent[] = [];

  #server: Deno.HttpServer<Deno.NetAddr>;
  #closer = new AbortController();
  #closing?: Promise<void>;
  #now: () => number;
  #failures: StripeFailure[] = [];
  #answers = new Map<string, StoredAnswer>();
  #lineItems = new Map<string, LineItem[]>();

  private constructor(secretKey: string, webhookSecret: string, now: () => number, port: number) {
    this.secretKey = secretKey;
    this.webhookSecret = webhookSecret;
    this.#now = now;
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port, onListen() {} },
      (req) => this.#handle(req),
    );
    this.url = `http://127.0.0.1:${this.#server.addr.port}`;
    this.clientOptions = {
      host: "127.0.0.1",
      port: this.#server.addr.port,
      protocol: "http",
      httpClient: Stripe.createFetchHttpClient(),
    };
  }

  /**
   * Starts the fake on 127.0.0.1 (a free port by default) with random keys by default. `now`
   * (milliseconds, default `Date.now`) is the fake's clock.
   */
  static start(
    options: { secretKey?: string; webhookSecret?: string; now?: () => number; port?: number } = {},
  ): Promise<FakeStripe> {
    return Promise.resolve(
      new FakeStripe(
        options.secretKey ?? randomId("sk_test_", 32),
        options.webhookSecret ?? randomId("whsec_", 32),
        options.now ?? Date.now,
        options.port ?? 0,
      ),
    );
  }

  /** Queues scripted answers; each is used by the next request it applies to (see `on`). */
  failNext(...failures: StripeFailure[]): void {
    this.#failures.push(...failures);
  }

  /**
   * The customer pays: the session becomes `complete` with a PaymentIntent, `paid` (card) or, with
   * `paymentStatus: "unpaid"`, awaiting a delayed method (see {@linkcode settleAsyncPayment}).
   * Returns the signed `checkout.session.completed` event.
   */
  completeSession(
    id: string,
    options: { paymentStatus?: "paid" | "unpaid"; email?: string } = {},
  ): Promise<SignedEvent> {
    const session = this.#openSession(id);
    const paid = (options.paymentStatus ?? "paid") === "paid";
    const intent: PaymentIntentObject = {
      id: randomId("pi_"),
      object: "payment_intent",
      amount: session.amount_total,
      amount_received: paid ? session.amount_total : 0,
      created: this.#seconds(),
      currency: session.currency,
      latest_charge: paid ? randomId("ch_") : null,
      livemode: false,
      metadata: {},
      status: paid ? "succeeded" : "processing",
    };
    this.paymentIntents.push(intent);
    session.status = "complete";
    session.payment_status = paid ? "paid" : "unpaid";
    session.payment_intent = intent.id;
    session.url = null;
    session.customer_details = {
      email: options.email ?? session.customer_email ?? "cliente@example.com",
      name: null,
      phone: null,
    };
    return this.signEvent(this.#record("checkout.session.completed", session));
  }

  /**
   * A delayed payment method of a completed, unpaid session settles: the session becomes `paid`
   * (`checkout.session.async_payment_succeeded`) or stays unpaid with its PaymentIntent back to
   * `requires_payment_method` (`checkout.session.async_payment_failed`).
   */
  settleAsyncPayment(id: string, options: { succeeded: boolean }): Promise<SignedEvent> {
    const session = this.#findSession(id);
    const intent = this.paymentIntents.find((pi) => pi.id === session?.payment_intent);
    if (!session || intent?.status !== "processing") {
      throw new Error(`FakeStripe: session ${id} is not completed and awaiting payment`);
    }
    if (options.succeeded) {
      intent.status = "succeeded";
      intent.amount_received = intent.amount;
      intent.latest_charge = randomId("ch_");
      session.payment_status = "paid";
    } else {
      intent.status = "requires_payment_method";
    }
    const type = options.succeeded
      ? "checkout.session.async_payment_succeeded"
      : "checkout.session.async_payment_failed";
    return this.signEvent(this.#record(type, session));
  }

  /** The session reaches its `expires_at` unpaid; returns `checkout.session.expired`. */
  expireSession(id: string): Promise<SignedEvent> {
    return this.signEvent(this.#expire(this.#openSession(id)));
  }

  /** Builds, records and signs an event of any `type` about `object`. */
  eventFor(type: string, object: StripeEvent["data"]["object"]): Promise<SignedEvent> {
    return this.signEvent(this.#record(type, object));
  }

  /** Signs `event` with {@linkcode webhookSecret} at the fake's clock (or `timestamp`). */
  async signEvent(event: StripeEvent, timestamp = this.#seconds()): Promise<SignedEvent> {
    const payload = JSON.stringify(event, null, 2);
    const signature = await signStripeEvent(payload, this.webhookSecret, timestamp);
    return {
      event,
      payload,
      signature,
      headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signature },
    };
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
    const record: RecordedRequest = {
      method: req.method,
      path: url.pathname,
      params: {},
      rawBody,
      headers: req.headers,
      idempotencyKey: req.method === "POST" ? req.headers.get("idempotency-key") : null,
      replayed: false,
      status: 0,
      at: this.#now(),
    };
    this.requests.push(record);
    let parsed: FormObject | Error;
    try {
      parsed = record.params = parseStripeForm(
        req.method === "POST" ? rawBody : url.search.slice(1),
      );
    } catch (e) {
      parsed = e instanceof Error ? e : new Error(String(e));
    }
    const reply = await this.#answer(req, record, parsed);
    record.status = reply.status;
    return Response.json(reply.json, {
      status: reply.status,
      headers: { "request-id": randomId("req_", 14), ...reply.headers },
    });
  }

  async #answer(req: Request, record: RecordedRequest, parsed: FormObject | Error): Promise<Reply> {
    if (!this.#authorized(req.headers.get("authorization"))) return this.#unauthorized(req);
    const endpoint = `${record.method} ${record.path}`;
    const failure = this.#takeFailure(endpoint);
    if (failure) {
      if (failure.delayMs) await sleep(failure.delayMs, this.#closer.signal);
      return scriptedError(failure);
    }
    if (parsed instanceof Error) return invalidRequest(parsed.message);
    const key = record.idempotencyKey;
    const params = JSON.stringify(record.params);
    const stored = key === null ? undefined : this.#answers.get(key);
    if (key !== null && stored) {
      record.replayed = true;
      return replay(stored, key, endpoint, params);
    }
    const reply = this.#route(record.method, record.path, record.params, key);
    if (key !== null && !reply.validation) this.#answers.set(key, { endpoint, params, reply });
    return reply;
  }

  #authorized(header: string | null): boolean {
    if (header === `Bearer ${this.secretKey}`) return true;
    if (!header?.startsWith("Basic ")) return false;
    try {
      return atob(header.slice(6)).split(":")[0] === this.secretKey;
    } catch {
      return false;
    }
  }

  #unauthorized(req: Request): Reply {
    const header = req.headers.get("authorization");
    const key = header?.replace(/^Bearer /, "") ?? "";
    const message = header
      ? `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(8)}${key.slice(-4)}`
      : "You did not provide an API key. You need to provide your API key in the Authorization " +
        "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";
    return { status: 401, json: { error: { message, type: "invalid_request_error" } } };
  }

  #takeFailure(endpoint: string): StripeFailure | undefined {
    const index = this.#failures.findIndex((f) =>
      f.on === undefined || (typeof f.on === "string" ? f.on === endpoint : f.on.test(endpoint))
    );
    return index < 0 ? undefined : this.#failures.splice(index, 1)[0];
  }

  #route(method: string, path: string, params: FormObject, key: string | null): Reply {
    const parts = path.split("/").slice(1);
    const [version, resource, ...rest] = parts;
    if (version === "v1" && resource === "checkout" && rest[0] === "sessions") {
      const [, id, action] = rest;
      if (method === "POST" && !id) return this.#createSession(params);
      if (method === "GET" && id && !action) return this.#retrieveSession(id, params);
      if (method === "GET" && id && action === "line_items") return this.#listLineItems(id);
      if (method === "POST" && id && action === "expire") return this.#expireByApi(id, key);
    }
    if (version === "v1" && resource === "payment_intents" && method === "GET" && rest.length) {
      const intent = this.paymentIntents.find((pi) => pi.id === rest[0]);
      return intent ? ok(intent) : missing("payment_intent", rest[0], "intent");
    }
    if (version === "v1" && resource === "refunds") {
      if (method === "POST" && !rest.length) return this.#createRefund(params, key);
      const refund = this.refunds.find((r) => r.id === rest[0]);
      if (method === "GET" && rest.length === 1) {
        return refund ? ok(refund) : missing("refund", rest[0], "refund");
      }
    }
    return {
      status: 404,
      json: {
        error: {
          message:
            `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs ` +
            "or we can help at https://support.stripe.com/.",
          type: "invalid_request_error",
        },
      },
    };
  }

  #createSession(params: FormObject): Reply {
    const parsed = CreateSessionParams.safeParse(params);
    if (!parsed.success) return zodError(parsed.error, params);
    const p = parsed.data;
    const created = this.#seconds();
    const expiresAt = p.expires_at ?? created + MAX_EXPIRY_S;
    if (expiresAt < created + MIN_EXPIRY_S || expiresAt > created + MAX_EXPIRY_S) {
      return invalidRequest(
        "The `expires_at` timestamp must be between 30 minutes and 24 hours after the Checkout " +
          "Session is created.",
        "expires_at",
      );
    }
    const lines = p.line_items.map((line): LineItem => ({
      id: randomId("li_"),
      name: line.price_data.product_data.name,
      currency: line.price_data.currency,
      unitAmount: line.price_data.unit_amount,
      quantity: line.quantity,
    }));
    const currency = lines[0].currency;
    const other = lines.findIndex((line) => line.currency !== currency);
    if (other >= 0) {
      return invalidRequest(
        `All line items must use the same currency; line_items[${other}] uses ` +
          `${lines[other].currency}, not ${currency}.`,
        `line_items[${other}][price_data][currency]`,
      );
    }
    const total = lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
    const id = randomId("cs_test_", 58);
    const session: CheckoutSessionObject = {
      id,
      object: "checkout.session",
      amount_subtotal: total,
      amount_total: total,
      cancel_url: p.cancel_url ?? null,
      client_reference_id: p.client_reference_id ?? null,
      created,
      currency,
      customer: null,
      customer_details: null,
      customer_email: p.customer_email ?? null,
      expires_at: expiresAt,
      livemode: false,
      metadata: p.metadata ?? {},
      mode: "payment",
      payment_intent: null,
      payment_method_types: p.payment_method_types ?? ["card"],
      payment_status: "unpaid",
      status: "open",
      success_url: p.success_url ?? null,
      url: `https://checkout.stripe.com/c/pay/${id}`,
    };
    this.sessions.push(session);
    this.#lineItems.set(id, lines);
    return ok(session);
  }

  #retrieveSession(id: string, params: FormObject): Reply {
    const parsed = ExpandParams.safeParse(params);
    if (!parsed.success) {
      const bad = [params.expand ?? []].flat().find((e) => !EXPANDABLE.includes(String(e)));
      return invalidRequest(`This property cannot be expanded (${bad}).`, "expand");
    }
    const session = this.#findSession(id);
    if (!session) return missing("checkout.session", id, "session");
    const expand = parsed.data.expand ?? [];
    const intent = this.paymentIntents.find((pi) => pi.id === session.payment_intent);
    return ok({
      ...session,
      ...(expand.includes("payment_intent") ? { payment_intent: intent ?? null } : {}),
      ...(expand.includes("line_items") ? { line_items: this.#lineItemList(id) } : {}),
    });
  }

  #listLineItems(id: string): Reply {
    return this.#findSession(id)
      ? ok(this.#lineItemList(id))
      : missing("checkout.session", id, "session");
  }

  #lineItemList(id: string) {
    return {
      object: "list",
      data: (this.#lineItems.get(id) ?? []).map((line) => ({
        id: line.id,
        object: "item",
        amount_discount: 0,
        amount_subtotal: line.unitAmount * line.quantity,
        amount_tax: 0,
        amount_total: line.unitAmount * line.quantity,
        currency: line.currency,
        description: line.name,
        price: {
          id: randomId("price_"),
          object: "price",
          currency: line.currency,
          type: "one_time",
          unit_amount: line.unitAmount,
        },
        quantity: line.quantity,
      })),
      has_more: false,
      url: `/v1/checkout/sessions/${id}/line_items`,
    };
  }

  #expireByApi(id: string, key: string | null): Reply {
    const session = this.#findSession(id);
    if (!session) return missing("checkout.session", id, "session");
    if (session.status !== "open") {
      return invalidRequest(
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session ` +
          `has a status of ${session.status}.`,
      );
    }
    this.#expire(session, key);
    return ok(session);
  }

  #createRefund(params: FormObject, key: string | null): Reply {
    const parsed = RefundParams.safeParse(params);
    if (!parsed.success) return zodError(parsed.error, params);
    const p = parsed.data;
    if (!p.payment_intent === !p.charge) {
      return invalidRequest("You must pass exactly one of `payment_intent` or `charge`.");
    }
    const intent = p.payment_intent
      ? this.paymentIntents.find((pi) => pi.id === p.payment_intent)
      : this.paymentIntents.find((pi) => pi.latest_charge === p.charge);
    if (!intent) {
      const [kind, id] = p.payment_intent
        ? ["payment_intent", p.payment_intent]
        : ["charge", p.charge ?? ""];
      return { ...missing(kind, id, kind), status: 400 };
    }
    if (intent.status !== "succeeded" || !intent.latest_charge) {
      return invalidRequest(
        `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
        "payment_intent",
      );
    }
    const refunded = this.refunds.filter((r) => r.payment_intent === intent.id)
      .reduce((sum, r) => sum + r.amount, 0);
    const left = intent.amount_received - refunded;
    if (left === 0) {
      return {
        status: 400,
        json: stripeError({
          type: "invalid_request_error",
          code: "charge_already_refunded",
          message: `Charge ${intent.latest_charge} has already been refunded.`,
        }),
      };
    }
    const amount = p.amount ?? left;
    if (amount > left) {
      return invalidRequest(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        "amount",
      );
    }
    const refund: RefundObject = {
      id: randomId("re_"),
      object: "refund",
      amount,
      charge: intent.latest_charge,
      created: this.#seconds(),
      currency: intent.currency,
      metadata: p.metadata ?? {},
      payment_intent: intent.id,
      reason: p.reason ?? null,
      status: "succeeded",
    };
    this.refunds.push(refund);
    this.#record("refund.created", refund, key);
    return ok(refund);
  }

  /** The session, expired first if the fake's clock has passed its `expires_at`. */
  #findSession(id: string): CheckoutSessionObject | undefined {
    const session = this.sessions.find((s) => s.id === id);
    if (session?.status === "open" && this.#seconds() >= session.expires_at) this.#expire(session);
    return session;
  }

  #openSession(id: string): CheckoutSessionObject {
    const session = this.#findSession(id);
    if (session?.status !== "open") {
      throw new Error(`FakeStripe: session ${id} is ${session?.status ?? "unknown"}, not open`);
    }
    return session;
  }

  #expire(session: CheckoutSessionObject, key: string | null = null): StripeEvent {
    session.status = "expired";
    session.url = null;
    return this.#record("checkout.session.expired", session, key);
  }

  #record(
    type: string,
    object: StripeEvent["data"]["object"],
    key: string | null = null,
  ): StripeEvent {
    const event: StripeEvent = {
      id: randomId("evt_"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: this.#seconds(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: key === null ? null : randomId("req_", 14), idempotency_key: key },
      type,
    };
    this.events.push(event);
    return event;
  }

  #seconds(): number {
    return Math.floor(this.#now() / 1000);
  }
}

/**
 * The `Stripe-Signature` header for `payload`, made by the SDK's own test signer
 * (`t=<timestamp>,v1=<HMAC-SHA256 of "<timestamp>.<payload>">`). `timestamp` is in seconds.
 */
export function signStripeEvent(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): Promise<string> {
  return Stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret,
    timestamp,
    cryptoProvider: Stripe.createSubtleCryptoProvider(),
  });
}

/**
 * Parses Stripe's form syntax: `a[b]=1&a[c][0]=x&a[c][1]=y&e[]=z` gives
 * `{ a: { b: "1", c: ["x", "y"] }, e: ["z"] }`. Throws on a malformed or conflicting name.
 */
export function parseStripeForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    if (!match) throw new Error(`Invalid parameter name: ${name}`);
    const path = [match[1], ...Array.from(match[2].matchAll(/\[([^[\]]*)\]/g), (m) => m[1])];
    let node = root;
    path.forEach((segment, i) => {
      const key = segment === "" ? String(Object.keys(node).length) : segment;
      const existing = node[key];
      if (i === path.length - 1) {
        if (existing !== undefined) throw new Error(`Duplicate parameter: ${name}`);
        node[key] = value;
        return;
      }
      if (typeof existing === "string" || Array.isArray(existing)) {
        throw new Error(`Parameter ${name} conflicts with an earlier value of ${segment}`);
      }
      node = node[key] = existing ?? {};
    });
  }
  const parsed = densify(root);
  if (typeof parsed === "string" || Array.isArray(parsed)) {
    throw new Error("Parameter names must not be bare indices");
  }
  return parsed;
}

/** Turns objects whose keys are all indices into arrays, ordered by index. */
function densify(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => densify(value[k]));
  }
  return Object.fromEntries(keys.map((k) => [k, densify(value[k])]));
}

function replay(stored: StoredAnswer, key: string, endpoint: string, params: string): Reply {
  const path = (e: string) => e.slice(e.indexOf(" ") + 1);
  if (stored.endpoint !== endpoint) {
    return idempotencyError(
      `Keys for idempotent requests can only be used for the same endpoint they were first used ` +
        `for ('${path(endpoint)}' vs '${path(stored.endpoint)}'). Try using a key other than ` +
        `'${key}' if you meant to execute a different request.`,
    );
  }
  if (stored.params !== params) {
    return idempotencyError(
      `Keys for idempotent requests can only be used with the same parameters they were first ` +
        `used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  }
  return { ...stored.reply, headers: { ...stored.reply.headers, "idempotent-replayed": "true" } };
}

function ok(json: unknown): Reply {
  return { status: 200, json };
}

function stripeError(fields: {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
}) {
  const docUrl = fields.code
    ? { doc_url: `https://stripe.com/docs/error-codes/${fields.code.replaceAll("_", "-")}` }
    : {};
  return { error: { ...fields, ...docUrl } };
}

function invalidRequest(message: string, param?: string): Reply {
  return {
    status: 400,
    json: stripeError({ type: "invalid_request_error", message, param }),
    validation: true,
  };
}

function idempotencyError(message: string): Reply {
  return { status: 400, json: stripeError({ type: "idempotency_error", message }) };
}

function missing(kind: string, id: string, param: string): Reply {
  return {
    status: 404,
    json: stripeError({
      type: "invalid_request_error",
      code: "resource_missing",
      message: `No such ${kind}: '${id}'`,
      param,
    }),
  };
}

/** Stripe's answer to the first schema issue, naming the parameter as Stripe does. */
function zodError(error: z.ZodError, params: FormObject): Reply {
  const issue = error.issues[0];
  const param = issue.path.map((p, i) => (i === 0 ? String(p) : `[${String(p)}]`)).join("");
  const absent = valueAt(params, issue.path) === undefined;
  return invalidRequest(
    absent ? `Missing required param: ${param}.` : `Invalid ${param}: ${issue.message}`,
    param,
  );
}

function valueAt(params: FormObject, path: PropertyKey[]): FormValue | undefined {
  let node: FormValue | undefined = params;
  for (const key of path) {
    if (node === undefined || typeof node === "string") return undefined;
    node = Array.isArray(node) ? node[Number(key)] : node[String(key)];
  }
  return node;
}

function scriptedError(failure: StripeFailure): Reply {
  const type = failure.type ??
    (failure.status === 402
      ? "card_error"
      : failure.status >= 500
      ? "api_error"
      : "invalid_request_error");
  return {
    status: failure.status,
    json: stripeError({
      type,
      message: failure.message ?? `Scripted failure (HTTP ${failure.status})`,
      code: failure.code,
      param: failure.param,
      decline_code: failure.declineCode,
    }),
    headers: failure.shouldRetry === undefined
      ? {}
      : { "stripe-should-retry": String(failure.shouldRetry) },
  };
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

function randomId(prefix: string, length = 24): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return prefix + Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
