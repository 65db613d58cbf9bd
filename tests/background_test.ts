import assert from "node:assert/strict";
import { startBackground } from "../src/background.ts";
import { scheduleJob } from "../src/jobs/queue.ts";
import { createRuntime, type Runtime } from "../src/runtime.ts";
import { loadConfig } from "../src/shared/config.ts";
import { createLogger } from "../src/shared/log.ts";
import { FakeTwilio } from "./fakes/twilio.ts";
import { testDatabase } from "./helpers/db.ts";

const log = createLogger("silent");

function configFor(twilio: FakeTwilio, env: Record<string, string> = {}) {
  return loadConfig({
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
    WORKER_LEASE_SECONDS: "2",
    ...env,
  });
}

/** Stores a customer message the way a process does right before it is killed: claimed, unanswered. */
async function leftByDeadProcess(dead: Runtime, phone: string): Promise<void> {
  const got = await dead.inbox.receive({
    phone,
    text: "Hola, ¿qué productos tienen?",
    source: "whatsapp",
    externalId: `SM${crypto.randomUUID().replaceAll("-", "")}`,
  });
  assert.ok(got.claimed?.leased, "the dead process held the conversation");
}

Deno.test("with SWEEP_SECONDS=0 only a tick answers what a dead worker left, and it resolves once the reply is sent", async () => {
  await using twilio = await FakeTwilio.start();
  await using db = await testDatabase();
  const config = configFor(twilio, { SWEEP_SECONDS: "0" });
  await leftByDeadProcess(createRuntime({ db, config, log }), "+34600000123");
  const live = createRuntime({ db, config, log });
  const background = startBackground(live);
  try {
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(twilio.messages.length, 0, "nothing answers it between ticks");
    const [{ status }] = await db.sql`select status from messages where kind = 'customer'`;
    assert.equal(status, "processing", "still as the dead worker left it");

    const report = await background.tick();
    assert.equal(report?.recovered, 1);
    assert.equal(twilio.messages.length, 1, "sent by the time the tick resolves");
    assert.equal(twilio.messages[0].to, "whatsapp:+34600000123");
    const rows = await db.sql`
      select m.status, o.status as delivery from messages m
      join outbound_messages o on o.conversation_id = m.conversation_id
      where m.kind = 'customer'`;
    assert.deepEqual(rows.map((r) => ({ ...r })), [{ status: "done", delivery: "accepted" }]);

    assert.equal((await background.tick())?.recovered, 0, "the next tick finds nothing");
    assert.equal(twilio.messages.length, 1);
  } finally {
    await background.stop();
  }
  assert.equal(await background.tick(), null, "a stopped background does nothing");
});

Deno.test("a tick runs the scheduled jobs that are due, and only those", async () => {
  await using twilio = await FakeTwilio.start();
  await using db = await testDatabase();
  const runtime = createRuntime({ db, config: configFor(twilio, { SWEEP_SECONDS: "0" }), log });
  const ran: string[] = [];
  runtime.jobs.handle("test.remind", (job) => {
    ran.push(job.key);
    return Promise.resolve();
  });
  await scheduleJob(db.sql, {
    kind: "test.remind",
    key: "due",
    dueAt: new Date(Date.now() - 1000),
  });
  await scheduleJob(db.sql, {
    kind: "test.remind",
    key: "later",
    dueAt: new Date(Date.now() + 3_600_000),
  });
  const background = startBackground(runtime);
  try {
    assert.equal((await background.tick())?.jobs, 1);
    assert.deepEqual(ran, ["due"]);
    const rows = await db.sql`select key, status from jobs order by key`;
    assert.deepEqual(rows.map((r) => ({ ...r })), [
      { key: "due", status: "done" },
      { key: "later", status: "pending" },
    ]);
  } finally {
    await background.stop();
  }
});

Deno.test("with the default SWEEP_SECONDS a process sweeps by itself once the dead worker's lease expires", async () => {
  await using twilio = await FakeTwilio.start();
  await using db = await testDatabase();
  const config = configFor(twilio);
  assert.equal(config.sweepSeconds, 15);
  await leftByDeadProcess(createRuntime({ db, config, log }), "+34600000124");
  const background = startBackground(createRuntime({ db, config, log }));
  try {
    const [sent] = await twilio.waitForMessages(1, 10_000);
    assert.equal(sent.to, "whatsapp:+34600000124");
  } finally {
    await background.stop();
  }
});
