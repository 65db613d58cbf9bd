/**
 * A fake Twilio REST API (the Messages resource) for driving the real `twilio` SDK in tests, plus
 * helpers to build and sign the webhooks Twilio posts to the app.
 *
 * Like the real API it checks Basic auth (401 / 20003), validates `To`, `From`, `Body`/`MediaUrl`
 * and the 1,600-character limit, and answers 201 with a queued message resource. Failures can be
 * scripted with {@linkcode FakeTwilio.failNext} or {@linkcode FakeTwilio.setResponder}. Every
 * request is recorded in {@linkcode FakeTwilio.requests}; accepted ones in
 * {@linkcode FakeTwilio.messages}.
 *
 * It speaks HTTP/1.1 directly over `Deno.listen` (Content-Length bodies only) because
 * `Deno.serve` cannot drop a connection without answering, which `{ networkError: true }` needs.
 *
 * @example
 * ```ts
 * import { FakeTwilio, inboundForm, signWebhook } from "./twilio.ts";
 *
 * await using fake = await FakeTwilio.start();
 * // Configure the app with TWILIO_API_BASE_URL=fake.url, fake.accountSid and fake.authToken.
 * fake.failNext({ status: 503 }); // the next send fails, the one after succeeds
 * const [reply] = await fake.waitForMessages(1);
 *
 * const url = "http://127.0.0.1:8000/webhook/whatsapp";
 * const form = inboundForm({ From: "whatsapp:+34600000001", Body: "hola" });
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
}

/**
 * How to answer one request instead of (or before) normal handling. With `status`, `code` or
 * `message` it answers Twilio's error JSON (status defaults to 400, code to 20000 + status);
 * with `networkError` it closes the connection without answering; `delayMs` waits first, and on
 * its own just delays normal handling.
 */
export interface FakeFailure {
  status?: number;
  code?: number;
  message?: string;
  networkError?: boolean;
  /** Accept the message, then drop the connection before answering. */
  acceptThenDrop?: boolean;
  delayMs?: number;
}

/** Parsed form fields: `MediaUrl` is always a `string[]`, as is any other repeated field. */
export type FormFields = Record<string, string | string[]>;

/** One request as the fake saw it; `status` is 0 when the connection was dropped. */
export interface RecordedRequest {
  fields: FormFields;
  status: number;
  at: number;
}

/** Decides per request whether to fail it; `null` means normal handling. */
export type Responder = (fields: FormFields) => FakeFailure | null;

interface HttpRequest {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}

interface Reply {
  status: number;
  json: unknown;
}

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;
const WHATSAPP_ADDRESS = /^whatsapp:\+[1-9]\d{6,14}$/;
const MAX_BODY_LENGTH = 1600;
const SANDBOX_NUMBER = "whatsapp:+14155238886";

/** A running fake Twilio Messages API; see the module docs. */
export class FakeTwilio {
  /** Base URL to use as TWILIO_API_BASE_URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Accepted (201) messages, in order. */
  readonly messages: SentMessage[] = [];
  /** Every request, in arrival order, including failed and dropped ones. */
  readonly requests: RecordedRequest[] = [];

  #listener: Deno.TcpListener;
  #conns = new Set<Deno.Conn>();
  #tasks = new Set<Promise<void>>();
  #closing = new AbortController();
  #failures: FakeFailure[] = [];
  #responder: Responder | null = null;
  #waiters = new Set<() => void>();

  private constructor(listener: Deno.TcpListener, accountSid: string, authToken: string) {
    this.#listener = listener;
    this.accountSid = accountSid;
    this.authToken = authToken;
    this.url = `http://127.0.0.1:${listener.addr.port}`;
    this.#track(this.#acceptLoop());
  }

  /** Starts the fake on 127.0.0.1 (a free port by default) with random credentials by default. */
  static start(
    options: { accountSid?: string; authToken?: string; port?: number } = {},
  ): Promise<FakeTwilio> {
    const listener = Deno.listen({ hostname: "127.0.0.1", port: options.port ?? 0 });
    const accountSid = options.accountSid ?? randomSid("AC");
    return Promise.resolve(
      new FakeTwilio(listener, accountSid, options.authToken ?? randomHex(16)),
    );
  }

  /** Queues answers for the next requests, one per request, before normal handling. */
  failNext(...failures: FakeFailure[]): void {
    this.#failures.push(...failures);
  }

  /** Asked for each request once the {@linkcode failNext} queue is empty. */
  setResponder(fn: Responder | null): void {
    this.#responder = fn;
  }

