import assert from "node:assert/strict";
import { signedUrl, validSignature } from "../../src/whatsapp/signature.ts";
import { signWebhook } from "../fakes/twilio.ts";

Deno.test("the signed URL is PUBLIC_BASE_URL + path + query when set", () => {
  const req = new Request("http://10.0.0.5:8000/webhook/status?outbound=7");
  assert.equal(
    signedUrl(req, { publicBaseUrl: "https://shop.example.com", trustedProxies: 0 }),
    "https://shop.example.com/webhook/status?outbound=7",
  );
});

Deno.test("without TRUSTED_PROXIES, forwarded headers do not change the signed URL", () => {
  const req = new Request("http://10.0.0.5:8000/webhook", {
    headers: { "x-forwarded-proto": "https", "x-forwarded-host": "other-shop.example.com" },
  });
  assert.equal(signedUrl(req, { trustedProxies: 0 }), "http://10.0.0.5:8000/webhook");
});

Deno.test("behind trusted proxies, the values the nearest proxy appended count, not the client's", () => {
  const req = new Request("http://10.0.0.5:8000/webhook?x=1", {
    headers: {
      "x-forwarded-proto": "http, https",
      "x-forwarded-host": "other-shop.example.com, shop.example.com",
    },
  });
  assert.equal(signedUrl(req, { trustedProxies: 1 }), "https://shop.example.com/webhook?x=1");
  const bogus = new Request("http://10.0.0.5:8000/webhook", {
    headers: { "x-forwarded-proto": "gopher", "x-forwarded-host": "a b/c" },
  });
  assert.equal(signedUrl(bogus, { trustedProxies: 1 }), "http://10.0.0.5:8000/webhook");
});

Deno.test("signatures are checked with Twilio's algorithm", () => {
  const params = { Body: "¿Hola? 👋", From: "whatsapp:+34600000001" };
  const url = "https://shop.example.com/webhook";
  const signature = signWebhook("secret", url, params);
  assert.equal(validSignature("secret", signature, url, params), true);
  assert.equal(validSignature("secret", signature, url, { ...params, Body: "hola" }), false);
  assert.equal(validSignature("other", signature, url, params), false);
  assert.equal(validSignature("secret", undefined, url, params), false);
  assert.equal(validSignature("secret", "garbage", url, params), false);
});
