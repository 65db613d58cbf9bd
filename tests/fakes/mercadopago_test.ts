import assert from "node:assert/strict";
import { createHmac, timingSafeEqual } from "node:crypto";
import {
  MercadoPagoConfig,
  MercadoPagoError,
  MPAuthenticationError,
  MPBadRequestError,
  MPNotFoundError,
  Payment,
  PaymentRefund,
  Preference,
  WebhookSignatureValidator,
} from "mercadopago";
import type { PreferenceRequest } from "mercadopago/dist/clients/preference/commonTypes.d.ts";
import { FakeMercadoPago, pointMercadoPagoSdkAt, signMercadoPago } from "./mercadopago.ts";

type SdkOptions = NonNullable<ConstructorParameters<typeof MercadoPagoConfig>[0]["options"]>;

function client(fake: FakeMercadoPago, accessToken = fake.accessToken, options: SdkOptions = {}) {
  return new MercadoPagoConfig({ accessToken, options: { maxRetries: 0, ...options } });
}

function preferenceBody(overrides: Partial<PreferenceRequest> = {}): PreferenceRequest {
  return {
    items: [
      { id: "1", title: "Café 250 g", quantity: 2, unit_price: 12.5, currency_id: "ARS" },
      { id: "7", title: "Té verde", quantity: 1, unit_price: 3.99, currency_id: "ARS" },
    ],
    external_reference: "order-42",
    notification_url: "https://shop.example/webhooks/mercadopago?source_news=webhooks",
    back_urls: { success: "https://shop.example/ok", failure: "https://shop.example/ko" },
    auto_return: "approved",
    ...overrides,
  };
}

/**
 * The check the app must make, written from Mercado Pago's docs: HMAC-SHA256 (hex) keyed with the
 * secret over `id:<data.id lowercased>;request-id:<x-request-id>;ts:<ts>;`, compared with v1.
 */
function verifiedByDocs(
  secret: string,
  headers: Record<string, string>,
  query: Record<string, string>,
): boolean {
  const fields = new Map(
    (headers["x-signature"] ?? "").split(",").map((part) => {
      const [key, ...value] = part.split("=");
      return [key.trim(), value.join("=").trim()] as const;
    }),
  );
  const ts = fields.get("ts");
  const v1 = fields.get("v1");
  if (!ts || !v1) return false;
  const id = query["data.id"]?.toLowerCase();
  const requestId = headers["x-request-id"];
  const manifest = (id ? `id:${id};` : "") + (requestId ? `request-id:${requestId};` : "") +
    `ts:${ts};`;
  const expected = createHmac("sha256", secret).update(manifest).digest("hex");
  return expected.length === v1.length && timingSafeEqual(Buffer.from(expected), Buffer.from(v1));
}

async function sdkError<T extends MercadoPagoError>(
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

async function approvedPayment(fake: FakeMercadoPago) {
  const preference = await new Preference(client(fake)).create({ body: preferenceBody() });
  return fake.pay(String(preference.id)).payment;
}

Deno.test("creates a preference through the real SDK and answers with its checkout links", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);

  const preference = await new Preference(client(fake)).create({ body: preferenceBody() });

  assert.match(String(preference.id), new RegExp(`^${fake.collectorId}-[0-9a-f-]{36}$`));
  assert.equal(
    preference.init_point,
    `https://www.mercadopago.com.ar/checkout/v1/redirect?pref_id=${preference.id}`,
  );
  assert.match(String(preference.sandbox_init_point), /^https:\/\/sandbox\.mercadopago/);
  assert.equal(preference.external_reference, "order-42");
  assert.deepEqual(preference.items?.map((i) => [i.title, i.quantity, i.unit_price]), [
    ["Café 250 g", 2, 12.5],
    ["Té verde", 1, 3.99],
  ]);
  assert.equal(preference.api_response.status, 201);

  const [request] = fake.requests;
  assert.equal(`${request.method} ${request.path}`, "POST /checkout/preferences/");
  assert.equal(request.headers.get("authorization"), `Bearer ${fake.accessToken}`);
  assert.match(request.idempotencyKey ?? "", /^[0-9a-f-]{36}$/);
  assert.deepEqual(request.body, preferenceBody());

  const fetched = await new Preference(client(fake)).get({ preferenceId: String(preference.id) });
  assert.equal(fetched.id, preference.id);
});

