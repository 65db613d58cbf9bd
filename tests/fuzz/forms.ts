/**
 * Twilio webhook forms for fuzzing: inbound messages and status callbacks that are
 * well-formed but hostile (any text, javascript: and 10 KB media URLs, odd extra fields), and
 * ones broken in at least one field the webhook must refuse (From, MessageSid, NumMedia,
 * lengths, statuses). Plus the ways a signature can be forged.
 *
 * @module
 */
import fc from "fast-check";
import { FAKE_ACCOUNT_SID, signWebhook } from "../fakes/twilio.ts";
import { acceptsNumber } from "./schema.ts";
import { hostileString, hostileText } from "./strings.ts";

export type Form = Record<string, string>;

/** The form as the server will read it (lone surrogates become U+FFFD on the wire). */
export function onTheWire(form: Form): Form {
  return Object.fromEntries(new URLSearchParams(new URLSearchParams(form).toString()));
}

/** Bytes of the encoded form. */
function formBytes(form: Form): number {
  return new TextEncoder().encode(new URLSearchParams(form).toString()).length;
}

/**
 * A broken value must stay broken if the server drops NUL characters (a fair way to store
 * text Postgres cannot hold).
 */
function withoutNul(value: string): string {
  return value.replaceAll("\u0000", "");
}

const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/;
const FROM = /^whatsapp:\+[1-9]\d{6,14}$/;
const NUM_MEDIA = { type: "integer", minimum: 0, maximum: 100 };

export const messageSid = fc.stringMatching(/^SM[0-9a-f]{32}$/);
/** A sender no earlier run used (a fresh customer, so an empty cart). */
export const freshSender = fc.integer({ min: 10_000_000, max: 999_999_999_999 }).map((n) =>
  `whatsapp:+${n}`
);

const mediaUrl = fc.oneof(
  fc.constantFrom(
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "http://169.254.169.254/latest/meta-data/",
    "https://example.com/a.jpg",
    "HTTPS://EXAMPLE.COM/B.PNG",
    "",
  ),
  fc.integer({ min: 1, max: 10_000 }).map((n) => `https://example.com/${"a".repeat(n)}`),
  hostileString,
);

/** MediaUrlN / MediaContentTypeN pairs for some N (not always those NumMedia counts). */
const media = fc.dictionary(
  fc.integer({ min: 0, max: 12 }).map(String),
  fc.tuple(
    mediaUrl,
    fc.option(fc.oneof(fc.constantFrom("image/jpeg", "audio/ogg"), hostileString)),
  ),
  { maxKeys: 4 },
).map((entries) =>
  Object.fromEntries(
    Object.entries(entries).flatMap(([i, [url, type]]) => [
      [`MediaUrl${i}`, url],
      ...(type === null ? [] : [[`MediaContentType${i}`, type]]),
    ]),
  )
);

/** Fields Twilio does not send, with hostile names and values. */
const extraFields = fc.dictionary(hostileString, hostileString, { maxKeys: 3 }).map((extra) =>
  Object.fromEntries(
    Object.entries(extra).filter(([key]) =>
      !/^(Media|NumMedia|Body|From|MessageSid|ProfileName)/.test(key)
    ),
  )
);

/** The signature Twilio would send for `form` posted to `url`. */
export function signature(authToken: string, url: string, form: Form): string {
  return signWebhook(authToken, url, onTheWire(form));
}

/** Well-formed inbound messages with hostile content, under 60 KB. */
export const hostileMessage: fc.Arbitrary<Form> = fc.record({
  sid: messageSid,
  from: freshSender,
  body: hostileText(5_000),
  name: fc.option(hostileString.filter((s) => s.length <= 200)),
  numMedia: fc.option(
    fc.oneof(
      fc.integer({ min: 0, max: 100 }).map(String),
      fc.constantFrom(" 3 ", "1e1", "0x2", ""),
    ),
  ),
  media,
  extra: extraFields,
}).map(({ sid, from, body, name, numMedia, media, extra }) => ({
  ...extra,
  ...media,
  MessageSid: sid,
  SmsMessageSid: sid,
  AccountSid: FAKE_ACCOUNT_SID,
  From: from,
  To: "whatsapp:+14155238886",
  Body: body,
  ...(name === null ? {} : { ProfileName: name }),
  ...(numMedia === null ? {} : { NumMedia: numMedia }),
})).filter((form) => formBytes(form) < 60_000);

