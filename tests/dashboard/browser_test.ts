import assert from "node:assert/strict";
import { formatMoney } from "../../src/shared/money.ts";
import { ADMIN_TOKEN } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { browserTestName, hasChromium, launchBrowser } from "./browser.ts";
import { ANA, LUIS, MARTA, playExampleCustomers } from "./examples.ts";

/** Serves the shop on a loopback port Chromium can reach. */
function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, fetch);
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}

Deno.test({
  name: browserTestName(
    "in Chromium the owner signs in, takes a conversation over, replies, hands it back and the agent answers again",
  ),
  ignore: !hasChromium,
  fn: async () => {
    await using wa = await whatsappShop();
    wa.outbox.start();
    const mug = await Deno.readFile(new URL("../fixtures/media/mug.jpg", import.meta.url));
    await playExampleCustomers(wa, wa.twilio.registerMedia(mug, "image/jpeg"));
    await using server = listen(wa.app.fetch);
    await using browser = await launchBrowser();
    const { page } = browser;

    await page.goto(`${server.url}/admin/conversations`);
    assert.match(page.url(), /\/admin\/login\?next=%2Fadmin%2Fconversations$/);
    await page.getByLabel("Admin token").fill("not-the-token-0123456789");
    await page.getByRole("button", { name: "Sign in with the token" }).click();
    await page.getByText("That is not the admin token.").waitFor();
    await page.getByLabel("Admin token").fill(ADMIN_TOKEN);
    await page.getByRole("button", { name: "Sign in with the token" }).click();
    await page.waitForURL(`${server.url}/admin/conversations`);
    const [cookie] = await browser.context.cookies();
    assert.equal(cookie.name, "admin_session");
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, "Strict");
    assert.ok(cookie.expires > Date.now() / 1000, "the session expires");

    const items = page.locator("#inbox li");
    assert.deepEqual(
      await items.locator(".who").allTextContents(),
      [MARTA.name, LUIS.name, ANA.name],
      "newest activity first",
    );
    assert.match(await items.nth(0).textContent() ?? "", /Needs attention/);
    assert.match(await items.nth(0).textContent() ?? "", /Staff/);
    assert.doesNotMatch(await items.nth(1).textContent() ?? "", /Needs attention/);

    await page.getByLabel("Search by phone or name").fill("luis");
    await page.getByLabel("Search by phone or name").press("Enter");
    await page.waitForURL(/\?q=luis$/);
    assert.equal(await items.count(), 1);
    await items.first().locator("a").click();
    await page.waitForURL(/\/admin\/conversations\/\d+$/);
    const conversationUrl = page.url();

    assert.match(await page.locator("#cart").textContent() ?? "", /2 ×\s*Café molido 250 g/);
    assert.equal(await page.locator("#orders").count(), 0, "Luis has no orders");
    // Served by the dashboard's media route, downloaded from the fake Twilio.
    const photo = page.locator(`img[src^="/admin/media/"]`);
    await photo.waitFor();
    const loaded = (img: { complete: boolean; naturalWidth: number }) =>
      img.complete && img.naturalWidth > 0;
    assert.ok(await photo.evaluate(loaded), "the customer's photo is shown");
    const call = page.locator("details.tool-call").filter({ hasText: "add_to_cart" });
    assert.equal(await call.getAttribute("open"), null, "tool calls are folded");
    await call.locator("summary").click();
    assert.match(await call.locator("pre").innerText(), /"product_id": 1/);

    await page.getByRole("button", { name: "Take over" }).click();
    await page.waitForURL(/notice=taken_over/);
    assert.equal(await page.locator("#handler").textContent(), "Staff answers");
    const meanwhile = await wa.send(LUIS.phone, "¿Hay alguien ahí?", { ProfileName: LUIS.name });
    assert.deepEqual(wa.parse(await meanwhile.text()), [], "the agent stays silent");

    const reply = "Hola Luis, soy Marta de la tienda. ¿Te ayudo con el pedido?";
    await page.getByLabel(/Message to Luis Pérez/).fill(reply);
    await page.getByRole("button", { name: "Send" }).click();
    await page.waitForURL(/notice=reply_queued/);
    const [sent] = await wa.twilio.waitForMessages(1);
    assert.equal(sent.body, reply);
    assert.equal(sent.to, `whatsapp:${LUIS.phone}`);
    const staffMessage = page.locator(".msg.staff").last();
    for (let i = 0; i < 50; i++) {
      await page.goto(conversationUrl);
      if (await staffMessage.locator(".delivery").getAttribute("data-status") === "accepted") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(await staffMessage.textContent() ?? "", /Hola Luis, soy Marta/);
    assert.equal(await staffMessage.locator(".delivery").getAttribute("data-status"), "accepted");

    await page.getByRole("button", { name: "Hand back to the agent" }).click();
    await page.waitForURL(/notice=handed_back/);
    assert.equal(await page.locator("#handler").textContent(), "Agent answers");
    const answered = await wa.send(LUIS.phone, "ver carrito", { ProfileName: LUIS.name });
    const [answer] = wa.parse(await answered.text());
    assert.match(answer.body, /Café molido 250 g/, "the agent answers again");
    await page.reload();
    assert.match(await page.locator(".msg.model").last().innerText(), /Café molido 250 g/);
    await browser.screenshot("dashboard-conversation");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const overflow = await page.locator("html").evaluate(
      (html: { scrollWidth: number; clientWidth: number }) => html.scrollWidth - html.clientWidth,
    );
    assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow}px too wide)`);
    await browser.screenshot("dashboard-conversation-phone");

    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${server.url}/admin/conversations?q=${encodeURIComponent("García")}`);
    await items.first().locator("a").click();
    await page.waitForURL(/\/admin\/conversations\/\d+$/);
    assert.match(await page.locator("#orders").textContent() ?? "", /#1001\s*confirmed/);
    assert.match(await page.locator("#orders").textContent() ?? "", /3 × Café molido 250 g/);
    assert.equal(await page.locator("#cart").count(), 0, "her cart became the order");

    await page.getByRole("link", { name: "Orders" }).click();
    const order = page.locator('#orders li[data-order="1001"]');
    assert.match(await order.innerText(), /Ana García/);
    await browser.screenshot("dashboard-orders");
    await order.getByRole("link", { name: "#1001" }).click();
    await page.getByRole("button", { name: "Mark paid" }).click();
    await page.waitForURL(/notice=order_updated/);
    assert.equal(await page.locator("#summary").getAttribute("data-status"), "paid");
    await browser.screenshot("dashboard-order");

    await page.getByRole("link", { name: "Products" }).click();
    const coffee = page.locator("#product-1");
    assert.match(await coffee.innerText(), /47 in stock/, "50 less Ana's 3");
    await coffee.getByLabel("Stock").fill("60");
    await coffee.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/notice=product_saved/);
    assert.match(await page.locator("#product-1").innerText(), /60 in stock/);

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByText("Signed out.").waitFor();
    await page.goto(`${server.url}/admin/conversations`);
    assert.match(page.url(), /\/admin\/login/);
  },
});

