/**
 * A fake Twilio for driving the real `twilio` SDK in tests: the Messages resource, inbound
 * media with its storage redirect, the Content API and the WhatsApp typing indicator, plus
 * builders for the webhooks Twilio posts to the app and their signature.
 *
 * One listener ({@linkcode FakeTwilio.url}) answers what Twilio serves on `api.twilio.com`
 * (`/2010-04-01/...`), `content.twilio.com` (`/v1/Content`) and `messaging.twilio.com`
 * (`/v2/Indicators/Typing.json`), so a client that rewrites those three hosts to `url` reaches
 * all of it. Every call needs Basic auth with the account SID and auth token (401 / 20003).
 *
 * - Messages: validates `To`, `From`, `Body`/`MediaUrl`/`ContentSid`, the 1,600-character limit
 *   and `ContentVariables`, and answers 201 with a queued message. Failures are scripted with
 *   {@linkcode FakeTwilio.failNext} / {@linkcode FakeTwilio.setResponder} (they answer the
 *   call), or per recipient with {@linkcode FakeTwilio.outsideWindow} and
 *   {@linkcode FakeTwilio.blockMarketing}: those accept the message, then post a signed
 *   `failed` status callback with the error code, as Twilio does for WhatsApp.
 * - Media: {@linkcode FakeTwilio.registerMedia} returns a media URL; a GET with credentials
 *   answers 307 to a signed URL on a second listener ({@linkcode FakeTwilio.storageUrl}, the
 *   storage host), which serves the bytes to anyone holding the URL and needs no credentials.
 * - Phone numbers: `GET .../IncomingPhoneNumbers.json` lists {@linkcode FakeTwilio.phoneNumbers}.
 * - Content API: `POST /v1/Content` checks the documented limits of `twilio/text`,
 *   `twilio/quick-reply` and `twilio/list-picker` and answers 201 with an `HX` SID.
 *
 * Every request on either listener is recorded in {@linkcode FakeTwilio.requests}.
 *
 * It speaks HTTP/1.1 directly over `Deno.listen` (Content-Length bodies only) because
 * `Deno.serve` cannot drop a connection without answering, which `{ networkError: true }` needs.
 *
 * @example
 * ```ts
 * import { FakeTwilio, inboundForm, mediaForm, signWebhook } from "./twilio.ts";
 *
 * await using fake = await FakeTwilio.start();
 * // Point api/content/messaging.twilio.com at fake.url; use fake.accountSid and fake.authToken.
 * fake.failNext({ status: 503 }); // the next REST call fails, the one after succeeds
 * const [reply] = await fake.waitForMessages(1);
 *
 * const photo = fake.registerMedia(await Deno.readFile("tests/fixtures/media/mug.jpg"), "image/jpeg");
 * const url = "http://127.0.0.1:8000/webhook/whatsapp";
 * const form = mediaForm("whatsapp:+34600000001", [{ url: photo, contentType: "image/jpeg" }]);
 * await fetch(url, {
 *   method: "POST",
 *   headers: { "X-Twilio-Signature": signWebhook(fake.authToken, url, form) },
 *   body: new URLSearchParams(form),
 * });
 * ```
 *
 * @module
 */
import { createHmac } from "node:crypto";
import { z } from "zod";

/** A message the fake accepted (answered 201). */
export interface SentMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  mediaUrls: string[];
  statusCallback: string | null;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
  /** Present only on a Content API send. */
  contentSid?: string;
  /** Present only when `ContentVariables` was sent. */
  contentVariables?: Record<string, string>;
  /** Present once the fake failed the accepted message (see {@linkcode FakeTwilio.callbacks}). */
  errorCode?: number;
}

/**
 * How to answer one REST call instead of (or before) normal handling. With `status`, `code` or
 * `message` it answers Twilio's error JSON (status defaults to 400, code to 20000 + status);
 * with `networkError` it closes the connection without answering; `delayMs` waits first, and on
 * its own just delays normal handling.
 */
export interface FakeFailure {
  status?: number;
  code?: number;
  message?: string;
  networkError?: boolean;
  /** Handle the call (accept the message), then drop the connection before answering. */
  acceptThenDrop?: boolean;
  delayMs?: number;
}

/** Parsed form fields: `MediaUrl` is always a `string[]`, as is any other repeated field. */
export type FormFields = Record<string, string | string[]>;

/** One request as the fake saw it. */
export interface RecordedRequest {
  /** `api` for the REST listener, `storage` for the media storage host. */
  host: "api" | "storage";
  method: string;
  /** Path and query string. */
  path: string;
  headers: Headers;
  /** Fields of a form body; empty for any other body. */
  fields: FormFields;
  /** A JSON body, parsed; null for any other body. */
  json: unknown;
  /** 0 when the connection was dropped without an answer. */
  status: number;
  at: number;
  /** Body bytes written back, set once the answer is written or the client went away. */
  bytesSent: number;
}

/** Decides per REST call whether to fail it; `null` means normal handling. */
export type Responder = (fields: FormFields, request: RecordedRequest) => FakeFailure | null;

/** A status callback the fake posted to a message's `StatusCallback`. */
export interface DeliveredCallback {
  url: string;
  form: Record<string, string>;
  /** The app's HTTP status; 0 when it could not be reached. */
  status: number;
}

/** A Content resource created on the fake. */
export interface CreatedContent {
  sid: string;
  friendlyName: string;
  language: string;
  variables: Record<string, string>;
  /** As sent, keyed by content type (`twilio/quick-reply`...). */
  types: Record<string, unknown>;
  createdAt: number;
}

/** How the storage host serves one registered media file. */
export interface MediaOptions {
  /** The message SID in the URL (`MM` + 32 hex); random by default. */
  messageSid?: string;
  /** The storage host waits this long before answering. */
  delayMs?: number;
  /** Sent as `Content-Disposition: inline; filename="..."`. */
  filename?: string;
}

