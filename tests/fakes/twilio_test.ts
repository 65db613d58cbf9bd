import assert from "node:assert/strict";
import twilio from "twilio";
import {
  adReferralForm,
  buttonReplyForm,
  ErrorCodes,
  FakeTwilio,
  forwardedForm,
  inboundForm,
  listReplyForm,
  locationForm,
  mediaForm,
  replyForm,
  signWebhook,
  statusForm,
} from "./twilio.ts";

const CUSTOMER = "whatsapp:+34600000001";
const SENDER = "whatsapp:+14155238886";

type ClientOptions = ConstructorParameters<typeof twilio.RequestClient>[0];
type CreateParams = Parameters<twilio.Twilio["messages"]["create"]>[0];

/**
 * Sends the SDK's requests to the fake. The SDK builds absolute URLs on three hosts (api. for
 * Messages and Media, content. for the Content API, messaging. for typing indicators); the
 * fake serves all three paths on one listener.
 */
class BaseUrlClient extends twilio.RequestClient {
  #baseUrl: string;

  constructor(baseUrl: string, options?: ClientOptions) {
    super(options);
    this.#baseUrl = baseUrl;
  }

  override request<T>(opts: Parameters<twilio.RequestClient["request"]>[0] & { data?: T }) {
    const uri = opts.uri.replace(/^https:\/\/(api|content|messaging)\.twilio\.com/, this.#baseUrl);
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

type ContentCreate = Parameters<twilio.Twilio["content"]["v1"]["contents"]["create"]>[0];

/** A Content create body as Twilio reads it (snake_case, types keyed `twilio/...`). */
interface ContentPayload {
  friendly_name?: string;
  language: string;
  variables?: Record<string, string>;
  types: Record<string, unknown>;
}

/**
 * The SDK's types spell the body in camelCase (`friendlyName`, `twilioQuickReply`), yet it
 * sends `params` as they are, and Twilio reads only the wire names; hence the cast.
 */
function createContent(client: twilio.Twilio, payload: ContentPayload) {
  return client.content.v1.contents.create(payload as unknown as ContentCreate);
}

function quickReply(actions: number, title = (i: number) => `Opción ${i + 1}`): ContentPayload {
  return {
    friendly_name: "elige",
    language: "es",
    types: {
      "twilio/quick-reply": {
        body: "¿Qué café prefieres?",
        actions: Array.from({ length: actions }, (_, i) => ({ title: title(i), id: `cafe_${i}` })),
      },
    },
  };
}

function listPicker(items: { item: string; id: string; description?: string }[]): ContentPayload {
  return {
    language: "es",
    types: { "twilio/list-picker": { body: "Nuestros cafés", button: "Ver cafés", items } },
  };
}

const fixture = (name: string) =>
  Deno.readFile(new URL(`../fixtures/media/${name}`, import.meta.url));

function credentials(fake: FakeTwilio, authToken = fake.authToken) {
  return { authorization: `Basic ${btoa(`${fake.accountSid}:${authToken}`)}` };
}

/** Follows a media URL by hand: the fake's 307, then the storage URL without credentials. */
async function storageLocation(fake: FakeTwilio, mediaUrl: string): Promise<URL> {
  const redirect = await fetch(mediaUrl, { headers: credentials(fake), redirect: "manual" });
  await redirect.body?.cancel();
  assert.equal(redirect.status, 307);
  return new URL(redirect.headers.get("location") ?? "");
}

/** A stand-in for the app's status webhook, recording what Twilio (the fake) posts. */
function statusReceiver() {
  const received: { signature: string | null; form: Record<string, string> }[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const form = Object.fromEntries(new URLSearchParams(await req.text()));
    received.push({ signature: req.headers.get("x-twilio-signature"), form });
    return new Response(null, { status: 204 });
  });
  return {
    url: `http://127.0.0.1:${server.addr.port}/webhook/status`,
    received,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}

Deno.test("media needs the account's Basic auth, then redirects to a signed URL on another host", async () => {
  await using fake = await FakeTwilio.start();
  const mug = await fixture("mug.jpg");
  const url = fake.registerMedia(mug, "image/jpeg");
  const path =
    `/2010-04-01/Accounts/${fake.accountSid}/Messages/MM[0-9a-f]{32}/Media/ME[0-9a-f]{32}`;
  assert.match(url, new RegExp(`^${fake.url}${path}$`));

  const anonymous = await fetch(url);
  assert.equal(anonymous.status, 401);
  assert.equal((await anonymous.json()).code, 20003);
  const wrong = await fetch(url, { headers: credentials(fake, "wrong") });
  assert.equal(wrong.status, 401);
  await wrong.body?.cancel();

  const location = await storageLocation(fake, url);
  assert.equal(location.origin, new URL(fake.storageUrl).origin);
  assert.notEqual(location.origin, new URL(fake.url).origin);
  assert.match(location.pathname, new RegExp(`^/${fake.accountSid}/[0-9a-f]{32}$`));
  assert.match(location.searchParams.get("Signature") ?? "", /^[0-9a-f]{64}$/);
  const expiresInS = Number(location.searchParams.get("Expires")) - Date.now() / 1000;
  assert.ok(expiresInS > 4 * 3600 - 60 && expiresInS <= 4 * 3600, `expires in ${expiresInS} s`);

  const file = await fetch(location);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get("content-type"), "image/jpeg");
  assert.equal(file.headers.get("content-length"), String(mug.length));
  assert.deepEqual(new Uint8Array(await file.arrayBuffer()), mug);

  assert.deepEqual(fake.requests.map((r) => [r.host, r.method, r.status]), [
    ["api", "GET", 401],
    ["api", "GET", 401],
    ["api", "GET", 307],
    ["storage", "GET", 200],
  ]);
  const storage = fake.requests[3];
  assert.equal(storage.headers.has("authorization"), false);
  assert.equal(storage.bytesSent, mug.length);
});

Deno.test("the storage host records credentials sent to it by mistake and refuses forged URLs", async () => {
  await using fake = await FakeTwilio.start();
  const location = await storageLocation(
    fake,
    fake.registerMedia(await fixture("mug.jpg"), "image/jpeg"),
  );

  const leaked = await fetch(location, { headers: credentials(fake) });
  assert.equal(leaked.status, 200);
  await leaked.body?.cancel();
  assert.equal(fake.requests.at(-1)?.headers.get("authorization"), credentials(fake).authorization);

  const forged = new URL(location);
  forged.searchParams.set("Signature", "0".repeat(64));
  const later = new URL(location);
  later.searchParams.set("Expires", String(Number(location.searchParams.get("Expires")) + 3600));
  const unknown = new URL(location);
  unknown.pathname = `/${fake.accountSid}/${"a".repeat(32)}`;
  for (const bad of [forged, later, unknown]) {
    const refused = await fetch(bad);
    assert.equal(refused.status, 403, bad.href);
    assert.match(await refused.text(), /<Code>AccessDenied<\/Code>/);
  }
});

Deno.test("fetch following the redirect itself does not carry the credentials to storage", async () => {
  await using fake = await FakeTwilio.start();
  const receipt = await fixture("receipt.pdf");
  const url = fake.registerMedia(receipt, "application/pdf", { filename: "receipt.pdf" });

  const file = await fetch(url, { headers: credentials(fake) });
  assert.equal(file.status, 200);
  assert.equal(file.headers.get("content-disposition"), 'inline; filename="receipt.pdf"');
  assert.deepEqual(new Uint8Array(await file.arrayBuffer()), receipt);
  const [api, storage] = fake.requests;
  assert.deepEqual([api.host, api.status, storage.host, storage.status], [
    "api",
    307,
    "storage",
    200,
  ]);
  assert.equal(api.headers.has("authorization"), true);
  assert.equal(storage.headers.has("authorization"), false);
});

Deno.test("failMedia answers the next authenticated media requests 500, then serves again", async () => {
  await using fake = await FakeTwilio.start();
  const url = fake.registerMedia(await fixture("voice-es.ogg"), "audio/ogg");
  fake.failMedia(2);

  const anonymous = await fetch(url);
  await anonymous.body?.cancel();
  for (let i = 0; i < 2; i++) {
    const failed = await fetch(url, { headers: credentials(fake) });
    assert.equal(failed.status, 500);
    assert.equal((await failed.json()).code, 20500);
  }
  await storageLocation(fake, url);
  assert.deepEqual(fake.requests.map((r) => r.status), [401, 500, 500, 307]);
});

Deno.test("a slow media holds the storage host's answer for delayMs", async () => {
  await using fake = await FakeTwilio.start();
  const voice = await fixture("voice-es.ogg");
  const location = await storageLocation(
    fake,
    fake.registerMedia(voice, "audio/ogg", { delayMs: 300 }),
  );

  await assert.rejects(fetch(location, { signal: AbortSignal.timeout(50) }), {
    name: "TimeoutError",
  });
  const started = performance.now();
  const file = await fetch(location);
  assert.deepEqual(new Uint8Array(await file.arrayBuffer()), voice);
  assert.ok(performance.now() - started >= 280);
});

Deno.test("a huge media states its Content-Length first, so a client can refuse it unread", async () => {
  const fake = await FakeTwilio.start();
  const size = 30 * 1024 * 1024;
  const location = await storageLocation(fake, fake.registerMedia({ size }, "video/mp4"));

  const file = await fetch(location);
  assert.equal(file.headers.get("content-length"), String(size));
  const reader = file.body!.getReader();
  const first = await reader.read();
  const head = first.value!.subarray(0, 600);
  assert.deepEqual(head, Uint8Array.from(head, (_, i) => i % 251));
  await reader.cancel();
  await fake.close();

  const storage = fake.requests.at(-1)!;
  assert.equal(storage.host, "storage");
  assert.ok(storage.bytesSent > 0 && storage.bytesSent < size, `sent ${storage.bytesSent}`);
});

Deno.test("media metadata comes through the SDK's media fetch", async () => {
  await using fake = await FakeTwilio.start();
  const url = fake.registerMedia(await fixture("contact.vcf"), "text/vcard");
  const [, messageSid, mediaSid] = /\/Messages\/(MM\w+)\/Media\/(ME\w+)$/.exec(url)!;
  const client = sdk(fake);

  const media = await client.messages(messageSid).media(mediaSid).fetch();
  assert.deepEqual([media.sid, media.parentSid, media.contentType, media.accountSid], [
    mediaSid,
    messageSid,
    "text/vcard",
    fake.accountSid,
  ]);
  await assert.rejects(
    client.messages(messageSid).media(`ME${"0".repeat(32)}`).fetch(),
    restError(404, 20404),
  );
});

Deno.test("creates quick-reply and list-picker content through the SDK, with HX SIDs", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const payload = quickReply(3);

  const created = await createContent(client, { ...payload, variables: { "1": "Ana" } });
  assert.match(created.sid, /^HX[0-9a-f]{32}$/);
  assert.deepEqual(
    [created.accountSid, created.friendlyName, created.language, created.variables],
    [fake.accountSid, "elige", "es", { "1": "Ana" }],
  );
  assert.deepEqual(created.types, payload.types);
  assert.equal(created.url, `https://content.twilio.com/v1/Content/${created.sid}`);
  assert.ok(Math.abs(created.dateCreated.getTime() - Date.now()) < 5000);

  const list = await createContent(
    client,
    listPicker([
      { item: "Molido 250 g", id: "molido", description: "Tueste natural" },
      { item: "En grano 1 kg", id: "grano" },
    ]),
  );
  assert.notEqual(list.sid, created.sid);
  assert.equal(list.friendlyName, "");
  const fetched = await client.content.v1.contents(list.sid).fetch();
  assert.deepEqual(fetched.types, list.types);

  assert.deepEqual(fake.contents.map((c) => c.sid), [created.sid, list.sid]);
  const [request] = fake.requests;
  assert.equal(request.path, "/v1/Content");
  assert.equal(request.headers.get("content-type"), "application/json");
  assert.deepEqual(request.json, { ...payload, variables: { "1": "Ana" } });
});

Deno.test("rejects content over Twilio's documented limits, and the SDK's camelCase names", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const items = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ item: `Café ${i}`, id: `c${i}` }));
  const bad: [string, ContentPayload | ContentCreate, RegExp][] = [
    ["11 quick replies", quickReply(11), /actions: needs 1 to 10 actions/],
    ["no quick reply", quickReply(0), /actions: needs 1 to 10 actions/],
    ["a 21-character title", quickReply(1, () => "x".repeat(21)), /title: at most 20/],
    ["repeated titles", quickReply(2, () => "Sí"), /titles must be unique/],
    ["11 list items", listPicker(items(11)), /items: needs 1 to 10 items/],
    ["a 25-character item", listPicker([{ item: "x".repeat(25), id: "a" }]), /item: at most 24/],
    [
      "a 73-character description",
      listPicker([{ item: "a", id: "a", description: "x".repeat(73) }]),
      /description: at most 72/,
    ],
    [
      "repeated item ids",
      listPicker([{ item: "a", id: "a" }, { item: "b", id: "a" }]),
      /ids must be unique/,
    ],
    ["a 201-character id", listPicker([{ item: "a", id: "x".repeat(201) }]), /id: at most 200/],
    [
      "a 21-character button",
      {
        language: "es",
        types: { "twilio/list-picker": { body: "b", button: "x".repeat(21), items: items(1) } },
      },
      /button: at most 20/,
    ],
    [
      "an unknown field",
      { language: "es", types: { "twilio/text": { body: "b", footer: "f" } } },
      /footer/,
    ],
    [
      "no language",
      { types: { "twilio/text": { body: "b" } } } as unknown as ContentPayload,
      /language/,
    ],
    [
      "an unmodelled type",
      { language: "es", types: { "twilio/card": { title: "t" } } },
      /twilio\/card/,
    ],
    [
      "the SDK's own camelCase names",
      { language: "es", friendlyName: "x", types: { twilioText: { body: "hola" } } },
      /^Invalid types. At least one content type definition is required$/,
    ],
  ];
  for (const [what, payload, message] of bad) {
    await assert.rejects(createContent(client, payload as ContentPayload), (err: unknown) => {
      restError(400, 20001)(err);
      assert.match((err as Error).message, message, what);
      return true;
    }, what);
  }
  assert.deepEqual(fake.contents, []);

  await createContent(client, quickReply(10, (i) => `${"x".repeat(19)}${i}`));
  await createContent(
    client,
    listPicker([{ item: "x".repeat(24), id: "x".repeat(200), description: "x".repeat(72) }]),
  );
  assert.equal(fake.contents.length, 2);
});

