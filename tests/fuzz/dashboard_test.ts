/**
 * The staff dashboard (`/admin/...`, HTML and forms) under attack: without a session every page
 * sends to the sign-in form or refuses; with a session, forms without the session's CSRF token
 * are refused; pages with hostile queries render. Never a 5xx, never a redirect off-site,
 * never a session for a wrong token, never a raw `<script>` from stored or sent text, and no
 * change to stored data.
 *
 * @module
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { ADMIN_TOKEN } from "../helpers/app.ts";
import { extraHeaders } from "./headers.ts";
import {
  type Answer,
  checkAnswer,
  echoSafe,
  encodeSegment,
  pathSegment,
  send,
  summarized,
} from "./http.ts";
import { batches, fuzz, printTally } from "./run.ts";
import { fuzzShop } from "./shop.ts";
import { CLASSIC_STRINGS, hostileString, hostileText } from "./strings.ts";

/** Pages and form targets; `{name}` takes a real id or junk. */
const PAGES = [
  "/admin",
  "/admin/login",
  "/admin/logout",
  "/admin/assets/admin.css",
  "/admin/conversations",
  "/admin/conversations/{conversations}",
  "/admin/conversations/{conversations}/takeover",
  "/admin/conversations/{conversations}/release",
  "/admin/conversations/{conversations}/reply",
  "/admin/orders",
  "/admin/orders/{orders}/status",
  "/admin/products",
  "/admin/products/{products}",
  "/admin/products/new",
  "/admin/products/{products}/edit",
  "/admin/products/{products}/variants",
  "/admin/products/{products}/variants/{products}",
  "/admin/metrics",
  "/admin/{junk}",
];
const FIELDS = ["token", "next", "csrf", "text", "status", "filter", "price", "stock", "active"];
const QUERY_KEYS = ["next", "notice", "q", "cursor", "status", "before", "days", "from", "to"];
const CANARY = '<script>alert("fuzz")</script>';

const fields = (names: string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...names), hostileString), hostileText(500), {
    maxKeys: 4,
  }).map((values) => new URLSearchParams(values).toString());

const origin = fc.constantFrom<Record<string, string>[]>(
  {},
  { origin: "http://localhost" },
  { origin: "https://evil.example" },
  { origin: "null" },
  { "sec-fetch-site": "cross-site" },
  { "sec-fetch-site": "same-origin" },
);

/** What every dashboard answer owes: the common checks, local redirects, no injected script. */
function checkPage(answer: Answer, expected?: readonly number[]): void {
  checkAnswer(answer, expected, { html: true });
  const location = answer.headers.get("location");
  if (location !== null) {
    assert.match(location, /^\/(?![/\\])/, `redirect off-site: ${location}`);
  }
  assert.ok(!/<script>alert\(/i.test(answer.text), `script injected: ${answer.text.slice(0, 500)}`);
}

Deno.test("the dashboard refuses strangers and forged forms and renders hostile data safely", async (t) => {
  await using shop = await fuzzShop();
  const hostileProduct = {
    sku: "XSS-1",
    name: CANARY,
    category: CANARY,
    description: CANARY,
    price_minor: 100,
    currency: "EUR",
    stock: 1,
  };
  assert.equal(
    (await shop.json("POST", "/api/products", hostileProduct, { admin: true })).status,
    201,
  );
  assert.equal((await shop.send("+34600000002", CANARY, { ProfileName: CANARY })).status, 200);
  await shop.settle();
  const login = await shop.request("/admin/login", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
    body: new URLSearchParams({ token: ADMIN_TOKEN, next: "" }),
  });
  const cookie = /admin_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0];
  assert.ok(cookie, `signing in failed: ${login.status}`);

  const path = fc.constantFrom(...PAGES).chain((page) => {
    const names = [...page.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const junk = pathSegment(hostileString).filter((s) => s !== "" && !s.includes("%2F"));
    return fc.tuple(
      ...names.map((n) => n in shop.anchors ? fc.oneof(fc.constant(shop.anchors[n]), junk) : junk),
    )
      .map((values) => page.replace(/\{(\w+)\}/g, () => String(values.shift())));
  });
  const query = fc.option(
    fc.dictionary(fc.oneof(fc.constantFrom(...QUERY_KEYS), hostileString), hostileText(300), {
      maxKeys: 4,
    })
      .map((q) => `?${new URLSearchParams(q)}`),
    { nil: "" },
  );
  const request = (session: string | null, methods: string[]) =>
    echoSafe(
      fc.record({
        method: fc.constantFrom(...methods),
        path,
        query,
        body: fields(FIELDS),
        origin,
        extra: extraHeaders,
        forged: fc.option(hostileString.map((v) => `admin_session=${encodeSegment(v)}`)),
      }).map((r) => {
        const jar = session ?? r.forged;
        return summarized({
          route: `${r.method} dashboard`,
          method: r.method,
          url: r.path + r.query,
          headers: {
            ...r.extra,
            ...r.origin,
            "content-type": "application/x-www-form-urlencoded",
            ...(jar === null ? {} : { cookie: jar }),
          },
          ...(r.method === "GET" || r.method === "HEAD" ? {} : { body: r.body }),
        });
      }),
    );

  await t.step("without a session: sent to sign in or refused, no session given", async () => {
    await fuzz(
      "dashboard strangers",
      batches(request(null, ["GET", "POST", "HEAD", "PUT"])),
      async (batch) => {
        for (const r of batch) {
          const answer = await send(shop.request, r);
          checkPage(answer);
          const given = /admin_session=([^;]*)/.exec(answer.headers.get("set-cookie") ?? "")?.[1];
          assert.ok(!given, `a session for a stranger: ${answer.headers.get("set-cookie")}`);
        }
        await shop.unchanged();
      },
      { runs: 30 },
    );
  });

  await t.step("with a session, forms without its CSRF token: refused", async () => {
    await fuzz(
      "dashboard forged forms",
      batches(request(cookie, ["POST"])),
      async (batch) => {
        for (const r of batch) checkPage(await send(shop.request, r), [401, 403, 413]);
        await shop.unchanged();
      },
      { runs: 30 },
    );
  });

  await t.step("with a session, pages with hostile queries render", async () => {
    // First every page with every known query key set to each classic string.
    const examples = CLASSIC_STRINGS.map((text) =>
      PAGES.filter((p) => !p.includes("{")).map((page) =>
        summarized({
          route: "GET dashboard",
          method: "GET",
          url: `${page}?${new URLSearchParams(QUERY_KEYS.map((k) => [k, text]))}`,
          headers: { cookie },
        })
      )
    );
    await fuzz(
      "dashboard pages",
      batches(request(cookie, ["GET"])),
      async (batch) => {
        for (const r of batch) checkPage(await send(shop.request, r));
        await shop.unchanged();
      },
      { runs: 30, examples },
    );
  });

  printTally("dashboard");
});
