/**
 * Invalid requests for one documented operation, by strategy, each with the statuses it may
 * get. Every request is invalid by construction — a parameter that names nothing, a near-miss
 * or malformed body, a content type that is not JSON, wrong credentials, a body over 64 KB —
 * so none may change stored data, whatever else is valid about it.
 *
 * @module
 */
import fc from "fast-check";
import { extraHeaders, jsonContentType, notJsonContentType, wrongCredentials } from "./headers.ts";
import { echoSafe, type FuzzRequest, looseDecode, pathSegment, summarized } from "./http.ts";
import { fillPath, type Operation, type Param } from "./openapi.ts";
import { acceptsNumber, invalidParam, invalidValue, validValue } from "./schema.ts";
import { hostileString, hostileText } from "./strings.ts";

/** What the generators need from the shop under attack. */
export interface Target {
  adminToken: string;
  /** A value naming a real resource for a path parameter. */
  anchor(operation: Operation, param: Param): string;
}

/** How a plan makes its requests invalid. */
export type Strategy =
  | "params"
  | "query"
  | "near-miss"
  | "malformed"
  | "media-type"
  | "auth"
  | "size";

export interface Plan {
  name: string;
  strategy: Strategy;
  /** Statuses any of its requests may get. */
  expected: readonly number[];
  requests: fc.Arbitrary<FuzzRequest>;
}

/** Ids at or above this never exist in the fuzzed shop. */
const NO_SUCH_ID = 1_000_000;
const MAX_BODY_BYTES = 64 * 1024;

/** Every plan that applies to `operation`. */
export function plansFor(operation: Operation, target: Target): Plan[] {
  const plans: Plan[] = [];
  const build = (strategy: Strategy, name: string, expected: readonly number[], parts: Parts) =>
    plans.push({
      name: `${operation.route} ${name}`,
      strategy,
      expected,
      requests: request(operation, parts),
    });
  const anchors = fc.constant(realPath(operation, target));
  const credentials: Record<string, string> = operation.admin
    ? { authorization: `Bearer ${target.adminToken}` }
    : {};
  const auth = fc.constant(credentials);
  const validBody = operation.body ? validValue(operation.body).map(jsonText) : fc.constant(null);
  const json = operation.body ? jsonContentType.map((t): string | null => t) : fc.constant(null);

  if (operation.pathParams.length > 0) {
    build("params", "with parameters that name nothing", [400, 404], {
      path: junkPath(operation, target),
      auth,
      body: validBody,
      contentType: json,
    });
  }
  if (operation.method === "GET") {
    build("query", "with hostile queries", [200, 400, 401, 403, 404], {
      path: operation.pathParams.length > 0
        ? fc.oneof(anchors, junkPath(operation, target))
        : anchors,
      auth: fc.oneof(auth, wrongCredentials),
      body: fc.constant(null),
      contentType: fc.constant(null),
      query: hostileQuery(operation),
    });
  }
  const bad = operation.body ? invalidValue(operation.body) : null;
  if (bad) {
    build("near-miss", "with near-miss bodies", [400], {
      path: anchors,
      auth,
      body: bad.map(jsonText),
      contentType: json,
    });
  }
  if (operation.body) {
    build("malformed", "with malformed JSON", [400], {
      path: anchors,
      auth,
      body: malformedJson,
      contentType: json,
    });
    build("media-type", "with a body that is not JSON", [415], {
      path: anchors,
      auth,
      body: validBody,
      contentType: notJsonContentType,
    });
  }
  if (operation.admin) {
    build("auth", "without the admin's credentials", [401, 403], {
      path: anchors,
      auth: wrongCredentials,
      body: validBody,
      contentType: json,
    });
  }
  if (operation.method !== "GET") {
    build("size", "with a body over 64 KB", [413], {
      path: anchors,
      auth,
      body: oversized,
      contentType: fc.oneof(json, notJsonContentType),
    });
  }
  return plans;
}

interface Parts {
  path: fc.Arbitrary<string>;
  auth: fc.Arbitrary<Record<string, string>>;
  body: fc.Arbitrary<string | Uint8Array | null>;
  contentType: fc.Arbitrary<string | null>;
  query?: fc.Arbitrary<string>;
}

function request(operation: Operation, parts: Parts): fc.Arbitrary<FuzzRequest> {
  return echoSafe(
    fc.record({
      path: parts.path,
      query: parts.query ?? junkQuery,
      auth: parts.auth,
      body: parts.body,
      contentType: parts.contentType,
      extra: extraHeaders,
    }).map(({ path, query, auth, body, contentType, extra }) =>
      summarized({
        route: operation.route,
        method: operation.method,
        url: path + query,
        headers: {
          ...extra,
          ...auth,
          ...(contentType === null ? {} : { "content-type": contentType }),
        },
        ...(body === null ? {} : { body }),
      })
    ),
  );
}

