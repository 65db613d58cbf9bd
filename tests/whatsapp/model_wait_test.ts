import assert from "node:assert/strict";
import { CircuitBreaker } from "../../src/agent/breaker.ts";
import { GeminiModel } from "../../src/agent/gemini.ts";
import type { Client } from "../../src/db/connect.ts";
import { createRuntime } from "../../src/runtime.ts";
import { loadConfig } from "../../src/shared/config.ts";
import { createLogger } from "../../src/shared/log.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { quota429 } from "../fakes/gemini-errors.ts";
import { FakeTwilio } from "../fakes/twilio.ts";
import { UNLIMITED } from "../helpers/app.ts";
import { testDatabase } from "../helpers/db.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";

const COMING = /Tengo tu mensaje y te respondo en cuanto pueda/;
const APOLOGY = /^Lo siento/;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Gemini against the fake, with a breaker on a clock the test moves. */
function gemini(fake: FakeGemini) {
  const clock = { ms: Date.now() };
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: fake.url,
    backoffMs: 5,
    timeoutMs: 5000,
    breaker: new CircuitBreaker({ now: () => clock.ms }),
  });
  return { model, clock };
}

/** The advised time passes: for the breaker's clock and for the leases in the database. */
async function pass(sql: Client, clock: { ms: number }, ms: number) {
  clock.ms += ms;
  await sql`update conversations set lease_until = now() - interval '1 second'
    where lease_owner = 'model-wait'`;
}

async function customerMessages(sql: Client) {
  return await sql<{ id: number; status: string }[]>`
    select id, status from messages where kind = 'customer' order by id`;
}

Deno.test("a 429 advising 26 s: the customer is told once the answer is coming, a second message waits with the first, both are answered once after the delay", async () => {
  await using fake = await FakeGemini.start();
  const { model, clock } = gemini(fake);
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "800" }, { model });
  wa.outbox.start();
  const phone = "+34600000161";
  fake.script(quota429("26s"), { text: "Sí, tenemos camisetas en talla M." });

  const first = await wa.send(phone, "¿Tenéis camisetas en talla M?");
  assert.equal(first.status, 200);
  assert.deepEqual(wa.parse(await first.text()), [], "no inline apology");
  const [notice] = await wa.twilio.waitForMessages(1);
  assert.match(notice.body, COMING);
  assert.equal(notice.to, `whatsapp:${phone}`);
  assert.equal(fake.requests.length, 1, "one call, not hammered");
  assert.deepEqual((await customerMessages(wa.sql)).map((m) => m.status), ["queued"]);

  // A second message during the wait: not sent to Gemini, not apologised, not told again.
  const second = await wa.send(phone, "¿Y en azul?");
  assert.deepEqual(wa.parse(await second.text()), []);
  await sleep(200);
  assert.equal(fake.requests.length, 1);
  assert.equal(wa.twilio.messages.length, 1, "only the notice so far");
  assert.deepEqual((await customerMessages(wa.sql)).map((m) => m.status), ["queued", "queued"]);

  // Recovery before the delay has passed claims nothing.
  assert.equal((await wa.inbox.recover()).kicked, 0);

  await pass(wa.sql, clock, 27_000);
  const recovered = await wa.inbox.recover();
  assert.equal(recovered.kicked, 1);
  await recovered.done;
  const sent = await wa.twilio.waitForMessages(2);
  assert.equal(sent[1].body, "Sí, tenemos camisetas en talla M.");
  assert.equal(fake.requests.length, 2, "one turn for both messages");
  const seen = JSON.stringify(fake.requests[1].body);
  assert.match(seen, /camisetas en talla M/);
  assert.match(seen, /Y en azul/);
  assert.deepEqual((await customerMessages(wa.sql)).map((m) => m.status), ["done", "done"]);

  // Nothing more goes out: a later sweep finds nothing, the notice was sent once.
  assert.equal((await wa.inbox.recover()).kicked, 0);
  await sleep(200);
  assert.equal(wa.twilio.messages.length, 2);
  assert.equal(wa.twilio.messages.filter((m) => COMING.test(m.body)).length, 1);
  assert.ok(!wa.twilio.messages.some((m) => APOLOGY.test(m.body)));
  const [{ n }] = await wa.sql`
    select count(*)::int as n from messages where kind = 'system' and text ~ 'te respondo'`;
  assert.equal(n, 1, "the notice is in the thread staff see");
});

