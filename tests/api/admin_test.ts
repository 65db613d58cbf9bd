import assert from "node:assert/strict";
import { ADMIN_TOKEN, testApp } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { ANA, LUIS, MARTA, playExampleCustomers } from "../dashboard/examples.ts";
import { signIn } from "../dashboard/staff.ts";

type Route = [method: string, path: string, body?: unknown];

function adminRoutes(conversationId: number): Route[] {
  return [
    ["GET", "/api/admin/conversations"],
    ["GET", `/api/admin/conversations/${conversationId}`],
    ["POST", `/api/admin/conversations/${conversationId}/takeover`],
    ["POST", `/api/admin/conversations/${conversationId}/release`],
    ["POST", `/api/admin/conversations/${conversationId}/messages`, { text: "Hola" }],
    ["GET", "/api/admin/products"],
    ["GET", "/api/admin/orders"],
    ["GET", "/api/admin/orders/00000000-0000-4000-8000-000000000000"],
    ["GET", "/api/admin/settings"],
    ["PATCH", "/api/admin/settings", { hold_minutes: 30 }],
    ["GET", "/api/admin/metrics"],
    ["GET", "/metrics"],
  ];
}

async function shop() {
  const wa = await whatsappShop();
  await playExampleCustomers(wa);
  const [{ id }] = await wa.sql<{ id: number }[]>`
    select v.id from conversations v join customers c on c.id = v.customer_id
    where c.phone = ${LUIS.phone}`;
  return Object.assign(wa, { conversationId: id });
}

/** Calls a route; `peer` is the client's address (wrong tokens are throttled per address). */
const call = (
  t: { request: (path: string, init?: RequestInit, peer?: string) => Promise<Response> },
  [method, path, body]: Route,
  headers: Record<string, string> = {},
  peer?: string,
) =>
  t.request(path, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }, peer);

Deno.test("every admin API route answers 401 without credentials and 403 with a wrong token", async () => {
  await using t = await shop();
  for (const [i, route] of adminRoutes(t.conversationId).entries()) {
    const none = await call(t, route);
    assert.equal(none.status, 401, route.join(" "));
    assert.equal((await none.json()).error.code, "unauthorized");
    const wrong = await call(t, route, { authorization: `Bearer ${ADMIN_TOKEN}x` }, `192.0.2.${i}`);
    assert.equal(wrong.status, 403, route.join(" "));
    assert.equal((await wrong.json()).error.code, "forbidden");
  }
  const [{ count }] = await t.sql`select count(*)::int as count from messages where kind = 'staff'`;
  assert.equal(count, 0);
});

Deno.test("without ADMIN_TOKEN every admin API route is disabled", async () => {
  await using t = await testApp({ ADMIN_TOKEN: "" });
  for (const route of adminRoutes(1)) {
    const res = await call(t, route, { authorization: "Bearer anything-at-all-0123" });
    assert.equal(res.status, 403, route.join(" "));
    assert.equal((await res.json()).error.code, "admin_disabled");
  }
});

