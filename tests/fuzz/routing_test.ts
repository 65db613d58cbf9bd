/**
 * Routing under attack: methods a documented path does not have, paths that are not routes
 * (traversal, broken escapes, odd case and slashes), the infrastructure routes (`/healthz`,
 * `/readyz`, `/openapi.json`, `/docs`, `/metrics`) with hostile queries and headers, and
 * `POST /api/carts`, which accepts anything and must create exactly one empty cart a request.
 *
 * @module
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { ADMIN_TOKEN } from "../helpers/app.ts";
import { extraHeaders, wrongCredentials } from "./headers.ts";
import { checkAnswer, echoSafe, type FuzzRequest, pathSegment, send, summarized } from "./http.ts";
import { fillPath, mayMatch } from "./openapi.ts";
import { batches, fuzz, printTally } from "./run.ts";
import { fuzzShop } from "./shop.ts";
import { hostileString, hostileText } from "./strings.ts";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND", "FOO"];
/** Routes outside the OpenAPI document (the dashboard, under /admin, has its own test). */
const UNDOCUMENTED = ["/", "/webhook", "/webhook/status", "/openapi.json", "/docs", "/metrics"];
/** Routes that ignore queries and headers, and what they answer (`/metrics` needs the token). */
const INFRASTRUCTURE: Record<string, number[]> = {
  "/": [200],
  "/healthz": [200],
  "/readyz": [200],
  "/openapi.json": [200],
  "/docs": [200],
  "/metrics": [200, 401, 403],
};

const anyBody = fc.option(fc.oneof(hostileText(2000), fc.json()), { nil: undefined });
const anyHeaders = fc.tuple(
  extraHeaders,
  fc.oneof(fc.constant({ authorization: `Bearer ${ADMIN_TOKEN}` }), wrongCredentials),
  fc.option(fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded")),
).map(([extra, auth, type]) => ({
  ...extra,
  ...auth,
  ...(type === null ? {} : { "content-type": type }),
}));
const junkQuery = fc.option(
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }).map((q) =>
    `?${new URLSearchParams(q)}`
  ),
  { nil: "" },
);

function requestOf(
  route: string,
  fields: { method: string; url: string; headers: Record<string, string>; body?: string },
): FuzzRequest {
  const { body, ...rest } = fields;
  const bodyAllowed = body !== undefined && !["GET", "HEAD"].includes(rest.method);
  return summarized({ route, ...rest, ...(bodyAllowed ? { body } : {}) });
}

Deno.test("routing refuses what it does not serve and changes nothing", async (t) => {
  await using shop = await fuzzShop();
  const templates = [...new Set(shop.operations.map((o) => o.path))];

  await t.step("methods a documented path does not have: 404 or 405", async () => {
    const cases = templates.map((path) => {
      const declared = shop.operations.filter((o) => o.path === path);
      const values = Object.fromEntries(
        declared[0].pathParams.map((p) => [p.name, shop.target.anchor(declared[0], p)]),
      );
      const taken = declared.map((o) => o.method).concat(
        declared.some((o) => o.method === "GET") ? ["HEAD"] : [],
      );
      const methods = METHODS.filter((m) => !taken.includes(m));
      return { path, url: fillPath(path, values), methods };
    }).filter((c) => c.methods.length > 0);
    const request = fc.constantFrom(...cases).chain((c) =>
      fc.record({
        method: fc.constantFrom(...c.methods),
        query: junkQuery,
        headers: anyHeaders,
        body: anyBody,
      })
        .map((r) => requestOf(`* ${c.path}`, { ...r, url: c.url + r.query }))
    );
    await fuzz(
      "wrong methods",
      batches(echoSafe(request)),
      async (batch) => {
        for (const r of batch) checkAnswer(await send(shop.request, r), [404, 405]);
        await shop.unchanged();
      },
      { runs: 40 },
    );
  });

  await t.step("paths that are not routes: 4xx", async () => {
    const word = fc.oneof(
      fc.constantFrom(
        "api",
        "products",
        "carts",
        "items",
        "orders",
        "admin",
        "webhook",
        "docs",
        "..",
        ".",
        "",
      ),
      hostileString,
    );
    const path = fc.array(pathSegment(word), { minLength: 1, maxLength: 6 }).map((segments) =>
      `/${segments.join("/")}`
    ).filter(
      (p) => {
        const pathname = new URL(`http://localhost${p}`).pathname;
        return !/^\/+admin(\/|$)/i.test(pathname) &&
          ![...templates, ...UNDOCUMENTED].some((template) => mayMatch(template, pathname));
      },
    );
    const request = fc.record({
      method: fc.constantFrom(...METHODS),
      url: path,
      query: junkQuery,
      headers: anyHeaders,
      body: anyBody,
    }).map((r) => requestOf("unknown paths", { ...r, url: r.url + r.query }));
    await fuzz(
      "unknown paths",
      batches(echoSafe(request)),
      async (batch) => {
        for (const r of batch) checkAnswer(await send(shop.request, r), [400, 404, 405]);
        await shop.unchanged();
      },
      { runs: 60 },
    );
  });

  await t.step(
    "/, /healthz, /readyz, /openapi.json, /docs, /metrics: whatever the query",
    async () => {
      const request = fc.record({
        url: fc.constantFrom(...Object.keys(INFRASTRUCTURE)),
        query: junkQuery,
        headers: anyHeaders,
      }).map((r) =>
        requestOf(`GET ${r.url}`, { method: "GET", headers: r.headers, url: r.url + r.query })
      );
      await fuzz(
        "infrastructure routes",
        batches(echoSafe(request)),
        async (batch) => {
          for (const r of batch) {
            checkAnswer(await send(shop.request, r), INFRASTRUCTURE[r.route.slice("GET ".length)]);
          }
          await shop.unchanged();
        },
        { runs: 25 },
      );
    },
  );

  await t.step(
    "POST /api/carts ignores what it is sent and creates one empty cart each time",
    async () => {
      const request = fc.record({ query: junkQuery, headers: anyHeaders, body: anyBody }).map((r) =>
        requestOf("POST /api/carts", { ...r, method: "POST", url: `/api/carts${r.query}` })
      );
      await fuzz(
        "cart creation",
        batches(echoSafe(request)),
        async (batch) => {
          try {
            for (const r of batch) {
              const answer = await send(shop.request, r);
              checkAnswer(answer, [201]);
              const cart = JSON.parse(answer.text);
              assert.deepEqual([cart.status, cart.items, cart.total_minor], ["open", [], 0]);
            }
          } finally {
            // The carts POST /api/carts made: nobody's, empty and never ordered.
            await shop.sql`
              delete from carts c where customer_id is null
                and not exists (select 1 from cart_items i where i.cart_id = c.id)
                and not exists (select 1 from orders o where o.cart_id = c.id)`;
          }
          await shop.unchanged();
        },
        { runs: 25 },
      );
    },
  );

  printTally("routing");
});
