import assert from "node:assert/strict";
import postgres from "postgres";
import { FakeGemini } from "../fakes/gemini.ts";
import { FakeTwilio, inboundForm, signWebhook } from "../fakes/twilio.ts";
import { openDatabase } from "../../src/db/connect.ts";
import { sharedDatabase, spawnServer } from "../helpers/process.ts";

const lastText = (req: { body: { contents?: { parts?: { text?: string }[] }[] } }) =>
  req.body.contents?.at(-1)?.parts?.at(-1)?.text ?? "";

Deno.test("SIGKILL after acknowledging 20 messages: after restart each gets exactly one reply", async () => {
  await using gemini = await FakeGemini.start();
  await using twilio = await FakeTwilio.start();
  const db = await sharedDatabase();
  const env = {
    ...db.env,
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
    INLINE_REPLY_MS: "0",
    WORKER_LEASE_SECONDS: "2",
  };
  // The first server's model never answers in time: it is killed mid-turn.
  gemini.fallback({ delayMs: 60_000, reply: { text: "too late" } });
  const first = await spawnServer(env);
  try {
    const forms = [];
    for (let c = 0; c < 10; c++) {
      for (let m = 0; m < 2; m++) {
        forms.push(inboundForm({
          From: `whatsapp:+3460000${String(c).padStart(4, "0")}`,
          Body: `mensaje ${c}-${m}`,
          AccountSid: twilio.accountSid,
        }));
      }
    }
    const url = `${first.url}/webhook`;
    const acks = await Promise.all(forms.map((form) =>
      fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-signature": signWebhook(twilio.authToken, url, form),
        },
        body: new URLSearchParams(form),
      }).then(async (r) => ({ status: r.status, body: await r.text() }))
    ));
    assert.deepEqual(acks.map((a) => a.status), Array(20).fill(200));
    while (gemini.requests.length < 5) await new Promise((r) => setTimeout(r, 20));
  } finally {
    assert.equal((await first.kill("SIGKILL")).signal, "SIGKILL");
  }
  assert.equal(twilio.messages.length, 0, "nothing was sent before the crash");

  gemini.fallback((req) => ({ text: `respuesta a «${lastText(req)}»` }));
  const second = await spawnServer(env);
  try {
    const sent = await twilio.waitForMessages(20, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(twilio.messages.length, 20, "exactly one reply each");
    const bodies = sent.map((m) => m.body).sort();
    const expected = [];
    for (let c = 0; c < 10; c++) {
      for (let m = 0; m < 2; m++) expected.push(`respuesta a «mensaje ${c}-${m}»`);
    }
    assert.deepEqual(bodies, expected.sort());
  } finally {
    await second.kill("SIGTERM");
  }
  // Each customer's replies went out in the order their messages arrived.
  const stored = await openDatabase(db.url ? { url: db.url } : { dataDir: db.env.DATA_DIR });
  try {
    const rows = await stored.sql<{ phone: string; texts: string[] }[]>`
      select c.phone, array_agg(m.text order by m.id) as texts
      from messages m join conversations v on v.id = m.conversation_id
      join customers c on c.id = v.customer_id
      where m.kind = 'customer' group by c.phone`;
    assert.equal(rows.length, 10);
    for (const row of rows) {
      const mine = twilio.messages.filter((m) => m.to === `whatsapp:${row.phone}`);
      assert.deepEqual(mine.map((m) => m.body), row.texts.map((t) => `respuesta a «${t}»`));
    }
  } finally {
    await stored.close();
    await db.drop();
  }
});

// Needs a Postgres server: the embedded database belongs to one process by design (its
// directory is locked). tests/whatsapp/instances_test.ts runs two instances in one process
// on either database.
Deno.test({
  name: "two server processes on one Postgres, same deliveries: each message processed once",
  ignore: !Deno.env.get("DATABASE_URL"),
}, async () => {
  await using gemini = await FakeGemini.start();
  await using twilio = await FakeTwilio.start();
  const db = await sharedDatabase();
  gemini.setDelay(100);
  gemini.fallback((req) => ({ text: `ok ${lastText(req)}` }));
  const env = {
    ...db.env,
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
    INLINE_REPLY_MS: "1000",
  };
  const a = await spawnServer(env);
  const b = await spawnServer(env);
  try {
    const forms = [...Array(20)].map((_, i) =>
      inboundForm({
        From: `whatsapp:+3461000${String(i % 5).padStart(4, "0")}`,
        Body: `m${i}`,
        AccountSid: twilio.accountSid,
      })
    );
    const post = (base: string, form: Record<string, string>) => {
      const url = `${base}/webhook`;
      return fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-signature": signWebhook(twilio.authToken, url, form),
        },
        body: new URLSearchParams(form),
      }).then((r) => r.text().then(() => r.status));
    };
    const statuses = await Promise.all(forms.flatMap((f) => [post(a.url, f), post(b.url, f)]));
    assert.deepEqual(statuses, Array(40).fill(200));
    await new Promise((r) => setTimeout(r, 1500));
    const sql = postgres(db.url!, { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql`
        select (select count(*)::int from messages where kind = 'customer') as customer,
          (select count(*)::int from messages where kind = 'model') as answers,
          (select count(*)::int from messages where kind = 'customer' and status = 'done') as done,
          (select count(*)::int from outbound_messages) as outbound`;
      assert.deepEqual({ ...row }, { customer: 20, answers: 20, done: 20, outbound: 20 });
    } finally {
      await sql.end();
    }
    assert.equal(gemini.requests.length, 20, "one model call per message");
  } finally {
    await a.kill();
    await b.kill();
    await db.drop();
  }
});
