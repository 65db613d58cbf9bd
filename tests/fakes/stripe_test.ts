import assert from "node:assert/strict";
import Stripe from "stripe";
import { CARD_DECLINED, FakeStripe, parseStripeForm, signStripeEvent } from "./stripe.ts";

const HOUR = 3600;

function sdk(fake: FakeStripe, options: { key?: string; maxNetworkRetries?: number } = {}) {
  return new Stripe(options.key ?? fake.secretKey, {
    ...fake.clientOptions,
    maxNetworkRetries: options.maxNetworkRetries ?? 0,
  });
}

function sessionParams(
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    line_items: [
      {
        quantity: 2,
        price_data: { currency: "eur", unit_amount: 1250, product_data: { name: "Café 250 g" } },
      },
      {
        quantity: 1,
        price_data: { currency: "eur", unit_amount: 399, product_data: { name: "Té verde" } },
      },
    ],
    client_reference_id: "order-42",
    metadata: { order_id: "42" },
    success_url: "https://shop.example/paid?session={CHECKOUT_SESSION_ID}",
    cancel_url: "https://shop.example/cancelled",
    ...overrides,
  };
}

function verify(stripe: Stripe, payload: string, header: string, secret: string) {
  return stripe.webhooks.constructEventAsync(
    payload,
    header,
    secret,
    undefined,
    Stripe.createSubtleCryptoProvider(),
  );
}

/** Awaits a promise expected to fail with the SDK error class `type`, and returns the error. */
async function stripeError<T extends Stripe.errors.StripeError>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => T,
): Promise<T> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof type, `expected ${type.name}, got ${e}`);
    return e;
  }
  assert.fail("expected the request to fail");
}

async function paidSession(fake: FakeStripe, stripe: Stripe) {
  const session = await stripe.checkout.sessions.create(sessionParams());
  await fake.completeSession(session.id);
  const paid = await stripe.checkout.sessions.retrieve(session.id);
  assert.equal(typeof paid.payment_intent, "string");
  return { session: paid, paymentIntent: String(paid.payment_intent) };
}

Deno.test("creates a Checkout Session through the real SDK with the total computed from its lines", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);

  const session = await stripe.checkout.sessions.create(sessionParams());

  assert.match(session.id, /^cs_test_[0-9A-Za-z]{58}$/);
  assert.equal(session.object, "checkout.session");
  assert.equal(session.amount_total, 2 * 1250 + 399);
  assert.equal(session.currency, "eur");
  assert.equal(session.status, "open");
  assert.equal(session.payment_status, "unpaid");
  assert.equal(session.payment_intent, null);
  assert.equal(session.client_reference_id, "order-42");
  assert.deepEqual(session.metadata, { order_id: "42" });
  assert.equal(session.url, `https://checkout.stripe.com/c/pay/${session.id}`);
  assert.equal(session.expires_at - session.created, 24 * HOUR);

  const [request] = fake.requests;
  assert.equal(request.method, "POST");
  assert.equal(request.path, "/v1/checkout/sessions");
  assert.equal(request.headers.get("authorization"), `Bearer ${fake.secretKey}`);
  assert.match(request.idempotencyKey ?? "", /^stripe-node-retry-/);
  assert.deepEqual(request.params.line_items, [
    {
      quantity: "2",
      price_data: { currency: "eur", unit_amount: "1250", product_data: { name: "Café 250 g" } },
    },
    {
      quantity: "1",
      price_data: { currency: "eur", unit_amount: "399", product_data: { name: "Té verde" } },
    },
  ]);
  assert.equal(request.status, 200);
});

Deno.test("retrieves a session, its line items and, once paid, its expanded PaymentIntent", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const created = await stripe.checkout.sessions.create(sessionParams());

  const fetched = await stripe.checkout.sessions.retrieve(created.id);
  assert.deepEqual(
    { id: fetched.id, amount_total: fetched.amount_total, status: fetched.status },
    { id: created.id, amount_total: created.amount_total, status: "open" },
  );
  const items = await stripe.checkout.sessions.listLineItems(created.id);
  assert.deepEqual(
    items.data.map((i) => [i.description, i.quantity, i.price?.unit_amount, i.amount_total]),
    [["Café 250 g", 2, 1250, 2500], ["Té verde", 1, 399, 399]],
  );

  await fake.completeSession(created.id);
  const paid = await stripe.checkout.sessions.retrieve(created.id, { expand: ["payment_intent"] });
  assert.equal(paid.status, "complete");
  assert.equal(paid.payment_status, "paid");
  const intent = paid.payment_intent;
  assert.ok(intent && typeof intent === "object");
  assert.equal(intent.status, "succeeded");
  assert.equal(intent.amount_received, created.amount_total);
  assert.equal((await stripe.paymentIntents.retrieve(intent.id)).status, "succeeded");
});