/** Inbound messages with at least one field the webhook must refuse. */
export const brokenMessage: fc.Arbitrary<Form> = fc.tuple(
  hostileMessage,
  fc.oneof(
    fc.oneof(
      hostileString,
      fc.constantFrom("+34600000001", "whatsapp:34600000001", "whatsapp:+0123456"),
    )
      .filter((v) => !FROM.test(withoutNul(v))).map((From) => ({ From })),
    fc.constant({ From: undefined }),
    hostileString.filter((v) => !SID.test(withoutNul(v))).map((MessageSid) => ({ MessageSid })),
    fc.constant({ MessageSid: undefined }),
    fc.oneof(
      hostileString,
      fc.constantFrom("-1", "101", "1.5", "NaN", "1e999", "99999999999999999999"),
    )
      .filter((v) => !acceptsNumber(NUM_MEDIA, withoutNul(v))).map((NumMedia) => ({ NumMedia })),
    fc.integer({ min: 10_001, max: 20_000 }).map((n) => ({ Body: "x".repeat(n) })),
    fc.integer({ min: 201, max: 1_000 }).map((n) => ({ ProfileName: "x".repeat(n) })),
  ),
).map(([form, breakage]) => withFields(form, breakage));

const STATUSES = [
  "queued",
  "sending",
  "sent",
  "delivered",
  "read",
  "undelivered",
  "failed",
  "canceled",
];

/** Well-formed status callbacks with hostile values (and error codes of any size). */
export const hostileStatus: fc.Arbitrary<Form> = fc.record({
  sid: messageSid,
  status: fc.oneof(fc.constantFrom(...STATUSES), hostileString.filter((s) => s.length <= 40)),
  code: fc.option(
    fc.oneof(
      fc.nat(99_999).map(String),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(String),
    ),
  ),
  message: fc.option(hostileText(1_000)),
  extra: extraFields,
}).map(({ sid, status, code, message, extra }) => ({
  ...extra,
  MessageSid: sid,
  AccountSid: FAKE_ACCOUNT_SID,
  MessageStatus: status,
  ...(code === null ? {} : { ErrorCode: code }),
  ...(message === null ? {} : { ErrorMessage: message }),
}));

/** Status callbacks with at least one field the webhook must refuse. */
export const brokenStatus: fc.Arbitrary<Form> = fc.tuple(
  hostileStatus,
  fc.oneof(
    hostileString.filter((v) => !SID.test(withoutNul(v))).map((MessageSid) => ({ MessageSid })),
    fc.constant({ MessageSid: undefined }),
    fc.constant({ MessageStatus: undefined }),
    fc.integer({ min: 41, max: 500 }).map((n) => ({ MessageStatus: "x".repeat(n) })),
    hostileString.filter((v) => !acceptsNumber({ type: "integer", minimum: 0 }, withoutNul(v)))
      .map((ErrorCode) => ({ ErrorCode })),
    fc.integer({ min: 1_001, max: 5_000 }).map((n) => ({ ErrorMessage: "x".repeat(n) })),
  ),
).map(([form, breakage]) => withFields(form, breakage));

function withFields(form: Form, changes: Record<string, string | undefined>): Form {
  const out = { ...form };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

/**
 * Signatures that must not pass for `form` posted to `url`: none, garbage, or real ones over
 * another URL, another token or other parameters. `null` means no header.
 */
export function forgedSignature(
  authToken: string,
  url: string,
  sent: Form,
): fc.Arbitrary<string | null> {
  const form = onTheWire(sent);
  const other = new URL(url);
  return fc.oneof(
    fc.constant(null),
    fc.constantFrom("", "invalid", "=", "a".repeat(28), "AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
    fc.base64String({ minLength: 4, maxLength: 40 }),
    fc.constantFrom(
      `https://${other.host}${other.pathname}${other.search}`,
      `http://evil.example${other.pathname}${other.search}`,
      `http://${other.host}${other.pathname}/${other.search}`,
      `http://${other.host}${other.pathname}${other.search ? "" : "?x=1"}`,
    ).map((elsewhere) => signWebhook(authToken, elsewhere, form)),
    hostileString.map((token) => signWebhook(token, url, form)),
    fc.tuple(hostileString, hostileString).map(([key, value]) =>
      signWebhook(authToken, url, {
        ...form,
        [key || "Body"]: `${form[key || "Body"] ?? ""}${value}x`,
      })
    ),
  ).filter((signature) => signature !== signWebhook(authToken, url, form));
}