Deno.test("speaks the documented REST API to plain fetch, without the SDK", async () => {
  await using fake = await FakeMercadoPago.start();
  const headers = { authorization: `Bearer ${fake.accessToken}` };

  const created = await fetch(`${fake.url}/checkout/preferences`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(preferenceBody()),
  });
  assert.equal(created.status, 201);
  const preference = await created.json();
  const { payment } = fake.pay(preference.id);

  const fetched = await fetch(`${fake.url}/v1/payments/${payment.id}`, { headers });
  assert.equal(fetched.status, 200);
  assert.equal((await fetched.json()).external_reference, "order-42");
  const search = await fetch(`${fake.url}/v1/payments/search?external_reference=order-42`, {
    headers,
  }).then((r) => r.json());
  assert.deepEqual(search.results.map((p: { id: number }) => p.id), [payment.id]);
});

Deno.test("refuses a wrong or missing access token with 401 and creates nothing", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);

  const err = await sdkError(
    new Preference(client(fake, "TEST-wrong")).create({ body: preferenceBody() }),
    MPAuthenticationError,
  );
  assert.equal(err.status, 401);
  assert.equal(err.message, "invalid access token");

  const bare = await fetch(`${fake.url}/v1/payments/1`);
  assert.equal(bare.status, 401);
  assert.deepEqual(await bare.json(), {
    message: "Must provide your access_token to proceed",
    error: "unauthorized",
    status: 401,
    cause: [],
  });
  assert.equal(fake.preferences.length, 0);
});

Deno.test("refuses malformed preferences with 400 and creates nothing", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  const item = { id: "1", title: "Café", quantity: 1, unit_price: 10, currency_id: "ARS" };
  const cases: [Partial<PreferenceRequest>, RegExp][] = [
    [{ items: [] }, /^items invalid/],
    [{ items: [{ ...item, unit_price: 0 }] }, /^items\[0\]\.unit_price invalid/],
    [{ items: [{ ...item, unit_price: 10.005 }] }, /two decimals/],
    [{ items: [{ ...item, quantity: 1.5 }] }, /^items\[0\]\.quantity invalid/],
    [{ items: [item, { ...item, currency_id: "USD" }] }, /same for all items/],
    [{ back_urls: {} }, /auto_return invalid/],
    [{ notification_url: "not a url" }, /^notification_url invalid/],
  ];

  for (const [overrides, message] of cases) {
    const err = await sdkError(
      new Preference(client(fake)).create({ body: preferenceBody(overrides) }),
      MPBadRequestError,
    );
    assert.match(err.message, message);
    assert.equal(err.error, "bad_request");
  }
  assert.equal(fake.preferences.length, 0);
});

Deno.test("paying a preference creates a payment the SDK fetches, and a notification signed as documented", async () => {
  const now = Date.UTC(2026, 0, 10, 15);
  await using fake = await FakeMercadoPago.start({ now: () => now });
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  const preference = await new Preference(client(fake)).create({ body: preferenceBody() });

  const { payment, notification } = fake.pay(String(preference.id));
  const fetched = await new Payment(client(fake)).get({ id: payment.id });

  assert.equal(fetched.status, "approved");
  assert.equal(fetched.status_detail, "accredited");
  assert.equal(fetched.external_reference, "order-42");
  assert.equal(fetched.transaction_amount, 28.99);
  assert.equal(fetched.currency_id, "ARS");

  assert.equal(
    notification.url,
    `https://shop.example/webhooks/mercadopago?source_news=webhooks&data.id=${payment.id}&type=payment`,
  );
  assert.deepEqual(notification.query, { "data.id": String(payment.id), type: "payment" });
  const body = JSON.parse(notification.body);
  assert.equal(body.type, "payment");
  assert.equal(body.action, "payment.created");
  assert.deepEqual(body.data, { id: String(payment.id) });
  assert.equal(body.user_id, fake.collectorId);
  assert.equal(notification.headers["x-signature"].split(",")[0], `ts=${now}`);
  assert.ok(verifiedByDocs(fake.webhookSecret, notification.headers, notification.query));
  WebhookSignatureValidator.validate({
    xSignature: notification.headers["x-signature"],
    xRequestId: notification.headers["x-request-id"],
    dataId: notification.query["data.id"],
    secret: fake.webhookSecret,
  });
});

