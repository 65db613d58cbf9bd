import assert from "node:assert/strict";
import { CircuitBreaker } from "../../src/agent/breaker.ts";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { ModelError } from "../../src/agent/model.ts";
import { ask } from "../../src/chat/ask.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import {
  invalidKey400,
  modelNotFound404,
  overloaded503,
  permissionDenied403,
  quota429,
} from "../fakes/gemini-errors.ts";
import { createLogger } from "../../src/shared/log.ts";
import { testApp } from "../helpers/app.ts";
import { signIn, visibleText } from "../dashboard/staff.ts";

function model(fake: FakeGemini, options: { breaker?: CircuitBreaker; budgetMs?: number } = {}) {
  return new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: fake.url,
    backoffMs: 5,
    timeoutMs: 5000,
    retryBudgetMs: options.budgetMs ?? 10_000,
    breaker: options.breaker,
  });
}

const request = {
  system: "Be brief.",
  contents: [{ role: "user", parts: [{ text: "Hola" }] }],
  tools: [],
};

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ModelError, `a ModelError, got ${err}`);
    return err;
  }
  throw new Error("expected the call to fail");
}

async function lastCustomerMessage(shop: Awaited<ReturnType<typeof testApp>>, phone: string) {
  const [row] = await shop.sql`
    select m.status, m.error from messages m join conversations v on v.id = m.conversation_id
    join customers c on c.id = v.customer_id
    where c.phone = ${phone} and m.kind = 'customer' order by m.id desc limit 1`;
  return row;
}

Deno.test("a 429 whose RetryInfo advises 0.6s is retried once after that delay, not before", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({}, { model: model(fake) });
  fake.script(quota429("0.6s"), { text: "Aquí estoy." });
  const reply = await ask(shop.inbox, "+34600000101", "hola");
  assert.equal(reply.messages.map((m) => m.body).join(), "Aquí estoy.");
  assert.deepEqual(fake.requests.map((r) => r.status), [429, 200]);
  const waited = fake.requests[1].receivedAt - fake.requests[0].receivedAt;
  assert.ok(waited >= 600, `waited ${waited} ms`);
  assert.ok(waited < 2000, `waited ${waited} ms, not a backoff of its own`);
  assert.equal((await lastCustomerMessage(shop, "+34600000101")).status, "done");
});

Deno.test("a 503 advising a fractional retryDelay is honoured too", async () => {
  await using fake = await FakeGemini.start();
  fake.script(overloaded503("0.35s"), { text: "ok" });
  const response = await model(fake).generate(request);
  assert.deepEqual(response.parts, [{ text: "ok" }]);
  const waited = fake.requests[1].receivedAt - fake.requests[0].receivedAt;
  assert.ok(waited >= 350, `waited ${waited} ms`);
});

Deno.test("a retryDelay longer than the budget is not hammered: one call, the message waits for the delay, and every conversation stops calling", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp({}, { model: model(fake) });
  fake.fallback(quota429("34.4s"));
  const started = Date.now();
  const reply = await ask(shop.inbox, "+34600000102", "hola");
  assert.ok(Date.now() - started < 3000, "answered without waiting");
  assert.deepEqual(
    reply.messages.map((m) => m.body),
    ["Estoy con mucha demanda ahora mismo. Tengo tu mensaje y te respondo en cuanto pueda."],
    "no apology: told the answer comes later",
  );
  assert.equal(fake.requests.length, 1, "one call, no retries");
  assert.equal((await lastCustomerMessage(shop, "+34600000102")).status, "queued");
  const [wait] = await shop.sql<{ seconds: number }[]>`
    select extract(epoch from lease_until - now())::float8 as seconds from conversations
    where lease_owner = 'model-wait'`;
  assert.ok(wait.seconds > 30 && wait.seconds <= 34.5, `waits ${wait.seconds} s`);

  // Another customer: the breaker is open, Gemini is not called at all.
  const other = await ask(shop.inbox, "+14155550102", "hello");
  assert.match(other.messages[0].body, /^I'm very busy right now/);
  assert.equal(fake.requests.length, 1, "no call while the breaker is open");
  assert.equal((await lastCustomerMessage(shop, "+14155550102")).status, "queued");
});

Deno.test("the ModelError of a call that may not wait says unavailable and carries the advised delay", async () => {
  await using fake = await FakeGemini.start();
  fake.fallback(quota429("26s"));
  const error = await failure(model(fake).generate(request));
  assert.equal(error.kind, "unavailable");
  assert.equal(error.retryAfterMs, 26_000);
  assert.equal(error.status, 429);
});