Deno.test("Content API and typing indicator calls need the account's credentials", async () => {
  await using fake = await FakeTwilio.start();
  const wrong = sdk(fake, { authToken: "wrong" });
  await assert.rejects(createContent(wrong, quickReply(1)), restError(401, 20003));
  await assert.rejects(
    wrong.messaging.v2.typingIndicator.create({
      channel: "whatsapp",
      messageId: `SM${"0".repeat(32)}`,
    }),
    restError(401, 20003),
  );
  assert.deepEqual([fake.contents, fake.typingIndicators], [[], []]);
});

Deno.test("sends content with ContentSid and ContentVariables, no Body needed", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const { sid } = await createContent(client, quickReply(2));

  const sent = await client.messages.create({
    to: CUSTOMER,
    from: SENDER,
    contentSid: sid,
    contentVariables: JSON.stringify({ "1": "Ana" }),
  });
  assert.equal(sent.status, "queued");
  const [message] = fake.messages;
  assert.deepEqual(
    [message.sid, message.body, message.contentSid, message.contentVariables],
    [sent.sid, "", sid, { "1": "Ana" }],
  );
  assert.equal(fake.requests.at(-1)?.fields.ContentSid, sid);

  const variables = (contentVariables: string) =>
    client.messages.create({ to: CUSTOMER, from: SENDER, contentSid: sid, contentVariables });
  await assert.rejects(variables("{not json"), restError(400, 21656));
  await assert.rejects(variables('{"1": ""}'), restError(400, 21656));
  await assert.rejects(variables('["Ana"]'), restError(400, 21656));
  await assert.rejects(
    client.messages.create({ to: CUSTOMER, from: SENDER, body: "hola", contentVariables: "{}" }),
    restError(400, 21654),
  );
  await assert.rejects(
    client.messages.create({ to: CUSTOMER, from: SENDER, contentSid: "HX123" }),
    restError(400, 21655),
  );
  assert.equal(fake.messages.length, 1);
});

