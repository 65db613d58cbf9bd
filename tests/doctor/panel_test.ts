import assert from "node:assert/strict";
import { FakeGemini } from "../fakes/gemini.ts";
import { invalidKey400 } from "../fakes/gemini-errors.ts";
import { FakeTwilio } from "../fakes/twilio.ts";
import { testApp } from "../helpers/app.ts";
import { signIn, signInAs, visibleText } from "../dashboard/staff.ts";

const SENDER = "+34910000000";
const MARTA = { name: "Marta", login: "marta", password: "marta-secret-2026", role: "staff" };

/** The shop configured against fake Gemini and Twilio, with the sender among the numbers. */
async function shop() {
  const gemini = await FakeGemini.start();
  const twilio = await FakeTwilio.start();
  twilio.phoneNumbers.push(SENDER);
  const t = await testApp({
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: `whatsapp:${SENDER}`,
    TWILIO_API_BASE_URL: twilio.url,
  });
  return {
    ...t,
    gemini,
    twilio,
    async [Symbol.asyncDispose]() {
      await t[Symbol.asyncDispose]();
      await Promise.all([gemini.close(), twilio.close()]);
    },
  };
}

/** The page's check lines: name → [status, visible text]. */
function lines(html: string): Map<string, [string, string]> {
  const found = new Map<string, [string, string]>();
  const item = /<li class="card" data-check="([^"]+)" data-status="([^"]+)">(.*?)<\/li>/gs;
  for (const [, name, status, body] of html.matchAll(item)) {
    found.set(name, [status, visibleText(body).trim()]);
  }
  return found;
}

Deno.test("an owner runs the doctor from the dashboard: one line per integration, against the real APIs' fakes", async () => {
  await using t = await shop();
  const owner = await signIn(t.request);
  const page = await (await owner.get("/admin/doctor")).text();
  assert.match(page, /<form method="post" action="\/admin\/doctor"/);
  assert.match(page, /Run the checks/);
  assert.equal(lines(page).size, 0, "nothing runs on a plain view");
  assert.equal(t.gemini.requests.length, 0);

  const ran = await owner.post("/admin/doctor");
  assert.equal(ran.status, 200);
  const results = lines(await ran.text());
  assert.deepEqual([...results.keys()], [
    "Gemini",
    "Twilio credentials",
    "Twilio sender",
    "PUBLIC_BASE_URL",
    "Stripe",
    "Mercado Pago",
    "Content templates",
  ]);
  assert.equal(results.get("Gemini")![0], "ok");
  assert.match(results.get("Gemini")![1], /^ok Gemini/);
  assert.equal(results.get("Twilio credentials")![0], "ok");
  assert.equal(results.get("Twilio sender")![0], "ok");
  assert.match(results.get("Twilio sender")![1], new RegExp(`\\${SENDER}`));
  assert.equal(results.get("Stripe")![0], "skip");
  assert.equal(results.get("Content templates")![0], "warn");
  assert.equal(t.gemini.requests.length, 1, "one tiny request");
});

Deno.test("a wrong Gemini key shows as a line to fix", async () => {
  await using t = await shop();
  t.gemini.fallback(invalidKey400());
  const owner = await signIn(t.request);
  const results = lines(await (await owner.post("/admin/doctor")).text());
  const [status, text] = results.get("Gemini")!;
  assert.equal(status, "fail");
  assert.match(text, /^fix Gemini/);
  assert.match(text, /GOOGLE_API_KEY/);
});

Deno.test("the doctor is for owners: staff get 403, a post without the CSRF token is refused, and nothing is called", async () => {
  await using t = await shop();
  const owner = await signIn(t.request);
  const refused = await owner.post("/admin/doctor", {}, { csrf: null });
  assert.equal(refused.status, 403);
  await refused.body?.cancel();
  const foreign = await owner.post("/admin/doctor", {}, { site: "cross-site" });
  assert.equal(foreign.status, 403);
  await foreign.body?.cancel();

  await owner.post("/admin/accounts", MARTA);
  const marta = await signInAs(t.request, "marta", MARTA.password);
  for (const res of [await marta.get("/admin/doctor"), await marta.post("/admin/doctor")]) {
    assert.equal(res.status, 403);
    await res.body?.cancel();
  }
  const home = await (await marta.get("/admin/conversations")).text();
  assert.doesNotMatch(home, /href="\/admin\/doctor"/, "staff do not see the section");
  assert.match(
    await (await owner.get("/admin/conversations")).text(),
    /href="\/admin\/doctor"/,
  );
  assert.equal(t.gemini.requests.length, 0, "no check ran");
  assert.equal(t.twilio.requests.length, 0);
});