Deno.test("a forged or altered Mercado Pago signature fails the documented check", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  const payment = await approvedPayment(fake);
  const { headers, query } = fake.notifications[0];

  assert.ok(verifiedByDocs(fake.webhookSecret, headers, query));
  assert.ok(!verifiedByDocs("another-secret", headers, query));
  assert.ok(!verifiedByDocs(fake.webhookSecret, headers, { ...query, "data.id": "1" }));
  assert.ok(!verifiedByDocs(fake.webhookSecret, { ...headers, "x-request-id": "x" }, query));
  const otherTs = headers["x-signature"].replace(/^ts=\d+/, `ts=${Date.now() + 1}`);
  assert.ok(!verifiedByDocs(fake.webhookSecret, { ...headers, "x-signature": otherTs }, query));
  const forged = signMercadoPago({ secret: "guess", dataId: String(payment.id), ts: Date.now() });
  assert.ok(!verifiedByDocs(fake.webhookSecret, { ...headers, "x-signature": forged }, query));
});

Deno.test("the signature manifest lowercases an alphanumeric data.id and leaves out missing parts", () => {
  const secret = "s3cret";
  const ts = 1742505638683;
  const hmac = (manifest: string) => createHmac("sha256", secret).update(manifest).digest("hex");

  assert.equal(
    signMercadoPago({ secret, dataId: "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3", requestId: "r-1", ts }),
    `ts=${ts},v1=${hmac(`id:ord01jq4s4ky8hwq6na5pxb65b3d3;request-id:r-1;ts:${ts};`)}`,
  );
  assert.equal(signMercadoPago({ secret, ts }), `ts=${ts},v1=${hmac(`ts:${ts};`)}`);
  assert.equal(
    signMercadoPago({ secret, dataId: "123", ts }),
    `ts=${ts},v1=${hmac(`id:123;ts:${ts};`)}`,
  );
  // The SDK's validator hashes data.id as given, so it must be handed the lowercased id.
  const header = signMercadoPago({ secret, dataId: "ORD01ABC", requestId: "r-1", ts });
  const validate = (dataId: string) =>
    WebhookSignatureValidator.validate({ xSignature: header, xRequestId: "r-1", dataId, secret });
  assert.throws(() => validate("ORD01ABC"), /SignatureMismatch/);
  validate("ord01abc");
});

Deno.test("rejected and pending payments read back with their status; a pending one can be approved later", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  const preference = await new Preference(client(fake)).create({ body: preferenceBody() });
  const payments = new Payment(client(fake));

  const rejected = fake.pay(String(preference.id), { status: "rejected" }).payment;
  const pending = fake.pay(String(preference.id), { status: "pending" }).payment;
  assert.equal((await payments.get({ id: rejected.id })).status_detail, "cc_rejected_other_reason");
  assert.equal((await payments.get({ id: pending.id })).status, "pending");

  const update = fake.updatePayment(pending.id, { status: "approved" });
  assert.equal(JSON.parse(update.body).action, "payment.updated");
  assert.ok(verifiedByDocs(fake.webhookSecret, update.headers, update.query));
  const approved = await payments.get({ id: pending.id });
  assert.equal(approved.status, "approved");
  assert.equal(typeof approved.date_approved, "string");
});

Deno.test("a preference past its expiration_date_to cannot be paid", async () => {
  let now = Date.UTC(2026, 0, 10, 15);
  await using fake = await FakeMercadoPago.start({ now: () => now });
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  const preference = await new Preference(client(fake)).create({
    body: preferenceBody({
      expires: true,
      expiration_date_from: new Date(now).toISOString(),
      expiration_date_to: new Date(now + 3_600_000).toISOString(),
    }),
  });

  now += 3_600_001;
  assert.throws(() => fake.pay(String(preference.id)), /expired/);
  assert.equal(fake.payments.length, 0);
});

