import assert from "node:assert/strict";
import { fromSameOrigin } from "../../src/staff/origin.ts";
import {
  createSession,
  deleteExpiredSessions,
  endAllSessions,
  endSession,
  readSession,
  SESSION_SECONDS,
  validCsrf,
} from "../../src/staff/session.ts";
import {
  blockedFor,
  clearFailures,
  FREE_FAILURES,
  recordFailure,
} from "../../src/staff/throttle.ts";
import { testDatabase } from "../helpers/db.ts";

const TOKEN = "a-long-admin-token-0123456789";

Deno.test("a stored session reads back until it ends or expires, and only under its token", async () => {
  await using db = await testDatabase({ seed: false });
  const { cookie, session } = await createSession(db.sql, TOKEN, { client: "203.0.113.7" });
  assert.match(cookie, /^[\w-]{43}$/);
  assert.notEqual(session.id, cookie, "the table keeps a hash, not the cookie");
  const hours = (session.expiresAt.getTime() - Date.now()) / 3_600_000;
  assert.ok(hours > SESSION_SECONDS / 3600 - 0.1 && hours <= SESSION_SECONDS / 3600);
  assert.deepEqual(await readSession(db.sql, TOKEN, cookie), session);
  assert.equal(await readSession(db.sql, `${TOKEN}-rotated`, cookie), null, "another token");

  await db.sql`update staff_sessions set expires_at = now() - interval '1 second'`;
  assert.equal(await readSession(db.sql, TOKEN, cookie), null, "expired");
  assert.equal(await deleteExpiredSessions(db.sql), 1);

  const again = await createSession(db.sql, TOKEN);
  await endSession(db.sql, again.session.id);
  assert.equal(await readSession(db.sql, TOKEN, again.cookie), null, "signed out");
});

Deno.test("sign out everywhere ends every session at once", async () => {
  await using db = await testDatabase({ seed: false });
  const a = await createSession(db.sql, TOKEN);
  const b = await createSession(db.sql, TOKEN);
  assert.equal(await endAllSessions(db.sql), 2);
  assert.equal(await readSession(db.sql, TOKEN, a.cookie), null);
  assert.equal(await readSession(db.sql, TOKEN, b.cookie), null);
});

Deno.test("cookie values that are no stored session are refused", async () => {
  await using db = await testDatabase({ seed: false });
  const { cookie } = await createSession(db.sql, TOKEN);
  const flip = (s: string) => `${s.slice(0, -1)}${s.endsWith("A") ? "B" : "A"}`;
  for (
    const forged of [flip(cookie), cookie.slice(1), `${cookie}x`, "", "' or 1=1 --", undefined]
  ) {
    assert.equal(await readSession(db.sql, TOKEN, forged), null, String(forged));
  }
});

Deno.test("each session has its own CSRF token, checked exactly", async () => {
  await using db = await testDatabase({ seed: false });
  const { session: a } = await createSession(db.sql, TOKEN);
  const { session: b } = await createSession(db.sql, TOKEN);
  assert.notEqual(a.id, b.id);
  assert.notEqual(a.csrf, b.csrf);
  assert.ok(validCsrf(a, a.csrf));
  assert.ok(!validCsrf(a, b.csrf));
  assert.ok(!validCsrf(a, a.csrf.slice(1)));
  assert.ok(!validCsrf(a, undefined));
});

Deno.test("wrong credentials from one address block it for longer and longer, not the others", async () => {
  await using db = await testDatabase({ seed: false });
  for (let i = 0; i < FREE_FAILURES; i++) {
    assert.equal(await recordFailure(db.sql, "198.51.100.1"), 0);
  }
  assert.equal(await blockedFor(db.sql, "198.51.100.1"), 0);
  assert.equal(await recordFailure(db.sql, "198.51.100.1"), 1);
  assert.equal(await recordFailure(db.sql, "198.51.100.1"), 2);
  assert.equal(await recordFailure(db.sql, "198.51.100.1"), 4);
  assert.ok((await blockedFor(db.sql, "198.51.100.1")) >= 3);
  assert.equal(await blockedFor(db.sql, "198.51.100.2"), 0, "another address is free");
  await clearFailures(db.sql, "198.51.100.1");
  assert.equal(await blockedFor(db.sql, "198.51.100.1"), 0);
});

Deno.test("only same-origin browser requests may change state", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://shop.local:8000/admin/x", { method: "POST", headers });
  assert.ok(fromSameOrigin(request({ "sec-fetch-site": "same-origin" })));
  assert.ok(!fromSameOrigin(request({ "sec-fetch-site": "same-site" })));
  assert.ok(!fromSameOrigin(request({ "sec-fetch-site": "cross-site" })));
  assert.ok(!fromSameOrigin(request({ "sec-fetch-site": "none" })));
  assert.ok(fromSameOrigin(request({ origin: "http://shop.local:8000" })));
  assert.ok(!fromSameOrigin(request({ origin: "http://shop.local:9000" })));
  assert.ok(!fromSameOrigin(request({ origin: "null" })));
  assert.ok(
    fromSameOrigin(request({ origin: "https://shop.example.com" }), "https://shop.example.com"),
    "behind a proxy, the public URL's origin",
  );
  assert.ok(fromSameOrigin(request({})), "no browser signal: the CSRF token decides");
});
