import assert from "node:assert/strict";
import { ApiError, type Content, GoogleGenAI } from "@google/genai";
import { FakeGemini } from "./gemini.ts";

const MODEL = "gemini-3-flash";
const tools = [{
  functionDeclarations: [
    { name: "view_cart", description: "Shows the cart", parametersJsonSchema: { type: "object" } },
    {
      name: "add_to_cart",
      description: "Adds a product",
      parametersJsonSchema: { type: "object" },
    },
  ],
}];

function client(fake: FakeGemini, apiKey = "test-key", apiVersion?: string): GoogleGenAI {
  return new GoogleGenAI({ apiKey, apiVersion, httpOptions: { baseUrl: fake.url } });
}

/** Awaits a promise expected to fail with the SDK's ApiError, and returns that error. */
async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ApiError, `expected an ApiError, got ${e}`);
    return e;
  }
  assert.fail("expected the request to fail");
}

/** Asks for a function call turn and returns [user turn, model turn] to replay. */
async function callTurn(ai: GoogleGenAI): Promise<Content[]> {
  const user: Content = { role: "user", parts: [{ text: "añade 2 cafés y muéstrame el carrito" }] };
  const response = await ai.models.generateContent({
    model: MODEL,
    contents: [user],
    config: { tools },
  });
  const model = response.candidates?.[0]?.content;
  assert.ok(model);
  return [user, model];
}

const responses = (...names: string[]): Content => ({
  role: "user",
  parts: names.map((name) => ({ functionResponse: { name, response: { ok: true } } })),
});

Deno.test("answers scripted text with usage metadata, recording the request", async () => {
  await using fake = await FakeGemini.start();
  fake.script({ text: "¡Hola! ¿Qué te sirvo?" });
  const response = await client(fake).models.generateContent({
    model: MODEL,
    contents: "hola",
    config: { systemInstruction: "Eres un vendedor." },
  });
  assert.equal(response.text, "¡Hola! ¿Qué te sirvo?");
  assert.equal(response.modelVersion, MODEL);
  const usage = response.usageMetadata;
  assert.ok(usage?.promptTokenCount && usage.candidatesTokenCount);
  assert.equal(usage.totalTokenCount, usage.promptTokenCount + usage.candidatesTokenCount);

  const [req] = fake.requests;
  assert.equal(fake.requests.length, 1);
  assert.equal(req.model, MODEL);
  assert.equal(req.path, `/v1/models/${MODEL}:generateContent`);
  assert.equal(req.apiKey, "test-key");
  assert.equal(req.status, 200);
  assert.deepEqual(req.body.contents, [{ role: "user", parts: [{ text: "hola" }] }]);
  assert.deepEqual(req.body.systemInstruction?.parts, [{ text: "Eres un vendedor." }]);
});

Deno.test("the first of parallel function calls carries the thought signature and replaying them verbatim works", async () => {
  await using fake = await FakeGemini.start();
  fake.script(
    {
      text: "Un momento.",
      calls: [{ name: "add_to_cart", args: { sku: "cafe", qty: 2 } }, { name: "view_cart" }],
    },
    { text: "Listo: 2 cafés." },
  );
  const ai = client(fake);
  const [user, model] = await callTurn(ai);
  const [text, add, view] = model.parts ?? [];
  assert.deepEqual(text, { text: "Un momento." });
  assert.deepEqual(add.functionCall, { name: "add_to_cart", args: { sku: "cafe", qty: 2 } });
  assert.deepEqual(view.functionCall, { name: "view_cart", args: {} });
  assert.ok(add.thoughtSignature, "the first call of a parallel set is signed");
  assert.equal(view.thoughtSignature, undefined, "the others are not, as with Gemini 3");

  const response = await ai.models.generateContent({
    model: MODEL,
    contents: [user, model, responses("add_to_cart", "view_cart")],
    config: { tools },
  });
  assert.equal(response.text, "Listo: 2 cafés.");
  assert.equal(fake.requests[1].body.contents?.length, 3);
});

Deno.test("a replayed call without its signature is rejected without consuming a step", async () => {
  await using fake = await FakeGemini.start();
  fake.script({ calls: [{ name: "view_cart" }] }, { text: "Tu carrito está vacío." });
  const ai = client(fake);
  const [user, model] = await callTurn(ai);
  const unsigned = { ...model, parts: model.parts?.map(({ functionCall }) => ({ functionCall })) };

  const err = await apiError(ai.models.generateContent({
    model: MODEL,
    contents: [user, unsigned, responses("view_cart")],
    config: { tools },
  }));
  assert.equal(err.status, 400);
  assert.match(err.message, /missing a thought_signature/);
  assert.match(err.message, /`default_api:view_cart` , position 2/);
  assert.match(err.message, /INVALID_ARGUMENT/);
  assert.equal(fake.requests[1].status, 400);

  const response = await ai.models.generateContent({
    model: MODEL,
    contents: [user, model, responses("view_cart")],
    config: { tools },
  });
  assert.equal(response.text, "Tu carrito está vacío.");
});

Deno.test("a signature replayed on an altered call is rejected", async () => {
  await using fake = await FakeGemini.start();
  fake.script({ calls: [{ name: "add_to_cart", args: { sku: "cafe", qty: 1 } }] });
  const ai = client(fake);
  const [user, model] = await callTurn(ai);
  const [part] = model.parts ?? [];
  const altered = { ...part, functionCall: { name: "add_to_cart", args: { sku: "cafe", qty: 9 } } };

  const err = await apiError(ai.models.generateContent({
    model: MODEL,
    contents: [user, { role: "model", parts: [altered] }, responses("add_to_cart")],
    config: { tools },
  }));
  assert.equal(err.status, 400);
  assert.match(err.message, /Corrupted thought signature/);
});