Deno.test("outside the window, free text and unapproved content fail later with 63016 in a signed callback", async () => {
  await using receiver = statusReceiver();
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const other = "whatsapp:+34600000002";
  const picker = await createContent(client, listPicker([{ item: "Molido", id: "molido" }]));
  const approvedTemplate = `HX${"1".repeat(32)}`;
  fake.outsideWindow(CUSTOMER);

  const statusCallback = receiver.url;
  const text = await send(client, { statusCallback });
  assert.equal(text.status, "queued", "Twilio accepts the send; the failure comes later");
  const list = await send(client, { body: undefined, contentSid: picker.sid, statusCallback });
  await send(client, { body: undefined, contentSid: approvedTemplate, statusCallback });
  await send(client, { to: other, statusCallback });

  const callbacks = await fake.waitForCallbacks(2);
  assert.deepEqual(callbacks.map((c) => [c.form.MessageSid, c.form.ErrorCode, c.status]), [
    [text.sid, "63016", 204],
    [list.sid, "63016", 204],
  ]);
  assert.equal(receiver.received.length, 2);
  for (const { signature, form } of receiver.received) {
    assert.ok(twilio.validateRequest(fake.authToken, signature ?? "", receiver.url, form));
    assert.deepEqual(
      [form.MessageStatus, form.To, form.From, form.AccountSid],
      ["failed", CUSTOMER, SENDER, fake.accountSid],
    );
  }
  const listed = await client.messages.list({ to: CUSTOMER });
  assert.deepEqual(listed.map((m) => [m.status, m.errorCode]).sort(), [
    ["failed", ErrorCodes.outsideWindow],
    ["failed", ErrorCodes.outsideWindow],
    ["queued", null],
  ]);
  assert.deepEqual(fake.messages.map((m) => m.errorCode), [63016, 63016, undefined, undefined]);
});