function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** The operation's path with every parameter naming a real resource. */
export function realPath(operation: Operation, target: Target): string {
  const values = Object.fromEntries(
    operation.pathParams.map((p) => [p.name, encodeURIComponent(target.anchor(operation, p))]),
  );
  return fillPath(operation.path, values);
}

/** The path with at least one parameter naming nothing (the others may be real). */
function junkPath(operation: Operation, target: Target): fc.Arbitrary<string> {
  const choices = operation.pathParams.map((p) => {
    const real = target.anchor(operation, p);
    return { name: p.name, real: fc.constant(encodeURIComponent(real)), junk: junkParam(p, real) };
  });
  return fc.integer({ min: 0, max: choices.length - 1 }).chain((junkIndex) =>
    fc.tuple(...choices.map((c, i) => i === junkIndex ? c.junk : fc.oneof(c.real, c.junk))).map(
      (segments) =>
        fillPath(operation.path, Object.fromEntries(choices.map((c, i) => [c.name, segments[i]]))),
    )
  );
}

/** Encoded path segments that cannot name the resource `real` (nor, for ids, any other). */
function junkParam(param: Param, real: string): fc.Arbitrary<string> {
  const numeric = [param.schema.type].flat().includes("integer");
  const max = param.schema.maximum ?? Number.MAX_SAFE_INTEGER;
  const texts = fc.oneof(
    invalidParam(param.schema) ?? hostileString,
    numeric ? fc.integer({ min: NO_SUCH_ID, max }).map(String) : fc.uuid().map(String),
    hostileString,
  );
  return pathSegment(texts).filter((encoded) => {
    const value = looseDecode(encoded);
    if (value.toLowerCase() === real.toLowerCase()) return false;
    return !(numeric && acceptsNumber(param.schema, value) && Number(value) < NO_SUCH_ID);
  });
}

/** A query string of unknown keys (which the API ignores), or none. */
const junkQuery: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  fc.dictionary(hostileString, hostileString, { minKeys: 1, maxKeys: 3 }).map((q) =>
    `?${new URLSearchParams(q)}`
  ),
  fc.constantFrom(
    "?",
    "?&&",
    "?=",
    "?a=%",
    "?a=%ZZ&b=%ED%A0%80",
    "?a[]=1&a[]=2",
    "?__proto__[x]=1",
  ),
);

/** Queries mixing the operation's parameters (valid, invalid, repeated) with junk. */
function hostileQuery(operation: Operation): fc.Arbitrary<string> {
  const pairs = operation.queryParams.map((p) =>
    fc.tuple(
      fc.constant(p.name),
      fc.oneof(
        invalidParam(p.schema) ?? hostileText(300),
        validValue(p.schema).map(String),
        hostileText(300),
      ),
    )
  );
  const pair = fc.oneof(
    fc.tuple(hostileString, hostileString),
    ...pairs,
  );
  return fc.array(pair, { minLength: 1, maxLength: 5 }).map((list) =>
    `?${new URLSearchParams(list)}`
  );
}

/** Text that is not JSON, even after a lossy UTF-8 decoding. */
const malformedJson: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "{",
    "}",
    "[",
    '{"a":}',
    "{'a':1}",
    '{"a":1,}',
    "[1,]",
    "nul",
    "tru",
    '{"a":NaN}',
    '{"a":Infinity}',
    '{"a":01}',
    '"unterminated',
    '{"a":"\\x"}',
    "/* */{}",
    "{}{}",
    "\u0000{}",
    "\ufeff{}x",
    '{"a":1}\u0000',
  ),
  fc.json().chain((text) =>
    fc.integer({ min: 0, max: Math.max(0, text.length - 1) }).map((cut) =>
      text.slice(0, cut) + "\u0001"
    )
  ),
  hostileText(2000),
  fc.uint8Array({ minLength: 1, maxLength: 200 }),
).filter((body) => !parsesAsJson(body));

/** Whether the server would parse `body` (decoded as UTF-8, BOM dropped) as JSON. */
function parsesAsJson(body: string | Uint8Array): boolean {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Bodies just over to far over 64 KB: JSON-looking or not. */
const oversized: fc.Arbitrary<string> = fc.tuple(
  fc.integer({ min: MAX_BODY_BYTES + 1, max: MAX_BODY_BYTES * 2 }),
  fc.constantFrom("x", "é", "😀", " ", "\u0000"),
  fc.boolean(),
).map(([bytes, fill, asJson]) => {
  const unit = new TextEncoder().encode(fill).length;
  const padding = fill.repeat(Math.ceil(bytes / unit));
  return asJson ? JSON.stringify({ quantity: 1, padding }) : padding;
});
