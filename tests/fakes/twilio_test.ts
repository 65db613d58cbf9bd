import assert from "node:assert/strict";
import twilio from "twilio";
import { FakeTwilio, inboundForm, signWebhook, statusForm } from "./twilio.ts";

const CUSTOMER = "whatsapp:+34600000001";
const SENDER = "whatsapp:+14155238886";

type ClientOptions = ConstructorParameters<typeof twilio.RequestClient>[0];
type CreateParams = Parameters<twilio.Twilio["messages"]["create"]>[0];

/** Sends the SDK's requests to the fake, as the app's TWILIO_API_BASE_URL client does. */
class BaseUrlClient extends twilio.RequestClient {
  #baseUrl: string;

  constructor(baseUrl: string, options?: ClientOptions) {
    super(options);
    this.#baseUrl = baseUrl;
  }

  override request<T>(opts: Parameters<twilio.RequestClient["request"]>[0] & { data?: T }) {
    const uri = opts.uri.replace("https://api.twilio.com", this.#baseUrl);
    return super.request<T>({ ...opts, uri });
  }
}

function sdk(fake: FakeTwilio, options: ClientOptions & { authToken?: string } = {}) {
  const { authToken = fake.authToken, ...clientOptions } = options;
  return twilio(fake.accountSid, authToken, {
    httpClient: new BaseUrlClient(fake.url, clientOptions),
  });
}

function send(client: twilio.Twilio, params: Partial<CreateParams> = {}) {
  return client.messages.create({ to: CUSTOMER, from: SENDER, body: "hola", ...params });
}

/** An assert.rejects validator for the SDK's RestException. */
function restError(status: number, code: number, message?: string) {
  return (err: unknown) => {
    assert.ok(err instanceof twilio.RestException, `expected a RestException, got ${err}`);
    assert.equal(err.status, status);
    assert.equal(err.code, code);
    if (message) assert.equal(err.message, message);
    return true;
  };
}

Deno.test("accepts a WhatsApp message through the real SDK and records it", async () => {
  await using fake = await FakeTwilio.start();
  const mediaUrl = ["https://x/y.jpg", "https://x/z.jpg"];
  const statusCallback = "https://h/webhook/status";

  const message = await send(sdk(fake), { mediaUrl, statusCallback });

  assert.match(message.sid, /^SM[0-9a-f]{32}$/);
  assert.equal(message.accountSid, fake.accountSid);
  assert.equal(message.status, "queued");
  assert.equal(message.direction, "outbound-api");
  assert.equal(message.numMedia, "2");
  assert.equal(message.errorCode, null);
  assert.ok(Math.abs(message.dateCreated.getTime() - Date.now()) < 5000);
  assert.deepEqual(fake.messages, [{
    sid: message.sid,
    to: CUSTOMER,
    from: SENDER,
    body: "hola",
    mediaUrls: mediaUrl,
    statusCallback,
    receivedAt: fake.messages[0].receivedAt,
  }]);
  assert.equal(fake.requests.length, 1);
  assert.equal(fake.requests[0].status, 201);
  assert.deepEqual(fake.requests[0].fields.MediaUrl, mediaUrl);
});

Deno.test("rejects wrong credentials with 401 / 20003", async () => {
  await using fake = await FakeTwilio.start();
  await assert.rejects(send(sdk(fake, { authToken: "wrong" })), restError(401, 20003));

  const otherAccount = twilio(`AC${"0".repeat(32)}`, fake.authToken, {
    httpClient: new BaseUrlClient(fake.url),
  });
  await assert.rejects(send(otherAccount), restError(401, 20003, "Authenticate"));
  assert.deepEqual(fake.requests.map((r) => r.status), [401, 401]);
  assert.equal(fake.messages.length, 0);
});

Deno.test("validates messages like Twilio", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);

  await assert.rejects(send(client, { body: "a".repeat(1601) }), restError(400, 21617));
  await assert.rejects(send(client, { body: "😀".repeat(801) }), restError(400, 21617));
  await assert.rejects(send(client, { body: "" }), restError(400, 21602));
  await assert.rejects(send(client, { from: undefined }), restError(400, 21603));
  await assert.rejects(send(client, { to: "+34600000001" }), restError(400, 21211));
  await assert.rejects(send(client, { from: "+14155238886" }), restError(400, 21212));
  assert.equal(fake.messages.length, 0);