Deno.test("the circuit breaker opens after three overload answers in a row and closes after the advised time", async () => {
  await using fake = await FakeGemini.start();
  const breaker = new CircuitBreaker({ threshold: 3 });
  const gemini = model(fake, { breaker });
  fake.script(overloaded503("0.05s"), overloaded503("0.05s"), overloaded503("0.3s"));
  const first = await failure(gemini.generate(request));
  assert.equal(first.kind, "unavailable");
  assert.equal(fake.requests.length, 3);
  assert.ok(breaker.openForMs() > 200, "open for the advised 0.3 s");

  // Concurrent conversations while open: none reaches Gemini.
  const blocked = await Promise.all([1, 2, 3].map(() => failure(gemini.generate(request))));
  assert.ok(blocked.every((e) => e.kind === "unavailable" && (e.retryAfterMs ?? 0) > 0));
  assert.equal(fake.requests.length, 3);

  await new Promise((r) => setTimeout(r, 350));
  fake.script({ text: "de vuelta" });
  assert.deepEqual((await gemini.generate(request)).parts, [{ text: "de vuelta" }]);
  assert.equal(breaker.openForMs(), 0);
  assert.equal(fake.requests.length, 4);
});

Deno.test("after the breaker's time a failing probe opens it again at once", async () => {
  await using fake = await FakeGemini.start();
  const breaker = new CircuitBreaker({ threshold: 2 });
  const gemini = model(fake, { breaker });
  fake.fallback(overloaded503("0.05s"));
  await failure(gemini.generate(request));
  assert.equal(fake.requests.length, 2);
  await new Promise((r) => setTimeout(r, 80));
  await failure(gemini.generate(request));
  assert.equal(fake.requests.length, 3, "one probe, then open again");
});

for (
  const [name, reply, status, fix] of [
    ["an invalid key (400)", invalidKey400(), 400, /GOOGLE_API_KEY.*valid key/],
    ["a disabled API (403)", permissionDenied403(), 403, /Generative Language API is enabled/],
    ["a model that does not exist (404)", modelNotFound404("gemini-9-flash"), 404, /GEMINI_MODEL/],
  ] as const
) {
  Deno.test(`${name} is not retried and says it is a configuration problem`, async () => {
    await using fake = await FakeGemini.start();
    fake.fallback(reply);
    const error = await failure(model(fake).generate(request));
    assert.equal(error.kind, "config");
    assert.equal(error.status, status);
    assert.equal(fake.requests.length, 1);
    const lines: string[] = [];
    const gemini = new GeminiModel({
      apiKey: "test-key",
      model: "gemini-9-flash",
      baseUrl: fake.url,
      log: createLogger("error", (line) => lines.push(line)),
    });
    await failure(gemini.generate(request));
    assert.match(lines[0], fix);
  });
}

Deno.test("a configuration error is logged once at error level with its fix and flagged on the dashboard's home until a call succeeds", async () => {
  await using fake = await FakeGemini.start();
  await using shop = await testApp(
    {
      GOOGLE_API_KEY: "test-key",
      GEMINI_BASE_URL: fake.url,
      GEMINI_MODEL: "gemini-9-flash",
      MODEL_FALLBACK: "apology",
    },
    { captureLog: true },
  );
  fake.fallback(modelNotFound404("gemini-9-flash"));
  for (const phone of ["+34600000103", "+34600000104", "+34600000105"]) {
    assert.match((await ask(shop.inbox, phone, "hola")).messages[0].body, /^Lo siento/);
  }
  assert.equal(fake.requests.length, 3, "one call per turn, none retried");
  const logged = shop.logLines.map((l) => JSON.parse(l)).filter((l) =>
    l.msg === "gemini.misconfigured"
  );
  assert.equal(logged.length, 1, "logged once");
  assert.equal(logged[0].level, "error");
  assert.match(logged[0].fix, /Set GEMINI_MODEL to a model this key can use/);

  const staff = await signIn(shop.request);
  const home = visibleText(await (await staff.get("/admin/conversations")).text());
  assert.match(home, /The AI model is not answering: Gemini 404 NOT_FOUND/);
  assert.match(home, /Set GEMINI_MODEL/);

  fake.fallback({ text: "Hola" });
  await ask(shop.inbox, "+34600000106", "hola");
  const after = visibleText(await (await staff.get("/admin/conversations")).text());
  assert.doesNotMatch(after, /The AI model is not answering/);
});