Deno.test("function responses must match the calls in number and name", async () => {
  await using fake = await FakeGemini.start();
  fake.script({ calls: [{ name: "add_to_cart", args: { sku: "te" } }, { name: "view_cart" }] });
  const ai = client(fake);
  const [user, model] = await callTurn(ai);
  const send = (...next: Content[]) =>
    apiError(ai.models.generateContent({ model: MODEL, contents: [user, model, ...next] }));

  const tooFew = await send(responses("add_to_cart"));
  assert.equal(tooFew.status, 400);
  assert.match(tooFew.message, /number of function response parts is equal to the number/);
  assert.match((await send()).message, /number of function response parts/);
  assert.match((await send(responses("view_cart", "add_to_cart"))).message, /in order/);
  assert.deepEqual(fake.requests.map((r) => r.status), [200, 400, 400, 400]);
});

Deno.test("rejects a wrong API key the way Gemini does", async () => {
  await using fake = await FakeGemini.start({ apiKey: "right" });
  const err = await apiError(
    client(fake, "wrong").models.generateContent({ model: MODEL, contents: "hola" }),
  );
  assert.equal(err.status, 400);
  assert.match(err.message, /API key not valid\. Please pass a valid API key\./);
  assert.equal(fake.requests[0].apiKey, "wrong");
});

Deno.test("scripted errors surface as ApiError and are not retried by the SDK", async () => {
  await using fake = await FakeGemini.start();
  fake.script({ error: 429 }, { text: "ok again" });
  const ai = client(fake);
  const err = await apiError(ai.models.generateContent({ model: MODEL, contents: "hola" }));
  assert.equal(err.status, 429);
  assert.deepEqual(JSON.parse(err.message), {
    error: {
      code: 429,
      message: "Resource has been exhausted (e.g. check quota).",
      status: "RESOURCE_EXHAUSTED",
    },
  });
  assert.equal(fake.requests.length, 1);
  const response = await ai.models.generateContent({ model: MODEL, contents: "hola" });
  assert.equal(response.text, "ok again");
});

Deno.test("calling an undeclared function needs allowUndeclared", async () => {
  await using fake = await FakeGemini.start();
  fake.script({ calls: [{ name: "refund" }] }, {
    calls: [{ name: "refund" }],
    allowUndeclared: true,
  });
  const ai = client(fake);
  const err = await apiError(
    ai.models.generateContent({ model: MODEL, contents: "x", config: { tools } }),
  );
  assert.equal(err.status, 500);
  assert.match(err.message, /`refund` is not declared/);
  const response = await ai.models.generateContent({
    model: MODEL,
    contents: "x",
    config: { tools },
  });
  assert.deepEqual(response.functionCalls, [{ name: "refund", args: {} }]);
});

Deno.test("a hanging reply trips the SDK timeout; close releases it", async () => {
  const fake = await FakeGemini.start();
  fake.script({ hang: true });
  const ai = new GoogleGenAI({
    apiKey: "test-key",
    httpOptions: { baseUrl: fake.url, timeout: 100 },
  });
  await assert.rejects(
    ai.models.generateContent({ model: MODEL, contents: "hola" }),
    { name: "AbortError" },
  );
  assert.equal(fake.requests.length, 1);
  assert.equal(fake.requests[0].status, undefined);
  await fake.close();
});

Deno.test("function steps, delays, fallback, v1beta and reset", async () => {
  await using fake = await FakeGemini.start();
  const ai = client(fake, "test-key", "v1beta");
  fake.setDelay(20);
  fake.fallback((req) => ({ text: `echo ${req.body.contents?.length}` }));
  fake.script({ delayMs: 30, reply: { text: "slow" } });

  const started = Date.now();
  assert.equal((await ai.models.generateContent({ model: MODEL, contents: "a" })).text, "slow");
  assert.ok(Date.now() - started >= 50);
  assert.equal((await ai.models.generateContent({ model: MODEL, contents: "b" })).text, "echo 1");
  assert.equal(fake.requests[0].path, `/v1beta/models/${MODEL}:generateContent`);

  fake.reset();
  assert.equal(fake.requests.length, 0);
  assert.equal((await ai.models.generateContent({ model: MODEL, contents: "c" })).text, "ok");
});

Deno.test("rejects malformed bodies and unknown routes", async () => {
  await using fake = await FakeGemini.start();
  const post = async (path: string, body: string) => {
    const res = await fetch(fake.url + path, {
      method: "POST",
      headers: { "x-goog-api-key": "test-key", "content-type": "application/json" },
      body,
    });
    return { status: res.status, error: (await res.json()).error };
  };
  const path = `/v1beta/models/${MODEL}:generateContent`;
  const cases: [string, RegExp][] = [
    ["{", /Invalid JSON payload/],
    [JSON.stringify({ contents: [] }), /contents is not specified/],
    [JSON.stringify({ contents: [{ role: "system", parts: [{ text: "x" }] }] }), /valid role/],
    [JSON.stringify({ contents: [{ role: "user", parts: [] }] }), /parts must not be empty/],
    [JSON.stringify({ contents: [{ role: "user", parts: "x" }] }), /contents\[0\]\.parts/],
  ];
  for (const [body, message] of cases) {
    const { status, error } = await post(path, body);
    assert.equal(status, 400);
    assert.equal(error.status, "INVALID_ARGUMENT");
    assert.match(error.message, message);
  }
  assert.equal((await post("/v1/models/x:streamGenerateContent", "{}")).status, 404);
  assert.equal(fake.requests.length, cases.length + 1);
});
