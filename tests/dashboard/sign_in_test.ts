import assert from "node:assert/strict";
import { testApp } from "../helpers/app.ts";
import { ADMIN_TOKEN } from "../helpers/app.ts";
import { signIn, visibleText } from "./staff.ts";

/** The sign-in form as a browser posts it; `site` is its Sec-Fetch-Site (null: none). */
const form = (
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  site: string | null = "same-origin",
) => ({
  method: "POST",
  headers: {
    "content-type": "application/x-www-form-urlencoded",
    ...(site === null ? {} : { "sec-fetch-site": site }),
    ...headers,
  },
  body: new URLSearchParams(fields),
  redirect: "manual" as const,
});

Deno.test("the sign-in page is a form for the admin token", async () => {
  await using t = await testApp();
  const res = await t.request("/admin/login?next=%2Fadmin%2Forders");
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<form method="post" action="\/admin\/login">/);
  assert.match(html, /<input id="token" name="token" type="password"/);
  assert.match(html, /name="next" value="\/admin\/orders"/);
});

Deno.test("the right token stores a session and sets an expiring, HttpOnly, SameSite=Strict cookie", async () => {
  await using t = await testApp();
  const res = await t.request("/admin/login", form({ token: ADMIN_TOKEN, next: "/admin/orders" }));
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/admin/orders");
  const cookie = res.headers.get("set-cookie") ?? "";
  assert.match(cookie, /^admin_session=[\w-]{43}; /);
  assert.match(cookie, /; Max-Age=43200; /);
  assert.match(cookie, /; Path=\/; /);
  assert.match(cookie, /; HttpOnly/);
  assert.match(cookie, /; SameSite=Strict/);
  assert.doesNotMatch(cookie, /Secure/, "not over plain http");
  const [session] = await t.sql<{ expiresAt: Date; client: string }[]>`
    select expires_at, client from staff_sessions`;
  const hours = (session.expiresAt.getTime() - Date.now()) / 3_600_000;
  assert.ok(hours > 11.9 && hours <= 12, "the stored session expires in 12 hours");
});

Deno.test("behind https the session cookie is Secure", async () => {
  await using t = await testApp();
  const viaProxy = await t.request(
    "/admin/login",
    form({ token: ADMIN_TOKEN }, { "x-forwarded-proto": "https" }),
  );
  assert.match(viaProxy.headers.get("set-cookie") ?? "", /; Secure/);
  await using behind = await testApp({ PUBLIC_BASE_URL: "https://shop.example.com" });
  const configured = await behind.request("/admin/login", form({ token: ADMIN_TOKEN }));
  assert.match(configured.headers.get("set-cookie") ?? "", /; Secure/);
});

Deno.test("a wrong token is refused the same way however close it is", async () => {
  await using t = await testApp();
  const wrong = [
    "",
    "x",
    ADMIN_TOKEN.slice(0, -1),
    `${ADMIN_TOKEN.slice(0, -1)}X`,
    `${ADMIN_TOKEN}x`,
    ADMIN_TOKEN.toUpperCase(),
  ];
  const pages = new Set<string>();
  for (const token of wrong) {
    const res = await t.request("/admin/login", form({ token, next: "/admin/orders" }));
    assert.equal(res.status, 401, token);
    assert.equal(res.headers.get("set-cookie"), null, token);
    pages.add(visibleText(await res.text()));
  }
  assert.equal(pages.size, 1, "the same page for every wrong token");
  assert.match([...pages][0], /That is not the admin token\./);
});

Deno.test("signing in from another site is refused", async () => {
  await using t = await testApp();
  const attempts: [Record<string, string>, string | null][] = [
    [{}, "cross-site"],
    [{}, "same-site"],
    [{ origin: "https://evil.example" }, null],
  ];
  for (const [headers, site] of attempts) {
    const res = await t.request("/admin/login", form({ token: ADMIN_TOKEN }, headers, site));
    assert.equal(res.status, 403, JSON.stringify({ headers, site }));
    assert.equal(res.headers.get("set-cookie"), null);
  }
});

Deno.test("after sign-in only dashboard paths are followed", async () => {
  await using t = await testApp();
  const cases: [string, string][] = [
    ["/admin/metrics?days=30", "/admin/metrics?days=30"],
    ["https://evil.example/admin", "/admin/conversations"],
    ["//evil.example/admin", "/admin/conversations"],
    ["/\\evil.example", "/admin/conversations"],
    ["/api/orders", "/admin/conversations"],
    ["/administrator", "/admin/conversations"],
    ["", "/admin/conversations"],
  ];
  for (const [next, location] of cases) {
    const res = await t.request("/admin/login", form({ token: ADMIN_TOKEN, next }));
    assert.equal(res.headers.get("location"), location, next);
  }
});

Deno.test("a signed-in browser visiting sign-in goes on to the dashboard", async () => {
  await using t = await testApp();
  const staff = await signIn(t.request);
  const res = await staff.get("/admin/login");
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/admin/conversations");
});