Deno.test({
  name: browserTestName(
    "in Chromium the metrics page charts the week's figures as they are in the database",
  ),
  ignore: !hasChromium,
  fn: async () => {
    await using wa = await whatsappShop();
    await playExampleCustomers(wa);
    const customer = (phone: string) => wa.sql`select id from customers where phone = ${phone}`;
    // Ana bought three days ago; an older order falls outside the week.
    await wa.sql`
      update messages set created_at = created_at - interval '3 days',
        finished_at = finished_at - interval '3 days'
      where conversation_id = (select id from conversations where customer_id = (${
      customer(ANA.phone)
    }))`;
    await wa.sql`update carts set created_at = created_at - interval '3 days'
      where customer_id = (${customer(ANA.phone)})`;
    await wa.sql`update orders set created_at = created_at - interval '3 days'`;
    const cart = await (await wa.json("POST", "/api/carts")).json();
    await wa.json("POST", `/api/carts/${cart.id}/items`, { product_id: 2, quantity: 1 });
    const placed = await wa.json("POST", `/api/carts/${cart.id}/checkout`, {
      contact: { name: "Web Buyer", email: "web@example.com" },
      fulfilment: "pickup",
      payment: "cash",
    });
    assert.equal(placed.status, 201);
    await wa
      .sql`update orders set created_at = now() - interval '20 days' where cart_id = ${cart.id}`;
    await wa.sql`update carts set created_at = now() - interval '20 days' where id = ${cart.id}`;
    // Marta's staff reply is refused by WhatsApp: a delivery failure with its code.
    const [{ id: marta }] = await wa.sql`
      select id from conversations where customer_id = (${customer(MARTA.phone)})`;
    wa.twilio.failNext({ status: 400, code: 63016, message: "Outside the allowed window" });
    const sent = await wa.json("POST", `/api/admin/conversations/${marta}/messages`, {
      text: "Hola Marta, te atiendo yo.",
    }, { admin: true });
    assert.equal(sent.status, 201);
    await wa.outbox.drain();

    await using server = listen(wa.app.fetch);
    await using browser = await launchBrowser();
    const { page } = browser;
    await page.goto(`${server.url}/admin/metrics`);
    await page.getByLabel("Admin token").fill(ADMIN_TOKEN);
    await page.getByRole("button", { name: "Sign in with the token" }).click();
    await page.waitForURL(`${server.url}/admin/metrics`);

    const charts = page.locator("figure.chart svg");
    assert.equal(await charts.count(), 5);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      assert.ok(box && box.width > 300 && box.height > 50, "each chart is drawn");
    }
    const days = await page.locator('svg[data-chart="inbound"] rect').evaluateAll((rects) =>
      rects.map((r) => r.getAttribute("data-label") ?? "")
    );
    assert.equal(days.length, 7, "one bar a day");
    assert.equal(days[6], await page.locator('input[name="to"]').inputValue(), "the last is today");
    const expected = await figuresFromDatabase(wa.sql, days);
    const bars = async (chart: string, series: string) =>
      Object.fromEntries(
        await page.locator(`svg[data-chart="${chart}"] rect[data-series="${series}"]`).evaluateAll(
          (rects) =>
            rects.map((r) => [r.getAttribute("data-label"), Number(r.getAttribute("data-value"))]),
        ),
      );
    assert.deepEqual(await bars("inbound", "messages"), expected.inbound);
    assert.deepEqual(await bars("orders", "orders placed"), expected.orders);
    assert.deepEqual(await bars("orders", "carts started"), expected.carts);
    assert.deepEqual(await bars("revenue", "revenue"), expected.revenue);
    assert.deepEqual(await bars("failures", "failures"), { "63016": 1 });
    const sum = (byDay: Record<string, number>) => Object.values(byDay).reduce((a, b) => a + b, 0);
    assert.equal(sum(expected.orders), 1, "Ana's order, not the older one");

    const total = (field: string) =>
      page.locator(`#daily tfoot [data-field="${field}"]`).textContent();
    assert.equal(await total("inbound"), String(sum(expected.inbound)));
    assert.equal(await total("orders_placed"), "1");
    assert.equal(await total("carts_started"), String(sum(expected.carts)));
    assert.equal(await total("revenue"), formatMoney(sum(expected.revenue), "EUR"));
    assert.match(await page.locator("#stat-revenue").innerText(), /19,50\s€/);
    assert.match(await page.locator("#stat-active-customers").innerText(), /^3\b/);
    assert.match(await page.locator("#stat-delivery-failures").innerText(), /^1\b/);
    await browser.screenshot("dashboard-metrics");

    await page.getByRole("link", { name: "30 days" }).click();
    await page.waitForURL(/days=30/);
    assert.equal(await total("orders_placed"), "2", "the older order is in the month");
    assert.equal(await page.locator('svg[data-chart="inbound"] rect').count(), 30);
  },
});

/** Per day (UTC), read from the raw rows. */
async function figuresFromDatabase(
  sql: Awaited<ReturnType<typeof whatsappShop>>["sql"],
  days: string[],
) {
  const perDay = (dates: Date[], weights?: number[]) =>
    Object.fromEntries(days.map((day) => [
      day,
      dates.reduce(
        (n, d, i) => n + (d.toISOString().slice(0, 10) === day ? weights?.[i] ?? 1 : 0),
        0,
      ),
    ]));
  const messages = await sql<{ createdAt: Date }[]>`
    select created_at from messages where kind = 'customer'`;
  const carts = await sql<{ createdAt: Date }[]>`select created_at from carts`;
  const orders = await sql<{ createdAt: Date; totalMinor: number; status: string }[]>`
    select created_at, total_minor, status from orders`;
  return {
    inbound: perDay(messages.map((m) => m.createdAt)),
    carts: perDay(carts.map((c) => c.createdAt)),
    orders: perDay(orders.map((o) => o.createdAt)),
    revenue: perDay(
      orders.map((o) => o.createdAt),
      orders.map((o) => o.status === "cancelled" ? 0 : o.totalMinor),
    ),
  };
}