Deno.test("blockMarketing fails template sends to that customer with 63049, or the code given", async () => {
  await using receiver = statusReceiver();
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const optedOut = "whatsapp:+34600000002";
  const template = {
    body: undefined,
    contentSid: `HX${"2".repeat(32)}`,
    statusCallback: receiver.url,
  };
  fake.blockMarketing(CUSTOMER);
  fake.blockMarketing(optedOut, ErrorCodes.blockedByUser);

  const held = await send(client, template);
  const refused = await send(client, { ...template, to: optedOut });
  await send(client, { statusCallback: receiver.url });

  const callbacks = await fake.waitForCallbacks(2);
  assert.deepEqual(callbacks.map((c) => [c.form.MessageSid, c.form.ErrorCode]), [
    [held.sid, "63049"],
    [refused.sid, "63014"],
  ]);
  assert.equal(fake.messages[2].errorCode, undefined, "free text in the window still goes");
});

Deno.test("a session quick reply with more than 3 buttons is accepted, then fails with 63021", async () => {
  await using receiver = statusReceiver();
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const three = await createContent(client, quickReply(3));
  const four = await createContent(client, quickReply(4));

  await send(client, { body: undefined, contentSid: three.sid, statusCallback: receiver.url });
  const failing = await send(client, {
    body: undefined,
    contentSid: four.sid,
    statusCallback: receiver.url,
  });

  const [callback] = await fake.waitForCallbacks(1);
  assert.deepEqual([callback.form.MessageSid, callback.form.ErrorCode], [failing.sid, "63021"]);
  assert.deepEqual(fake.messages.map((m) => m.errorCode), [undefined, 63021]);
});

