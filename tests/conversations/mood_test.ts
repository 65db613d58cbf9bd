import assert from "node:assert/strict";
import { lexiconJudgement } from "../../src/agent/mood.ts";
import { FakeGemini } from "../fakes/gemini.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { signIn, visibleText } from "../dashboard/staff.ts";

type Shop = Awaited<ReturnType<typeof whatsappShop>>;

const ANGRY_ES = [
  "Hice un pedido hace una semana y todavía no ha llegado!!",
  "Esto es una vergüenza, nadie me contesta",
  "ESTOY HARTO, es inaceptable, quiero mi dinero",
];

/** Waits until the mood was judged after the customer's last message. */
async function judged(wa: Shop, phone: string) {
  const deadline = Date.now() + 5000;
  while (true) {
    const [row] = await wa.sql<
      {
        id: number;
        mood: string | null;
        handler: string;
        needsAttention: boolean;
        attentionReason: string | null;
        attentionSummary: string | null;
        fresh: boolean;
      }[]
    >`
      select v.id, v.mood, v.handler, v.needs_attention, v.attention_reason, v.attention_summary,
        coalesce(v.mood_at >= (select max(created_at) from messages m
          where m.conversation_id = v.id and m.kind = 'customer'), false) as fresh
      from conversations v join customers c on c.id = v.customer_id where c.phone = ${phone}`;
    if (row?.fresh) return row;
    if (Date.now() > deadline) throw new Error(`no mood judged for ${phone}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

Deno.test("three angry messages in Spanish, offline: flagged, handed to staff with a summary, listed first", async () => {
  await using wa = await whatsappShop();
  await wa.send("+34600000701", "Hola");
  await wa.send("+34600000702", "Hola, ¿qué tienen?");
  await judged(wa, "+34600000701");
  await wa.send("+34600000701", ANGRY_ES[0]);
  const once = await judged(wa, "+34600000701");
  assert.equal(once.needsAttention, false, "one angry message is not enough");
  await wa.send("+34600000701", ANGRY_ES[1]);
  await judged(wa, "+34600000701");
  await wa.send("+34600000701", ANGRY_ES[2]);
  const [row] = await wa.sql<
    {
      id: number;
      mood: string;
      handler: string;
      needsAttention: boolean;
      attentionReason: string;
      attentionSummary: string;
    }[]
  >`select id, mood, handler, needs_attention, attention_reason, attention_summary
    from conversations where id = ${once.id}`;
  assert.equal(row.mood, "frustrated");
  assert.equal(row.handler, "staff");
  assert.equal(row.needsAttention, true);
  assert.equal(row.attentionReason, "customer frustrated");
  assert.equal(row.attentionSummary.split("\n").length, 3, "three lines");
  assert.ok(row.attentionSummary.includes("vergüenza"));
  await wa.send("+34600000702", "ver carrito");
  const staff = await signIn(wa.request);
  const inbox = await (await staff.get("/admin/conversations")).text();
  const phones = [...inbox.matchAll(/data-phone="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(phones, ["+34600000701", "+34600000702"], "flagged first, though older");
  assert.match(inbox, /data-mood="frustrated"/);
  const page = visibleText(await (await staff.get(`/admin/conversations/${row.id}`)).text());
  assert.match(page, /What the customer wants .*vergüenza/);
  const silent = await wa.send("+34600000701", "¿hola?");
  assert.deepEqual(wa.parse(await silent.text()), [], "the agent stays silent after the handover");
  const replied = await staff.post(`/admin/conversations/${row.id}/reply`, {
    text: "Hola, soy Marta: lo miro ahora mismo.",
  });
  assert.equal(replied.status, 303);
  const [after] = await wa.sql<{ needsAttention: boolean; handler: string }[]>`
    select needs_attention, handler from conversations where id = ${row.id}`;
  assert.deepEqual({ ...after }, { needsAttention: false, handler: "staff" }, "a reply clears it");
  const calm = await (await staff.get("/admin/conversations")).text();
  assert.doesNotMatch(calm, /id="attention"/);
});

Deno.test("with Gemini, its structured judgement and summary hand the conversation over", async () => {
  await using fake = await FakeGemini.start();
  await using wa = await whatsappShop({ GOOGLE_API_KEY: "test-key", GEMINI_BASE_URL: fake.url });
  fake.fallback({ text: "Lo siento mucho, lo reviso." });
  fake.scriptStructured(
    { text: JSON.stringify({ mood: "neutral", summary: "Pregunta por su pedido." }) },
    { text: JSON.stringify({ mood: "neutral", summary: "Reclama su pedido." }) },
    {
      text: JSON.stringify({
        mood: "frustrated",
        summary: "Su pedido no llega desde hace una semana.\nNadie le contesta.\nQuiere su dinero.",
      }),
    },
  );
  for (const text of ANGRY_ES) {
    await wa.send("+34600000703", text);
    await judged(wa, "+34600000703");
  }
  const row = await judged(wa, "+34600000703");
  assert.equal(row.mood, "frustrated");
  assert.equal(row.handler, "staff");
  assert.equal(row.attentionReason, "customer frustrated");
  assert.equal(
    row.attentionSummary,
    "Su pedido no llega desde hace una semana.\nNadie le contesta.\nQuiere su dinero.",
  );
  assert.equal(fake.structuredRequests.length, 3);
  const last = fake.structuredRequests[2];
  assert.equal(last.body.generationConfig?.responseMimeType, "application/json");
  const prompt = JSON.stringify(last.body.contents);
  for (const text of ANGRY_ES) assert.ok(prompt.includes(JSON.stringify(text).slice(1, -1)), text);
  assert.equal(fake.requests.length, 3, "the agent's own calls are apart");
});

Deno.test("when Gemini's judgement fails, the word list judges instead", async () => {
  await using fake = await FakeGemini.start();
  await using wa = await whatsappShop({ GOOGLE_API_KEY: "test-key", GEMINI_BASE_URL: fake.url });
  fake.fallback({ text: "¡De nada!" });
  await wa.send("+34600000704", "Muchas gracias, perfecto");
  const row = await judged(wa, "+34600000704");
  assert.equal(row.mood, "satisfied");
  assert.equal(row.needsAttention, false);
  assert.equal(fake.structuredRequests[0].status, 503);
});

Deno.test("a customer repeating themselves is flagged for staff; the agent keeps answering", async () => {
  await using wa = await whatsappShop();
  await wa.send("+34600000705", "¿Hacen envíos a Canarias?");
  await judged(wa, "+34600000705");
  await wa.send("+34600000705", "hacen envíos a canarias");
  const row = await judged(wa, "+34600000705");
  assert.equal(row.attentionReason, "customer repeating themselves");
  assert.equal(row.needsAttention, true);
  assert.equal(row.handler, "agent");
});

Deno.test("the offline agent not understanding twice in a row hands the conversation to staff", async () => {
  await using wa = await whatsappShop();
  await wa.send("+34600000706", "blorp fizz");
  const once = await judged(wa, "+34600000706");
  assert.equal(once.needsAttention, false);
  await wa.send("+34600000706", "zorp quax flim");
  const row = await judged(wa, "+34600000706");
  assert.equal(row.attentionReason, "the agent did not understand twice");
});

Deno.test("the word list reads anger in Spanish, English and Portuguese, and calm as neutral", () => {
  const angry = [
    ["Es una estafa!!", "Llevo dos semanas esperando, pésimo servicio"],
    ["This is ridiculous", "Worst shop ever, I want a refund"],
    ["Isso é um absurdo", "Serviço péssimo, quero reembolso"],
  ];
  for (const texts of angry) assert.equal(lexiconJudgement(texts).mood, "frustrated", texts[0]);
  assert.equal(lexiconJudgement(["Hola, ¿tienen café en grano?"]).mood, "neutral");
  assert.equal(lexiconJudgement(["Thanks, great!"]).mood, "satisfied");
  assert.equal(lexiconJudgement(["Obrigado, perfeito"]).mood, "satisfied");
});