interface StoredMedia {
  accountSid: string;
  messageSid: string;
  sid: string;
  contentType: string;
  /** The bytes, or how many pattern bytes to generate while streaming. */
  body: Uint8Array | number;
  key: string;
  delayMs: number;
  filename: string | null;
  createdAt: number;
}

interface HttpRequest {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Iterable<Uint8Array>;
  length: number;
  /** Called with the body bytes written, once writing ends (or fails). */
  sent?: (bytes: number) => void;
}

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  307: "Temporary Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;
const MEDIA_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\/([^/]+)\/Media\/([^/.]+)(\.json)?$/;
const CONTENT_PATH = /^\/v1\/Content(?:\/([^/]+))?$/;
const TYPING_PATH = "/v2/Indicators/Typing.json";
const NUMBERS_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/IncomingPhoneNumbers\.json$/;
const STORAGE_PATH = /^\/(AC[0-9a-f]{32})\/([0-9a-f]{32})$/;
const WHATSAPP_ADDRESS = /^whatsapp:\+[1-9]\d{6,14}$/;
const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
const MAX_BODY_LENGTH = 1600;
const SANDBOX_NUMBER = "whatsapp:+14155238886";
/**
 * The account of a fake started without one, and of the webhooks built without one: Twilio
 * always sends the account the number belongs to, so by default the two agree.
 */
export const FAKE_ACCOUNT_SID = `AC${"a1".repeat(16)}`;
/** How long a signed storage URL stays valid (four hours, as reported for Twilio's). */
const STORAGE_URL_TTL_S = 4 * 60 * 60;
const STREAM_CHUNK = 64 * 1024;
/** Quick-reply buttons WhatsApp shows in a session message that needs no template approval. */
const SESSION_QUICK_REPLIES = 3;

/** Twilio error codes the fake reports in status callbacks. */
export const ErrorCodes = {
  /** Free-form message outside the 24-hour customer service window. */
  outsideWindow: 63016,
  /** Meta chose not to deliver a WhatsApp marketing template (Meta's 131049). */
  marketingNotDelivered: 63049,
  /** Blocked by the recipient's action, such as an opt-out. */
  blockedByUser: 63014,
  /** The content is invalid for the channel (here: over 3 quick replies in a session). */
  invalidContent: 63021,
} as const;

/** A running fake Twilio; see the module docs. */
export class FakeTwilio {
  /** Base URL standing for api/content/messaging.twilio.com, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Base URL of the media storage host (another port, so another origin). */
  readonly storageUrl: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Accepted (201) messages, in order. */
  readonly messages: SentMessage[] = [];
  /** Every request on both listeners, in arrival order, including failed and dropped ones. */
  readonly requests: RecordedRequest[] = [];
  /** Content resources created, in order. */
  readonly contents: CreatedContent[] = [];
  /** Accepted typing indicators, in order. */
  readonly typingIndicators: { messageId: string; at: number }[] = [];
  /** Status callbacks the fake posted, in order. */
  readonly callbacks: DeliveredCallback[] = [];
  /** The account's phone numbers (E.164), listed by `GET IncomingPhoneNumbers.json`. */
  readonly phoneNumbers: string[] = [];

  #listener: Deno.TcpListener;
  #storage: Deno.TcpListener;
  #conns = new Set<Deno.Conn>();
  #tasks = new Set<Promise<void>>();
  #closing = new AbortController();
  #failures: FakeFailure[] = [];
  #responder: Responder | null = null;
  #waiters = new Set<() => void>();
  #media = new Map<string, StoredMedia>();
  #mediaFailures: number[] = [];
  #outsideWindow = new Set<string>();
  #blockedMarketing = new Map<string, number>();
  #storageSecret = randomHex(16);

  private constructor(
    listener: Deno.TcpListener,
    storage: Deno.TcpListener,
    accountSid: string,
    authToken: string,
  ) {
    this.#listener = listener;
    this.#storage = storage;
    this.accountSid = accountSid;
    this.authToken = authToken;
    this.url = `http://127.0.0.1:${listener.addr.port}`;
    this.storageUrl = `http://127.0.0.1:${storage.addr.port}`;
    this.#track(this.#acceptLoop(listener, (request) => this.#handleApi(request)));
    this.#track(this.#acceptLoop(storage, (request) => this.#handleStorage(request)));
  }

  /** Starts the fake on 127.0.0.1 (free ports by default) with random credentials by default. */
  static start(
    options: { accountSid?: string; authToken?: string; port?: number } = {},
  ): Promise<FakeTwilio> {
    const listener = Deno.listen({ hostname: "127.0.0.1", port: options.port ?? 0 });
    const storage = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const accountSid = options.accountSid ?? FAKE_ACCOUNT_SID;
    return Promise.resolve(
      new FakeTwilio(listener, storage, accountSid, options.authToken ?? randomHex(16)),
    );
  }

  /** Queues answers for the next REST calls (not media downloads), one per call. */
  failNext(...failures: FakeFailure[]): void {
    this.#failures.push(...failures);
  }

  /** Asked for each REST call once the {@linkcode failNext} queue is empty. */
  setResponder(fn: Responder | null): void {
    this.#responder = fn;
  }

  /**
   * Puts `to` (`whatsapp:+...`) outside the 24-hour window: a free-form send (Body or media)
   * or a send of content created on this fake (never approved as a template) is accepted, then
   * fails with 63016 in a status callback. Templates created elsewhere (any other `HX` SID)
   * still go through.
   */
  outsideWindow(to: string): void {
    this.#outsideWindow.add(to);
  }

  /**
   * Makes template sends to `to` (a `ContentSid` not created on this fake) fail after being
   * accepted, with `errorCode` in the status callback: 63049 when Meta holds back a marketing
   * template, 63014 when the recipient blocked or opted out.
   */
  blockMarketing(to: string, errorCode: number = ErrorCodes.marketingNotDelivered): void {
    this.#blockedMarketing.set(to, errorCode);
  }

