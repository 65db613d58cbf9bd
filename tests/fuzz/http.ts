/**
 * Fuzzed requests as plain data, sent through the real app, and the checks every answer must
 * pass: no 5xx, no stack trace or source path, errors in the API's JSON shape
 * (`{ "error": { "code", "message" } }`), and a status among the expected ones.
 *
 * @example
 * ```ts
 * const answer = await send(shop.request, { route: "GET /healthz", method: "GET", url: "/healthz", headers: {} });
 * checkAnswer(answer, [200]);
 * ```
 * @module
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { countRequest } from "./run.ts";
import { hasStackMarker } from "./strings.ts";

/** One request; `route` names what it aims at (`POST /api/carts/{id}/items`) for counting. */
export interface FuzzRequest {
  route: string;
  method: string;
  /** Path and query, already encoded (possibly badly, on purpose). */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** What came back, read in full. */
export interface Answer {
  request: FuzzRequest;
  status: number;
  headers: Headers;
  contentType: string;
  text: string;
}

type Fetch = (url: string, init: RequestInit, peer?: string) => Promise<Response>;

let peers = 0;

/**
 * Sends `request` to the app and reads the whole answer. Each request comes from an address of
 * its own (198.18.0.0/15, for benchmarks), as from many clients: one address guessing tokens is
 * throttled (tests/dashboard/sign_in_test.ts), which is not what the fuzzing is about.
 */
export async function send(fetch: Fetch, request: FuzzRequest): Promise<Answer> {
  countRequest(request.route);
  const body = typeof request.body === "string"
    ? new TextEncoder().encode(request.body)
    : request.body;
  const res = await fetch(`http://localhost${request.url}`, {
    method: request.method,
    headers: request.headers,
    body: body as BodyInit | undefined,
  }, `198.${18 + ((peers >> 16) & 1)}.${(peers >> 8) & 255}.${peers++ & 255}`);
  return {
    request,
    status: res.status,
    headers: res.headers,
    contentType: res.headers.get("content-type") ?? "",
    text: await res.text(),
  };
}

/**
 * Asserts what every answer owes a hostile client; `expected` narrows the status, and `html`
 * exempts the dashboard's error pages from the API's JSON error shape.
 */
export function checkAnswer(
  answer: Answer,
  expected?: readonly number[],
  options: { html?: boolean } = {},
): void {
  const where = `${answer.request.method} ${answer.request.url.slice(0, 300)} -> ${answer.status}`;
  assert.ok(answer.status < 500, `${where}: server error ${answer.text.slice(0, 500)}`);
  if (expected) {
    assert.ok(
      expected.includes(answer.status),
      `${where}: expected ${expected.join(" or ")}; body ${answer.text.slice(0, 500)}`,
    );
  }
  assert.ok(!hasStackMarker(answer.text), `${where}: stack trace in ${answer.text.slice(0, 2000)}`);
  if (answer.request.method === "HEAD") return;
  if (answer.status >= 400 && !options.html) {
    assert.match(answer.contentType, /^application\/json/, `${where}: error is not JSON`);
    const body = parseJson(answer.text, where);
    assert.ok(isErrorBody(body), `${where}: not {error:{code,message}}: ${answer.text}`);
  } else if (/^application\/json/.test(answer.contentType)) {
    parseJson(answer.text, where);
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    assert.fail(`${where}: invalid JSON ${text.slice(0, 500)}`);
  }
}

function isErrorBody(body: unknown): boolean {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = body.error;
  return typeof error === "object" && error !== null &&
    "code" in error && typeof error.code === "string" && error.code.length > 0 &&
    "message" in error && typeof error.message === "string";
}

/** Percent-encodes every byte of `text` except unreserved characters (lone surrogates: U+FFFD). */
export function encodeSegment(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Decodes runs of valid escapes and keeps the rest, as the router does with path parameters. */
export function looseDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Escapes that are not valid UTF-8 or not escapes at all. */
const BAD_ESCAPES = ["%", "%zz", "%ED%A0%80", "%C0%AF", "%FF", "%00", "%2F", "%5C", "%25"];

/** Path segments for the given texts: cleanly encoded, or with a broken escape appended. */
export function pathSegment(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.option(fc.constantFrom(...BAD_ESCAPES), { freq: 4 })).map((
    [t, bad],
  ) => encodeSegment(t) + (bad ?? ""));
}

/** The text of a request as the server could echo it, for filtering stack markers out. */
function requestText(request: FuzzRequest): string {
  const body = typeof request.body === "string"
    ? request.body
    : new TextDecoder().decode(request.body ?? new Uint8Array());
  return [request.url, looseDecode(request.url), ...Object.values(request.headers), body]
    .join("\n");
}

/** Whether nothing the server could echo from `request` looks like a leaked stack. */
export function isEchoSafe(request: FuzzRequest): boolean {
  return !hasStackMarker(requestText(request));
}

/** Requests whose text could not be mistaken for a leaked stack when echoed. */
export function echoSafe(arbitrary: fc.Arbitrary<FuzzRequest>): fc.Arbitrary<FuzzRequest> {
  return arbitrary.filter(isEchoSafe);
}

/** Gives `request` a short description for failure reports (bodies can be 64 KB). */
export function summarized(request: FuzzRequest): FuzzRequest {
  const body = request.body === undefined
    ? ""
    : ` body(${request.body.length}) ${JSON.stringify(String(request.body).slice(0, 300))}`;
  const text = `${request.method} ${request.url.slice(0, 300)} ${
    JSON.stringify(request.headers).slice(0, 300)
  }${body}`;
  const described: FuzzRequest & fc.WithToStringMethod = {
    ...request,
    [fc.toStringMethod]: () => text,
  };
  return described;
}