Deno.test("the notice is in the customer's language, and a wait that is still not over after the delay is not announced twice", async () => {
  await using fake = await FakeGemini.start();
  const { model, clock } = gemini(fake);
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "800" }, { model });
  wa.outbox.start();
  fake.script(quota429("26s"), quota429("34.4s"), { text: "Yes, we ship to Porto." });

  await wa.send("+351910000162", "Hello, do you ship to Porto? Thanks");
  const [notice] = await wa.twilio.waitForMessages(1);
  assert.match(notice.body, /I have your message and will answer it as soon as I can/);

  await pass(wa.sql, clock, 27_000);
  await (await wa.inbox.recover()).done;
  assert.equal(fake.requests.length, 2, "tried again after the delay");
  await sleep(200);
  assert.equal(wa.twilio.messages.length, 1, "still waiting, not told again");
  assert.deepEqual((await customerMessages(wa.sql)).map((m) => m.status), ["queued"]);

  await pass(wa.sql, clock, 35_000);
  await (await wa.inbox.recover()).done;
  const sent = await wa.twilio.waitForMessages(2);
  assert.equal(sent[1].body, "Yes, we ship to Porto.");
  assert.deepEqual((await customerMessages(wa.sql)).map((m) => m.status), ["done"]);
});

Deno.test("a message waiting for the model is answered by the next process after a restart", async () => {
  await using fake = await FakeGemini.start();
  await using twilio = await FakeTwilio.start();
  await using db = await testDatabase();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    ...UNLIMITED,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
  });
  const log = createLogger("silent");
  const start = (model: GeminiModel) =>
    createRuntime({ db, config, log, model, outbox: { backoffMs: 20, pollMs: 20 } });
  fake.script(quota429("26s"), { text: "Claro, te lo guardo." });

  const before = start(gemini(fake).model);
  before.outbox.start();
  const got = await before.inbox.receive({
    phone: "+34600000163",
    text: "¿Me guardas una?",
    source: "whatsapp",
    externalId: "SM-wait-1",
  });
  await before.inbox.kick(got.conversationId, got.claimed);
  await twilio.waitForMessages(1);
  await before.inbox.close();
  await before.outbox.stop();

  // A new process, whose model has never failed, after the delay.
  const after = start(gemini(fake).model);
  after.outbox.start();
  await db.sql`update conversations set lease_until = now() - interval '1 second'`;
  await (await after.inbox.recover()).done;
  const sent = await twilio.waitForMessages(2);
  assert.equal(sent[1].body, "Claro, te lo guardo.");
  assert.equal(fake.requests.length, 2);
  await after.inbox.close();
  await after.outbox.stop();
  const rows = await db.sql`select status from messages where kind = 'customer'`;
  assert.deepEqual(rows.map((r) => r.status), ["done"]);
});

Deno.test("a message Gemini keeps refusing is tried three times, one delay apart, then apologised for once", async () => {
  await using fake = await FakeGemini.start();
  const { model, clock } = gemini(fake);
  await using wa = await whatsappShop({ INLINE_REPLY_MS: "800" }, { model });
  wa.outbox.start();
  fake.fallback(quota429("26s"));
  await wa.send("+34600000164", "¿Abrís el domingo?");
  for (let i = 0; i < 3; i++) {
    await pass(wa.sql, clock, 27_000);
    await (await wa.inbox.recover()).done;
  }
  assert.equal(fake.requests.length, 3, "one call per try");
  const sent = await wa.twilio.waitForMessages(2);
  assert.match(sent[0].body, COMING);
  assert.match(sent[1].body, APOLOGY);
  assert.deepEqual((await customerMessages(wa.sql)).map((m) => m.status), ["failed"]);
  assert.equal((await wa.inbox.recover()).kicked, 0, "nothing left waiting");
  await sleep(200);
  assert.equal(wa.twilio.messages.length, 2);
});
