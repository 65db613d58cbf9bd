import assert from "node:assert/strict";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { claimDueJobs } from "../../src/jobs/queue.ts";
import { BACK_IN_STOCK_JOB } from "../../src/notify/stock-alerts.ts";
import { signIn } from "../dashboard/staff.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { sellingShop } from "../helpers/sale.ts";

const WAITING = 100;

Deno.test("back in stock: 100 waiting customers are each told once, through a restart mid fan-out, at the send rate", async () => {
  await using gemini = await FakeGemini.start();
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: gemini.url,
  });
  await using shop = await sellingShop({ model, env: { TWILIO_SEND_RATE: "200" } });
  const soldOut = await shop.json("PATCH", "/api/products/4", { stock: 0 }, { admin: true });
  assert.equal(soldOut.status, 200);

  // One asks the agent; 99 more already wait (their conversations made directly).
  gemini.script(
    { calls: [{ name: "notify_back_in_stock", args: { product_id: 4 } }] },
    (req) => {
      const response = req.body.contents?.at(-1)?.parts?.[0]?.functionResponse?.response;
      assert.equal((response as { will_notify?: boolean }).will_notify, true);
      return { text: "Te aviso en cuanto vuelva." };
    },
  );
  await shop.send("+34600000500", "¿me avisáis cuando tengáis matcha?");
  await shop.sql`
    with c as (
      insert into customers (phone)
      select '+346000006' || lpad(n::text, 2, '0') from generate_series(1, ${WAITING - 1}) n
      returning id
    ), v as (
      insert into conversations (customer_id, last_inbound_at) select id, now() from c
      returning id, customer_id
    ), m as (
      insert into messages (conversation_id, kind, turn_id, text, source, status)
      select v.id, 'customer', 0, 'avísame', 'whatsapp', 'done' from v
    )
    insert into stock_alerts (product_id, customer_id) select 4, customer_id from v`;
  const [{ waiting }] = await shop.sql`
    select count(*)::int as waiting from stock_alerts where notified_at is null`;
  assert.equal(waiting, WAITING);

  const restocked = await shop.json("PATCH", "/api/products/4", { stock: 12 }, { admin: true });
  assert.equal(restocked.status, 200);
  // A worker claims the fan-out and dies before committing: its claim ends, another takes it.
  const claimed = await claimDueJobs(shop.sql, {
    now: shop.clock.now(),
    limit: 10,
    lockSeconds: 60,
    kinds: [BACK_IN_STOCK_JOB],
  });
  assert.equal(claimed.length, 1);
  assert.equal(await shop.jobs.runDue(), 0, "the claim holds");
  await shop.outbox.drain();
  assert.equal(shop.twilio.messages.filter((m) => /vuelve a estar/.test(m.body)).length, 0);
  shop.clock.advance(61_000);
  await shop.settle();

  const alerts = shop.twilio.messages.filter((m) => /vuelve a estar disponible/.test(m.body));
  assert.equal(alerts.length, WAITING);
  assert.equal(new Set(alerts.map((m) => m.to)).size, WAITING, "each customer once");
  assert.match(alerts[0].body, /^¡Buenas noticias! «.+» vuelve a estar disponible \(/);

  // Sold out and back again: nobody is told twice.
  await shop.json("PATCH", "/api/products/4", { stock: 0 }, { admin: true });
  await shop.json("PATCH", "/api/products/4", { stock: 3 }, { admin: true });
  await shop.settle();
  assert.equal(
    shop.twilio.messages.filter((m) => /vuelve a estar disponible/.test(m.body)).length,
    WAITING,
  );
});

Deno.test("back in stock from the dashboard's product form; an alert for a product in stock is not kept", async () => {
  await using gemini = await FakeGemini.start();
  const model = new GeminiModel({
    apiKey: "test-key",
    model: "gemini-3.8-flash",
    baseUrl: gemini.url,
  });
  await using shop = await sellingShop({ model });
  await shop.json("PATCH", "/api/products/8", { stock: 0 }, { admin: true });
  gemini.script(
    { calls: [{ name: "notify_back_in_stock", args: { product_id: 8 } }] },
    { text: "Te aviso." },
    { calls: [{ name: "notify_back_in_stock", args: { product_id: 1 } }] },
    (req) => {
      const response = req.body.contents?.at(-1)?.parts?.[0]?.functionResponse?.response;
      assert.equal((response as { in_stock?: boolean }).in_stock, true);
      return { text: "Ya hay." };
    },
  );
  const phone = "+34600000501";
  await shop.send(phone, "avísame cuando vuelva el molinillo");
  await shop.send(phone, "y del café también");
  const [{ alerts }] = await shop.sql`select count(*)::int as alerts from stock_alerts`;
  assert.equal(alerts, 1);

  const staff = await signIn(shop.request);
  const [product] = await shop.sql`select price_minor from products where id = 8`;
  const res = await staff.post("/admin/products/8", {
    price: (product.priceMinor / 100).toFixed(2),
    stock: "4",
    active: "1",
  });
  assert.equal(res.status, 303);
  await shop.settle();
  const told = shop.sentTo(phone).filter((b) => /vuelve a estar disponible/.test(b));
  assert.equal(told.length, 1);
});