Deno.test("refuses a wrong or missing secret key with 401 and creates nothing", async () => {
  await using fake = await FakeStripe.start();

  const err = await stripeError(
    sdk(fake, { key: "sk_test_wrong_key_1234" }).checkout.sessions.create(sessionParams()),
    Stripe.errors.StripeAuthenticationError,
  );
  assert.equal(err.statusCode, 401);
  assert.match(err.message, /^Invalid API Key provided: sk_test_\*+1234$/);

  const bare = await fetch(`${fake.url}/v1/checkout/sessions`, { method: "POST" });
  assert.equal(bare.status, 401);
  const body = await bare.json();
  assert.equal(body.error.type, "invalid_request_error");
  assert.match(body.error.message, /You did not provide an API key/);
  assert.equal(fake.sessions.length, 0);
});

Deno.test("accepts the secret key as a Basic auth user name, as Stripe does", async () => {
  await using fake = await FakeStripe.start();
  const session = await sdk(fake).checkout.sessions.create(sessionParams());

  const response = await fetch(`${fake.url}/v1/checkout/sessions/${session.id}`, {
    headers: { authorization: `Basic ${btoa(`${fake.secretKey}:`)}` },
  });

  assert.equal(response.status, 200);
  assert.equal((await response.json()).id, session.id);
});

Deno.test("accepts expires_at only between 30 minutes and 24 hours ahead", async () => {
  const now = Date.UTC(2026, 0, 10, 12);
  const seconds = now / 1000;
  await using fake = await FakeStripe.start({ now: () => now });
  const stripe = sdk(fake);

  for (const expiresAt of [seconds + 29 * 60, seconds + 24 * HOUR + 1, seconds - 1]) {
    const err = await stripeError(
      stripe.checkout.sessions.create(sessionParams({ expires_at: expiresAt })),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(err.param, "expires_at");
  }
  assert.equal(fake.sessions.length, 0);

  const shortest = await stripe.checkout.sessions.create(
    sessionParams({ expires_at: seconds + 30 * 60 }),
  );
  const longest = await stripe.checkout.sessions.create(
    sessionParams({ expires_at: seconds + 24 * HOUR }),
  );
  assert.equal(shortest.expires_at, seconds + 30 * 60);
  assert.equal(longest.expires_at, seconds + 24 * HOUR);
});

Deno.test("refuses malformed line items naming the parameter, and creates nothing", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const item = (priceData: Record<string, unknown>, quantity = 1) => ({
    quantity,
    price_data: { currency: "eur", unit_amount: 100, product_data: { name: "x" }, ...priceData },
  });
  const cases: [Stripe.Checkout.SessionCreateParams.LineItem[], string, RegExp][] = [
    [[item({}, 0)], "line_items[0][quantity]", /at least 1/],
    [[item({ unit_amount: 12.5 })], "line_items[0][price_data][unit_amount]", /Invalid integer/],
    [[item({ unit_amount: undefined })], "line_items[0][price_data][unit_amount]", /Missing/],
    [[item({}), item({ currency: "usd" })], "line_items[1][price_data][currency]", /same currency/],
  ];

  for (const [lineItems, param, message] of cases) {
    const err = await stripeError(
      stripe.checkout.sessions.create(sessionParams({ line_items: lineItems })),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(err.param, param);
    assert.match(err.message, message);
  }
  assert.equal(fake.sessions.length, 0);
});

Deno.test("a completed session's event verifies with constructEventAsync and describes the payment", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const session = await stripe.checkout.sessions.create(sessionParams());

  const signed = await fake.completeSession(session.id, { email: "ana@example.com" });
  const event = await verify(stripe, signed.payload, signed.signature, fake.webhookSecret);

  assert.match(event.id, /^evt_/);
  assert.equal(event.type, "checkout.session.completed");
  assert.equal(signed.headers["stripe-signature"], signed.signature);
  assert.ok(event.type === "checkout.session.completed");
  const object = event.data.object;
  assert.equal(object.id, session.id);
  assert.equal(object.client_reference_id, "order-42");
  assert.equal(object.payment_status, "paid");
  assert.equal(object.amount_total, 2899);
  assert.equal(object.customer_details?.email, "ana@example.com");
  assert.equal(object.payment_intent, fake.paymentIntents[0].id);
  assert.equal(fake.events.at(-1)?.id, event.id);
});

