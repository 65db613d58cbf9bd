import assert from "node:assert/strict";
import { testApp } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { signIn, signInAs, visibleText } from "./staff.ts";

const MARTA = { name: "Marta", login: "marta", password: "marta-secret-2026", role: "staff" };

async function conversationWith(wa: Awaited<ReturnType<typeof whatsappShop>>, phone: string) {
  await wa.send(phone, "Hola");
  const [row] = await wa.sql<{ id: number }[]>`
    select v.id from conversations v join customers c on c.id = v.customer_id
    where c.phone = ${phone}`;
  return row.id;
}

Deno.test("an owner adds a staff account, who signs in as herself with a hashed password", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const created = await owner.post("/admin/accounts", MARTA);
  assert.equal(created.status, 303);
  const [stored] = await t.sql<{ passwordHash: string; role: string }[]>`
    select password_hash, role from staff_accounts where login = 'marta'`;
  assert.equal(stored.role, "staff");
  assert.match(stored.passwordHash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.ok(!stored.passwordHash.includes(MARTA.password));
  const marta = await signInAs(t.request, "Marta", MARTA.password);
  const page = await (await marta.get("/admin/conversations")).text();
  assert.match(page, /<span class="signed-in-as">Marta<\/span>/);
  assert.doesNotMatch(page, /href="\/admin\/settings"/, "staff do not see owner sections");
  const audit = visibleText(await (await owner.get("/admin/audit")).text());
  assert.match(audit, /Marta signed in/);
  assert.match(audit, /Owner \(admin token\) added an account marta role: staff/);
});

Deno.test("staff get 403 from every owner page and form, and change nothing", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  await owner.post("/admin/accounts", MARTA);
  const marta = await signInAs(t.request, "marta", MARTA.password);
  for (
    const path of [
      "/admin/settings",
      "/admin/products",
      "/admin/metrics",
      "/admin/accounts",
      "/admin/audit",
    ]
  ) {
    const res = await marta.get(path);
    assert.equal(res.status, 403, path);
    await res.body?.cancel();
  }
  const add = await marta.post("/admin/accounts", { ...MARTA, login: "intruder", role: "owner" });
  assert.equal(add.status, 403);
  assert.equal((await marta.post("/admin/products/1", { price: "0", stock: "0" })).status, 403);
  const [{ count }] = await t.sql<{ count: number }[]>`
    select count(*)::int as count from staff_accounts`;
  assert.equal(count, 1);
  const [{ price }] = await t.sql<{ price: number }[]>`
    select price_minor as price from products where id = 1`;
  assert.notEqual(price, 0);
  assert.equal((await marta.get("/admin/orders")).status, 200, "staff handle orders");
});

Deno.test("a reply is signed by its writer in the thread, and the audit log names who took over", async () => {
  await using wa = await whatsappShop();
  const id = await conversationWith(wa, "+34600000301");
  const owner = await signIn(wa.request);
  await owner.post("/admin/accounts", MARTA);
  const marta = await signInAs(wa.request, "marta", MARTA.password);
  assert.equal((await marta.post(`/admin/conversations/${id}/takeover`)).status, 303);
  const replied = await marta.post(`/admin/conversations/${id}/reply`, { text: "Hola, soy Marta" });
  assert.equal(replied.status, 303);
  const thread = visibleText(await (await owner.get(`/admin/conversations/${id}`)).text());
  assert.match(thread, /Hola, soy Marta Marta \d/);
  const [sent] = await wa.sql<{ body: string }[]>`
    select body from outbound_messages o join messages m on m.id = o.message_id
    where m.kind = 'staff'`;
  assert.equal(sent.body, "Hola, soy Marta", "the customer reads the shop, not a name");
  const audit = visibleText(await (await owner.get("/admin/audit")).text());
  assert.match(audit, new RegExp(`Marta replied conversation ${id}`));
  assert.match(audit, new RegExp(`Marta took over conversation ${id}`));
});