Deno.test("signing out ends the session: the old cookie opens nothing, even with its CSRF token", async () => {
  await using t = await testApp();
  const staff = await signIn(t.request);
  const [{ id }] = await t.sql<{ id: number }[]>`
    insert into customers (phone) values ('+34600000009') returning id`;
  const [{ id: conversation }] = await t.sql<{ id: number }[]>`
    insert into conversations (customer_id) values (${id}) returning id`;
  const forged = await staff.post("/admin/logout", {}, { csrf: null });
  assert.equal(forged.status, 403);
  const res = await staff.post("/admin/logout");
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/admin/login?notice=signed_out");
  assert.match(res.headers.get("set-cookie") ?? "", /^admin_session=; Max-Age=0; Path=\//);
  const page = await (await t.request("/admin/login?notice=signed_out")).text();
  assert.match(visibleText(page), /Signed out\./);

  // Someone who kept a copy of the cookie:
  const pageAfter = await staff.get("/admin/conversations");
  assert.equal(pageAfter.status, 303);
  assert.match(pageAfter.headers.get("location") ?? "", /^\/admin\/login/);
  const api = await t.request("/api/orders", {
    headers: { cookie: staff.cookie, "x-csrf-token": staff.csrf },
  });
  assert.equal(api.status, 401);
  const takeover = await staff.post(`/admin/conversations/${conversation}/takeover`);
  assert.equal(takeover.status, 303);
  assert.match(takeover.headers.get("location") ?? "", /^\/admin\/login/);
  const [row] = await t.sql`select handler from conversations where id = ${conversation}`;
  assert.equal(row.handler, "agent", "the takeover did not happen");
});

Deno.test("sign out everywhere ends every session, the other browsers' too", async () => {
  await using t = await testApp();
  const laptop = await signIn(t.request);
  const phone = await signIn(t.request);
  const res = await phone.post("/admin/logout-everywhere");
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/admin/login?notice=signed_out_everywhere");
  for (const browser of [laptop, phone]) {
    assert.equal((await browser.get("/admin/orders")).status, 303);
  }
  assert.equal((await t.sql`select count(*)::int as n from staff_sessions`)[0].n, 0);
  const page = await (await t.request("/admin/login?notice=signed_out_everywhere")).text();
  assert.match(visibleText(page), /Signed out everywhere/);
});

Deno.test("wrong tokens from one address are answered 429 with Retry-After, and logged with the peer", async () => {
  await using t = await testApp({}, { captureLog: true });
  const attempt = (token: string, peer: string) =>
    t.request("/admin/login", form({ token }, { "x-forwarded-for": "10.9.9.9" }), peer);
  for (let i = 0; i < 6; i++) assert.equal((await attempt("guess", "198.51.100.7")).status, 401);
  const blocked = await attempt(ADMIN_TOKEN, "198.51.100.7");
  assert.equal(blocked.status, 429, "even the right token waits");
  assert.ok(Number(blocked.headers.get("retry-after")) >= 1);
  assert.equal(blocked.headers.get("set-cookie"), null);
  assert.match(visibleText(await blocked.text()), /Too many wrong tokens/);
  assert.equal((await attempt(ADMIN_TOKEN, "198.51.100.8")).status, 303, "other addresses sign in");
  const refused = t.logLines.map((l) => JSON.parse(l)).filter((l) =>
    l.msg === "admin.sign_in_refused"
  );
  assert.equal(refused.length, 6);
  assert.deepEqual(
    { peer: refused[0].peer, client: refused[0].client },
    { peer: "198.51.100.7", client: "198.51.100.7" },
    "the peer, not the client-supplied X-Forwarded-For",
  );
});

Deno.test("bearer-token guesses are throttled per address the same way", async () => {
  await using t = await testApp();
  const call = (token: string, peer: string) =>
    t.request("/api/orders", { headers: { authorization: `Bearer ${token}` } }, peer);
  for (let i = 0; i < 6; i++) {
    assert.equal((await call("guess-0123456789", "198.51.100.9")).status, 403);
  }
  const blocked = await call(ADMIN_TOKEN, "198.51.100.9");
  assert.equal(blocked.status, 429);
  assert.equal((await blocked.json()).error.code, "too_many_attempts");
  assert.ok(Number(blocked.headers.get("retry-after")) >= 1);
  assert.equal((await call(ADMIN_TOKEN, "198.51.100.10")).status, 200);
});

Deno.test("changing ADMIN_TOKEN signs everyone out", async () => {
  await using t = await testApp();
  const staff = await signIn(t.request);
  await using other = await testApp({ ADMIN_TOKEN: "another-admin-token-0123456789" });
  const res = await other.request("/admin/conversations", {
    headers: { cookie: staff.cookie },
    redirect: "manual",
  });
  assert.equal(res.status, 303);
  assert.match(res.headers.get("location") ?? "", /^\/admin\/login/);
});

Deno.test("without ADMIN_TOKEN the dashboard says it is disabled and lets nobody in", async () => {
  await using t = await testApp({ ADMIN_TOKEN: "" });
  const page = await t.request("/admin/login");
  assert.equal(page.status, 403);
  assert.match(visibleText(await page.text()), /dashboard is disabled: set ADMIN_TOKEN/);
  const post = await t.request("/admin/login", form({ token: "" }));
  assert.equal(post.status, 403);
  assert.equal(post.headers.get("set-cookie"), null);
  const conversations = await t.request("/admin/conversations", { redirect: "manual" });
  assert.equal(conversations.status, 303);
});
