import assert from "node:assert/strict";
import { FakeGemini } from "./fakes/gemini.ts";
import { FakeTwilio, inboundForm, signWebhook } from "./fakes/twilio.ts";
import { type ServerProcess, sharedDatabase, spawnServer } from "./helpers/process.ts";

const SPY = ["-A", "--preload", "tests/helpers/cron_spy.ts"];

function logged(server: ServerProcess, msg: string): Record<string, unknown>[] {
  return server.lines.filter((l) => l.includes(`"msg":"${msg}"`)).map((l) => JSON.parse(l));
}

async function until(what: string, ok: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

Deno.test("main.ts registers the periodic cron at the top level, before the server listens", async () => {
  const db = await sharedDatabase();
  const server = await spawnServer(db.env, { flags: SPY });
  try {
    const crons = logged(server, "spy.cron");
    assert.equal(crons.length, 1);
    const [cron] = crons;
    assert.equal(cron.name, "periodic work");
    assert.equal(cron.schedule, "* * * * *");
    assert.equal(cron.serving, false, "registered before Deno.serve was called");
    // From the module's own code: one frame, main.ts itself (a call from inside a function,
    // even an anonymous one, would show that function's caller below it).
    const callers = cron.callers as string[];
    assert.equal(callers.length, 1, callers.join("\n"));
    assert.match(callers[0], /^at file:\/\/\/.*\/main\.ts:\d+:\d+$/);
  } finally {
    await server.kill();
    await db.drop();
  }
});

Deno.test("the cron's handler, and nothing else, answers a message a killed process left unanswered", async () => {
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
    SWEEP_SECONDS: "0",
  };
  gemini.fallback({ delayMs: 60_000, reply: { text: "too late" } });
  const first = await spawnServer(env);
  try {
    const form = inboundForm({
      From: "whatsapp:+34600000777",
      Body: "¿Tienen café?",
      AccountSid: twilio.accountSid,
    });
    const url = `${first.url}/webhook`;
    const ack = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": signWebhook(twilio.authToken, url, form),
      },
      body: new URLSearchParams(form),
    });
    assert.equal(ack.status, 200);
    await ack.text();
    await until("the model call", () => gemini.requests.length === 1);
  } finally {
    assert.equal((await first.kill("SIGKILL")).signal, "SIGKILL");
  }

  gemini.fallback({ text: "Sí: café molido 250 g." });
  const second = await spawnServer(env, { flags: SPY });
  try {
    // Past the dead worker's lease: with SWEEP_SECONDS=0 no timer of the new process looks.
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(gemini.requests.length, 1, "no second model call before the cron runs");
    assert.equal(twilio.messages.length, 0);

    Deno.kill(second.pid, "SIGUSR1");
    await until("the cron handler", () => logged(second, "spy.cron_ran").length === 1, 20_000);
    assert.deepEqual(logged(second, "spy.cron_ran")[0].failed, []);
    assert.deepEqual(twilio.messages.map((m) => [m.to, m.body]), [
      ["whatsapp:+34600000777", "Sí: café molido 250 g."],
    ], "sent by the time the handler settled");
    assert.deepEqual(logged(second, "background.tick").map((t) => t.recovered), [1]);
  } finally {
    await second.kill();
    await db.drop();
  }
});