Deno.test("refunds a payment in part and then in full through the SDK, and refuses more than was paid", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  const payment = await approvedPayment(fake);
  const refunds = new PaymentRefund(client(fake));

  const partial = await refunds.create({ payment_id: payment.id, body: { amount: 8.99 } });
  assert.equal(partial.amount, 8.99);
  assert.equal(partial.payment_id, payment.id);
  assert.equal(partial.status, "approved");
  const afterPartial = await new Payment(client(fake)).get({ id: payment.id });
  assert.equal(afterPartial.status, "approved");
  assert.equal(afterPartial.status_detail, "partially_refunded");
  assert.equal(afterPartial.transaction_amount_refunded, 8.99);

  await sdkError(
    refunds.create({ payment_id: payment.id, body: { amount: 20.01 } }),
    MPBadRequestError,
  );
  const rest = await refunds.total({ payment_id: payment.id });
  assert.equal(rest.amount, 20);
  const refunded = await new Payment(client(fake)).get({ id: payment.id });
  assert.equal(refunded.status, "refunded");
  assert.equal(refunded.transaction_amount_refunded, 28.99);
  assert.deepEqual((await refunds.list({ payment_id: payment.id })).map((r) => r.amount), [
    8.99,
    20,
  ]);
  await sdkError(refunds.total({ payment_id: payment.id }), MPBadRequestError);
  assert.deepEqual(
    fake.notifications.map((n) => JSON.parse(n.body).action),
    ["payment.created", "payment.updated", "payment.updated"],
  );
});

Deno.test("replaying an X-Idempotency-Key returns the first refund; a refund without a key is refused", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  const payment = await approvedPayment(fake);
  const refunds = new PaymentRefund(client(fake));
  const requestOptions = { idempotencyKey: "refund-order-42-1" };

  const first = await refunds.create({
    payment_id: payment.id,
    body: { amount: 5 },
    requestOptions,
  });
  const again = await refunds.create({
    payment_id: payment.id,
    body: { amount: 5 },
    requestOptions,
  });
  assert.equal(again.id, first.id);
  assert.deepEqual(fake.requests.slice(-2).map((r) => r.replayed), [false, true]);
  assert.equal(fake.payments[0].refunds.length, 1);

  const unkeyed = await fetch(`${fake.url}/v1/payments/${payment.id}/refunds`, {
    method: "POST",
    headers: { authorization: `Bearer ${fake.accessToken}`, "content-type": "application/json" },
    body: JSON.stringify({ amount: 1 }),
  });
  assert.equal(unkeyed.status, 400);
  assert.match((await unkeyed.json()).message, /X-Idempotency-Key/);
  assert.equal(fake.payments[0].refunds.length, 1);
});

Deno.test("an unknown payment is a 404 the SDK reports as MPNotFoundError", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);

  const err = await sdkError(new Payment(client(fake)).get({ id: 42 }), MPNotFoundError);

  assert.equal(err.status, 404);
  assert.equal(err.message, "Payment not found");
});

Deno.test("after a scripted 503 the SDK retries under the same X-Idempotency-Key and one preference is made", async () => {
  await using fake = await FakeMercadoPago.start();
  using _sdk = pointMercadoPagoSdkAt(fake.url);
  fake.failNext({ status: 503, on: "POST /checkout/preferences/" });

  const preference = await new Preference(
    client(fake, fake.accessToken, { maxRetries: 1, initialDelay: 10 }),
  ).create({ body: preferenceBody() });

  assert.deepEqual(fake.requests.map((r) => r.status), [503, 201]);
  assert.equal(fake.requests[0].idempotencyKey, fake.requests[1].idempotencyKey);
  assert.deepEqual(fake.preferences.map((p) => p.id), [preference.id]);
});

Deno.test("pointMercadoPagoSdkAt restores the SDK's base URL when disposed", async () => {
  await using fake = await FakeMercadoPago.start();
  {
    using _sdk = pointMercadoPagoSdkAt(fake.url);
    await new Preference(client(fake)).create({ body: preferenceBody() });
  }
  const { AppConfig } = await import("mercadopago/dist/utils/config/index.js");
  assert.equal(AppConfig.BASE_URL, "https://api.mercadopago.com");
  assert.equal(fake.requests.length, 1);
});