Deno.test("with the bearer token every admin API route answers with its data", async () => {
  await using t = await shop();
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const get = async (path: string) => {
    const res = await call(t, ["GET", path], admin);
    assert.equal(res.status, 200, path);
    return await res.json();
  };

  const list = await get("/api/admin/conversations?limit=2");
  assert.deepEqual(list.items.map((c: { customer: { phone: string } }) => c.customer.phone), [
    MARTA.phone,
    LUIS.phone,
  ]);
  assert.equal(list.items[0].needs_attention, true);
  assert.equal(list.items[0].handler, "staff");
  assert.equal(list.items[0].window_open, true);
  const older = await get(`/api/admin/conversations?limit=2&cursor=${list.next_cursor}`);
  assert.deepEqual(older.items.map((c: { customer: { name: string } }) => c.customer.name), [
    ANA.name,
  ]);
  assert.equal(older.next_cursor, null);
  const bad = await call(t, ["GET", "/api/admin/conversations?cursor=nope"], admin);
  assert.equal(bad.status, 400);

  const detail = await get(`/api/admin/conversations/${t.conversationId}`);
  assert.equal(detail.conversation.customer.name, LUIS.name);
  assert.deepEqual(detail.messages.map((m: { kind: string }) => m.kind).slice(0, 4), [
    "customer",
    "model",
    "tool",
    "model",
  ]);
  assert.equal(detail.messages[1].parts[0].functionCall.name, "get_product");
  assert.equal(detail.messages[3].outbound[0].status, "inline");
  assert.equal(detail.cart.items[0].quantity, 2);
  assert.deepEqual(detail.orders, []);
  assert.equal((await call(t, ["GET", "/api/admin/conversations/999999"], admin)).status, 404);

  const taken = await call(
    t,
    ["POST", `/api/admin/conversations/${t.conversationId}/takeover`],
    admin,
  );
  assert.deepEqual(await taken.json(), { id: t.conversationId, handler: "staff" });
  const sent = await call(
    t,
    ["POST", `/api/admin/conversations/${t.conversationId}/messages`, { text: "Hola Luis" }],
    admin,
  );
  assert.equal(sent.status, 201);
  const queued = await sent.json();
  assert.equal(queued.status, "pending");
  await t.outbox.drain();
  assert.equal((await t.twilio.waitForMessages(1))[0].body, "Hola Luis");
  const released = await call(
    t,
    ["POST", `/api/admin/conversations/${t.conversationId}/release`],
    admin,
  );
  assert.deepEqual(await released.json(), { id: t.conversationId, handler: "agent" });

  const products = await get("/api/admin/products");
  assert.equal(products.items.length, 15);
  await t.sql`update products set active = false where id = 15`;
  const withInactive = await get("/api/admin/products");
  assert.equal(withInactive.items.length, 15, "inactive products are listed for staff");
  assert.equal(withInactive.items[14].active, false);

  const orders = await get("/api/admin/orders?status=confirmed");
  assert.equal(orders.items.length, 1);
  assert.equal(orders.items[0].number, 1001);
  assert.equal(orders.items[0].customer.phone, ANA.phone);
  assert.equal(typeof orders.items[0].customer.conversation_id, "number");
  const order = await get(`/api/admin/orders/${orders.items[0].id}`);
  assert.deepEqual(
    [order.fulfilment, order.payment_method, order.contact.name, order.attention],
    ["pickup", "cash", ANA.name, null],
  );
  assert.deepEqual(order.history.map((h: { to_status: string }) => h.to_status), ["confirmed"]);
  assert.deepEqual([order.payment_sessions, order.payments, order.provider_events], [[], [], []]);

  const metrics = await get("/api/admin/metrics?days=7");
  assert.equal(metrics.period.days, 7);
  assert.equal(metrics.totals.inbound, 9);
  assert.equal(metrics.totals.orders_placed, 1);
  assert.equal(metrics.totals.revenue_minor, 1950);

  const prometheus = await call(t, ["GET", "/metrics"], admin);
  assert.equal(prometheus.status, 200);
});

Deno.test("staff messages through the API: refused outside the window, when empty, and for no conversation", async () => {
  await using t = await shop();
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const send = (id: number, text: unknown) =>
    call(t, ["POST", `/api/admin/conversations/${id}/messages`, { text }], admin);
  assert.equal((await send(t.conversationId, "   ")).status, 400);
  assert.equal((await send(t.conversationId, "\u0000")).status, 400, "nothing but NUL");
  assert.equal((await send(t.conversationId, "Hola\u0000")).status, 201);
  const [stored] = await t.sql`select text from messages where kind = 'staff'`;
  assert.equal(stored.text, "Hola", "Postgres text cannot hold NUL");
  assert.equal((await send(t.conversationId, "x".repeat(1601))).status, 400);
  assert.equal((await send(999999, "Hola")).status, 404);
  await t.sql`update conversations set last_inbound_at = now() - interval '25 hours'`;
  const late = await send(t.conversationId, "Hola");
  assert.equal(late.status, 409);
  assert.equal((await late.json()).error.code, "outside_window");
  const [{ count }] = await t.sql`select count(*)::int as count from outbound_messages
    where channel = 'rest'`;
  assert.equal(count, 1, "only the reply sent inside the window");
});

Deno.test("a staff message without a WhatsApp sender is 409 whatsapp_not_connected and stores nothing", async () => {
  await using wa = await whatsappShop({ TWILIO_WHATSAPP_FROM: "" });
  await playExampleCustomers(wa);
  const [{ id }] = await wa.sql<{ id: number }[]>`
    select v.id from conversations v join customers c on c.id = v.customer_id
    where c.phone = ${MARTA.phone}`;
  const count = async () => {
    const [row] = await wa.sql`
      select (select count(*)::int from messages where kind = 'staff') as staff,
        (select count(*)::int from outbound_messages) as outbound`;
    return { ...row };
  };
  const before = await count();
  const res = await call(wa, ["POST", `/api/admin/conversations/${id}/messages`, {
    text: "Hola",
  }], { authorization: `Bearer ${ADMIN_TOKEN}` });
  assert.equal(res.status, 409);
  const { error } = await res.json();
  assert.equal(error.code, "whatsapp_not_connected");
  assert.match(error.message, /set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM/);
  assert.deepEqual(await count(), before, "nothing stored");
});