  /**
   * Stores media and returns its URL on the fake,
   * `${url}/2010-04-01/Accounts/{AC}/Messages/{MM}/Media/{ME}`. Pass `{ size }` for a body of
   * that many bytes generated while streaming (byte i is `i % 251`), never held in memory.
   */
  registerMedia(
    body: Uint8Array | { size: number },
    contentType: string,
    options: MediaOptions = {},
  ): string {
    const media: StoredMedia = {
      accountSid: this.accountSid,
      messageSid: options.messageSid ?? randomSid("MM"),
      sid: randomSid("ME"),
      contentType,
      body: body instanceof Uint8Array ? body : body.size,
      key: randomHex(16),
      delayMs: options.delayMs ?? 0,
      filename: options.filename ?? null,
      createdAt: Date.now(),
    };
    this.#media.set(media.sid, media);
    return `${this.url}/2010-04-01/Accounts/${this.accountSid}/Messages/${media.messageSid}` +
      `/Media/${media.sid}`;
  }

  /** The next `count` media requests with valid credentials answer `status` (Twilio's JSON). */
  failMedia(count: number, status = 500): void {
    for (let i = 0; i < count; i++) this.#mediaFailures.push(status);
  }

  /** Resolves with all accepted messages once there are at least `count`. */
  waitForMessages(count: number, timeoutMs = 5000): Promise<SentMessage[]> {
    return this.#waitFor("accepted message(s)", this.messages, count, timeoutMs);
  }

  /** Resolves with all posted status callbacks once there are at least `count`. */
  waitForCallbacks(count: number, timeoutMs = 5000): Promise<DeliveredCallback[]> {
    return this.#waitFor("status callback(s)", this.callbacks, count, timeoutMs);
  }

  /**
   * Forgets what was recorded (messages, requests, contents, typing indicators, callbacks) and
   * what was scripted (failures, the responder, windows, blocks). Registered media stays.
   */
  reset(): void {
    for (const list of [this.messages, this.requests, this.contents, this.typingIndicators]) {
      list.length = 0;
    }
    this.callbacks.length = 0;
    this.#failures.length = 0;
    this.#mediaFailures.length = 0;
    this.#responder = null;
    this.#outsideWindow.clear();
    this.#blockedMarketing.clear();
  }

  /** Stops listening, drops open connections and waits until nothing is pending. */
  async close(): Promise<void> {
    if (this.#closing.signal.aborted) return;
    this.#closing.abort();
    this.#listener.close();
    this.#storage.close();
    for (const conn of this.#conns) conn.close();
    this.#conns.clear();
    await Promise.allSettled(this.#tasks);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #waitFor<T>(what: string, list: T[], count: number, timeoutMs: number): Promise<T[]> {
    return new Promise((resolve, reject) => {
      const signal = this.#closing.signal;
      const fail = (why: string) => {
        done();
        const statuses = this.requests.filter((r) => r.host === "api").map((r) => r.status)
          .join(", ") || "none";
        reject(
          new Error(
            `FakeTwilio: ${why} waiting for ${count} ${what}; got ${list.length} ` +
              `(statuses of requests so far: ${statuses})`,
          ),
        );
      };
      const onClose = () => fail("closed while");
      const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
      const check = () => {
        if (list.length < count) return;
        done();
        resolve(list.slice());
      };
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onClose);
        this.#waiters.delete(check);
      };
      signal.addEventListener("abort", onClose);
      this.#waiters.add(check);
      check();
    });
  }

  #notify(): void {
    for (const check of this.#waiters) check();
  }

  /** Lets close() wait for `task`; if it fails (e.g. a throwing responder), the test sees it. */
  #track(task: Promise<void>): void {
    this.#tasks.add(task);
    task.finally(() => this.#tasks.delete(task));
  }

  async #acceptLoop(
    listener: Deno.TcpListener,
    handle: (request: HttpRequest) => Promise<Reply | null>,
  ): Promise<void> {
    for await (const conn of listener) {
      if (this.#closing.signal.aborted) {
        conn.close();
      } else {
        this.#conns.add(conn);
        this.#track(this.#serve(conn, handle));
      }
    }
  }