Deno.test("disabling an account ends its sessions at once, and it cannot sign in again", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  await owner.post("/admin/accounts", MARTA);
  const marta = await signInAs(t.request, "marta", MARTA.password);
  const [{ id }] = await t.sql<{ id: number }[]>`select id from staff_accounts`;
  assert.equal((await owner.post(`/admin/accounts/${id}/disable`)).status, 303);
  const after = await marta.get("/admin/conversations");
  assert.equal(after.status, 303);
  assert.match(after.headers.get("location") ?? "", /^\/admin\/login/);
  const again = await t.request("/admin/login", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "sec-fetch-site": "same-origin",
    },
    body: new URLSearchParams({ login: "marta", password: MARTA.password }),
  });
  assert.equal(again.status, 401);
  assert.match(await again.text(), /Wrong sign-in name or password/);
  const [{ count }] = await t.sql<{ count: number }[]>`
    select count(*)::int as count from staff_sessions where staff_id = ${id}`;
  assert.equal(count, 0);
  assert.match(
    visibleText(await (await owner.get("/admin/audit")).text()),
    /disabled an account marta/,
  );
  assert.equal((await owner.post(`/admin/accounts/${id}/enable`)).status, 303);
  await signInAs(t.request, "marta", MARTA.password);
});

Deno.test("a new password ends the account's sessions and replaces the old one", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  await owner.post("/admin/accounts", MARTA);
  const marta = await signInAs(t.request, "marta", MARTA.password);
  const [{ id }] = await t.sql<{ id: number }[]>`select id from staff_accounts`;
  const short = await owner.post(`/admin/accounts/${id}/password`, { password: "short" });
  assert.equal(short.status, 400);
  assert.equal(
    (await marta.get("/admin/conversations")).status,
    200,
    "a refused reset changes nothing",
  );
  const reset = await owner.post(`/admin/accounts/${id}/password`, {
    password: "a-new-password-1",
  });
  assert.equal(reset.status, 303);
  assert.equal((await marta.get("/admin/conversations")).status, 303);
  await signInAs(t.request, "marta", "a-new-password-1");
});

Deno.test("bad accounts are refused with a clear message and nothing is stored", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const short = await owner.post("/admin/accounts", { ...MARTA, password: "2short" });
  assert.equal(short.status, 400);
  assert.match(await short.text(), /A password has 10 to 200 characters/);
  const badLogin = await owner.post("/admin/accounts", { ...MARTA, login: "<b>x</b>" });
  assert.equal(badLogin.status, 400);
  const noCsrf = await owner.post("/admin/accounts", MARTA, { csrf: null });
  assert.equal(noCsrf.status, 403);
  const crossSite = await owner.post("/admin/accounts", MARTA, { site: "cross-site" });
  assert.equal(crossSite.status, 403);
  const [{ count }] = await t.sql<{ count: number }[]>`
    select count(*)::int as count from staff_accounts`;
  assert.equal(count, 0);
  await owner.post("/admin/accounts", MARTA);
  const twice = await owner.post("/admin/accounts", { ...MARTA, login: "MARTA" });
  assert.equal(twice.status, 409);
  assert.match(await twice.text(), /The sign-in name «marta» is taken/);
});

Deno.test("names are escaped on the accounts page and in the audit log", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  await owner.post("/admin/accounts", { ...MARTA, name: "<script>alert(1)</script>" });
  const accounts = await (await owner.get("/admin/accounts")).text();
  assert.ok(!accounts.includes("<script>alert(1)"));
  assert.ok(accounts.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  await signInAs(t.request, "marta", MARTA.password);
  const audit = await (await owner.get("/admin/audit")).text();
  assert.ok(!audit.includes("<script>alert(1)"));
});

Deno.test("a wrong password is refused like a wrong token and counts towards the throttle", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  await owner.post("/admin/accounts", MARTA);
  const res = await t.request("/admin/login", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "sec-fetch-site": "same-origin",
    },
    body: new URLSearchParams({ login: "marta", password: "not-her-password" }),
  });
  assert.equal(res.status, 401);
  assert.equal(res.headers.get("set-cookie"), null);
  const [{ failures }] = await t.sql<{ failures: number }[]>`select failures from auth_failures`;
  assert.equal(failures, 1);
});

Deno.test("a staff session calling the admin API gets 403 from owner routes", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  await owner.post("/admin/accounts", MARTA);
  const marta = await signInAs(t.request, "marta", MARTA.password);
  for (
    const path of ["/api/admin/settings", "/api/admin/products", "/api/admin/metrics", "/metrics"]
  ) {
    const res = await marta.get(path);
    assert.equal(res.status, 403, path);
    await res.body?.cancel();
  }
  const conversations = await marta.get("/api/admin/conversations");
  assert.equal(conversations.status, 200);
  await conversations.body?.cancel();
  const ownerSettings = await owner.get("/api/admin/settings");
  assert.equal(ownerSettings.status, 200);
  await ownerSettings.body?.cancel();
});
