import assert from "node:assert/strict";
import { TEXTS } from "../../src/dashboard/i18n.ts";
import { loadTerms } from "../../src/settings/terms.ts";
import { ask } from "../../src/chat/ask.ts";
import { testApp } from "../helpers/app.ts";
import { buyByChat } from "../helpers/orders.ts";
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

/** A string each remaining page shows in each language (the page's path → its text). */
const OWNER_PAGES: Record<string, Record<string, string>> = {
  es: {
    orders: "Todos|pendiente de pago|Recogida en la tienda · Efectivo",
    order: "Pedido n.º 1001|Marcar pagado|Abrir la conversación",
    products: "Importar o exportar productos|A la venta",
    import: "Importar productos|Vista previa",
    settings: "Ajustes guardados.|Guardar ajustes|Gastos de entrega",
    notifications: "Plantillas fuera de la ventana de 24 horas",
    metrics: "Mensajes recibidos por día|Estado de ánimo de los clientes|Coste del modelo",
    audit: "inició sesión",
    missing: "No encontrado|Volver al panel",
    thread: "Mensajes enviados por la tienda|Aún no se le ha preguntado|Llamada a herramienta",
    cancel: "¿Cancelar el pedido n.º 1001?|vuelven al stock",
  },
  en: {
    orders: "All|awaiting payment|Pickup at the shop · Cash",
    order: "Order #1001|Mark paid|Open the conversation",
    products: "Import or export products|Sold",
    import: "Import products|Preview",
    settings: "Settings saved.|Save settings|Delivery fee",
    notifications: "Templates outside the 24-hour window",
    metrics: "Inbound messages per day|Customers' mood|Model cost",
    audit: "signed in",
    missing: "Not found|Back to the dashboard",
    thread: "Messages sent first|Not asked yet|Tool call",
    cancel: "Cancel order #1001?|go back to stock",
  },
  pt: {
    orders: "Todos|aguardando pagamento|Retirada na loja · Dinheiro",
    order: "Pedido nº 1001|Marcar pago|Abrir a conversa",
    products: "Importar ou exportar produtos|À venda",
    import: "Importar produtos|Pré-visualizar",
    settings: "Configurações salvas.|Salvar configurações|Taxa de entrega",
    notifications: "Modelos fora da janela de 24 horas",
    metrics: "Mensagens recebidas por dia|Humor dos clientes|Custo do modelo",
    audit: "entrou",
    missing: "Não encontrado|Voltar ao painel",
    thread: "Mensagens enviadas pela loja|Ainda não foi perguntado|Chamada de ferramenta",
    cancel: "Cancelar o pedido nº 1001?|voltam ao estoque",
  },
};

Deno.test("orders, products, settings, metrics, the audit log, notices and the error pages render in every language", async () => {
  await using t = await testApp({ GEMINI_PRICE_INPUT: "1.00", GEMINI_PRICE_OUTPUT: "10.00" });
  await ask(t.inbox, "+34600000611", "Quiero comprar 2 unidades del producto 1");
  await buyByChat(t.inbox, "+34600000611", { name: "Ana García" });
  const [order] = await t.sql<{ id: string }[]>`select id from orders`;
  const [conversation] = await t.sql<{ id: number }[]>`select id from conversations`;
  const owner = await signIn(t.request);
  const paths: Record<string, string> = {
    orders: "/admin/orders",
    order: `/admin/orders/${order.id}`,
    products: "/admin/products",
    import: "/admin/catalog/import",
    settings: "/admin/settings?notice=settings_saved",
    notifications: "/admin/notifications",
    metrics: "/admin/metrics",
    audit: "/admin/audit",
    missing: "/admin/nowhere",
    thread: `/admin/conversations/${conversation.id}`,
  };
  for (const [lang, expected] of Object.entries(OWNER_PAGES)) {
    const headers = { "accept-language": lang };
    for (const [page, path] of Object.entries(paths)) {
      const html = await (await owner.get(path, headers)).text();
      assert.match(html, new RegExp(`<html lang="${lang}"`), `${lang} ${page}`);
      for (const text of expected[page].split("|")) {
        assert.ok(visibleText(html).includes(text), `${lang} ${page}: ${text}`);
      }
    }
    const cancel = await t.request(`/admin/orders/${order.id}/status`, {
      method: "POST",
      headers: {
        ...headers,
        cookie: owner.cookie,
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "same-origin",
      },
      body: new URLSearchParams({ status: "cancelled", csrf: owner.csrf }),
    });
    const asked = visibleText(await cancel.text());
    for (const text of expected.cancel.split("|")) {
      assert.ok(asked.includes(text), `${lang} cancel: ${text}`);
    }
  }
  const [{ status }] = await t.sql<{ status: string }[]>`select status from orders`;
  assert.equal(status, "confirmed", "asking to cancel changes nothing");
});

Deno.test("a refused settings form says why in the page's language and changes nothing", async () => {
  await using t = await testApp();
  const owner = await signIn(t.request);
  const terms = await loadTerms(t.sql);
  for (
    const [lang, expected] of [
      ["es", "Gastos de entrega: un importe como 3,50"],
      ["pt", "Taxa de entrega: um valor como 3,50"],
      ["en", "Delivery fee: an amount such as 3.50"],
    ]
  ) {
    const res = await t.request("/admin/settings", {
      method: "POST",
      headers: {
        "accept-language": lang,
        cookie: owner.cookie,
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "same-origin",
      },
      body: new URLSearchParams({ delivery_fee_minor: "tres", csrf: owner.csrf }),
    });
    assert.equal(res.status, 400);
    assert.ok(visibleText(await res.text()).includes(expected), `${lang}: ${expected}`);
  }
  assert.deepEqual(await loadTerms(t.sql), terms);
});
