/**
 * Sending WhatsApp messages with the `twilio` SDK, its base URL rewritable (tests point it at
 * a fake). Each failure is classified: retry (network errors, timeouts, 429, 5xx) or permanent
 * (any other 4xx, such as 63016: outside the 24-hour window). The SDK's own retries are off;
 * the outbox decides. The SDK's REST client (the SDK's heaviest part) is loaded on the first
 * send, not at start-up.
 *
 * @example
 * ```ts
 * const sender = twilioSender({
 *   accountSid: "AC00000000000000000000000000000000",
 *   authToken: "the auth token",
 *   from: "whatsapp:+14155238886",
 * });
 * const result = await sender.send({ to: "whatsapp:+34600000001", body: "Hola" });
 * ```
 * @module
 */
import type twilio from "twilio";

export interface OutgoingMessage {
  to: string;
  body: string;
  mediaUrl?: string | null;
  /** A Twilio Content resource to send instead of free text, with its variables. */
  contentSid?: string | null;
  contentVariables?: Record<string, string> | null;
  statusCallback?: string;
}

export type SendResult =
  | { ok: true; sid: string; status: string; httpStatus: number }
  | { ok: false; retry: boolean; httpStatus: number | null; code: number | null; message: string };

/** A message Twilio already accepted. */
export interface AcceptedMessage {
  sid: string;
  body: string;
  numMedia: number;
}

export interface Sender {
  /** The sender address, e.g. `whatsapp:+14155238886`. */
  readonly from: string;
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Messages Twilio accepted from this sender to `to` since `since`, newest first. */
  accepted(to: string, since: Date): Promise<AcceptedMessage[]>;
}

export interface TwilioSenderOptions {
  accountSid: string;
  authToken: string;
  from: string;
  /** REST base URL. Default `https://api.twilio.com`. */
  apiBaseUrl?: string;
  /** Time allowed for one request, in ms. Default 15,000. */
  timeoutMs?: number;
}

type RequestOptions = Parameters<twilio.RequestClient["request"]>[0];

const TWILIO_API = "https://api.twilio.com";

/** A Twilio-backed sender. */
export function twilioSender(options: TwilioSenderOptions): Sender {
  const base = (options.apiBaseUrl ?? TWILIO_API).replace(/\/+$/, "");
  // The SDK calls api., content. and messaging.twilio.com; a base URL of its own (a gateway,
  // the tests' fake) stands for all three.
  const rebase = base === TWILIO_API
    ? (uri: string) => uri
    : (uri: string) => uri.replace(/^https:\/\/(api|content|messaging)\.twilio\.com/, base);
  let client: Promise<twilio.Twilio> | undefined;
  const connect = async () => {
    const { default: sdk } = await import("twilio");
    class RebasedClient extends sdk.RequestClient {
      override request<T>(opts: RequestOptions & { data?: T }) {
        return super.request({ ...opts, uri: rebase(opts.uri) });
      }
    }
    return sdk(options.accountSid, options.authToken, {
      // keepAlive off: a POST on a reused connection that drops is re-sent by the HTTP layer,
      // which would send the WhatsApp message twice behind the outbox's back.
      httpClient: new RebasedClient({
        timeout: options.timeoutMs ?? 15_000,
        autoRetry: false,
        keepAlive: false,
      }),
    });
  };
  const rest = () =>
    client ??= connect().catch((err) => {
      client = undefined;
      throw err;
    });
  return {
    from: options.from,
    async send(message) {
      try {
        const sent = await (await rest()).messages.create({
          from: options.from,
          to: message.to,
          ...(message.contentSid
            ? {
              contentSid: message.contentSid,
              ...(message.contentVariables
                ? { contentVariables: JSON.stringify(message.contentVariables) }
                : {}),
            }
            : message.body
            ? { body: message.body }
            : {}),
          ...(message.mediaUrl ? { mediaUrl: [message.mediaUrl] } : {}),
          ...(message.statusCallback ? { statusCallback: message.statusCallback } : {}),
        });
        return { ok: true, sid: sent.sid, status: sent.status, httpStatus: 201 };
      } catch (err) {
        return classify(err);
      }
    },
    async accepted(to, since) {
      const found = await (await rest()).messages.list({
        to,
        from: options.from,
        dateSentAfter: since,
        limit: 100,
      });
      return found.map((m) => ({ sid: m.sid, body: m.body ?? "", numMedia: Number(m.numMedia) }));
    },
  };
}

function classify(err: unknown): SendResult {
  const e = err as { status?: unknown; code?: unknown; message?: unknown };
  const httpStatus = typeof e.status === "number" ? e.status : null;
  const code = typeof e.code === "number" ? e.code : null;
  const message = typeof e.message === "string" ? e.message : String(err);
  if (httpStatus === null) return { ok: false, retry: true, httpStatus, code, message };
  const retry = httpStatus === 429 || httpStatus >= 500;
  return { ok: false, retry, httpStatus, code, message };
}
