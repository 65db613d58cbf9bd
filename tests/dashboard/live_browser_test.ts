import assert from "node:assert/strict";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { browserTestName, hasChromium, launchBrowser } from "./browser.ts";
import { signIn } from "./staff.ts";

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
    "in Chromium two people signed in as themselves: one replies, the other sees it appear without reloading, and a new customer message reaches the inbox",
  ),
  ignore: !hasChromium,
  fn: async () => {
    await using wa = await whatsappShop();
    await wa.send("+34600000501", "Hola, ¿qué productos tienen?");
    const [{ id }] = await wa.sql<{ id: number }[]>`select id from conversations`;
    const owner = await signIn(wa.request);
    for (const login of ["marta", "pablo"]) {
      const res = await owner.post("/admin/accounts", {
        name: login === "marta" ? "Marta" : "Pablo",
        login,
        password: `${login}-password-2026`,
        role: "staff",
      });
      assert.equal(res.status, 303);
    }
    await using server = listen(wa.app.fetch);
    await using martaBrowser = await launchBrowser();
    await using pabloBrowser = await launchBrowser();
    const signInAs = async (page: typeof martaBrowser.page, login: string, path: string) => {
      await page.goto(`${server.url}${path}`);
      await page.getByLabel("Sign-in name").fill(login);
      await page.getByLabel("Password").fill(`${login}-password-2026`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.waitForURL(`${server.url}${path}`);
    };
    const marta = martaBrowser.page;
    const pablo = pabloBrowser.page;
    await signInAs(marta, "marta", `/admin/conversations/${id}`);
    await signInAs(pablo, "pablo", "/admin/conversations");
    await marta.getByLabel("Message to").fill("A medias: borrador de Marta");
    await marta.evaluate("document.body.dataset.loadedAt = 'first'");

    await pablo.getByRole("link", { name: /\+34600000501/ }).click();
    await pablo.getByRole("button", { name: "Take over" }).click();
    await pablo.getByLabel("Message to").fill("Hola, soy Pablo. ¿En qué te ayudo?");
    await pablo.getByRole("button", { name: "Send" }).click();

    const reply = marta.locator("#thread .msg.staff", { hasText: "Hola, soy Pablo" });
    await reply.waitFor({ timeout: 10_000 });
    assert.match(await reply.innerText(), /Pablo/, "signed by its writer");
    await marta.locator("#conversation-status", { hasText: "Staff answers" }).waitFor();
    assert.equal(
      await marta.evaluate("document.body.dataset.loadedAt"),
      "first",
      "the page was not reloaded",
    );
    assert.equal(
      await marta.getByLabel("Message to").inputValue(),
      "A medias: borrador de Marta",
      "what Marta was typing is kept",
    );

    await pablo.goto(`${server.url}/admin/conversations`);
    await pablo.evaluate("document.body.dataset.loadedAt = 'inbox'");
    await wa.send("+34600000502", "Buenas, ¿hacen envíos?");
    await pablo.locator("#conversations li", { hasText: "+34600000502" }).waitFor({
      timeout: 10_000,
    });
    assert.equal(await pablo.evaluate("document.body.dataset.loadedAt"), "inbox");
    await martaBrowser.screenshot("dashboard-live-thread");
  },
});
