import assert from "node:assert/strict";
import { LiveFeed } from "../../src/dashboard/live.ts";
import { createLogger } from "../../src/shared/log.ts";
import { testApp } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { signIn, type Staff } from "./staff.ts";

/** An open event stream: `next(event)` waits for the next event of that name. */
async function openEvents(staff: Staff, query = "", headers: Record<string, string> = {}) {
  const res = await staff.get(`/admin/events${query}`, headers);
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /^text\/event-stream/);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const next = async (event: string, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (true) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        if (name === event) {
          return {
            data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] || "null"),
            id: /^id: (.*)$/m.exec(block)?.[1],
          };
        }
        continue;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no ${event} event in ${timeoutMs} ms`)),
            Math.max(0, deadline - Date.now()),
          );
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk.done) throw new Error("the stream ended");
      buffer += chunk.value;
    }
  };
  await next("ready");
  return { next, [Symbol.asyncDispose]: () => reader.cancel() };
}

async function conversationOf(sql: Awaited<ReturnType<typeof whatsappShop>>["sql"], phone: string) {
  const [row] = await sql<{ id: number }[]>`
    select v.id from conversations v join customers c on c.id = v.customer_id
    where c.phone = ${phone}`;
  return row.id;
}

Deno.test("a message arriving by webhook is announced on the open event stream", async () => {
  await using wa = await whatsappShop();
  const staff = await signIn(wa.request);
  await using events = await openEvents(staff);
  await wa.send("+34600000401", "Hola, ¿tienen café?");
  const change = await events.next("change");
  const id = await conversationOf(wa.sql, "+34600000401");
  assert.ok(change.data.conversations.includes(id));
  assert.match(change.id ?? "", /^\d+$/);
});

Deno.test("a conversation's stream tells only of that conversation", async () => {
  await using wa = await whatsappShop();
  await wa.send("+34600000402", "Hola");
  await wa.send("+34600000403", "Hola");
  const [ana, luis] = [
    await conversationOf(wa.sql, "+34600000402"),
    await conversationOf(wa.sql, "+34600000403"),
  ];
  const staff = await signIn(wa.request);
  await using events = await openEvents(staff, `?conversation=${luis}`);
  await wa.send("+34600000402", "¿Siguen abiertos?");
  await wa.send("+34600000403", "ver carrito");
  const change = await events.next("change");
  assert.deepEqual(change.data.conversations, [luis]);
  assert.ok(ana !== luis);
});

Deno.test("a page's stream catches up with what changed after the page was rendered", async () => {
  await using wa = await whatsappShop();
  const staff = await signIn(wa.request);
  const page = await (await staff.get("/admin/conversations")).text();
  const since = /data-live-since="(\d+)"/.exec(page)?.[1];
  assert.ok(since !== undefined, "the inbox is a live page");
  assert.match(page, /<script src="\/admin\/assets\/live\.js" defer/);
  await wa.send("+34600000404", "Hola");
  await using events = await openEvents(staff, `?since=${since}`);
  await events.next("change", 1000);
});

Deno.test("the event stream is for signed-in staff only", async () => {
  await using wa = await whatsappShop();
  const res = await wa.request("/admin/events");
  assert.equal(res.status, 303);
  assert.match(res.headers.get("location") ?? "", /^\/admin\/login/);
});

Deno.test("the live script is served from this server and the pages allow only it", async () => {
  await using wa = await whatsappShop();
  const staff = await signIn(wa.request);
  const script = await staff.get("/admin/assets/live.js");
  assert.equal(script.status, 200);
  assert.match(script.headers.get("content-type") ?? "", /^text\/javascript/);
  assert.match(await script.text(), /new EventSource\("\/admin\/events\?"/);
  const page = await staff.get("/admin/conversations");
  await page.body?.cancel();
  const csp = page.headers.get("content-security-policy") ?? "";
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
});

Deno.test("taking over, a delivery status and a staff reply are each announced", async () => {
  await using wa = await whatsappShop();
  wa.outbox.start();
  await wa.send("+34600000405", "Hola");
  const id = await conversationOf(wa.sql, "+34600000405");
  const staff = await signIn(wa.request);
  await using events = await openEvents(staff, `?conversation=${id}`);
  assert.equal((await staff.post(`/admin/conversations/${id}/takeover`)).status, 303);
  await events.next("change");
  const [{ count: before }] = await wa.sql<{ count: number }[]>`
    select count(*)::int as count from dashboard_events where kind = 'conversation'`;
  assert.equal(before, 1);
  assert.equal(
    (await staff.post(`/admin/conversations/${id}/reply`, { text: "Te atiendo yo" })).status,
    303,
  );
  await events.next("change");
  await wa.outbox.drain();
  const kinds = await wa.sql<{ kind: string }[]>`
    select distinct kind from dashboard_events where conversation_id = ${id} order by kind`;
  assert.deepEqual(kinds.map((k) => k.kind), ["conversation", "delivery", "message"]);
});

Deno.test("a change made the moment a stream has subscribed reaches it", async () => {
  await using shop = await testApp();
  const feed = new LiveFeed(shop.sql, createLogger("silent"), 50);
  const seen: number[] = [];
  const unsubscribe = await feed.subscribe((changes) => {
    seen.push(...changes.map((change) => change.conversationId));
  });
  await shop.sql`insert into dashboard_events (conversation_id, kind) values (777, 'message')`;
  const deadline = Date.now() + 5000;
  while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  unsubscribe();
  assert.deepEqual(seen, [777]);
});
