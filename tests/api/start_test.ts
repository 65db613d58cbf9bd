import assert from "node:assert/strict";
import { testApp } from "../helpers/app.ts";
import { visibleText } from "../dashboard/staff.ts";

Deno.test("GET / is a start page linking the API reference, the dashboard and health, with the page security headers", async () => {
  await using t = await testApp();
  const res = await t.request("/");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
  assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/);
  assert.match(res.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/);
  assert.equal(res.headers.get("x-frame-options"), "DENY");
  assert.equal(res.headers.get("cache-control"), "no-store");
  const html = await res.text();
  assert.match(html, /^<!doctype html><html lang="en">/);
  for (const href of ["/docs", "/openapi.json", "/admin", "/healthz", "/readyz"]) {
    assert.ok(html.includes(`<a href="${href}">`), href);
  }
  assert.match(visibleText(html), /This server is the shop's salesperson on WhatsApp/);
  const css = await t.request("/admin/assets/admin.css");
  assert.ok(/<link rel="stylesheet" href="\/admin\/assets\/admin.css"\/?>/.test(html));
  assert.equal(css.status, 200, "the stylesheet it links is served");
});

Deno.test("the start page gives the webhook URL to set in Twilio, from the request (through trusted proxies) or PUBLIC_BASE_URL", async () => {
  await using local = await testApp();
  const here = visibleText(await (await local.request("/")).text());
  assert.match(
    here,
    /“When a message comes in” webhook to http:\/\/localhost\/webhook , method POST/,
  );
  assert.match(here, /Set PUBLIC_BASE_URL to the https address Twilio reaches/);
  const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "tienda.example.com" };
  const untrusted = await local.request("/", { headers: forwarded });
  assert.match(visibleText(await untrusted.text()), /to http:\/\/localhost\/webhook ,/);
  await using proxied = await testApp({ TRUSTED_PROXIES: "1" });
  const behind = await proxied.request("/", { headers: forwarded });
  assert.match(visibleText(await behind.text()), /to https:\/\/tienda\.example\.com\/webhook ,/);

  await using configured = await testApp({ PUBLIC_BASE_URL: "https://shop.example.com/" });
  const page = visibleText(await (await configured.request("/")).text());
  assert.match(page, /webhook to https:\/\/shop\.example\.com\/webhook , method POST/);
  assert.doesNotMatch(page, /Set PUBLIC_BASE_URL/);
});

Deno.test("the start page says how to turn the dashboard on, and what WhatsApp still lacks", async () => {
  await using t = await testApp({ ADMIN_TOKEN: "", TWILIO_AUTH_TOKEN: "token-of-twilio" });
  const html = await (await t.request("/")).text();
  assert.ok(!html.includes('<a href="/admin">'), "no link to a dashboard that is off");
  const text = visibleText(html);
  assert.match(text, /the staff dashboard is off\. Start the server with ADMIN_TOKEN set/);
  assert.match(
    text,
    /WhatsApp is not connected: TWILIO_ACCOUNT_SID, TWILIO_WHATSAPP_FROM are not set\./,
  );
  assert.match(text, /the offline, rule-based model, .* set GOOGLE_API_KEY for Gemini/);
});

Deno.test("with Twilio and Gemini configured the start page says WhatsApp is connected", async () => {
  await using t = await testApp({
    TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "token-of-twilio",
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    GOOGLE_API_KEY: "test-key",
  });
  const text = visibleText(await (await t.request("/")).text());
  assert.match(text, /WhatsApp is connected: replies go out from whatsapp:\+14155238886\./);
  assert.match(text, /Answers come from Gemini \(gemini-3\.8-flash\)\./);
});

Deno.test("only / is the start page: other unknown paths stay JSON 404s", async () => {
  await using t = await testApp();
  const res = await t.request("/index.html");
  assert.equal(res.status, 404);
  assert.equal((await res.json()).error.code, "not_found");
  const post = await t.request("/", { method: "POST" });
  assert.equal(post.status, 404);
});