  await send(client, { body: "a".repeat(1600) });
  await send(client, { body: undefined, mediaUrl: ["https://x/y.jpg"] });
  await send(client, { body: undefined, contentSid: "HX0123456789abcdef0123456789abcdef" });
  assert.equal(fake.messages.length, 3);
});

Deno.test("failNext answers with the queued failures, then handles normally", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const outsideWindow =
    "Failed to send freeform message because you are outside the allowed window.";
  fake.failNext({ status: 503 }, { status: 400, code: 63016, message: outsideWindow });

  await assert.rejects(send(client), restError(503, 20503));
  await assert.rejects(send(client), restError(400, 63016, outsideWindow));
  await send(client);

  assert.deepEqual(fake.requests.map((r) => r.status), [503, 400, 201]);
  assert.equal(fake.messages.length, 1);
});

Deno.test("the SDK retries 429 only with autoRetry, and never other errors", async () => {
  await using fake = await FakeTwilio.start();
  fake.failNext({ status: 429 });
  await assert.rejects(send(sdk(fake)), restError(429, 20429));
  assert.equal(fake.requests.length, 1);

  fake.reset();
  const retrying = sdk(fake, { autoRetry: true });
  fake.failNext({ status: 429 }, { status: 429 });
  await send(retrying);
  assert.deepEqual(fake.requests.map((r) => r.status), [429, 429, 201]);

  fake.reset();
  fake.failNext({ status: 503 });
  await assert.rejects(send(retrying), restError(503, 20503));
  assert.equal(fake.requests.length, 1);
});

Deno.test("networkError drops the connection: the SDK throws a non-HTTP error", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  fake.failNext({ networkError: true });

  await assert.rejects(send(client), (err: unknown) => {
    assert.ok(err instanceof Error);
    assert.ok(!(err instanceof twilio.RestException));
    assert.equal((err as Error & { code?: string }).code, "ECONNRESET");
    return true;
  });
  await send(client);
  assert.deepEqual(fake.requests.map((r) => r.status), [0, 201]);
});

Deno.test("delayMs delays the answer; close() cuts a pending delay short", async () => {
  await using fake = await FakeTwilio.start();
  fake.failNext({ delayMs: 150 });
  const started = performance.now();
  await send(sdk(fake));
  assert.ok(performance.now() - started >= 140);

  fake.failNext({ delayMs: 10_000 });
  await assert.rejects(send(sdk(fake, { timeout: 100 })), /timeout of 100ms exceeded/);
  await fake.close();
  assert.deepEqual(fake.requests.map((r) => r.status), [201, 0]);
});

Deno.test("setResponder decides per request, after the failNext queue", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const blocked = "whatsapp:+34600000002";
  fake.setResponder((fields) => fields.To === blocked ? { status: 400, code: 63016 } : null);
  fake.failNext({ status: 500 });

  await assert.rejects(send(client), restError(500, 20500));
  await assert.rejects(send(client, { to: blocked }), restError(400, 63016));
  await send(client);
  fake.setResponder(null);
  await send(client, { to: blocked });
  assert.deepEqual(fake.messages.map((m) => m.to), [CUSTOMER, blocked]);
});

Deno.test("answers unknown resources 404 and other methods 405", async () => {
  await using fake = await FakeTwilio.start();
  const headers = { authorization: `Basic ${btoa(`${fake.accountSid}:${fake.authToken}`)}` };
  const base = `${fake.url}/2010-04-01/Accounts/${fake.accountSid}`;

  const calls = await fetch(`${base}/Calls.json`, { method: "POST", headers });
  assert.equal(calls.status, 404);
  assert.equal((await calls.json()).code, 20404);
  const list = await fetch(`${base}/Messages.json`, { method: "DELETE", headers });
  assert.deepEqual(await list.json(), {
    code: 20004,
    message: "Method not allowed",
    more_info: "https://www.twilio.com/docs/errors/20004",
    status: 405,
  });
});

Deno.test("reset forgets messages, requests, queued failures and the responder", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  await send(client);
  fake.failNext({ status: 503 });
  fake.setResponder(() => ({ status: 503 }));
  fake.reset();

  assert.deepEqual([fake.messages, fake.requests], [[], []]);
  await send(client);
  assert.equal(fake.messages.length, 1);
});