Deno.test("a forged, tampered or stale Stripe signature is refused; a recent one is accepted", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const session = await stripe.checkout.sessions.create(sessionParams());
  const signed = await fake.completeSession(session.id);
  const refused = (payload: string, header: string, secret = fake.webhookSecret) =>
    assert.rejects(
      verify(stripe, payload, header, secret),
      Stripe.errors.StripeSignatureVerificationError,
    );

  await refused(signed.payload, await signStripeEvent(signed.payload, "whsec_someone_else"));
  await refused(signed.payload.replace('"paid"', '"unpaid"'), signed.signature);
  await refused(signed.payload, signed.signature, "whsec_other_endpoint");
  const now = Math.floor(Date.now() / 1000);
  await refused(
    signed.payload,
    await signStripeEvent(signed.payload, fake.webhookSecret, now - 301),
  );

  const recent = await signStripeEvent(signed.payload, fake.webhookSecret, now - 240);
  assert.equal(
    (await verify(stripe, signed.payload, recent, fake.webhookSecret)).id,
    signed.event.id,
  );
});

Deno.test("refunds a payment in full or in part, and refuses more than was paid", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const { paymentIntent } = await paidSession(fake, stripe);

  const partial = await stripe.refunds.create({ payment_intent: paymentIntent, amount: 899 });
  assert.match(partial.id, /^re_/);
  assert.equal(partial.amount, 899);
  assert.equal(partial.currency, "eur");
  assert.equal(partial.status, "succeeded");
  assert.equal(partial.payment_intent, paymentIntent);

  const tooMuch = await stripeError(
    stripe.refunds.create({ payment_intent: paymentIntent, amount: 2001 }),
    Stripe.errors.StripeInvalidRequestError,
  );
  assert.equal(tooMuch.param, "amount");

  const rest = await stripe.refunds.create({ charge: partial.charge as string });
  assert.equal(rest.amount, 2899 - 899);
  const again = await stripeError(
    stripe.refunds.create({ payment_intent: paymentIntent }),
    Stripe.errors.StripeInvalidRequestError,
  );
  assert.equal(again.code, "charge_already_refunded");
  assert.deepEqual(fake.refunds.map((r) => r.amount), [899, 2000]);
  assert.equal(fake.events.filter((e) => e.type === "refund.created").length, 2);
});

Deno.test("a refund of an unknown or unpaid PaymentIntent is refused", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const session = await stripe.checkout.sessions.create(sessionParams());
  await fake.completeSession(session.id, { paymentStatus: "unpaid" });

  const unknown = await stripeError(
    stripe.refunds.create({ payment_intent: "pi_nope" }),
    Stripe.errors.StripeInvalidRequestError,
  );
  assert.equal(unknown.code, "resource_missing");
  const unpaid = await stripeError(
    stripe.refunds.create({ payment_intent: fake.paymentIntents[0].id }),
    Stripe.errors.StripeInvalidRequestError,
  );
  assert.match(unpaid.message, /does not have a successful charge/);
  assert.equal(fake.refunds.length, 0);
});

