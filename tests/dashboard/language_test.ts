import assert from "node:assert/strict";
import { TEXTS } from "../../src/dashboard/i18n.ts";
import { testApp } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { signIn, signInAs, visibleText } from "./staff.ts";

const PAGES = {
  es: {
    inbox: "Conversaciones",
    thread: /Responde el agente .*Mensaje a Cliente por WhatsApp/,
    signIn: "Usuario",
  },
  en: {
    inbox: "Conversations",
    thread: /Agent answers .*Message to Cliente on WhatsApp/,
    signIn: "Sign-in name",
  },
  pt: {
    inbox: "Conversas",
    thread: /O agente responde .*Mensagem para Cliente no WhatsApp/,
    signIn: "Usuário",
  },
};

Deno.test("every page renders in Spanish, English and Portuguese after the browser's language", async () => {
  await using wa = await whatsappShop();
  await wa.send("+34600000601", "Hola");
  const [{ id }] = await wa.sql<{ id: number }[]>`select id from conversations`;
  const staff = await signIn(wa.request);
  for (const [lang, expected] of Object.entries(PAGES)) {
    const headers = { "accept-language": `${lang === "pt" ? "pt-BR" : lang};q=0.9, de;q=1` };
    const inbox = await (await staff.get("/admin/conversations", headers)).text();
    assert.match(inbox, new RegExp(`<html lang="${lang}"`));
    assert.match(inbox, new RegExp(`<h1>${expected.inbox}</h1>`));
    const thread = visibleText(
      await (await staff.get(`/admin/conversations/${id}`, headers)).text(),
    );
    assert.match(thread, expected.thread, lang);
    const month = new Intl.DateTimeFormat({ es: "es-ES", en: "en-GB", pt: "pt-BR" }[lang], {
      month: "short",
    }).format(new Date());
    assert.ok(thread.includes(month), `${lang} dates: ${month}`);
    const signInPage = await wa.request("/admin/login", { headers });
    assert.match(
      await signInPage.text(),
      new RegExp(`<label for="login">${expected.signIn}</label>`),
    );
  }
});

Deno.test("an account's chosen language follows it to every browser, over the browser's own", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  await owner.post("/admin/accounts", {
    name: "Marta",
    login: "marta",
    password: "marta-secret-2026",
    role: "staff",
  });
  const marta = await signInAs(t.request, "marta", "marta-secret-2026");
  const switched = await marta.post("/admin/language", { language: "pt", next: "/admin/orders" });
  assert.equal(switched.status, 303);
  assert.equal(switched.headers.get("location"), "/admin/orders");
  const [{ language }] = await t.sql<{ language: string }[]>`
    select language from staff_accounts where login = 'marta'`;
  assert.equal(language, "pt");
  const elsewhere = await signInAs(t.request, "marta", "marta-secret-2026");
  const page = await (await elsewhere.get("/admin/conversations", { "accept-language": "es" }))
    .text();
  assert.match(page, /<html lang="pt"/);
  assert.match(page, /<option value="pt" selected/);
  const refused = await marta.post("/admin/language", { language: "fr" });
  assert.equal(refused.status, 400);
  const noCsrf = await marta.post("/admin/language", { language: "es" }, { csrf: null });
  assert.equal(noCsrf.status, 403);
  const [{ language: still }] = await t.sql<{ language: string }[]>`
    select language from staff_accounts where login = 'marta'`;
  assert.equal(still, "pt");
});

Deno.test("the admin token's language is kept in this browser's cookie", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const switched = await owner.post("/admin/language", { language: "es", next: "" });
  const cookie = (switched.headers.get("set-cookie") ?? "").split(";")[0];
  assert.equal(cookie, "admin_lang=es");
  const page = await t.request("/admin/conversations", {
    headers: { cookie: `${owner.cookie}; ${cookie}` },
  });
  assert.match(await page.text(), /<h1>Conversaciones<\/h1>/);
});

Deno.test("the text files have the same keys and placeholders in every language", () => {
  const reference = TEXTS.en;
  const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
  for (const [lang, texts] of Object.entries(TEXTS)) {
    assert.deepEqual(Object.keys(texts).sort(), Object.keys(reference).sort(), lang);
    for (const [key, text] of Object.entries(texts)) {
      assert.ok(text.trim().length > 0, `${lang} ${key}`);
      assert.deepEqual(
        placeholders(text),
        placeholders(reference[key as keyof typeof reference]),
        `${lang} ${key}`,
      );
    }
  }
});
