import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import { testApp } from "../helpers/app.ts";
import { buyByChat } from "../helpers/orders.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { signIn, visibleText } from "./staff.ts";

/** A shop with one conversation (and its order) so that every page has something to show. */
async function shopWithOrder() {
  const t = await testApp();
  const phone = "+34600000101";
  await ask(t.inbox, phone, "Quiero comprar 2 unidades del producto 1");
  await buyByChat(t.inbox, phone);
  const [{ id: conversationId }] = await t.sql<{ id: number }[]>`select id from conversations`;
  const [{ id: orderId }] = await t.sql<{ id: string }[]>`select id from orders`;
  return Object.assign(t, { conversationId, orderId });
}

function pagePaths(conversationId: number, orderId: string): string[] {
  return [
    "/admin",
    "/admin/conversations",
    "/admin/conversations?q=600",
    `/admin/conversations/${conversationId}`,
    "/admin/orders",
    "/admin/orders?status=awaiting_payment",
    `/admin/orders/${orderId}`,
    "/admin/settings",
    "/admin/products",
    "/admin/metrics",
    "/admin/metrics?days=30",
    "/admin/metrics?from=2026-01-01&to=2026-01-31",
  ];
}

function formPosts(conversationId: number, orderId: string): [string, Record<string, string>][] {
  return [
    [`/admin/conversations/${conversationId}/takeover`, {}],
    [`/admin/conversations/${conversationId}/release`, {}],
    [`/admin/conversations/${conversationId}/reply`, { text: "Hola" }],
    [`/admin/orders/${orderId}/status`, { status: "paid" }],
    ["/admin/settings", { pickup_enabled: "1", hold_minutes: "30" }],
    ["/admin/products/1", { price: "9.99", stock: "1", active: "1" }],
    ["/admin/logout", {}],
  ];
}

Deno.test("a signed-out browser is sent to sign-in from every page, and nothing of a page is served", async () => {
  await using t = await shopWithOrder();
  for (const path of pagePaths(t.conversationId, t.orderId)) {
    const res = await t.request(path, { redirect: "manual" });
    assert.equal(res.status, 303, path);
    const location = res.headers.get("location") ?? "";
    assert.equal(location, `/admin/login?${new URLSearchParams({ next: path })}`, path);
    assert.equal(await res.text(), "", path);
  }
  for (const [path, fields] of formPosts(t.conversationId, t.orderId)) {
    const res = await t.request(path, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "same-origin",
      },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    assert.equal(res.status, 303, path);
    assert.equal(res.headers.get("location"), "/admin/login", path);
  }
  const [{ handler }] = await t.sql`select handler from conversations`;
  assert.equal(handler, "agent", "nothing changed");
  const [{ count }] = await t.sql`select count(*)::int as count from messages where kind = 'staff'`;
  assert.equal(count, 0);
});

Deno.test("a forged or expired session cookie counts as none", async () => {
  await using t = await testApp();
  const staff = await signIn(t.request);
  const [name, value] = staff.cookie.split("=");
  const forged = [
    `${name}=${value.slice(0, -1)}${value.endsWith("A") ? "B" : "A"}`,
    `${name}=${value.slice(1)}`,
    `${name}=garbage`,
  ];
  for (const cookie of forged) {
    const res = await t.request("/admin/conversations", {
      headers: { cookie },
      redirect: "manual",
    });
    assert.equal(res.status, 303, cookie);
  }
  const ok = await t.request("/admin/conversations", { headers: { cookie: staff.cookie } });
  assert.equal(ok.status, 200);
  await t.sql`update staff_sessions set expires_at = now() - interval '1 second'`;
  const expired = await staff.get("/admin/conversations");
  assert.equal(expired.status, 303, "expired");
});

Deno.test("signed in, every page renders with the session's CSRF token in its forms", async () => {
  await using t = await shopWithOrder();
  const staff = await signIn(t.request);
  for (const path of pagePaths(t.conversationId, t.orderId)) {
    let res = await staff.get(path);
    if (path === "/admin") {
      assert.equal(res.status, 303);
      res = await staff.get(res.headers.get("location")!);
    }
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/, path);
    const html = await res.text();
    assert.match(html, /^<!doctype html>/, path);
    assert.match(html, /<link rel="stylesheet" href="\/admin\/assets\/admin.css"\/?>/, path);
    assert.doesNotMatch(
      html,
      /<script(?! src="\/admin\/assets\/live\.js")|https?:\/\/(?!picsum)/,
      `${path} loads nothing from elsewhere`,
    );
    const forms = html.match(/<form method="post"[^]*?<\/form>/g) ?? [];
    assert.ok(forms.length > 0, `${path} has forms`);
    for (const form of forms) assert.ok(form.includes(`value="${staff.csrf}"`), `${path}: ${form}`);
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    assert.equal(res.headers.get("cache-control"), "no-store");
    assert.equal(res.headers.get("x-frame-options"), "DENY");
  }
  const notFound = await staff.get("/admin/nothing-here");
  assert.equal(notFound.status, 404);
  const missing = await staff.get("/admin/conversations/999999");
  assert.equal(missing.status, 404);
  assert.match(visibleText(await missing.text()), /Conversation 999999 not found/);
});