  /** Resolves with all accepted messages once there are at least `count`. */
  waitForMessages(count: number, timeoutMs = 5000): Promise<SentMessage[]> {
    return new Promise((resolve, reject) => {
      const signal = this.#closing.signal;
      const fail = (why: string) => {
        done();
        const statuses = this.requests.map((r) => r.status).join(", ") || "none";
        reject(
          new Error(
            `FakeTwilio: ${why} waiting for ${count} accepted message(s); got ` +
              `${this.messages.length} (statuses of requests so far: ${statuses})`,
          ),
        );
      };
      const onClose = () => fail("closed while");
      const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
      const check = () => {
        if (this.messages.length < count) return;
        done();
        resolve(this.messages.slice());
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

  /** Forgets recorded messages and requests, queued failures and the responder. */
  reset(): void {
    this.messages.length = 0;
    this.requests.length = 0;
    this.#failures.length = 0;
    this.#responder = null;
  }

  /** Stops listening, drops open connections and waits until nothing is pending. */
  async close(): Promise<void> {
    if (this.#closing.signal.aborted) return;
    this.#closing.abort();
    this.#listener.close();
    for (const conn of this.#conns) conn.close();
    this.#conns.clear();
    await Promise.allSettled(this.#tasks);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Lets close() wait for `task`; if it fails (e.g. a throwing responder), the test sees it. */
  #track(task: Promise<void>): void {
    this.#tasks.add(task);
    task.finally(() => this.#tasks.delete(task));
  }

  async #acceptLoop(): Promise<void> {
    for await (const conn of this.#listener) {
      if (this.#closing.signal.aborted) {
        conn.close();
      } else {
        this.#conns.add(conn);
        this.#track(this.#serve(conn));
      }
    }
  }

  async #serve(conn: Deno.Conn): Promise<void> {
    let buffered: Uint8Array = new Uint8Array(0);
    try {
      while (true) {
        // null on EOF, on a reset by the client, or when close() closed the connection.
        const read = await readRequest(conn, buffered).catch(() => null);
        if (!read) return;
        buffered = read.rest;
        const reply = await this.#handle(read.request);
        if (!reply) return;
        const keepAlive = read.request.headers.get("connection")?.toLowerCase() !== "close";
        const written = await writeReply(conn, reply, keepAlive).then(() => true, () => false);
        if (!written || !keepAlive) return;
      }
    } finally {
      if (this.#conns.delete(conn)) conn.close();
    }
  }

  /** Answers a request, or returns null to drop the connection. */
  async #handle(request: HttpRequest): Promise<Reply | null> {
    const fields = parseForm(request.body);
    const record: RecordedRequest = { fields, status: 0, at: Date.now() };
    this.requests.push(record);
    const failure = this.#failures.shift() ?? this.#responder?.(fields) ?? null;
    if (failure?.delayMs) await sleep(failure.delayMs, this.#closing.signal);
    if (this.#closing.signal.aborted || failure?.networkError) return null;
    if (failure?.acceptThenDrop) {
      record.status = this.#createMessage(request, fields, record.at).status;
      return null;
    }
    const reply = failure && isErrorAnswer(failure)
      ? twilioError(failure.status ?? 400, failure.code, failure.message)
      : this.#createMessage(request, fields, record.at);
    record.status = reply.status;
    return reply;
  }

  #createMessage(request: HttpRequest, fields: FormFields, at: number): Reply {
    const path = MESSAGES_PATH.exec(request.path.split("?")[0]);
    if (!path) {
      return twilioError(404, 20404, `The requested resource ${request.path} was not found`);
    }
    const credentials = `Basic ${btoa(`${this.accountSid}:${this.authToken}`)}`;
    if (request.headers.get("authorization") !== credentials || path[1] !== this.accountSid) {
      return twilioError(401, 20003, "Authenticate");
    }
    if (request.method === "GET") return this.#listMessages(request.path);
    if (request.method !== "POST") return twilioError(405, 20004, "Method not allowed");
    const parsed = parseMessage(fields);
    if ("error" in parsed) return parsed.error;

    const message: SentMessage = { sid: randomSid("SM"), ...parsed, receivedAt: at };
    this.messages.push(message);
    for (const check of this.#waiters) check();
    return { status: 201, json: this.#resource(message) };
  }

  /** `GET Messages.json`: accepted messages filtered by `To`, `From` and `DateSent>`. */
  #listMessages(path: string): Reply {
    const query = new URLSearchParams(path.split("?")[1] ?? "");
    const to = query.get("To");
    const from = query.get("From");
    const after = query.get("DateSent>");
    const since = after ? Date.parse(after) : 0;
    const found = this.messages.filter((m) =>
      (!to || m.to === to) && (!from || m.from === from) && m.receivedAt >= since
    ).reverse();
    const size = Number(query.get("PageSize") ?? 50);
    const uri = `/2010-04-01/Accounts/${this.accountSid}/Messages.json`;
    return {
      status: 200,
      json: {
        messages: found.slice(0, size).map((m) => this.#resource(m)),
        end: Math.min(found.length, size) - 1,
        first_page_uri: `${uri}?PageSize=${size}&Page=0`,
        next_page_uri: null,
        page: 0,
        page_size: size,
        previous_page_uri: null,
        start: 0,
        uri,
      },
    };
  }

  /** A message as Twilio's API shows it. */
  #resource(m: SentMessage): Record<string, unknown> {
    const uri = `/2010-04-01/Accounts/${this.accountSid}/Messages/${m.sid}`;
    const date = new Date(m.receivedAt).toUTCString().replace("GMT", "+0000");
    return {
      account_sid: this.accountSid,
      api_version: "2010-04-01",
      body: m.body,
      date_created: date,
      date_sent: date,
      date_updated: date,
      direction: "outbound-api",
      error_code: null,
      error_message: null,
      from: m.from,
      messaging_service_sid: null,
      num_media: String(m.mediaUrls.length),
      num_segments: "1",
      price: null,
      price_unit: "USD",
      sid: m.sid,
      status: "queued",
      subresource_uris: { media: `${uri}/Media.json` },
      to: m.to,
      uri: `${uri}.json`,
    };
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

/**
 * The form Twilio posts for an inbound WhatsApp message. Overrides win; an override set to
 * `undefined` removes that field. With `MediaUrl0`… overrides, `NumMedia` counts them and
 * `MessageType` follows `MediaContentType0` ("image", "audio", "video" or "document").
 */
export function inboundForm(
  overrides: Partial<Record<string, string>> & { From: string; Body?: string },
): Record<string, string> {
  const sid = overrides.MessageSid ?? randomSid("SM");
  const numMedia = Object.keys(overrides).filter((key) => /^MediaUrl\d+$/.test(key)).length;
  return withOverrides({
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
    AccountSid: randomSid("AC"),
    ApiVersion: "2010-04-01",
  }, overrides);
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
    AccountSid: randomSid("AC"),
  }, overrides);
}

function mediaMessageType(contentType = ""): string {
  const kind = contentType.split("/")[0];
  return ["image", "audio", "video"].includes(kind) ? kind : "document";
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
  // Templates (ContentSid) need no Body, as on the real API.
  if (!body && mediaUrls.length === 0 && !first("ContentSid")) {
    return fail(21602, "Message body is required.");
  }
  // UTF-16 code units, so an emoji counts twice, as Twilio counts it.
  if (body.length > MAX_BODY_LENGTH) {
    return fail(21617, "The concatenated message body exceeds the 1600 character limit.");
  }
  return { to, from, body, mediaUrls, statusCallback: first("StatusCallback") ?? null };
}

function isErrorAnswer(failure: FakeFailure): boolean {
  return failure.status !== undefined || failure.code !== undefined ||
    failure.message !== undefined;
}

function twilioError(status: number, code = 20000 + status, message?: string): Reply {
  return {
    status,
    json: {
      code,
      message: message ?? STATUS_TEXT[status] ?? "Error",
      more_info: `https://www.twilio.com/docs/errors/${code}`,
      status,
    },
  };
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

async function writeReply(conn: Deno.Conn, reply: Reply, keepAlive: boolean): Promise<void> {
  const payload = new TextEncoder().encode(JSON.stringify(reply.json));
  const head = `HTTP/1.1 ${reply.status} ${STATUS_TEXT[reply.status] ?? "Error"}\r\n` +
    "content-type: application/json; charset=utf-8\r\n" +
    `content-length: ${payload.length}\r\n` +
    `connection: ${keepAlive ? "keep-alive" : "close"}\r\n\r\n`;
  let bytes = concat(new TextEncoder().encode(head), payload);
  while (bytes.length > 0) bytes = bytes.subarray(await conn.write(bytes));
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

function randomSid(prefix: "AC" | "SM"): string {
  return prefix + randomHex(16);
}