Deno.test("the dashboard's session cookie works on the admin API; changes need the same origin and the CSRF header", async () => {
  await using t = await shop();
  const staff = await signIn(t.request);
  const session = { cookie: staff.cookie };
  const route: Route = ["POST", `/api/admin/conversations/${t.conversationId}/takeover`];

  assert.equal((await call(t, ["GET", "/api/admin/conversations"], session)).status, 200);
  assert.equal((await call(t, ["GET", "/metrics"], session)).status, 200);
  const refused: Record<string, string>[] = [
    { "sec-fetch-site": "same-origin" },
    { "sec-fetch-site": "same-origin", "x-csrf-token": "wrong" },
    { "sec-fetch-site": "cross-site", "x-csrf-token": staff.csrf },
    { origin: "https://evil.example", "x-csrf-token": staff.csrf },
  ];
  for (const headers of refused) {
    const res = await call(t, route, { ...session, ...headers });
    assert.equal(res.status, 403, JSON.stringify(headers));
    assert.equal((await res.json()).error.code, "csrf_failed");
  }
  const [before] = await t.sql`select handler from conversations where id = ${t.conversationId}`;
  assert.equal(before.handler, "agent", "nothing changed");

  const ok = await call(t, route, {
    ...session,
    "sec-fetch-site": "same-origin",
    "x-csrf-token": staff.csrf,
  });
  assert.equal(ok.status, 200);
  const [{ id: order }] = await t.sql`select id from orders`;
  const patched = await call(t, ["PATCH", `/api/orders/${order}`, { status: "paid" }], {
    ...session,
    "sec-fetch-site": "same-origin",
    "x-csrf-token": staff.csrf,
  });
  assert.equal(patched.status, 200, "the older admin routes accept the session too");
  await t.sql`update staff_sessions set expires_at = now() - interval '1 second'`;
  const expired = await call(t, ["GET", "/api/admin/conversations"], { cookie: staff.cookie });
  assert.equal(expired.status, 401);
});

Deno.test("the admin API is documented in /openapi.json", async () => {
  await using t = await testApp();
  const doc = await (await t.request("/openapi.json")).json();
  const operations: [string, string][] = [
    ["/api/admin/conversations", "get"],
    ["/api/admin/conversations/{id}", "get"],
    ["/api/admin/conversations/{id}/takeover", "post"],
    ["/api/admin/conversations/{id}/release", "post"],
    ["/api/admin/conversations/{id}/messages", "post"],
    ["/api/admin/products", "get"],
    ["/api/admin/orders", "get"],
    ["/api/admin/orders/{id}", "get"],
    ["/api/admin/settings", "get"],
    ["/api/admin/settings", "patch"],
    ["/api/admin/metrics", "get"],
  ];
  for (const [path, method] of operations) {
    const op = doc.paths[path]?.[method];
    assert.ok(op, `${method} ${path}`);
    assert.deepEqual(op.security, [{ adminToken: [] }], `${method} ${path}`);
    assert.ok(op.responses["401"] && op.responses["403"], `${method} ${path}`);
  }
  for (const schema of ["Conversation", "ConversationDetail", "ThreadMessage", "MetricsReport"]) {
    assert.ok(doc.components.schemas[schema], schema);
  }
  assert.ok(doc.paths["/api/admin/conversations/{id}/messages"].post.responses["409"]);
});

Deno.test("/metrics is Prometheus text behind the admin token unless METRICS_PUBLIC=1", async () => {
  await using t = await shop();
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
  await t.request("/api/products");
  await call(
    t,
    ["POST", `/api/admin/conversations/${t.conversationId}/messages`, { text: "Hola" }],
    admin,
  );
  await t.outbox.drain();
  const res = await call(t, ["GET", "/metrics"], admin);
  assert.match(res.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  for (
    const line of [
      /^# TYPE http_requests_total counter$/m,
      /^http_requests_total\{method="GET",route="\/api\/products",status="200"\} 1$/m,
      /^# TYPE http_request_duration_seconds histogram$/m,
      /^messages_received_total\{source="whatsapp"\} 9$/m,
      /^agent_turns_total\{status="done"\} 9$/m,
      /^agent_turn_duration_seconds_bucket\{le="\+Inf"\} 9$/m,
      /^deliveries_total\{result="accepted"\} 1$/m,
      /^delivery_duration_seconds_count 1$/m,
    ]
  ) assert.match(text, line);

  await using open = await testApp({ METRICS_PUBLIC: "1" });
  const anonymous = await open.request("/metrics");
  assert.equal(anonymous.status, 200);
  assert.match(await anonymous.text(), /^# HELP /m);
});
