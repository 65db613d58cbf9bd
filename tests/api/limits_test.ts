import assert from "node:assert/strict";
import { createApp } from "../../src/app.ts";
import { CLEANUP_JOB, scheduleMaintenance } from "../../src/maintenance.ts";
import { metricsReport } from "../../src/reports/metrics.ts";
import { manualClock } from "../../src/shared/clock.ts";
import { testApp } from "../helpers/app.ts";

/** A POST's init, with `body` as JSON when given. */
const post = (_path: string, body?: unknown): RequestInit => ({
  method: "POST",
  headers: body === undefined ? {} : { "content-type": "application/json" },
  body: body === undefined ? undefined : JSON.stringify(body),
});

Deno.test("cart creation is limited per client address, counted in Postgres across instances", async () => {
  await using t = await testApp({ REST_CARTS_PER_MINUTE: "3" });
  const second = createApp(t);
  const fromSecond = (peer: string) =>
    second.request("http://localhost/api/carts", post("/api/carts"), { peer });
  const statuses = [];
  for (let i = 0; i < 2; i++) {
    statuses.push((await t.request("/api/carts", post("/api/carts"), "203.0.113.1")).status);
  }
  statuses.push((await fromSecond("203.0.113.1")).status);
  const refused = await fromSecond("203.0.113.1");
  statuses.push(refused.status);
  assert.deepEqual(statuses, [201, 201, 201, 429]);
  const body = await refused.json();
  assert.equal(body.error.code, "rate_limited");
  const retryAfter = Number(refused.headers.get("retry-after"));
  assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
  assert.equal((await t.request("/api/carts", post("/api/carts"), "203.0.113.2")).status, 201);
  const [{ n }] = await t.sql`select count(*)::int as n from carts`;
  assert.equal(n, 4, "the refused request created nothing");
});

Deno.test("checkout is limited per client address; a refused checkout places nothing", async () => {
  await using t = await testApp({ REST_CHECKOUTS_PER_MINUTE: "2" });
  const peer = "203.0.113.9";
  const statuses = [];
  for (let i = 0; i < 3; i++) {
    const cart = await (await t.request("/api/carts", post("/api/carts"), peer)).json();
    await t.request(`/api/carts/${cart.id}/items`, post("", { product_id: 1, quantity: 1 }), peer);
    const order = {
      contact: { name: "Ana García", phone: "+34600000001" },
      fulfilment: "pickup",
      payment: "cash",
    };
    statuses.push(
      (await t.request(`/api/carts/${cart.id}/checkout`, post("", order), peer)).status,
    );
  }
  assert.deepEqual(statuses, [201, 201, 429]);
  const [{ n }] = await t.sql`select count(*)::int as n from orders`;
  assert.equal(n, 2);
});

Deno.test("the hourly cleanup deletes empty carts untouched for a day, keeps the others, and runs again", async () => {
  const clock = manualClock(new Date());
  await using t = await testApp({}, { clock });
  const cart = async (ageHours: number, withItem: boolean) => {
    const [{ id }] = await t.sql<{ id: string }[]>`
      insert into carts (updated_at) values (now() - make_interval(hours => ${ageHours}))
      returning id`;
    if (withItem) {
      await t.sql`insert into cart_items (cart_id, product_id, quantity) values (${id}, 1, 1)`;
    }
    return id;
  };
  const abandoned = await cart(30, false);
  const recent = await cart(2, false);
  const withItem = await cart(30, true);
  await t.sql`insert into rate_counters (bucket, window_start, hits)
    values ('carts:203.0.113.1', now() - interval '2 hours', 5)`;
  await scheduleMaintenance(t);
  assert.equal(await t.jobs.runDue(), 0, "not due yet");
  clock.advance(61 * 60_000);
  assert.equal(await t.jobs.runDue(), 1);
  const left = (await t.sql<{ id: string }[]>`select id from carts order by created_at`).map((r) =>
    r.id
  );
  assert.deepEqual(new Set(left), new Set([recent, withItem]));
  assert.ok(!left.includes(abandoned));
  const [{ n }] = await t.sql`select count(*)::int as n from rate_counters`;
  assert.equal(n, 0);
  const pending = await t
    .sql`select due_at from jobs where kind = ${CLEANUP_JOB} and status = 'pending'`;
  assert.equal(pending.length, 1, "the next hour's run is scheduled");
});

Deno.test("the dashboard's carts started count only carts that got an item", async () => {
  await using t = await testApp();
  for (let i = 0; i < 5; i++) await t.request("/api/carts", post("/api/carts"));
  const cart = await (await t.request("/api/carts", post("/api/carts"))).json();
  await t.request(`/api/carts/${cart.id}/items`, post("", { product_id: 1, quantity: 1 }));
  const today = new Date().toISOString().slice(0, 10);
  const report = await metricsReport(
    t.sql,
    { from: today, to: today, days: 1, timeZone: "UTC" },
    "EUR",
  );
  assert.equal(report.totals.cartsStarted, 1);
});