  async #serve(
    conn: Deno.Conn,
    handle: (request: HttpRequest) => Promise<Reply | null>,
  ): Promise<void> {
    let buffered: Uint8Array = new Uint8Array(0);
    try {
      while (true) {
        // null on EOF, on a reset by the client, or when close() closed the connection.
        const read = await readRequest(conn, buffered).catch(() => null);
        if (!read) return;
        buffered = read.rest;
        const reply = await handle(read.request);
        if (!reply) return;
        const keepAlive = read.request.headers.get("connection")?.toLowerCase() !== "close";
        const written = await writeReply(conn, reply, keepAlive);
        reply.sent?.(written.bytes);
        if (!written.ok || !keepAlive) return;
      }
    } finally {
      if (this.#conns.delete(conn)) conn.close();
    }
  }

  #record(host: RecordedRequest["host"], request: HttpRequest): RecordedRequest {
    const type = request.headers.get("content-type")?.split(";")[0].trim() ?? "";
    const record: RecordedRequest = {
      host,
      method: request.method,
      path: request.path,
      headers: request.headers,
      fields: type === "application/x-www-form-urlencoded" || type === ""
        ? parseForm(request.body)
        : {},
      json: type === "application/json" ? parseJson(request.body) : null,
      status: 0,
      at: Date.now(),
      bytesSent: 0,
    };
    this.requests.push(record);
    return record;
  }

  /** Answers a call on the REST listener, or returns null to drop the connection. */
  async #handleApi(request: HttpRequest): Promise<Reply | null> {
    const record = this.#record("api", request);
    const url = new URL(request.path, this.url);
    const media = MEDIA_PATH.exec(url.pathname);
    if (media) return observed(record, this.#mediaRequest(request, media));

    const failure = this.#failures.shift() ?? this.#responder?.(record.fields, record) ?? null;
    if (failure?.delayMs) await sleep(failure.delayMs, this.#closing.signal);
    if (this.#closing.signal.aborted || failure?.networkError) return null;
    if (failure?.acceptThenDrop) {
      const handled = this.#route(request, url, record);
      record.status = handled.status;
      handled.sent?.(0);
      return null;
    }
    const reply = failure && isErrorAnswer(failure)
      ? twilioError(failure.status ?? 400, failure.code, failure.message)
      : this.#route(request, url, record);
    return observed(record, reply);
  }

  #route(request: HttpRequest, url: URL, record: RecordedRequest): Reply {
    const messages = MESSAGES_PATH.exec(url.pathname);
    const content = CONTENT_PATH.exec(url.pathname);
    const typing = url.pathname === TYPING_PATH;
    const numbers = NUMBERS_PATH.exec(url.pathname);
    if (!messages && !content && !typing && !numbers) {
      return twilioError(404, 20404, `The requested resource ${url.pathname} was not found`);
    }
    if (
      !this.#authorized(request) || (messages && messages[1] !== this.accountSid) ||
      (numbers && numbers[1] !== this.accountSid)
    ) {
      return twilioError(401, 20003, "Authenticate");
    }
    if (numbers && request.method === "GET") return this.#listNumbers(url);
    if (messages && request.method === "GET") return this.#listMessages(url);
    if (messages && request.method === "POST") return this.#createMessage(record);
    if (content && !content[1] && request.method === "POST") return this.#createContent(record);
    if (content?.[1] && request.method === "GET") return this.#fetchContent(content[1]);
    if (typing && request.method === "POST") return this.#typing(record);
    return twilioError(405, 20004, "Method not allowed");
  }

  /** `GET IncomingPhoneNumbers.json`, filtered by `PhoneNumber` when given. */
  #listNumbers(url: URL): Reply {
    const wanted = url.searchParams.get("PhoneNumber");
    const numbers = this.phoneNumbers.filter((n) => wanted === null || n === wanted);
    return jsonReply(200, {
      incoming_phone_numbers: numbers.map((n) => ({
        sid: `PN${randomHex(16)}`,
        account_sid: this.accountSid,
        phone_number: n,
        friendly_name: n,
      })),
      page: 0,
      page_size: 50,
    });
  }

  #authorized(request: HttpRequest): boolean {
    return request.headers.get("authorization") ===
      `Basic ${btoa(`${this.accountSid}:${this.authToken}`)}`;
  }

  #createMessage(record: RecordedRequest): Reply {
    const parsed = parseMessage(record.fields);
    if ("error" in parsed) return parsed.error;
    const message: SentMessage = { sid: randomSid("SM"), ...parsed, receivedAt: record.at };
    this.messages.push(message);
    this.#notify();
    const reply = jsonReply(201, this.#resource(message));
    const errorCode = this.#deliveryFailure(message);
    if (errorCode === null) return reply;
    message.errorCode = errorCode;
    // Posted once the 201 is written, as Twilio reports a failed delivery after accepting.
    return { ...reply, sent: () => this.#track(this.#postFailure(message, errorCode)) };
  }

  /** The error code an accepted message fails with, per the scripted recipients. */
  #deliveryFailure(message: SentMessage): number | null {
    const created = this.contents.find((c) => c.sid === message.contentSid);
    if (message.contentSid && !created) return this.#blockedMarketing.get(message.to) ?? null;
    if (this.#outsideWindow.has(message.to)) return ErrorCodes.outsideWindow;
    const quickReply = ContentTypes["twilio/quick-reply"].safeParse(
      created?.types["twilio/quick-reply"],
    );
    if (quickReply.success && quickReply.data.actions.length > SESSION_QUICK_REPLIES) {
      return ErrorCodes.invalidContent;
    }
    return null;
  }

  async #postFailure(message: SentMessage, errorCode: number): Promise<void> {
    if (!message.statusCallback) return;
    const form = statusForm({
      MessageSid: message.sid,
      MessageStatus: "failed",
      To: message.to,
      From: message.from,
      ErrorCode: String(errorCode),
      AccountSid: this.accountSid,
    });
    const url = message.statusCallback;
    const delivered: DeliveredCallback = { url, form, status: 0 };
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-signature": signWebhook(this.authToken, url, form),
        },
        body: new URLSearchParams(form),
        signal: this.#closing.signal,
      });
      await response.body?.cancel();
      delivered.status = response.status;
    } catch {
      // The app was unreachable: recorded with status 0.
    }
    this.callbacks.push(delivered);
    this.#notify();
  }

  /** `GET Messages.json`: accepted messages filtered by `To`, `From` and `DateSent>`. */
  #listMessages(url: URL): Reply {
    const query = url.searchParams;
    const to = query.get("To");
    const from = query.get("From");
    const after = query.get("DateSent>");
    const since = after ? Date.parse(after) : 0;
    const found = this.messages.filter((m) =>
      (!to || m.to === to) && (!from || m.from === from) && m.receivedAt >= since
    ).reverse();
    const size = Number(query.get("PageSize") ?? 50);
    const uri = `/2010-04-01/Accounts/${this.accountSid}/Messages.json`;
    return jsonReply(200, {
      messages: found.slice(0, size).map((m) => this.#resource(m)),
      end: Math.min(found.length, size) - 1,
      first_page_uri: `${uri}?PageSize=${size}&Page=0`,
      next_page_uri: null,
      page: 0,
      page_size: size,
      previous_page_uri: null,
      start: 0,
      uri,
    });
  }

  /** A message as Twilio's API shows it. */
  #resource(m: SentMessage): Record<string, unknown> {
    const uri = `/2010-04-01/Accounts/${this.accountSid}/Messages/${m.sid}`;
    const date = rfc2822(m.receivedAt);
    return {
      account_sid: this.accountSid,
      api_version: "2010-04-01",
      body: m.body,
      date_created: date,
      date_sent: date,
      date_updated: date,
      direction: "outbound-api",
      error_code: m.errorCode ?? null,
      error_message: null,
      from: m.from,
      messaging_service_sid: null,
      num_media: String(m.mediaUrls.length),
      num_segments: "1",
      price: null,
      price_unit: "USD",
      sid: m.sid,
      status: m.errorCode === undefined ? "queued" : "failed",
      subresource_uris: { media: `${uri}/Media.json` },
      to: m.to,
      uri: `${uri}.json`,
    };
  }

  /** `POST /v1/Content` (a JSON body, as the SDK sends it). */
  #createContent(record: RecordedRequest): Reply {
    const parsed = parseContent(record.json);
    if ("error" in parsed) return parsed.error;
    const content: CreatedContent = { sid: randomSid("HX"), ...parsed, createdAt: record.at };
    this.contents.push(content);
    return jsonReply(201, this.#contentResource(content));
  }

  #fetchContent(sid: string): Reply {
    const content = this.contents.find((c) => c.sid === sid);
    if (!content) {
      return twilioError(404, 20404, `The requested resource /v1/Content/${sid} was not found`);
    }
    return jsonReply(200, this.#contentResource(content));
  }

  #contentResource(c: CreatedContent): Record<string, unknown> {
    const url = `https://content.twilio.com/v1/Content/${c.sid}`;
    const date = new Date(c.createdAt).toISOString().replace(/\.\d{3}Z$/, "Z");
    return {
      sid: c.sid,
      account_sid: this.accountSid,
      friendly_name: c.friendlyName,
      language: c.language,
      variables: c.variables,
      types: c.types,
      url,
      date_created: date,
      date_updated: date,
      links: {
        approval_create: `${url}/ApprovalRequests/whatsapp`,
        approval_fetch: `${url}/ApprovalRequests`,
      },
    };
  }

  /** `POST /v2/Indicators/Typing.json` with `channel` and `messageId`. */
  #typing(record: RecordedRequest): Reply {
    const { channel, messageId } = record.fields;
    if (channel !== "whatsapp") {
      return twilioError(400, 20001, "Invalid channel: typing indicators support whatsapp only");
    }
    if (typeof messageId !== "string" || !/^(SM|MM)[0-9a-fA-F]{32}$/.test(messageId)) {
      return twilioError(400, 20001, "Invalid messageId: must be a message SID (SM or MM)");
    }
    this.typingIndicators.push({ messageId, at: record.at });
    return jsonReply(200, { success: true });
  }

  /** A media URL: 401 without credentials, else the resource (`.json`) or a 307 to storage. */
  #mediaRequest(request: HttpRequest, path: RegExpExecArray): Reply {
    const [, accountSid, messageSid, mediaSid, json] = path;
    if (!this.#authorized(request) || accountSid !== this.accountSid) {
      return twilioError(401, 20003, "Authenticate");
    }
    const media = this.#media.get(mediaSid);
    if (!media || media.messageSid !== messageSid) {
      return twilioError(404, 20404, `The requested resource ${path[0]} was not found`);
    }
    if (request.method !== "GET") return twilioError(405, 20004, "Method not allowed");
    const failure = this.#mediaFailures.shift();
    if (failure !== undefined) return twilioError(failure);
    if (json) return jsonReply(200, this.#mediaResource(media));
    const expires = Math.floor(Date.now() / 1000) + STORAGE_URL_TTL_S;
    const query = new URLSearchParams({
      Expires: String(expires),
      Signature: this.#storageSignature(media.key, expires),
      "x-amz-security-token": randomHex(24),
    });
    const location = `${this.storageUrl}/${media.accountSid}/${media.key}?${query}`;
    const xml = `<?xml version='1.0' encoding='UTF-8'?>\n<TwilioResponse><RedirectTo>` +
      `${location.replaceAll("&", "&amp;")}</RedirectTo></TwilioResponse>`;
    const reply = bytesReply(307, encode(xml), "application/xml");
    return { ...reply, headers: { ...reply.headers, location } };
  }

  #mediaResource(m: StoredMedia): Record<string, unknown> {
    const date = rfc2822(m.createdAt);
    return {
      account_sid: m.accountSid,
      content_type: m.contentType,
      date_created: date,
      date_updated: date,
      parent_sid: m.messageSid,
      sid: m.sid,
      uri: `/2010-04-01/Accounts/${m.accountSid}/Messages/${m.messageSid}/Media/${m.sid}.json`,
    };
  }

  #storageSignature(key: string, expires: number): string {
    return createHmac("sha256", this.#storageSecret).update(`${key}:${expires}`).digest("hex");
  }

  /** The storage host: serves a media body to a valid, unexpired signed URL, no credentials. */
  async #handleStorage(request: HttpRequest): Promise<Reply | null> {
    const record = this.#record("storage", request);
    const url = new URL(request.path, this.storageUrl);
    const path = STORAGE_PATH.exec(url.pathname);
    const media = path ? [...this.#media.values()].find((m) => m.key === path[2]) : undefined;
    const expires = Number(url.searchParams.get("Expires"));
    const signature = url.searchParams.get("Signature") ?? "";
    if (
      !media || media.accountSid !== path?.[1] || !(expires * 1000 > Date.now()) ||
      signature !== this.#storageSignature(media.key, expires)
    ) {
      return observed(
        record,
        storageError(403, "AccessDenied", "Request has expired or is invalid"),
      );
    }
    if (request.method !== "GET") {
      return observed(record, storageError(405, "MethodNotAllowed", "Only GET is allowed"));
    }
    if (media.delayMs) await sleep(media.delayMs, this.#closing.signal);
    if (this.#closing.signal.aborted) return null;
    const body = media.body;
    const reply = typeof body === "number"
      ? bodyReply(200, media.contentType, pattern(body), body)
      : bytesReply(200, body, media.contentType);
    if (media.filename) {
      reply.headers["content-disposition"] = `inline; filename="${media.filename}"`;
    }
    return observed(record, reply);
  }
}

/** Sets the record's status now and its bytes sent once the answer is written. */
function observed(record: RecordedRequest, reply: Reply): Reply {
  record.status = reply.status;
  const sent = reply.sent;
  return {
    ...reply,
    sent: (bytes) => {
      record.bytesSent = bytes;
      sent?.(bytes);
    },
  };
}

/** `size` bytes, byte i being `i % 251`, made chunk by chunk. */
function* pattern(size: number): Iterable<Uint8Array> {
  for (let offset = 0; offset < size; offset += STREAM_CHUNK) {
    const chunk = new Uint8Array(Math.min(STREAM_CHUNK, size - offset));
    for (let i = 0; i < chunk.length; i++) chunk[i] = (offset + i) % 251;
    yield chunk;
  }
}

/**
 * The X-Twilio-Signature Twilio sends with a webhook: base64 HMAC-SHA1, keyed with the auth
 * token, of the full URL followed by each POST parameter's name and value, sorted by name.
 */
export function signWebhook(
  authToken: string,
  url: string,
  params: Record<string, string>,
): string {
  const data = Object.keys(params).sort().reduce((acc, key) => acc + key + params[key], url);
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** Fields to add to, replace in or (set to `undefined`) remove from a built form. */
export type FormOverrides = Partial<Record<string, string>>;

/**
 * The form Twilio posts for an inbound WhatsApp text message. Overrides win; an override set to
 * `undefined` removes that field. With `MediaUrl0`… overrides, `NumMedia` counts them, the SID
 * starts with `MM` and `MessageType` follows `MediaContentType0`. `ChannelMetadata` carries the
 * sender's `ProfileName` and `WaId` (and the forwarding and button fields when present).
 */
export function inboundForm(
  overrides: FormOverrides & { From: string; Body?: string },
): Record<string, string> {
  const numMedia = Object.keys(overrides).filter((key) => /^MediaUrl\d+$/.test(key)).length;
  const sid = overrides.MessageSid ?? randomSid(numMedia === 0 ? "SM" : "MM");
  const form = withOverrides({
    SmsMessageSid: sid,
    NumMedia: String(numMedia),
    ProfileName: "Cliente",
    MessageType: numMedia === 0 ? "text" : mediaMessageType(overrides.MediaContentType0),
    SmsSid: sid,
    WaId: overrides.From.replace(/^whatsapp:\+/, ""),
    SmsStatus: "received",
    Body: "",
    To: SANDBOX_NUMBER,
    NumSegments: "1",
    ReferralNumMedia: "0",
    MessageSid: sid,
    AccountSid: FAKE_ACCOUNT_SID,
    ApiVersion: "2010-04-01",
  }, overrides);
  if (!("ChannelMetadata" in overrides)) form.ChannelMetadata = channelMetadata(form);
  return form;
}

/** A media file of an inbound message. */
export interface InboundMedia {
  url: string;
  contentType: string;
}

/**
 * An inbound message with media: an image or video (Body = caption), an audio or voice note
 * (Body empty), a document (Body = file name) or a contact card (`text/vcard`). The SID is the
 * `MM` of the first URL when it is a Twilio media URL, such as those of
 * {@linkcode FakeTwilio.registerMedia}.
 */
export function mediaForm(from: string, media: InboundMedia[], overrides: FormOverrides = {}) {
  const fields: FormOverrides = {};
  media.forEach((m, i) => {
    fields[`MediaUrl${i}`] = m.url;
    fields[`MediaContentType${i}`] = m.contentType;
  });
  const messageSid = /\/Messages\/(MM[0-9a-f]{32})\/Media\//.exec(media[0]?.url ?? "")?.[1];
  return inboundForm({
    From: from,
    ...(messageSid ? { MessageSid: messageSid } : {}),
    ...fields,
    ...overrides,
  });
}

/** A shared location: no Body and no media, the coordinates and an optional place. */
export function locationForm(
  from: string,
  place: { latitude: number; longitude: number; address?: string; label?: string },
  overrides: FormOverrides = {},
) {
  return inboundForm({
    From: from,
    MessageType: "location",
    Latitude: String(place.latitude),
    Longitude: String(place.longitude),
    ...(place.address === undefined ? {} : { Address: place.address }),
    ...(place.label === undefined ? {} : { Label: place.label }),
    ...overrides,
  });
}

/** A reply that quotes an earlier message of ours (`repliedTo` is its SID). */
export function replyForm(
  from: string,
  body: string,
  repliedTo: string,
  overrides: FormOverrides = {},
) {
  return inboundForm({
    From: from,
    Body: body,
    OriginalRepliedMessageSid: repliedTo,
    OriginalRepliedMessageSender: overrides.To ?? SANDBOX_NUMBER,
    ...overrides,
  });
}

/**
 * A tap on a quick-reply button of `repliedTo`: the title comes as Body and ButtonText, the id as
 * ButtonPayload. `MessageType` is `interactive` for a session quick reply, `button` for a
 * template's button.
 */
export function buttonReplyForm(
  from: string,
  button: { title: string; id: string; repliedTo: string; template?: boolean },
  overrides: FormOverrides = {},
) {
  return replyForm(from, button.title, button.repliedTo, {
    MessageType: button.template ? "button" : "interactive",
    ButtonText: button.title,
    ButtonPayload: button.id,
    Forwarded: "false",
    FrequentlyForwarded: "false",
    ...overrides,
  });
}

/** A choice from a list picker of `repliedTo`: the item as Body and ListTitle, its id as ListId. */
export function listReplyForm(
  from: string,
  item: { title: string; id: string; repliedTo: string },
  overrides: FormOverrides = {},
) {
  return replyForm(from, item.title, item.repliedTo, {
    MessageType: "interactive",
    ListId: item.id,
    ListTitle: item.title,
    ...overrides,
  });
}

/** A forwarded text; `frequently` when WhatsApp marks it forwarded many times. */
export function forwardedForm(
  from: string,
  body: string,
  frequently = false,
  overrides: FormOverrides = {},
) {
  return inboundForm({
    From: from,
    Body: body,
    Forwarded: "true",
    FrequentlyForwarded: String(frequently),
    ...overrides,
  });
}

/** What a click-to-WhatsApp ad or post tells about itself in the first message it brings. */
export interface AdReferral {
  sourceId: string;
  sourceType: "ad" | "post";
  sourceUrl: string;
  headline: string;
  body: string;
  ctwaClid: string;
  /** The ad's image or video, if any. */
  media?: { id: string; url: string; contentType: string };
}

/** The first message after a click on a click-to-WhatsApp ad. */
export function adReferralForm(
  from: string,
  body: string,
  referral: AdReferral,
  overrides: FormOverrides = {},
) {
  const media = referral.media;
  return inboundForm({
    From: from,
    Body: body,
    ReferralSourceId: referral.sourceId,
    ReferralSourceType: referral.sourceType,
    ReferralSourceUrl: referral.sourceUrl,
    ReferralHeadline: referral.headline,
    ReferralBody: referral.body,
    ReferralCtwaClid: referral.ctwaClid,
    ReferralNumMedia: media ? "1" : "0",
    ...(media
      ? {
        ReferralMediaId: media.id,
        ReferralMediaUrl: media.url,
        ReferralMediaContentType: media.contentType,
      }
      : {}),
    ...overrides,
  });
}

/** Message statuses Twilio reports in status callbacks. */
export type MessageStatus =
  | "queued"
  | "sending"
  | "sent"
  | "delivered"
  | "read"
  | "undelivered"
  | "failed";

/**
 * The form Twilio posts to a message's StatusCallback. Pass `ErrorCode` (e.g. "63016") for
 * "failed" / "undelivered"; an override set to `undefined` removes that field.
 */
export function statusForm(
  overrides: Partial<Record<string, string>> & {
    MessageSid: string;
    MessageStatus: MessageStatus;
    To: string;
  },
): Record<string, string> {
  return withOverrides({
    ChannelPrefix: "whatsapp",
    ApiVersion: "2010-04-01",
    MessageStatus: overrides.MessageStatus,
    SmsSid: overrides.MessageSid,
    SmsStatus: overrides.MessageStatus,
    To: overrides.To,
    ChannelToAddress: overrides.To.replace(/^whatsapp:/, ""),
    From: SANDBOX_NUMBER,
    MessageSid: overrides.MessageSid,
    AccountSid: FAKE_ACCOUNT_SID,
  }, overrides);
}

function mediaMessageType(contentType = ""): string {
  if (/^text\/(x-)?vcard\b/.test(contentType)) return "contacts";
  const kind = contentType.split("/")[0];
  return ["image", "audio", "video"].includes(kind) ? kind : "document";
}

/** Twilio's `ChannelMetadata`: the WhatsApp context of the sender, as a JSON string. */
function channelMetadata(form: Record<string, string>): string {
  const keys = ["ButtonText", "Forwarded", "FrequentlyForwarded", "ProfileName", "WaId"];
  const context = Object.fromEntries(keys.filter((k) => k in form).map((k) => [k, form[k]]));
  return JSON.stringify({ type: "whatsapp", data: { context } });
}

function withOverrides(
  defaults: Record<string, string>,
  overrides: Partial<Record<string, string>>,
): Record<string, string> {
  const form = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete form[key];
    else form[key] = value;
  }
  return form;
}

/** Validates a Messages create request the way Twilio does (WhatsApp senders only). */
function parseMessage(
  fields: FormFields,
): Omit<SentMessage, "sid" | "receivedAt"> | { error: Reply } {
  const first = (name: string): string | undefined => [fields[name] ?? []].flat()[0];
  const [to, from, body = ""] = [first("To"), first("From"), first("Body")];
  const [contentSid, rawVariables] = [first("ContentSid"), first("ContentVariables")];
  const mediaUrls = [fields.MediaUrl ?? []].flat();
  const fail = (code: number, message: string) => ({ error: twilioError(400, code, message) });
  if (!to) return fail(21604, "A 'To' phone number is required.");
  if (!from) return fail(21603, "A 'From' phone number is required.");
  if (!WHATSAPP_ADDRESS.test(to)) {
    return fail(21211, `The 'To' number ${to} is not a valid phone number.`);
  }
  if (!WHATSAPP_ADDRESS.test(from)) {
    return fail(
      21212,
      `The 'From' number ${from} is not a valid phone number, shortcode, or alphanumeric sender ID.`,
    );
  }
  if (rawVariables !== undefined && contentSid === undefined) {
    return fail(21654, "A ContentSid must be specified if ContentVariables are provided.");
  }
  if (contentSid !== undefined && !CONTENT_SID.test(contentSid)) {
    return fail(21655, "The ContentSid is Invalid.");
  }
  const variables = rawVariables === undefined ? undefined : parseVariables(rawVariables);
  if (variables === null) return fail(21656, "The ContentVariables Parameter is invalid.");
  // Templates (ContentSid) need no Body, as on the real API.
  if (!body && mediaUrls.length === 0 && !contentSid) {
    return fail(21602, "Message body is required.");
  }
  // UTF-16 code units, so an emoji counts twice, as Twilio counts it.
  if (body.length > MAX_BODY_LENGTH) {
    return fail(21617, "The concatenated message body exceeds the 1600 character limit.");
  }
  return {
    to,
    from,
    body,
    mediaUrls,
    statusCallback: first("StatusCallback") ?? null,
    ...(contentSid === undefined ? {} : { contentSid }),
    ...(variables === undefined ? {} : { contentVariables: variables }),
  };
}

/** A JSON object of non-empty strings, or null. */
function parseVariables(raw: string): Record<string, string> | null {
  const parsed = z.record(z.string(), z.string().min(1)).safeParse(parseJson(raw));
  return parsed.success ? parsed.data : null;
}

// Limits from Twilio's content type pages; lengths in UTF-16 code units (an emoji counts 2).
const text = (max: number) =>
  z.string().min(1, "must not be empty").max(max, `at most ${max} characters`);
const distinct = (values: (string | undefined)[]) => {
  const present = values.filter((v) => v !== undefined);
  return new Set(present).size === present.length;
};
const ContentTypes = {
  "twilio/text": z.strictObject({ body: text(1600) }),
  "twilio/quick-reply": z.strictObject({
    body: text(1024),
    actions: z.array(
      z.strictObject({
        type: z.literal("QUICK_REPLY").optional(),
        title: text(20),
        id: text(200).optional(),
      }),
    ).min(1, "needs 1 to 10 actions").max(10, "needs 1 to 10 actions")
      .refine((actions) => distinct(actions.map((a) => a.title)), "titles must be unique")
      .refine((actions) => distinct(actions.map((a) => a.id)), "ids must be unique"),
  }),
  "twilio/list-picker": z.strictObject({
    body: text(1024),
    button: text(20),
    items: z.array(
      z.strictObject({ item: text(24), id: text(200), description: text(72).optional() }),
    ).min(1, "needs 1 to 10 items").max(10, "needs 1 to 10 items")
      .refine((items) => distinct(items.map((i) => i.id)), "ids must be unique"),
  }),
};
const ContentRequest = z.object({
  friendly_name: z.string().max(64).optional(),
  language: z.string().min(1),
  variables: z.record(z.string(), z.string()).optional(),
  types: z.record(z.string(), z.unknown()),
});

/** Validates a Content create body like Twilio, for the content types the fake models. */
function parseContent(
  json: unknown,
): Omit<CreatedContent, "sid" | "createdAt"> | { error: Reply } {
  const fail = (message: string) => ({ error: twilioError(400, 20001, message) });
  const request = ContentRequest.safeParse(json);
  if (!request.success) return fail(`Invalid request: ${describe(request.error)}`);
  const { types } = request.data;
  const names = Object.keys(types).filter((name) => /^(twilio|whatsapp)\//.test(name));
  if (names.length === 0) {
    return fail("Invalid types. At least one content type definition is required");
  }
  for (const name of names) {
    const schema = ContentTypes[name as keyof typeof ContentTypes];
    if (!schema) return fail(`The fake does not model content type ${name}`);
    const parsed = schema.safeParse(types[name]);
    if (!parsed.success) return fail(`Invalid ${name}: ${describe(parsed.error)}`);
  }
  return {
    friendlyName: request.data.friendly_name ?? "",
    language: request.data.language,
    variables: request.data.variables ?? {},
    types: Object.fromEntries(names.map((name) => [name, types[name]])),
  };
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
}

function isErrorAnswer(failure: FakeFailure): boolean {
  return failure.status !== undefined || failure.code !== undefined ||
    failure.message !== undefined;
}

function jsonReply(status: number, json: unknown): Reply {
  return bytesReply(status, encode(JSON.stringify(json)), "application/json; charset=utf-8");
}

function bytesReply(status: number, bytes: Uint8Array, contentType: string): Reply {
  return bodyReply(status, contentType, [bytes], bytes.length);
}

function bodyReply(
  status: number,
  contentType: string,
  body: Iterable<Uint8Array>,
  length: number,
): Reply {
  return { status, headers: { "content-type": contentType }, body, length };
}

function twilioError(status: number, code = 20000 + status, message?: string): Reply {
  return jsonReply(status, {
    code,
    message: message ?? STATUS_TEXT[status] ?? "Error",
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
}

/** An S3-style XML error, as the storage host answers. */
function storageError(status: number, code: string, message: string): Reply {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code>` +
    `<Message>${message}</Message></Error>`;
  return bytesReply(status, encode(xml), "application/xml");
}

function parseForm(body: string): FormFields {
  const fields: FormFields = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const previous = fields[key];
    fields[key] = previous === undefined
      ? key === "MediaUrl" ? [value] : value
      : [previous, value].flat();
  }
  return fields;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** Reads one request from `conn`, after the bytes already `buffered`; null at EOF. */
async function readRequest(
  conn: Deno.Conn,
  buffered: Uint8Array,
): Promise<{ request: HttpRequest; rest: Uint8Array } | null> {
  let buffer = buffered;
  const fill = async () => {
    const chunk = new Uint8Array(64 * 1024);
    const n = await conn.read(chunk);
    if (n === null) return false;
    buffer = concat(buffer, chunk.subarray(0, n));
    return true;
  };
  let headEnd = indexOfBlankLine(buffer);
  while (headEnd < 0) {
    if (!await fill()) return null;
    headEnd = indexOfBlankLine(buffer);
  }
  const [requestLine, ...headerLines] = new TextDecoder().decode(buffer.subarray(0, headEnd))
    .split("\r\n");
  const [method, path] = requestLine.split(" ");
  const headers = new Headers();
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const bodyStart = headEnd + 4;
  const bodyEnd = bodyStart + Number(headers.get("content-length") ?? 0);
  while (buffer.length < bodyEnd) {
    if (!await fill()) return null;
  }
  const body = new TextDecoder().decode(buffer.subarray(bodyStart, bodyEnd));
  return { request: { method, path, headers, body }, rest: buffer.slice(bodyEnd) };
}

/** Writes the head and the body; `ok` is false when the client went away first. */
async function writeReply(
  conn: Deno.Conn,
  reply: Reply,
  keepAlive: boolean,
): Promise<{ ok: boolean; bytes: number }> {
  const headers = {
    ...reply.headers,
    "content-length": String(reply.length),
    connection: keepAlive ? "keep-alive" : "close",
  };
  const head = `HTTP/1.1 ${reply.status} ${STATUS_TEXT[reply.status] ?? "Error"}\r\n` +
    Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("") + "\r\n";
  let bytes = 0;
  try {
    await writeAll(conn, encode(head));
    for (const chunk of reply.body) {
      await writeAll(conn, chunk);
      bytes += chunk.length;
    }
    return { ok: true, bytes };
  } catch {
    return { ok: false, bytes };
  }
}

async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let rest = bytes;
  while (rest.length > 0) rest = rest.subarray(await conn.write(rest));
}

function indexOfBlankLine(bytes: Uint8Array): number {
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) {
      return i;
    }
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A date as Twilio's 2010-04-01 API writes it. */
function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace("GMT", "+0000");
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

function randomSid(prefix: "AC" | "SM" | "MM" | "ME" | "HX"): string {
  return prefix + randomHex(16);
}
