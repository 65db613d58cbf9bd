import assert from "node:assert/strict";
import { metricsReport, periodOf } from "../../src/reports/metrics.ts";
import { ConfigError, loadConfig } from "../../src/shared/config.ts";
import { AppError } from "../../src/shared/errors.ts";
import { formatMoney } from "../../src/shared/money.ts";
import { ADMIN_TOKEN, testApp } from "../helpers/app.ts";
import { signIn, visibleText } from "./staff.ts";

type Sql = Awaited<ReturnType<typeof testApp>>["sql"];

Deno.test("STORE_TIMEZONE is an IANA time zone, UTC unless set", () => {
  assert.equal(loadConfig({}).storeTimeZone, "UTC");
  assert.equal(loadConfig({ STORE_TIMEZONE: "Europe/Madrid" }).storeTimeZone, "Europe/Madrid");
  assert.throws(
    () => loadConfig({ STORE_TIMEZONE: "Mars/Olympus" }),
    (err) =>
      err instanceof ConfigError &&
      err.message ===
        'Invalid configuration: STORE_TIMEZONE must be an IANA time zone such as Europe/Madrid (got "Mars/Olympus")',
  );
});

Deno.test("a preset period is the last days ending today in the store's time zone", () => {
  const now = new Date("2026-03-10T23:30:00Z");
  assert.deepEqual(periodOf({}, "UTC", now), {
    from: "2026-03-04",
    to: "2026-03-10",
    days: 7,
    timeZone: "UTC",
  });
  assert.deepEqual(periodOf({ days: 1 }, "Europe/Madrid", now), {
    from: "2026-03-11",
    to: "2026-03-11",
    days: 1,
    timeZone: "Europe/Madrid",
  });
  assert.equal(periodOf({ days: 30 }, "UTC", now).from, "2026-02-09");
});

Deno.test("a chosen period is whole days from..to; reversed, partial, unreal or too long ones are refused", () => {
  assert.deepEqual(periodOf({ from: "2024-02-01", to: "2024-02-29" }, "UTC"), {
    from: "2024-02-01",
    to: "2024-02-29",
    days: 29,
    timeZone: "UTC",
  });
  for (
    const bad of [
      { from: "2026-02-10", to: "2026-02-01" },
      { from: "2026-02-01" },
      { to: "2026-02-01" },
      { from: "2026-02-30", to: "2026-03-01" },
      { from: "2024-01-01", to: "2025-12-31" },
      { days: 0 },
    ]
  ) {
    assert.throws(
      () => periodOf(bad, "UTC"),
      (err) => err instanceof AppError && err.code === "invalid_period",
      JSON.stringify(bad),
    );
  }
});