Deno.test("the stylesheet is plain CSS served by this server, with nothing from elsewhere", async () => {
  await using t = await testApp();
  const res = await t.request("/admin/assets/admin.css");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /^text\/css/);
  const css = await res.text();
  assert.match(css, /@media \(min-width:/);
  assert.doesNotMatch(css, /url\(|@import/);
});

Deno.test("a cross-site form post is refused with 403 and changes nothing", async () => {
  await using t = await shopWithOrder();
  const staff = await signIn(t.request);
  const attempts: [string, Parameters<typeof staff.post>[2]][] = [
    ["cross-site Sec-Fetch-Site", { site: "cross-site" }],
    ["same-site Sec-Fetch-Site", { site: "same-site" }],
    ["foreign Origin", { site: null, origin: "https://evil.example" }],
    ["opaque Origin", { site: null, origin: "null" }],
    ["no CSRF token", { csrf: null }],
    ["another session's CSRF token", { csrf: (await signIn(t.request)).csrf }],
  ];
  for (const [path, fields] of formPosts(t.conversationId, t.orderId)) {
    for (const [what, options] of attempts) {
      const res = await staff.post(path, fields, options);
      assert.equal(res.status, 403, `${path} with ${what}`);
      assert.match(visibleText(await res.text()), /could not be verified/);
    }
  }
  const [conversation] = await t.sql`select handler from conversations`;
  assert.equal(conversation.handler, "agent");
  const [order] = await t.sql`select status from orders`;
  assert.equal(order.status, "confirmed");
  const [terms] = await t.sql`select hold_minutes from shop_settings`;
  assert.equal(terms.holdMinutes, 60);
  const [product] = await t.sql`select price_minor from products where id = 1`;
  assert.equal(product.priceMinor, 650);
  assert.equal((await staff.get("/admin/conversations")).status, 200, "still signed in");

  const fromOldBrowser = await staff.post(`/admin/conversations/${t.conversationId}/takeover`, {}, {
    site: null,
    origin: "http://localhost",
  });
  assert.equal(fromOldBrowser.status, 303, "an Origin of this server is accepted");
});

Deno.test("customer text is escaped everywhere it is shown", async () => {
  await using wa = await whatsappShop();
  const attack = "<script>alert(1)</script>";
  const name = `<img src=x onerror=alert(2)>`;
  await wa.send("+34600000102", attack, { ProfileName: name });
  await wa.send("+34600000102", "Quiero comprar 2 unidades del producto 1");
  await wa.sql`update products set name = ${`Café ${attack}`} where id = 1`;
  await wa.send("+34600000102", "ver carrito");
  const [{ id }] = await wa.sql<{ id: number }[]>`select id from conversations`;
  const staff = await signIn(wa.request);
  for (
    const path of [
      "/admin/conversations",
      `/admin/conversations?q=${encodeURIComponent(attack)}`,
      "/admin/conversations?q=600000102",
      `/admin/conversations/${id}`,
      "/admin/products",
    ]
  ) {
    const html = await (await staff.get(path)).text();
    assert.doesNotMatch(html, /<script>|<img src=x/, path);
    assert.ok(
      html.includes("&lt;script&gt;alert(1)&lt;/script&gt;") ||
        html.includes("&lt;img src=x onerror=alert(2)&gt;"),
      `${path} shows the text as text`,
    );
  }
  const reply = await staff.post(`/admin/conversations/${id}/reply`, { text: "" });
  assert.equal(reply.status, 400);
  const echoed = await staff.post(`/admin/conversations/${id}/reply`, {
    text: `${attack}${"x".repeat(1600)}`,
  });
  assert.equal(echoed.status, 400, "too long");
  const html = await echoed.text();
  assert.doesNotMatch(html, /<script>/);
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"), "the draft is kept, escaped");
});