Deno.test("a status callback the app cannot take is recorded with status 0", async () => {
  await using fake = await FakeTwilio.start();
  const closed = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const url = `http://127.0.0.1:${closed.addr.port}/webhook/status`;
  closed.close();
  fake.outsideWindow(CUSTOMER);

  await send(sdk(fake), { statusCallback: url });
  const [callback] = await fake.waitForCallbacks(1);
  assert.deepEqual([callback.url, callback.status, callback.form.ErrorCode], [url, 0, "63016"]);
});

Deno.test("typing indicators go through the SDK and are checked like Twilio's", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const inbound = inboundForm({ From: CUSTOMER, Body: "hola" });

  const typing = await client.messaging.v2.typingIndicator.create({
    channel: "whatsapp",
    messageId: inbound.MessageSid,
  });
  assert.equal(typing.success, true);
  const [request] = fake.requests;
  assert.deepEqual([request.method, request.path, request.status], [
    "POST",
    "/v2/Indicators/Typing.json",
    200,
  ]);
  assert.deepEqual(request.fields, { channel: "whatsapp", messageId: inbound.MessageSid });
  assert.deepEqual(fake.typingIndicators.map((t) => t.messageId), [inbound.MessageSid]);

  await assert.rejects(
    client.messaging.v2.typingIndicator.create({ channel: "sms", messageId: inbound.MessageSid }),
    restError(400, 20001),
  );
  await assert.rejects(
    client.messaging.v2.typingIndicator.create({ channel: "whatsapp", messageId: "wamid.123" }),
    restError(400, 20001),
  );
  assert.equal(fake.typingIndicators.length, 1);
});

