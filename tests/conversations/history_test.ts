import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import { openDatabase } from "../../src/db/connect.ts";
import { migrate } from "../../src/db/migrate.ts";
import { seedCatalog } from "../../src/catalog/seed.ts";
import { loadConfig } from "../../src/shared/config.ts";
import { createLogger } from "../../src/shared/log.ts";
import { createRuntime } from "../../src/runtime.ts";
import { emptyServerDatabase } from "../helpers/db.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { GeminiModel } from "../../src/agent/gemini.ts";
import { testApp } from "../helpers/app.ts";

Deno.test("history and cart survive closing and reopening the database", async () => {
  const serverUrl = Deno.env.get("DATABASE_URL");
  const dir = await Deno.makeTempDir();
  const server = serverUrl ? await emptyServerDatabase(serverUrl) : null;
  const open = () => openDatabase(server ? { url: server.url } : { dataDir: `${dir}/data` });
  const config = loadConfig({ LOG_LEVEL: "silent" });
  const log = createLogger("silent");
  try {
    const first = await open();
    await migrate(first.sql);
    await seedCatalog(first.sql, "EUR");
    const before = createRuntime({ db: first, config, log });
    await ask(before.inbox, "+34600000001", "Muéstrame información del producto 3");
    await ask(before.inbox, "+34600000001", "Quiero comprar 2 unidades del producto 3");
    await before.inbox.close();
    await first.close();

    const second = await open();
    const after = createRuntime({ db: second, config, log });
    const reply = await ask(
      after.inbox,
      "+34600000001",
      "Actualiza mi carrito, quiero 3 en vez de 2",
    );
    assert.match(reply.messages[0].body, /3 × \*Cápsulas de café \(20 uds\.\)\* \(producto 3\)/);
    const rows = await second.sql`
      select ci.product_id, ci.quantity from cart_items ci join carts c on c.id = ci.cart_id
      where c.status = 'open'`;
    assert.deepEqual(rows.map((r) => [r.productId, r.quantity]), [[3, 3]]);
    const [{ count }] = await second.sql`select count(*)::int as count from messages`;
    assert.equal(count, 12);
    await after.inbox.close();
    await second.close();
  } finally {
    await server?.drop();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the prompt stays within the budget: 500 stored messages send no more than 20", async () => {
  await using fake = await FakeGemini.start();
  const model = new GeminiModel({ apiKey: "test-key", model: "m", baseUrl: fake.url });
  await using shop = await testApp({ HISTORY_BUDGET_CHARS: "3000" }, { model });
  const phone = "+34600000002";
  await ask(shop.inbox, phone, "hola");
  const [{ conversationId }] = await shop.sql`
    select m.conversation_id from messages m limit 1`;

  async function storeTurns(count: number) {
    const turns = [...Array(count)].map((_, i) => i);
    await shop.sql`
      with t as (
        select i, nextval(pg_get_serial_sequence('messages', 'id')) as id
        from unnest(${turns}::int[]) as i
      ), customer as (
        insert into messages (id, conversation_id, kind, turn_id, text, source, external_id, status)
        select t.id, ${conversationId}, 'customer', t.id, 'Pregunta ' || lpad(t.i::text, 4, '0') || ' ' || repeat('x', 120),
          'chat', 'seed-' || t.id, 'done'
        from t
      )
      insert into messages (conversation_id, kind, turn_id, text, parts)
      select ${conversationId}, 'model', t.id, 'Respuesta ' || t.i,
        jsonb_build_array(jsonb_build_object('text', 'Respuesta ' || lpad(t.i::text, 4, '0') || ' ' || repeat('y', 120)))
      from t`;
  }
  const promptSize = async () => {
    fake.requests.length = 0;
    await ask(shop.inbox, phone, "¿y ahora?");
    const contents = fake.requests[0].body.contents ?? [];
    assert.equal(contents[0].role, "user");
    assert.ok(
      contents[0].parts?.every((p) => typeof p.text === "string"),
      "starts at a customer message",
    );
    return JSON.stringify(contents).length;
  };

  await storeTurns(10); // 20 messages
  const after20 = await promptSize();
  await storeTurns(240); // 500 messages
  const after500 = await promptSize();
  assert.ok(after500 <= after20, `${after500} > ${after20}`);
  assert.ok(after500 <= 3000 + 500, `window of ${after500} chars is over the budget`);
  const [{ count }] = await shop.sql`select count(*)::int as count from messages`;
  assert.ok(count >= 500);
});