/** A week in January 2025 with known traffic, orders and deliveries. */
async function knownWeek(sql: Sql) {
  const [ana] = await sql<{ id: number }[]>`
    insert into customers (phone, name) values ('+34600000401', 'Ana') returning id`;
  const [luis] = await sql<{ id: number }[]>`
    insert into customers (phone, name) values ('+34600000402', 'Luis') returning id`;
  const [va] = await sql<{ id: number }[]>`
    insert into conversations (customer_id) values (${ana.id}) returning id`;
  const [vl] = await sql<{ id: number }[]>`
    insert into conversations (customer_id) values (${luis.id}) returning id`;
  const customerMessage = async (
    conversation: number,
    at: string,
    latencyMs: number | null,
    tokens: [number, number, number?] | null,
  ) => {
    const [m] = await sql<{ id: number }[]>`
      insert into messages (id, conversation_id, kind, turn_id, text, status, created_at,
        finished_at)
      select n, ${conversation}, 'customer', n, 'hola',
        ${latencyMs === null ? "skipped" : "done"}, ${at}::timestamptz,
        ${at}::timestamptz + make_interval(secs => ${(latencyMs ?? 0) / 1000})
      from nextval(pg_get_serial_sequence('messages', 'id')) as n
      returning id`;
    if (tokens) {
      await sql`
        insert into messages (conversation_id, kind, turn_id, text, input_tokens, output_tokens,
          cached_tokens, created_at)
        values (${conversation}, 'model', ${m.id}, 'hola', ${tokens[0]}, ${tokens[1]},
          ${tokens[2] ?? null}, ${at}::timestamptz)`;
    }
    return m.id;
  };
  await customerMessage(va.id, "2025-01-02T09:00:00Z", 100, [1000, 50, 400]);
  await customerMessage(va.id, "2025-01-02T23:30:00Z", 200, [2000, 60, 1500]);
  await customerMessage(vl.id, "2025-01-02T10:00:00Z", 300, [3000, 70]);
  await customerMessage(vl.id, "2025-01-05T10:00:00Z", 400, null);
  await customerMessage(vl.id, "2025-01-05T11:00:00Z", null, null);
  await customerMessage(vl.id, "2024-12-31T10:00:00Z", 9000, [9999, 999]);
  const failed = await customerMessage(vl.id, "2025-01-06T10:00:00Z", 500, null);

  const cart = async (customer: number, at: string) => {
    const [c] = await sql<{ id: string }[]>`
      insert into carts (customer_id, status, created_at)
      values (${customer}, 'checked_out', ${at}::timestamptz) returning id`;
    return c.id;
  };
  const order = async (
    customer: number,
    at: string,
    total: number,
    status = "awaiting_payment",
    cur = "EUR",
  ) =>
    await sql`
      insert into orders (cart_id, customer_id, status, currency, total_minor, created_at)
      values (${await cart(customer, at)}, ${customer}, ${status}, ${cur}, ${total},
        ${at}::timestamptz)`;
  await order(ana.id, "2025-01-02T12:00:00Z", 1950);
  await order(luis.id, "2025-01-05T12:00:00Z", 650, "cancelled");
  await order(luis.id, "2025-01-05T13:00:00Z", 1000, "paid", "USD");
  // A cart with an item and no order yet (empty carts are not counted as started).
  await sql`insert into cart_items (cart_id, product_id, quantity)
    values (${await cart(luis.id, "2025-01-07T08:00:00Z")}, 1, 1)`;

  const outbound = async (status: string, code: number | null, channel = "rest") =>
    await sql`
      insert into outbound_messages (conversation_id, message_id, seq, to_address, channel, status,
        error_code, created_at)
      values (${vl.id}, ${failed}, (select coalesce(max(seq), 0) + 1 from outbound_messages),
        'whatsapp:+34600000402', ${channel}, ${status}, ${code}, '2025-01-06T10:00:01Z')`;
  await outbound("delivered", null);
  await outbound("failed", 63016);
  await outbound("failed", 63016);
  await outbound("undelivered", 30008);
  await outbound("failed", null);
  await outbound("local", null, "none");
}

