import assert from "node:assert/strict";
import { signIn } from "../dashboard/staff.ts";
import { type SellingShop, sellingShop } from "../helpers/sale.ts";

const MINUTE = 60_000;
const REMINDER =
  "Tienes 2 productos esperándote en el carrito (13,00\u00a0€). ¿Quieres terminar tu pedido? Escríbeme y lo preparamos. (Si no quieres más recordatorios, responde BAJA.)";

/**
 * A shop in Madrid without quiet hours, its clock starting now (the database stamps messages
 * with its own time, so the two must agree).
 */
async function quietlessShop() {
  const shop = await sellingShop({ env: { STORE_TIMEZONE: "Europe/Madrid" } });
  const res = await shop.json("PATCH", "/api/admin/notifications", {
    quiet_from_hour: 0,
    quiet_to_hour: 0,
  }, { admin: true });
  assert.equal(res.status, 200);
  return shop;
}

/** A customer who consented (staff set it) and left 2 of product 1 in their cart. */
async function leftCart(shop: SellingShop, phone: string): Promise<number> {
  await shop.send(phone, "quiero 2 del producto 1");
  const [{ id }] = await shop.sql`select id from customers where phone = ${phone}`;
  const res = await shop.json("PUT", `/api/admin/customers/${id}/marketing`, {
    marketing: "granted",
  }, { admin: true });
  assert.equal(res.status, 200);
  return id;
}

const reminders = (shop: SellingShop, phone: string) =>
  shop.sentTo(phone).filter((b) => b.startsWith("Tienes "));

Deno.test("an abandoned cart gets one reminder after the silence, never a second by default", async () => {
  await using shop = await quietlessShop();
  const phone = "+34600000401";
  await leftCart(shop, phone);
  shop.clock.advance(59 * MINUTE);
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), []);
  shop.clock.advance(2 * MINUTE);
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), [REMINDER]);
  shop.clock.advance(5 * 60 * MINUTE);
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), [REMINDER]);
});

Deno.test("two instances racing over a due reminder send it once", async () => {
  await using shop = await quietlessShop();
  const phone = "+34600000402";
  await leftCart(shop, phone);
  shop.clock.advance(61 * MINUTE);
  await Promise.all([shop.jobs.runDue(), shop.jobs.runDue(), shop.jobs.runDue()]);
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), [REMINDER]);
  const [{ n }] = await shop.sql`
    select count(*)::int as n from proactive_messages where kind = 'cart_reminder'`;
  assert.equal(n, 1);
});

Deno.test("a second reminder when configured; the customer writing moves it on; quiet hours wait for their end", async () => {
  // The clock starts now (the database's messages are stamped with its own time), and the quiet
  // hours are set from 3 to 5 hours ahead in Madrid.
  await using shop = await sellingShop({ env: { STORE_TIMEZONE: "Europe/Madrid" } });
  const t0 = shop.clock.now().getTime();
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Madrid",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(t0));
  const hour = Number(parts.find((p) => p.type === "hour")!.value);
  const minute = Number(parts.find((p) => p.type === "minute")!.value);
  const quietStart = t0 - minute * MINUTE - (t0 % MINUTE) + 3 * 60 * MINUTE;
  const quietEnd = quietStart + 2 * 60 * MINUTE;
  const set = await shop.json("PATCH", "/api/admin/notifications", {
    cart_reminder_max: 2,
    cart_reminder_minutes: 60,
    quiet_from_hour: (hour + 3) % 24,
    quiet_to_hour: (hour + 5) % 24,
  }, { admin: true });
  assert.equal(set.status, 200);
  const phone = "+34600000403";
  await leftCart(shop, phone);
  shop.clock.advance(40 * MINUTE);
  await shop.send(phone, "ver carrito"); // the hour starts again
  // The database stamps the message with its own time; here it is the test's clock's.
  await shop.sql`update conversations set last_inbound_at = ${shop.clock.now()}`;
  shop.clock.advance(30 * MINUTE);
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), []);
  shop.clock.set(new Date(quietStart + 30 * MINUTE)); // due, but quiet hours
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), []);
  shop.clock.set(new Date(quietEnd - MINUTE));
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), []);
  shop.clock.set(new Date(quietEnd + 30_000));
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), [REMINDER]);
  shop.clock.advance(61 * MINUTE);
  await shop.settle();
  assert.deepEqual(reminders(shop, phone), [REMINDER, REMINDER]);
  shop.clock.advance(5 * 60 * MINUTE);
  await shop.settle();
  assert.equal(reminders(shop, phone).length, 2, "never a third");
});

