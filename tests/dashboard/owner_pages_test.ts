import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import { testApp } from "../helpers/app.ts";
import { buyByChat } from "../helpers/orders.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { browserTestName, hasChromium, launchBrowser } from "./browser.ts";
import { signIn, visibleText } from "./staff.ts";

Deno.test("the metrics page shows the share of conversations by mood and why they wait for staff", async () => {
  await using t = await testApp();
  await ask(t.inbox, "+34600000801", "Hola");
  await ask(t.inbox, "+34600000802", "Muchas gracias, perfecto");
  for (const text of ["Es una vergüenza!!", "Estoy harto, esto es inaceptable"]) {
    await ask(t.inbox, "+34600000803", text);
  }
  await ask(t.inbox, "+34600000804", "quiero hablar con una persona");
  const owner = await signIn(t.request);
  const html = await (await owner.get("/admin/metrics")).text();
  const share = (mood: string) =>
    visibleText(
      new RegExp(`<li class="card row" data-mood="${mood}">([^]*?)</li>`).exec(html)?.[1] ?? "",
    )
      .trim();
  assert.equal(share("frustrated"), "frustrated 1 25.0 %");
  assert.equal(share("satisfied"), "satisfied 1 25.0 %");
  assert.equal(share("neutral"), "neutral 2 50.0 %");
  const reasons = [...html.matchAll(/data-reason="([^"]+)"[^]*?<strong class="num">(\d+)</g)]
    .map((m) => [m[1], Number(m[2])]);
  assert.deepEqual(reasons.sort(), [["customer asked for a person", 1], [
    "customer frustrated",
    1,
  ]]);
});

Deno.test("an empty period's charts say there is nothing to show instead of an empty axis", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const html = await (await owner.get("/admin/metrics")).text();
  assert.doesNotMatch(html, /<svg[^>]*data-chart="inbound"/);
  assert.match(
    html,
    /<figure class="chart empty" id="chart-inbound"[^]*?Nothing to show for this period\./,
  );
  assert.match(html, /No conversation is waiting for staff\./);
});

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
    "in Chromium at 390 px wide no dashboard page nor /docs is wider than the phone",
  ),
  ignore: !hasChromium,
  fn: async () => {
    await using wa = await whatsappShop();
    const phone = "+34600000805";
    await ask(wa.inbox, phone, "Quiero comprar 2 unidades del producto 1");
    await buyByChat(wa.inbox, phone);
    await wa.send("+34600000806", "Es una vergüenza!! Estoy harto, es inaceptable!!");
    const [{ id }] = await wa.sql<
      { id: number }[]
    >`select id from conversations order by id limit 1`;
    const [{ id: order }] = await wa.sql<{ id: string }[]>`select id from orders`;
    await using server = listen(wa.app.fetch);
    await using browser = await launchBrowser();
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel("Admin token").fill("test-admin-token-0123456789");
    await page.getByRole("button", { name: "Sign in with the token" }).click();
    await page.waitForURL(/\/admin\/conversations/);
    const paths = [
      "/admin/conversations",
      `/admin/conversations/${id}`,
      "/admin/orders",
      `/admin/orders/${order}`,
      "/admin/products",
      "/admin/settings",
      "/admin/metrics",
      "/admin/metrics?days=90",
      "/admin/accounts",
      "/admin/audit",
      "/docs",
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      const width = await page.evaluate("document.documentElement.scrollWidth") as number;
      if (width > 390) wide.push(`${path}: ${width} px`);
    }
    assert.deepEqual(wide, [], "pages wider than the phone");
  },
});

Deno.test("the navigation counts the conversations that need attention, and a reply lowers it", async () => {
  await using wa = await whatsappShop();
  await wa.send("+34600000811", "quiero hablar con una persona");
  await wa.send("+34600000812", "quiero hablar con una persona");
  const staff = await signIn(wa.request);
  const count = async () =>
    /<span class="badge attention" id="attention-count"[^>]*>(\d+)<\/span>/.exec(
      await (await staff.get("/admin/orders")).text(),
    )?.[1];
  assert.equal(await count(), "2");
  const [{ id }] = await wa.sql<{ id: number }[]>`select id from conversations order by id limit 1`;
  await staff.post(`/admin/conversations/${id}/reply`, { text: "Hola, te atiendo yo." });
  assert.equal(await count(), "1");
});
