import assert from "node:assert/strict";
import { signedUrl, validSignature } from "../../src/whatsapp/signature.ts";
import { signWebhook } from "../fakes/twilio.ts";

Deno.test("the signed URL is PUBLIC_BASE_URL + path + query when set", () => {
  const req = new Request("http://10.0.0.5:8000/webhook/status?outbound=7");
  assert.equal(
    signedUrl(req, "https://shop.example.com"),
    "https://shop.example.com/webhook/status?outbound=7",
  );
});

Deno.test("without PUBLIC_BASE_URL, X-Forwarded-Proto and X-Forwarded-Host are honoured", () => {
  const req = new Request("http://10.0.0.5:8000/webhook", {
    headers: { "x-forwarded-proto": "https", "x-forwarded-host": "shop.example.com" },
  });
  assert.equal(signedUrl(req, undefined), "https://shop.example.com/webhook");
  const bogus = new Request("http://10.0.0.5:8000/webhook", {
    headers: { "x-forwarded-proto": "gopher" },
  });
  assert.equal(signedUrl(bogus, undefined), "http://10.0.0.5:8000/webhook");
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