Deno.test("no reminder for a cart that became an order, nor without consent, nor after an opt-out even when already queued", async () => {
  await using shop = await quietlessShop();
  const bought = "+34600000404";
  await leftCart(shop, bought);
  await shop.send(bought, "quiero pagar, lo recojo y pago en efectivo");
  await shop.send(bought, "sí");
  const silent = "+34600000405";
  await shop.send(silent, "quiero 2 del producto 1"); // never consented
  const stopped = "+34600000406";
  await leftCart(shop, stopped);

  shop.clock.advance(61 * MINUTE);
  await shop.jobs.runDue(); // the reminder is queued for the outbox, not sent yet
  const [queued] = await shop.sql`
    select o.status from proactive_messages p join outbound_messages o on o.id = p.outbound_id
    join customers c on c.id = p.customer_id where c.phone = ${stopped}`;
  assert.equal(queued.status, "pending");
  assert.equal((await shop.send(stopped, "STOP")).status, 200);
  await shop.settle();
  assert.deepEqual(reminders(shop, bought), []);
  assert.deepEqual(reminders(shop, silent), []);
  assert.deepEqual(reminders(shop, stopped), []);
  const [answer] = await shop.sql`
    select m.text from messages m join conversations v on v.id = m.conversation_id
    join customers c on c.id = v.customer_id
    where c.phone = ${stopped} and m.kind = 'system' order by m.id desc limit 1`;
  assert.match(answer.text, /^Hecho: ya no te enviaremos mensajes promocionales/);
  const skipped = await shop.sql`
    select c.phone, p.status, p.reason from proactive_messages p
    join customers c on c.id = p.customer_id where p.kind = 'cart_reminder' order by c.phone`;
  assert.deepEqual(skipped.map((r) => [r.phone, r.status, r.reason]), [
    [silent, "skipped", "no_consent"],
    [stopped, "queued", null],
  ]);
  const [withdrawn] = await shop.sql`
    select o.status, o.error_message from proactive_messages p
    join outbound_messages o on o.id = p.outbound_id where p.status = 'queued'`;
  assert.deepEqual({ ...withdrawn }, {
    status: "failed",
    errorMessage: "withdrawn: the customer opted out",
  });
});

Deno.test("an unpaid order's payment reminder goes once, with the link, before its hold ends; not after it is paid", async () => {
  await using shop = await quietlessShop();
  const phone = "+34600000407";
  await shop.send(phone, "quiero 1 del producto 6");
  await shop.send(phone, "quiero pagar, lo recojo y pago con tarjeta");
  await shop.send(phone, "sí");
  const [order] = await shop.sql`select id, hold_expires_at from orders`;
  shop.clock.set(new Date(order.holdExpiresAt.getTime() - 16 * MINUTE));
  await shop.settle();
  const remind = (p: string) => shop.sentTo(p).filter((b) => b.startsWith("Recuerda"));
  assert.deepEqual(remind(phone), []);
  shop.clock.advance(2 * MINUTE);
  await shop.settle();
  await shop.settle();
  const until = new Intl.DateTimeFormat("es-ES", {
    timeZone: "Europe/Madrid",
    hour: "2-digit",
    minute: "2-digit",
  }).format(order.holdExpiresAt);
  assert.deepEqual(remind(phone), [
    `Recuerda: tu pedido #1001 (8,95\u00a0€) sigue pendiente de pago y lo guardamos hasta las ${until}. Puedes pagarlo aquí: http://localhost/pay/${order.id}`,
  ]);

  const paidPhone = "+34600000408";
  await shop.send(paidPhone, "quiero 1 del producto 6");
  await shop.send(paidPhone, "quiero pagar, lo recojo y pago con tarjeta");
  await shop.send(paidPhone, "sí");
  const [second] = await shop.sql`select id, hold_expires_at from orders where number = 1002`;
  await shop.openPaymentLink(`http://localhost/pay/${second.id}`);
  await shop.stripeEvent(await shop.stripe.completeSession(shop.stripe.sessions.at(-1)!.id));
  shop.clock.set(new Date(second.holdExpiresAt.getTime() - MINUTE));
  await shop.settle();
  assert.deepEqual(remind(paidPhone), []);
  assert.equal(remind(phone).length, 1);
});

Deno.test("the metrics page shows reminders sent, carts recovered within 24 hours and their revenue", async () => {
  await using shop = await quietlessShop();
  const phone = "+34600000409";
  await leftCart(shop, phone);
  await leftCart(shop, "+34600000410"); // reminded, never buys
  shop.clock.advance(61 * MINUTE);
  await shop.settle();
  await shop.send(phone, "quiero pagar, lo recojo y pago en efectivo");
  await shop.send(phone, "sí");
  const res = await shop.json("GET", "/api/admin/metrics?days=1", undefined, { admin: true });
  assert.equal(res.status, 200);
  assert.deepEqual((await res.json()).reminders, {
    sent: 2,
    carts_recovered: 1,
    revenue_recovered_minor: 1300,
  });
  const staff = await signIn(shop.request);
  const page = await (await staff.get("/admin/metrics?days=1")).text();
  assert.match(page, /id="stat-reminders-sent"><div class="value">2</);
  assert.match(page, /id="stat-carts-recovered"><div class="value">1</);
  assert.match(page, /id="stat-revenue-recovered"><div class="value">13,00\u00a0€</);
});