Deno.test("mediaForm builds image, voice note, document and contact-card messages", async () => {
  await using fake = await FakeTwilio.start();
  const photo = fake.registerMedia(await fixture("mug.jpg"), "image/jpeg");
  const [, photoMessage] = /\/Messages\/(MM\w+)\//.exec(photo)!;

  const image = mediaForm(CUSTOMER, [{ url: photo, contentType: "image/jpeg" }], {
    Body: "¿Tenéis esta taza?",
  });
  assert.deepEqual(
    [image.MessageSid, image.SmsSid, image.NumMedia, image.MessageType, image.Body],
    [photoMessage, photoMessage, "1", "image", "¿Tenéis esta taza?"],
  );
  assert.deepEqual([image.MediaUrl0, image.MediaContentType0], [photo, "image/jpeg"]);

  const cases: [string, string, string][] = [
    ["audio/ogg; codecs=opus", "audio", ""],
    ["application/pdf", "document", "receipt.pdf"],
    ["text/vcard", "contacts", ""],
    ["video/mp4", "video", ""],
  ];
  for (const [contentType, type, body] of cases) {
    const url = fake.registerMedia(new Uint8Array(1), contentType);
    const form = mediaForm(CUSTOMER, [{ url, contentType }], { Body: body });
    assert.deepEqual([form.MessageType, form.NumMedia, form.Body, form.MediaContentType0], [
      type,
      "1",
      body,
      contentType,
    ]);
    assert.match(form.MessageSid, /^MM[0-9a-f]{32}$/);
  }

  const two = mediaForm(CUSTOMER, [
    { url: "https://example.com/a.jpg", contentType: "image/jpeg" },
    { url: "https://example.com/b.png", contentType: "image/png" },
  ]);
  assert.deepEqual([two.NumMedia, two.MediaUrl1, two.MediaContentType1], [
    "2",
    "https://example.com/b.png",
    "image/png",
  ]);
  assert.match(two.MessageSid, /^MM[0-9a-f]{32}$/);
});