Deno.test("waitForMessages resolves once enough are accepted, and fails clearly", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const waiting = fake.waitForMessages(2);
  fake.failNext({ status: 503 });
  await assert.rejects(send(client));
  await Promise.all([send(client, { body: "uno" }), send(client, { body: "dos" })]);
  assert.deepEqual((await waiting).map((m) => m.body).sort(), ["dos", "uno"]);
  assert.equal((await fake.waitForMessages(1)).length, 2);

  await assert.rejects(fake.waitForMessages(3, 50), {
    message: "FakeTwilio: timed out after 50 ms waiting for 3 accepted message(s); got 2 " +
      "(statuses of requests so far: 503, 201, 201)",
  });
  const closed = assert.rejects(fake.waitForMessages(3), /closed while waiting for 3 accepted/);
  await fake.close();
  await closed;
});

Deno.test("signWebhook agrees with the SDK's validateRequest", () => {
  const authToken = "12345678901234567890123456789012";
  const url = "https://shop.example.com/webhook/whatsapp?tenant=demo&x=%C3%B1";
  const cases: Record<string, string>[] = [
    inboundForm({ From: CUSTOMER, Body: "¿Tienen camisetas en talla M? 👕 ñandú «ok»" }),
    statusForm({
      MessageSid: "SM1",
      MessageStatus: "undelivered",
      To: CUSTOMER,
      ErrorCode: "63016",
    }),
    { MediaUrl0: "a", MediaUrl1: "b", MediaUrl10: "c", MediaUrl2: "d", Body: "B", body: "b" },
    { "Body[]": "x", Body: "y", "Body ": "z" },
    {},
  ];
  for (const params of cases) {
    const signature = signWebhook(authToken, url, params);
    assert.equal(signature, twilio.getExpectedTwilioSignature(authToken, url, params));
    assert.ok(twilio.validateRequest(authToken, signature, url, params));
    assert.ok(!twilio.validateRequest("another-token", signature, url, params));
    assert.ok(!twilio.validateRequest(authToken, signature, url, { ...params, Extra: "1" }));
  }
});

Deno.test("inboundForm and statusForm build Twilio's WhatsApp webhook forms", () => {
  const text = inboundForm({ From: CUSTOMER, Body: "hola", ProfileName: "Ana" });
  assert.match(text.MessageSid, /^SM[0-9a-f]{32}$/);
  assert.equal(text.SmsSid, text.MessageSid);
  assert.equal(text.SmsMessageSid, text.MessageSid);
  assert.match(text.AccountSid, /^AC[0-9a-f]{32}$/);
  assert.deepEqual(
    [text.From, text.To, text.Body, text.WaId, text.ProfileName, text.NumMedia, text.MessageType],
    [CUSTOMER, SENDER, "hola", "34600000001", "Ana", "0", "text"],
  );
  assert.deepEqual([text.SmsStatus, text.ApiVersion, text.NumSegments], [
    "received",
    "2010-04-01",
    "1",
  ]);

  const image = inboundForm({
    From: CUSTOMER,
    MediaUrl0: "https://api.twilio.com/media/ME1",
    MediaContentType0: "image/jpeg",
    ProfileName: undefined,
  });
  assert.deepEqual([image.Body, image.NumMedia, image.MessageType], ["", "1", "image"]);
  assert.ok(!("ProfileName" in image));

  const status = statusForm({
    MessageSid: "SM1",
    MessageStatus: "failed",
    To: CUSTOMER,
    ErrorCode: "63016",
  });
  assert.deepEqual(
    [status.MessageSid, status.SmsSid, status.MessageStatus, status.SmsStatus, status.ErrorCode],
    ["SM1", "SM1", "failed", "failed", "63016"],
  );
  assert.deepEqual([status.From, status.ChannelToAddress], [SENDER, "+34600000001"]);
  assert.ok(
    !("ErrorCode" in statusForm({ MessageSid: "SM2", MessageStatus: "read", To: CUSTOMER })),
  );
});

Deno.test("lists accepted messages through the SDK, filtered by To and DateSent>", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const first = await send(client);
  const second = await send(client, { body: "adiós" });
  const all = await client.messages.list({ to: "whatsapp:+34600000001", limit: 20 });
  assert.deepEqual(all.map((m) => [m.sid, m.body]), [[second.sid, "adiós"], [first.sid, "hola"]]);
  const minute = 60_000;
  const recent = await client.messages.list({ dateSentAfter: new Date(Date.now() - minute) });
  assert.equal(recent.length, 2);
  assert.deepEqual(
    await client.messages.list({ dateSentAfter: new Date(Date.now() + minute) }),
    [],
  );
  assert.deepEqual(await client.messages.list({ to: "whatsapp:+34699999999", limit: 20 }), []);
});
