import assert from "node:assert/strict";
import { fromSameOrigin } from "../../src/staff/origin.ts";
import { createSession, readSession, SESSION_SECONDS, validCsrf } from "../../src/staff/session.ts";

const TOKEN = "a-long-admin-token-0123456789";

Deno.test("a session reads back until it expires, and only under the token that signed it", () => {
  const now = new Date("2026-05-01T10:00:00Z");
  const value = createSession(TOKEN, now);
  const session = readSession(TOKEN, value, now);
  assert.ok(session);
  assert.equal(session.expiresAt.getTime(), now.getTime() + SESSION_SECONDS * 1000);
  const later = new Date(now.getTime() + SESSION_SECONDS * 1000 - 1000);
  assert.ok(readSession(TOKEN, value, later), "a second before expiry");
  assert.equal(readSession(TOKEN, value, new Date(session.expiresAt)), null, "expired");
  assert.equal(readSession(`${TOKEN}-rotated`, value, now), null, "another token");
});

Deno.test("a tampered session value is refused", () => {
  const value = createSession(TOKEN);
  const [expires, id, signature] = value.split(".");
  const flip = (s: string) => `${s.slice(0, -1)}${s.endsWith("A") ? "B" : "A"}`;
  for (
    const forged of [
      `${Number(expires) + 60}.${id}.${signature}`,
      `${expires}.${flip(id)}.${signature}`,
      `${expires}.${id}.${flip(signature)}`,
      `${expires}.${id}`,
      "",
      undefined,
    ]
  ) assert.equal(readSession(TOKEN, forged), null, String(forged));
});

Deno.test("each session has its own CSRF token, checked exactly", () => {
  const a = readSession(TOKEN, createSession(TOKEN))!;
  const b = readSession(TOKEN, createSession(TOKEN))!;
  assert.notEqual(a.id, b.id);
  assert.notEqual(a.csrf, b.csrf);
  assert.ok(validCsrf(a, a.csrf));
  assert.ok(!validCsrf(a, b.csrf));
  assert.ok(!validCsrf(a, a.csrf.slice(1)));
  assert.ok(!validCsrf(a, undefined));
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