Deno.test("replaying an Idempotency-Key returns the first refund; other parameters under it are refused", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const { paymentIntent } = await paidSession(fake, stripe);
  const idempotencyKey = "refund-order-42-1";

  const first = await stripe.refunds.create({ payment_intent: paymentIntent, amount: 500 }, {
    idempotencyKey,
  });
  const replayed = await stripe.refunds.create({ payment_intent: paymentIntent, amount: 500 }, {
    idempotencyKey,
  });

  assert.deepEqual(replayed, first);
  assert.deepEqual(fake.requests.slice(-2).map((r) => r.replayed), [false, true]);
  const wire = await fetch(`${fake.url}/v1/refunds`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${fake.secretKey}`,
      "content-type": "application/x-www-form-urlencoded",
      "idempotency-key": idempotencyKey,
    },
    body: fake.requests.at(-1)?.rawBody,
  });
  assert.equal(wire.headers.get("idempotent-replayed"), "true");
  assert.equal((await wire.json()).id, first.id);
  assert.equal(fake.refunds.length, 1);

  const err = await stripeError(
    stripe.refunds.create({ payment_intent: paymentIntent, amount: 600 }, { idempotencyKey }),
    Stripe.errors.StripeIdempotencyError,
  );
  assert.match(err.message, /same parameters/);
  assert.equal(fake.refunds.length, 1);
});

Deno.test("a session can be expired once through the API, which records checkout.session.expired", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const session = await stripe.checkout.sessions.create(sessionParams());

  const expired = await stripe.checkout.sessions.expire(session.id);
  assert.equal(expired.status, "expired");
  assert.equal(expired.url, null);
  await stripeError(
    stripe.checkout.sessions.expire(session.id),
    Stripe.errors.StripeInvalidRequestError,
  );
  assert.throws(() => fake.completeSession(session.id), /expired, not open/);

  const [event] = fake.events;
  assert.equal(event.type, "checkout.session.expired");
  const signed = await fake.signEvent(event);
  const verified = await verify(stripe, signed.payload, signed.signature, fake.webhookSecret);
  assert.equal(verified.type, "checkout.session.expired");
});

Deno.test("a session past its expires_at on the fake's clock reads as expired", async () => {
  let now = Date.UTC(2026, 0, 10, 12);
  await using fake = await FakeStripe.start({ now: () => now });
  const stripe = sdk(fake);
  const session = await stripe.checkout.sessions.create(
    sessionParams({ expires_at: now / 1000 + HOUR }),
  );

  now += HOUR * 1000 - 1000;
  assert.equal((await stripe.checkout.sessions.retrieve(session.id)).status, "open");
  now += 1000;
  assert.equal((await stripe.checkout.sessions.retrieve(session.id)).status, "expired");
  assert.deepEqual(fake.events.map((e) => e.type), ["checkout.session.expired"]);
});

Deno.test("a delayed payment method settles later with async_payment_succeeded or _failed", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const a = await stripe.checkout.sessions.create(sessionParams());
  const b = await stripe.checkout.sessions.create(sessionParams());

  const completed = await fake.completeSession(a.id, { paymentStatus: "unpaid" });
  assert.equal(completed.event.type, "checkout.session.completed");
  assert.equal((await stripe.checkout.sessions.retrieve(a.id)).payment_status, "unpaid");
  const succeeded = await fake.settleAsyncPayment(a.id, { succeeded: true });
  const event = await verify(stripe, succeeded.payload, succeeded.signature, fake.webhookSecret);
  assert.equal(event.type, "checkout.session.async_payment_succeeded");
  assert.equal((await stripe.checkout.sessions.retrieve(a.id)).payment_status, "paid");

  await fake.completeSession(b.id, { paymentStatus: "unpaid" });
  const failed = await fake.settleAsyncPayment(b.id, { succeeded: false });
  assert.equal(failed.event.type, "checkout.session.async_payment_failed");
  const bIntent = (await stripe.checkout.sessions.retrieve(b.id)).payment_intent;
  const intent = await stripe.paymentIntents.retrieve(String(bIntent));
  assert.equal(intent.status, "requires_payment_method");
  assert.throws(() => fake.settleAsyncPayment(b.id, { succeeded: true }), /not completed/);
});

Deno.test("eventFor signs any event type about a given object", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const session = await stripe.checkout.sessions.create(sessionParams());

  const signed = await fake.eventFor("checkout.session.expired", fake.sessions[0]);
  const event = await verify(stripe, signed.payload, signed.signature, fake.webhookSecret);

  assert.equal(event.type, "checkout.session.expired");
  assert.ok(event.type === "checkout.session.expired");
  assert.equal(event.data.object.id, session.id);
});

Deno.test("a scripted card decline reaches the SDK as a StripeCardError", async () => {
  await using fake = await FakeStripe.start();
  const stripe = sdk(fake);
  const { paymentIntent } = await paidSession(fake, stripe);
  fake.failNext({ ...CARD_DECLINED, on: "POST /v1/refunds" });

  const session = await stripe.checkout.sessions.create(sessionParams());
  const err = await stripeError(
    stripe.refunds.create({ payment_intent: paymentIntent }),
    Stripe.errors.StripeCardError,
  );

  assert.equal(session.status, "open");
  assert.equal(err.statusCode, 402);
  assert.equal(err.code, "card_declined");
  assert.equal(err.decline_code, "generic_decline");
  assert.equal(fake.refunds.length, 0);
});

Deno.test("after a scripted 500 the SDK retries under the same Idempotency-Key and one session is made", async () => {
  await using fake = await FakeStripe.start();
  fake.failNext({ status: 500 });

  const session = await sdk(fake, { maxNetworkRetries: 1 }).checkout.sessions.create(
    sessionParams(),
  );

  assert.deepEqual(fake.requests.map((r) => r.status), [500, 200]);
  assert.equal(fake.requests[0].idempotencyKey, fake.requests[1].idempotencyKey);
  assert.deepEqual(fake.sessions.map((s) => s.id), [session.id]);
});

Deno.test("parses Stripe's bracket form syntax into nested objects and arrays", () => {
  assert.deepEqual(
    parseStripeForm("a[b]=1&a[c][1]=y&a[c][0]=x&e[]=z&e[]=w&m[k%20v]=%C3%A9"),
    { a: { b: "1", c: ["x", "y"] }, e: ["z", "w"], m: { "k v": "é" } },
  );
  assert.throws(() => parseStripeForm("a=1&a[b]=2"), /conflicts/);
  assert.throws(() => parseStripeForm("a]=1"), /Invalid parameter name/);
});
