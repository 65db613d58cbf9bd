import assert from "node:assert/strict";
import { loadConfig } from "../src/shared/config.ts";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/shared/log.ts";
import { createRuntime } from "../src/runtime.ts";
import { testApp } from "./helpers/app.ts";
import { testDatabase } from "./helpers/db.ts";

Deno.test("every response carries an X-Request-Id and each request logs one JSON line", async () => {
  await using db = await testDatabase();
  const lines: string[] = [];
  const runtime = createRuntime({
    db,
    config: loadConfig({}),
    log: createLogger("info", (line) => lines.push(line)),
  });
  const app = createApp(runtime);
  const ok = await app.request("/api/products/1");
  const missing = await app.request("/api/products/999");
  const id1 = ok.headers.get("x-request-id");
  const id2 = missing.headers.get("x-request-id");
  assert.ok(id1 && id2 && id1 !== id2);
  const logged = lines.map((l) => JSON.parse(l));
  assert.equal(logged.length, 2);
  assert.equal(logged[0].request_id, id1);
  assert.equal(logged[0].method, "GET");
  assert.equal(logged[0].path, "/api/products/1");
  assert.equal(logged[0].status, 200);
  assert.equal(typeof logged[0].duration_ms, "number");
  assert.equal(logged[1].status, 404);
});

Deno.test("an unknown route is a JSON 404", async () => {
  await using t = await testApp();
  const res = await t.request("/api/nothing-here");
  assert.equal(res.status, 404);
  assert.deepEqual(await res.json(), {
    error: { code: "not_found", message: "No route for GET /api/nothing-here" },
  });
});

Deno.test("an unexpected failure is a 500 with the request id and no stack or SQL", async () => {
  await using t = await testApp();
  await t.sql`alter table products rename to products_gone`;
  const res = await t.request("/api/products");
  assert.equal(res.status, 500);
  const body = await res.json();
  const requestId = res.headers.get("x-request-id");
  assert.deepEqual(body, {
    error: {
      code: "internal",
      message: `Something went wrong on our side. Reference: ${requestId}`,
      request_id: requestId,
    },
  });
});

Deno.test("healthz answers; readyz reports whether the database answers", async () => {
  const t = await testApp();
  assert.deepEqual(await (await t.request("/healthz")).json(), { status: "ok" });
  const ready = await t.request("/readyz");
  assert.equal(ready.status, 200);
  await t.db.close();
  const notReady = await t.request("/readyz");
  assert.equal(notReady.status, 503);
  assert.equal((await notReady.json()).status, "not_ready");
  assert.equal((await t.request("/healthz")).status, 200);
});

Deno.test("/openapi.json is an OpenAPI 3.1 document of every route", async () => {
  await using t = await testApp();
  const doc = await (await t.request("/openapi.json")).json();
  assert.equal(doc.openapi, "3.1.0");
  for (
    const path of [
      "/api/products",
      "/api/products/{id}",
      "/api/carts",
      "/api/carts/{id}",
      "/api/carts/{id}/items",
      "/api/carts/{id}/items/{product_id}",
      "/api/carts/{id}/checkout",
      "/api/carts/{id}/quote",
      "/api/shop/terms",
      "/api/orders",
      "/api/orders/{id}",
      "/healthz",
      "/readyz",
    ]
  ) assert.ok(doc.paths[path], path);
  assert.ok(doc.components.schemas.Product);
  assert.ok(doc.components.schemas.Checkout);
  assert.ok(doc.components.schemas.Quote);
  assert.deepEqual(doc.paths["/api/products"].post.security, [{ adminToken: [] }]);
});

Deno.test("/docs is a self-contained reference page with the dashboard's security headers", async () => {
  await using t = await testApp();
  const res = await t.request("/docs");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /text\/html/);
  const html = await res.text();
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /\/api\/carts\/\{id\}\/checkout/);
  assert.match(html, /admin token/);
  assert.doesNotMatch(html, /<script|<style|src="http|style="/);
  assert.deepEqual(
    [...html.matchAll(/<link [^>]*>/g)].map((m) => m[0]),
    ['<link rel="stylesheet" href="/docs/docs.css">'],
  );
  const csp = res.headers.get("content-security-policy") ?? "";
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /style-src 'self'/);
  assert.doesNotMatch(csp, /script-src/);
  assert.equal(res.headers.get("x-frame-options"), "DENY");
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  assert.equal(res.headers.get("cache-control"), "no-store");
  const css = await t.request("/docs/docs.css");
  assert.equal(css.status, 200);
  assert.match(css.headers.get("content-type") ?? "", /text\/css/);
  assert.match(await css.text(), /\.op\{/);
});
