/**
 * Well-formed requests carrying hostile text — NUL and other control characters, lone
 * surrogates, RTL overrides, SQL and prompt injection — in every free-text field of every
 * documented JSON body and query. Such a request may be refused (400) but never fail (5xx),
 * and text the API accepts comes back as sent (see `storedAsSent` for the fair differences).
 *
 * @module
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { jsonContentType } from "./headers.ts";
import { checkAnswer, echoSafe, isEchoSafe, send, summarized } from "./http.ts";
import type { Operation } from "./openapi.ts";
import { realPath } from "./requests.ts";
import { fuzz, printTally } from "./run.ts";
import { isFreeText, type Schema, validValue } from "./schema.ts";
import { type FuzzShop, fuzzShop } from "./shop.ts";
import { CLASSIC_STRINGS, hostileText, opaqueToken, storedAsSent } from "./strings.ts";

/** What a valid request may get besides success: refusals of what it asks, never failures. */
const ANSWERS = [200, 201, 204, 400, 404, 409, 422];

Deno.test("well-formed requests with hostile text never fail and store text as sent", async (t) => {
  await using shop = await fuzzShop();
  for (const operation of shop.operations) {
    if (operation.body) {
      const body = operation.body;
      await t.step(
        `${operation.route} with hostile text in its body`,
        () => fuzzBody(shop, operation, body),
      );
    }
    if (operation.method === "GET" && operation.queryParams.length > 0) {
      await t.step(
        `${operation.route} with hostile text in its query`,
        () => fuzzQuery(shop, operation),
      );
    }
  }
  printTally("content");
});

function credentials(shop: FuzzShop, operation: Operation): Record<string, string> {
  return operation.admin ? { authorization: `Bearer ${shop.target.adminToken}` } : {};
}

async function fuzzBody(shop: FuzzShop, operation: Operation, body: Schema): Promise<void> {
  const request = fc.tuple(validValue(body, hostileText(5_000)), jsonContentType).map((
    [value, type],
  ) => ({
    sent: value as Record<string, unknown>,
    request: summarized({
      route: operation.route,
      method: operation.method,
      url: realPath(operation, shop.target),
      headers: { ...credentials(shop, operation), "content-type": type },
      body: JSON.stringify(value),
    }),
  })).filter(({ request }) => isEchoSafe(request));
  await fuzz(`${operation.route} hostile text`, request, async ({ sent, request }) => {
    const answer = await send(shop.request, request);
    checkAnswer(answer, ANSWERS);
    if (answer.status >= 300 || !/json/.test(answer.contentType)) return;
    const got = JSON.parse(answer.text);
    for (const [key, value] of Object.entries(sent)) {
      if (typeof value === "string" && typeof got[key] === "string") {
        assert.ok(storedAsSent(value, got[key]), `${key} stored as ${JSON.stringify(got[key])}`);
      }
    }
  }, { runs: 30 });
}

/**
 * One query parameter at a time (so another one's refusal cannot hide its handling), with a
 * valid value full of hostile text; free-text parameters try the classic strings first.
 */
async function fuzzQuery(shop: FuzzShop, operation: Operation): Promise<void> {
  const ask = (name: string, value: string) =>
    summarized({
      route: operation.route,
      method: "GET",
      url: `${realPath(operation, shop.target)}?${new URLSearchParams({ [name]: value })}`,
      headers: credentials(shop, operation),
    });
  const text = fc.oneof(hostileText(300), opaqueToken);
  const request = fc.constantFrom(...operation.queryParams).chain((p) =>
    validValue(p.schema, text).map((value) => ask(p.name, String(value)))
  );
  const examples = operation.queryParams.filter((p) => isFreeText(p.schema)).flatMap((p) =>
    CLASSIC_STRINGS.map((s) => ask(p.name, s.slice(0, p.schema.maxLength)))
  );
  await fuzz(`${operation.route} hostile query`, echoSafe(request), async (r) => {
    checkAnswer(await send(shop.request, r), [200, 400]);
  }, { runs: 30, examples });
}
