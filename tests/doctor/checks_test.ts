import assert from "node:assert/strict";
import { type CheckResult, formatResult, runChecks } from "../../src/doctor/checks.ts";
import { loadConfig } from "../../src/shared/config.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { invalidKey400, modelNotFound404 } from "../fakes/gemini-errors.ts";
import { FakeMercadoPago } from "../fakes/mercadopago.ts";
import { FakeStripe } from "../fakes/stripe.ts";
import { FakeTwilio } from "../fakes/twilio.ts";

const SENDER = "+34910000000";

/** Every fake, a server answering /healthz, and the environment pointing the server at them. */
async function world() {
  const gemini = await FakeGemini.start();
  const twilio = await FakeTwilio.start();
  const stripe = await FakeStripe.start();
  const mercadopago = await FakeMercadoPago.start();
  const site = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    (req) =>
      new URL(req.url).pathname === "/healthz"
        ? new Response("ok")
        : new Response("not found", { status: 404 }),
  );
  twilio.phoneNumbers.push(SENDER);
  const env: Record<string, string> = {
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: `whatsapp:${SENDER}`,
    TWILIO_API_BASE_URL: twilio.url,
    PUBLIC_BASE_URL: `http://127.0.0.1:${site.addr.port}`,
    STRIPE_SECRET_KEY: stripe.secretKey,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_BASE_URL: stripe.url,
    MERCADOPAGO_ACCESS_TOKEN: mercadopago.accessToken,
    MERCADOPAGO_WEBHOOK_SECRET: mercadopago.webhookSecret,
    MERCADOPAGO_API_BASE_URL: mercadopago.url,
  };
  const check = async (overrides: Record<string, string> = {}) => {
    const e = { ...env, ...overrides };
    const results = await runChecks(loadConfig(e), e, { timeoutMs: 5000 });
    return Object.fromEntries(results.map((r) => [r.name, r])) as Record<string, CheckResult>;
  };
  return {
    gemini,
    twilio,
    env,
    check,
    async [Symbol.asyncDispose]() {
      await Promise.all([gemini.close(), twilio.close(), stripe.close(), mercadopago.close()]);
      await site.shutdown();
    },
  };
}

Deno.test("with everything right each integration gets one line saying so", async () => {
  await using w = await world();
  const r = await w.check();
  assert.equal(r["Gemini"].status, "ok");
  assert.match(r["Gemini"].message, /key, model gemini-3\.8-flash and thinking level low accepted/);
  assert.deepEqual(w.gemini.requests[0].body.generationConfig?.thinkingConfig, {
    thinkingLevel: "LOW",
  });
  assert.equal(r["Twilio credentials"].status, "ok");
  assert.equal(r["Twilio sender"].status, "ok");
  assert.match(r["Twilio sender"].message, /\+34910000000 is a number of the account/);
  // The loopback URL answers but is not https, which Twilio needs.
  assert.equal(r["PUBLIC_BASE_URL"].status, "fail");
  assert.match(r["PUBLIC_BASE_URL"].message, /answers 200 .*not https/);
  assert.equal(r["Stripe"].status, "ok");
  assert.match(r["Stripe"].message, /key accepted \(test mode\); STRIPE_WEBHOOK_SECRET is set/);
  assert.equal(r["Mercado Pago"].status, "ok");
  assert.equal(r["Content templates"].status, "warn");
  assert.equal(w.twilio.messages.length, 0, "nothing was sent");
  assert.match(formatResult(r["Stripe"]), /^✓ Stripe: key accepted/);
});

Deno.test("wrong keys, a sender that is not the account's and a model that does not exist each say what to fix", async () => {
  await using w = await world();
  w.gemini.fallback(modelNotFound404("gemini-9-flash"));
  const r = await w.check({
    GEMINI_MODEL: "gemini-9-flash",
    TWILIO_AUTH_TOKEN: "0".repeat(32),
    TWILIO_WHATSAPP_FROM: "whatsapp:+34910000999",
    STRIPE_SECRET_KEY: "sk_test_wrongwrongwrong",
    MERCADOPAGO_ACCESS_TOKEN: "TEST-0000000000000000-123",
  });
  assert.equal(r["Gemini"].status, "fail");
  assert.match(r["Gemini"].message, /404 NOT_FOUND.*Set GEMINI_MODEL to a model this key can use/);
  assert.equal(w.gemini.requests.length, 1, "one tiny request, not retried");
  assert.equal(r["Twilio credentials"].status, "fail");
  assert.match(
    r["Twilio credentials"].message,
    /rejects TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN/,
  );
  assert.equal(r["Twilio sender"].status, "fail");
  assert.match(r["Stripe"].message, /Stripe rejects STRIPE_SECRET_KEY \(401\)/);
  assert.match(r["Mercado Pago"].message, /rejects MERCADOPAGO_ACCESS_TOKEN \(401\)/);
});

Deno.test("an invalid Gemini key, an unknown sender and an unreachable public URL", async () => {
  await using w = await world();
  w.gemini.fallback(invalidKey400());
  const r = await w.check({
    TWILIO_WHATSAPP_FROM: "whatsapp:+34910000999",
    PUBLIC_BASE_URL: "https://127.0.0.1:1",
  });
  assert.match(r["Gemini"].message, /GOOGLE_API_KEY \(or GEMINI_API_KEY\) to a valid key/);
  assert.match(r["Twilio sender"].message, /\+34910000999 is not a number of account AC/);
  assert.equal(r["PUBLIC_BASE_URL"].status, "fail");
  assert.match(r["PUBLIC_BASE_URL"].message, /does not answer from here/);
});

Deno.test("what is not configured is skipped, and the sandbox sender is a warning", async () => {
  const r = Object.fromEntries(
    (await runChecks(loadConfig({ TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886" }), {})).map((
      x,
    ) => [x.name, x]),
  );
  assert.equal(r["Gemini"].status, "skip");
  assert.match(r["Gemini"].message, /offline model/);
  assert.equal(r["Stripe"].status, "skip");
  assert.equal(r["Mercado Pago"].status, "skip");
  assert.equal(r["Twilio sender"].status, "warn");
  assert.match(r["Twilio sender"].message, /sandbox/);
  assert.equal(r["PUBLIC_BASE_URL"].status, "warn");
});

Deno.test("deno task doctor prints one line per integration and exits 1 when one fails", async () => {
  await using w = await world();
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", "scripts/doctor.ts"],
    cwd: new URL("../../", import.meta.url),
    env: {
      ...w.env,
      LOG_LEVEL: "silent",
      ...Object.fromEntries(
        ["HOME", "PATH", "DENO_DIR"].flatMap((k) => Deno.env.get(k) ? [[k, Deno.env.get(k)!]] : []),
      ),
    },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const lines = new TextDecoder().decode(out.stdout).trim().split("\n");
  assert.equal(out.code, 1, "PUBLIC_BASE_URL is not https");
  assert.deepEqual(lines.map((l) => l.split(":")[0]), [
    "✓ Gemini",
    "✓ Twilio credentials",
    "✓ Twilio sender",
    "✗ PUBLIC_BASE_URL",
    "✓ Stripe",
    "✓ Mercado Pago",
    "! Content templates",
  ]);
});