Deno.test("the other builders carry Twilio's fields for locations, replies, buttons, lists, forwards and ads", () => {
  const earlier = `SM${"a".repeat(32)}`;
  const location = locationForm(CUSTOMER, {
    latitude: 40.4168,
    longitude: -3.7038,
    address: "Puerta del Sol, Madrid",
    label: "Casa",
  });
  assert.deepEqual(
    [location.MessageType, location.Body, location.NumMedia, location.Latitude, location.Longitude],
    ["location", "", "0", "40.4168", "-3.7038"],
  );
  assert.deepEqual([location.Address, location.Label], ["Puerta del Sol, Madrid", "Casa"]);
  const pin = locationForm(CUSTOMER, { latitude: 1.5, longitude: 2 });
  assert.ok(!("Address" in pin) && !("Label" in pin));

  const reply = replyForm(CUSTOMER, "Sí, ese", earlier);
  assert.deepEqual(
    [
      reply.MessageType,
      reply.Body,
      reply.OriginalRepliedMessageSid,
      reply.OriginalRepliedMessageSender,
    ],
    ["text", "Sí, ese", earlier, SENDER],
  );

  const button = buttonReplyForm(CUSTOMER, { title: "Molido", id: "cafe_0", repliedTo: earlier });
  assert.deepEqual(
    [
      button.MessageType,
      button.Body,
      button.ButtonText,
      button.ButtonPayload,
      button.OriginalRepliedMessageSid,
    ],
    ["interactive", "Molido", "Molido", "cafe_0", earlier],
  );
  assert.deepEqual(JSON.parse(button.ChannelMetadata), {
    type: "whatsapp",
    data: {
      context: {
        ButtonText: "Molido",
        Forwarded: "false",
        FrequentlyForwarded: "false",
        ProfileName: "Cliente",
        WaId: "34600000001",
      },
    },
  });
  const template = buttonReplyForm(CUSTOMER, {
    title: "Parar",
    id: "stop",
    repliedTo: earlier,
    template: true,
  });
  assert.equal(template.MessageType, "button");

  const list = listReplyForm(CUSTOMER, { title: "En grano 1 kg", id: "grano", repliedTo: earlier });
  assert.deepEqual(
    [list.MessageType, list.Body, list.ListId, list.ListTitle, list.OriginalRepliedMessageSid],
    ["interactive", "En grano 1 kg", "grano", "En grano 1 kg", earlier],
  );

  const forwarded = forwardedForm(CUSTOMER, "Mira esta oferta", true);
  assert.deepEqual([forwarded.Forwarded, forwarded.FrequentlyForwarded], ["true", "true"]);

  const ad = adReferralForm(CUSTOMER, "Hola, vi el anuncio", {
    sourceId: "120200000000000001",
    sourceType: "ad",
    sourceUrl: "https://fb.me/abc",
    headline: "Café de especialidad",
    body: "Envío gratis desde 20 €",
    ctwaClid: "ARAkLkA8rmlFeiCktEJQ",
    media: { id: "1234567890", url: "https://example.com/ad.jpg", contentType: "image/jpeg" },
  });
  assert.deepEqual(
    [
      ad.ReferralSourceType,
      ad.ReferralHeadline,
      ad.ReferralCtwaClid,
      ad.ReferralNumMedia,
      ad.ReferralMediaUrl,
    ],
    ["ad", "Café de especialidad", "ARAkLkA8rmlFeiCktEJQ", "1", "https://example.com/ad.jpg"],
  );
  const text = inboundForm({ From: CUSTOMER, Body: "hola" });
  assert.deepEqual(JSON.parse(text.ChannelMetadata).data.context, {
    ProfileName: "Cliente",
    WaId: "34600000001",
  });
  assert.ok(!("Forwarded" in text) && !("ButtonText" in text) && !("ListId" in text));
});

Deno.test("every built form is signed the way the SDK validates it", () => {
  const authToken = "12345678901234567890123456789012";
  const url = "https://shop.example.com/webhook/whatsapp";
  const earlier = `SM${"b".repeat(32)}`;
  const forms = [
    mediaForm(CUSTOMER, [{ url: "https://example.com/a.ogg", contentType: "audio/ogg" }]),
    locationForm(CUSTOMER, { latitude: -34.6037, longitude: -58.3816, label: "Obelisco «BA»" }),
    buttonReplyForm(CUSTOMER, { title: "Sí 👍", id: '{"order":1001}', repliedTo: earlier }),
    listReplyForm(CUSTOMER, { title: "Molido", id: "molido", repliedTo: earlier }),
    forwardedForm(CUSTOMER, "reenviado"),
  ];
  for (const form of forms) {
    const signature = signWebhook(authToken, url, form);
    assert.ok(twilio.validateRequest(authToken, signature, url, form));
  }
});

Deno.test("reset forgets contents, typing, callbacks and scripted customers, but keeps media", async () => {
  await using fake = await FakeTwilio.start();
  const client = sdk(fake);
  const url = fake.registerMedia(await fixture("mug.jpg"), "image/jpeg");
  await createContent(client, quickReply(1));
  await client.messaging.v2.typingIndicator.create({
    channel: "whatsapp",
    messageId: `SM${"0".repeat(32)}`,
  });
  fake.outsideWindow(CUSTOMER);
  fake.blockMarketing(CUSTOMER);
  fake.failMedia(1);
  fake.reset();

  assert.deepEqual([fake.contents, fake.typingIndicators, fake.callbacks, fake.requests], [
    [],
    [],
    [],
    [],
  ]);
  await send(client);
  await send(client, { body: undefined, contentSid: `HX${"3".repeat(32)}` });
  assert.deepEqual(fake.messages.map((m) => m.errorCode), [undefined, undefined]);
  await storageLocation(fake, url);
});