Deno.test("the report counts each figure on its day in the store's time zone", async () => {
  await using t = await testApp();
  await knownWeek(t.sql);
  const period = { from: "2025-01-01", to: "2025-01-07", days: 7, timeZone: "UTC" };
  const report = await metricsReport(t.sql, period, "EUR");
  assert.deepEqual(report.totals, {
    inbound: 6,
    activeCustomers: 2,
    cartsStarted: 4,
    ordersPlaced: 3,
    revenueMinor: 1950,
    turns: 5,
    turnP50Ms: 300,
    turnP95Ms: 480,
    inputTokens: 6000,
    outputTokens: 180,
    cachedTokens: 1900,
    modelConversations: 2,
    deliveries: 5,
    deliveryFailures: 4,
    conversion: 0.75,
    revenueByCurrency: [{ currency: "EUR", amountMinor: 1950 }, {
      currency: "USD",
      amountMinor: 1000,
    }],
  });
  assert.deepEqual(report.daily.map((d) => d.day), [
    "2025-01-01",
    "2025-01-02",
    "2025-01-03",
    "2025-01-04",
    "2025-01-05",
    "2025-01-06",
    "2025-01-07",
  ]);
  const jan2 = report.daily[1];
  assert.deepEqual(
    [jan2.inbound, jan2.activeCustomers, jan2.turnP50Ms, jan2.inputTokens, jan2.revenueMinor],
    [3, 2, 200, 6000, 1950],
  );
  assert.deepEqual(
    [report.daily[4].inbound, report.daily[4].ordersPlaced, report.daily[4].revenueMinor],
    [2, 2, 0],
  );
  assert.equal(report.daily[5].deliveryFailures, 4);
  assert.equal(report.daily[0].turnP50Ms, null, "no turns, no latency");
  assert.deepEqual(report.failuresByCode, [
    { errorCode: 63016, count: 2 },
    { errorCode: 30008, count: 1 },
    { errorCode: null, count: 1 },
  ]);

  const madrid = await metricsReport(t.sql, { ...period, timeZone: "Europe/Madrid" }, "EUR");
  assert.equal(madrid.daily[1].inbound, 2, "23:30 UTC is the next day in Madrid");
  assert.equal(madrid.daily[2].inbound, 1);
});

Deno.test("the metrics page and API show the report; a wrong period is refused with a notice", async () => {
  await using t = await testApp();
  await knownWeek(t.sql);
  const staff = await signIn(t.request);
  const page = await staff.get("/admin/metrics?from=2025-01-01&to=2025-01-07");
  assert.equal(page.status, 200);
  const html = await page.text();
  const text = visibleText(html);
  assert.match(text, /2025-01-01 to 2025-01-07 \(7 days, UTC\)/);
  assert.match(
    text,
    /6 Inbound messages 2 Active customers 4 Carts started 3 Orders placed \(conversion 75\.0 %\)/,
  );
  assert.match(text, /19,50 € Revenue 300 ms Median turn 480 ms p95 turn 6,180 Model tokens/);
  assert.match(text, /1,900 Input tokens from cache \(31\.7 %\)/);
  assert.match(html, /<th class="num" data-field="cached_tokens">1,900<\/th>/);
  assert.match(text, /4 Delivery failures \(of 5\)/);
  // 4,100 input × 0.50 + 1,900 cached × 0.05 + 180 output × 3.00 per million = US$0.002685,
  // over 2 conversations and 3 orders.
  assert.match(
    text,
    /Model cost \$0\.0027 Model cost \$0\.0013 per conversation \$0\.0009 per order placed/,
  );
  assert.match(
    text,
    /At \$0\.50 per million input tokens, \$0\.05 cached, \$3\.00 output \(list prices of 2025-12-17/,
  );
  assert.match(
    text,
    /Revenue in every currency: 19,50 €, 10,00 US\$/,
  );
  assert.match(
    html,
    /<rect class="bar warn" [^>]*data-label="63016" data-series="failures" data-value="2">/,
  );
  assert.match(html, /data-label="2025-01-02" data-series="messages" data-value="3"/);

  const wrong = await staff.get("/admin/metrics?from=2025-01-07&to=2025-01-01");
  assert.equal(wrong.status, 400);
  assert.match(visibleText(await wrong.text()), /from is after to; showing the last 7 days\./);

  const api = await t.request("/api/admin/metrics?from=2025-01-01&to=2025-01-07", {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  const json = await api.json();
  assert.equal(json.totals.orders_placed, 3);
  assert.equal(json.totals.revenue_formatted, formatMoney(1950, "EUR"));
  assert.deepEqual(json.failures_by_code[0], { error_code: 63016, count: 2 });
  assert.equal(json.daily[1].turn_p50_ms, 200);
  assert.equal(json.totals.cached_tokens, 1900);
  const refused = await t.request("/api/admin/metrics?from=2025-01-07&to=2025-01-01", {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  assert.equal(refused.status, 400);
  assert.equal((await refused.json()).error.code, "invalid_period");
});
