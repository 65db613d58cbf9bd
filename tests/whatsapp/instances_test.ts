import assert from "node:assert/strict";
import { loadConfig } from "../../src/shared/config.ts";
import { createApp } from "../../src/app.ts";
import { createLogger } from "../../src/shared/log.ts";
import { createRuntime } from "../../src/runtime.ts";
import { FakeTwilio, inboundForm, signWebhook } from "../fakes/twilio.ts";
import { testDatabase } from "../helpers/db.ts";

/** Waits until `n` customer messages are answered (or 30 s have passed). */
async function answered(sql: Awaited<ReturnType<typeof testDatabase>>["sql"], n: number) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const [{ done }] = await sql`
      select count(*)::int as done from messages where kind = 'customer' and status = 'done'`;
    if (done >= n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

Deno.test("two instances on one database receiving the same deliveries answer each message once", async () => {
  await using db = await testDatabase();
  await using twilio = await FakeTwilio.start();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
    INLINE_REPLY_MS: "1000",
  });
  const log = createLogger("silent");
  const instances = [createRuntime({ db, config, log }), createRuntime({ db, config, log })];
  assert.notEqual(instances[0].inbox.owner, instances[1].inbox.owner);
  const apps = instances.map((r) => createApp(r));
  try {
    const forms = [...Array(20)].map((_, i) =>
      inboundForm({
        From: `whatsapp:+3461000${String(i % 4).padStart(4, "0")}`,
        Body: "añade 1 del producto 5",
        AccountSid: twilio.accountSid,
      })
    );
    const url = "http://localhost/webhook";
    const post = async (app: (typeof apps)[number], form: Record<string, string>) =>
      (await app.request(url, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-signature": signWebhook(twilio.authToken, url, form),
        },
        body: new URLSearchParams(form),
      })).status;
    const statuses = await Promise.all(forms.flatMap((f) => apps.map((app) => post(app, f))));
    assert.deepEqual(statuses, Array(40).fill(200));
    // A turn slower than INLINE_REPLY_MS (a loaded machine) finishes after its webhook answered.
    await answered(db.sql, 20);
    await Promise.all(instances.map((r) => r.outbox.drain()));
    const [row] = await db.sql`
      select (select count(*)::int from messages where kind = 'customer') as customer,
        (select count(*)::int from messages where kind = 'tool') as tool_steps,
        (select count(*)::int from outbound_messages) as outbound,
        (select sum(quantity)::int from cart_items) as units`;
    assert.deepEqual({ ...row }, { customer: 20, toolSteps: 20, outbound: 20, units: 20 });
  } finally {
    await Promise.all(instances.map((r) => r.inbox.close()));
    await Promise.all(instances.map((r) => r.outbox.stop()));
  }
});
