/**
 * `deno task bench --only tokens`: what a conversation costs in model tokens. One customer
 * talks to the real agent (runtime, inbox, turn loop, Gemini adapter) for 50 turns over the
 * embedded database, against the fake Gemini, which counts `usageMetadata` at four characters a
 * token and reports `cachedContentTokenCount` for the prefix a request shares with a recent one
 * (Gemini's implicit caching, from `--min-cache-tokens`, default 1,024). The fake answers like
 * a tool-calling model: a tool for a question, an add or a look at the cart, then a text.
 *
 * Prints per turn: model calls, input, cached and output tokens; then the totals, the share of
 * input in a reusable prefix from the third turn on (target ≥ 70 %), and whether input per turn
 * stays bounded (last ten turns against turns 11–20). `--json` prints the same as JSON.
 *
 * @module
 */
import { GeminiModel } from "../src/agent/gemini.ts";
import { ask } from "../src/chat/ask.ts";
import { openDatabase } from "../src/db/connect.ts";
import { migrate } from "../src/db/migrate.ts";
import { seedCatalog } from "../src/catalog/seed.ts";
import { createRuntime } from "../src/runtime.ts";
import { loadConfig } from "../src/shared/config.ts";
import { createLogger } from "../src/shared/log.ts";
import { FakeGemini, type FakeReply, type RecordedRequest } from "../tests/fakes/gemini.ts";
import { parseCommand } from "../scripts/options.ts";

const flags = parseCommand({
  command: "deno task bench --only tokens",
  summary: "model tokens, cache reuse and calls per turn over a 50-turn conversation.",
  options: {
    json: { type: "boolean", help: "print the results as JSON" },
    only: { type: "string", value: "<name>", help: "tokens (set by bench/main.ts)" },
    turns: { type: "string", default: "50", value: "<n>", help: "turns in the conversation" },
    "min-cache-tokens": {
      type: "string",
      default: "1024",
      value: "<n>",
      help: "smallest prefix Gemini caches (1,024 to 4,096 by model)",
    },
  },
});
const turns = Number(flags.turns);

/** What the customer writes, in a cycle: questions, adds, looks at the cart, small talk. */
const SCRIPT = [
  "Hola, ¿qué cafés tienen?",
  "quiero 2 del producto 1",
  "¿hacen envíos a Valencia?",
  "ver carrito",
  "¿y el producto 3 qué tal es?",
  "añade 1 del producto 3",
  "gracias, lo pienso",
];

/** A tool-calling model: one tool for what the message asks, then an answer in text. */
function reply(req: RecordedRequest): FakeReply {
  const contents = req.body.contents ?? [];
  const last = contents.at(-1)?.parts ?? [];
  if (last.some((p) => p.functionResponse)) {
    return {
      text: "Listo. Aquí tienes lo que pediste: *Café molido 250 g* a 6,50 €, hay stock y " +
        "llega en 24-48 h. ¿Quieres algo más? Puedo enseñarte otros cafés o cerrar el pedido.",
    };
  }
  const text = last.map((p) => p.text ?? "").join(" ");
  const product = Number(/producto (\d+)/.exec(text)?.[1] ?? 1);
  if (/quiero|añade/.test(text)) {
    return { calls: [{ name: "add_to_cart", args: { product_id: product, quantity: 1 } }] };
  }
  if (/carrito/.test(text)) return { calls: [{ name: "view_cart", args: {} }] };
  if (/envíos/.test(text)) return { calls: [{ name: "shop_info", args: {} }] };
  if (/producto \d/.test(text)) {
    return { calls: [{ name: "get_product", args: { product_id: product } }] };
  }
  if (/tienen/.test(text)) return { calls: [{ name: "search_products", args: { query: "café" } }] };
  return { text: "¡De nada! Aquí estoy si necesitas algo." };
}

const fake = await FakeGemini.start({ minCacheTokens: Number(flags["min-cache-tokens"]) });
fake.fallback(reply);
const dir = await Deno.makeTempDir({ prefix: "bench-tokens-" });
const config = loadConfig({
  DATA_DIR: `${dir}/data`,
  LOG_LEVEL: "silent",
  // One customer writing as fast as answered.
  CUSTOMER_RATE_PER_MINUTE: "1000",
});
const db = await openDatabase({ dataDir: config.dataDir });
await migrate(db.sql);
await seedCatalog(db.sql, config.storeCurrency);
const model = new GeminiModel({
  apiKey: "test-key",
  model: config.gemini.model,
  baseUrl: fake.url,
});
const runtime = createRuntime({ db, config, log: createLogger("silent"), model });

const phone = "+34600990001";
for (let i = 0; i < turns; i++) await ask(runtime.inbox, phone, SCRIPT[i % SCRIPT.length]);

const steps = await db.sql<
  { turnId: number; input: number; cached: number | null; output: number }[]
>`
  select m.turn_id, m.input_tokens as input, m.cached_tokens as cached, m.output_tokens as output
  from messages m join conversations v on v.id = m.conversation_id
  join customers c on c.id = v.customer_id
  where c.phone = ${phone} and m.kind = 'model'
  order by m.turn_id, m.id`;
const byTurn = Map.groupBy(steps, (s) => s.turnId);
const perTurn = [...byTurn.values()].map((list, i) => {
  const input = list.reduce((n, s) => n + s.input, 0);
  const cached = list.reduce((n, s) => n + (s.cached ?? 0), 0);
  return {
    turn: i + 1,
    calls: list.length,
    inputTokens: input,
    cachedTokens: cached,
    outputTokens: list.reduce((n, s) => n + s.output, 0),
    cachedShare: round(cached / Math.max(1, input)),
    /** The turn's first call: what it shares with the previous turn's requests. */
    firstCall: { inputTokens: list[0].input, cachedTokens: list[0].cached ?? 0 },
  };
});
const sum = (
  list: typeof perTurn,
  key: "calls" | "inputTokens" | "cachedTokens" | "outputTokens",
) => list.reduce((n, t) => n + t[key], 0);
const fromThird = perTurn.slice(2);
const mean = (list: typeof perTurn) => sum(list, "inputTokens") / Math.max(1, list.length);
const report = {
  turns: perTurn.length,
  minCacheTokens: Number(flags["min-cache-tokens"]),
  totals: {
    calls: sum(perTurn, "calls"),
    inputTokens: sum(perTurn, "inputTokens"),
    cachedTokens: sum(perTurn, "cachedTokens"),
    outputTokens: sum(perTurn, "outputTokens"),
  },
  callsPerTurn: round(sum(perTurn, "calls") / Math.max(1, perTurn.length)),
  maxCallsPerTurn: Math.max(...perTurn.map((t) => t.calls)),
  reusablePrefixShareFromTurn3: round(
    sum(fromThird, "cachedTokens") / sum(fromThird, "inputTokens"),
  ),
  /** The same for each turn's first call only, which the window's steps decide. */
  firstCallShareFromTurn3: round(
    fromThird.reduce((n, t) => n + t.firstCall.cachedTokens, 0) /
      fromThird.reduce((n, t) => n + t.firstCall.inputTokens, 0),
  ),
  inputPerTurn: {
    max: Math.max(...perTurn.map((t) => t.inputTokens)),
    meanTurns11to20: Math.round(mean(perTurn.slice(10, 20))),
    meanLast10: Math.round(mean(perTurn.slice(-10))),
  },
  perTurn,
};

if (flags.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log("| turn | calls | input | cached | output | cached share |");
  console.log("|------|-------|-------|--------|--------|--------------|");
  for (const t of perTurn) {
    console.log(
      `| ${t.turn} | ${t.calls} | ${t.inputTokens} | ${t.cachedTokens} | ${t.outputTokens} | ${
        pct(t.cachedShare)
      } |`,
    );
  }
  const { totals, inputPerTurn } = report;
  console.log(
    `\n${report.turns} turns: ${totals.calls} model calls (${report.callsPerTurn}/turn, at most ` +
      `${report.maxCallsPerTurn}), ${totals.inputTokens} input tokens of which ` +
      `${totals.cachedTokens} cached, ${totals.outputTokens} output tokens`,
  );
  console.log(
    `input in a reusable prefix from the third turn: ${
      pct(report.reusablePrefixShareFromTurn3)
    } (target ≥ 70 %); in the first call of each turn: ${pct(report.firstCallShareFromTurn3)}`,
  );
  console.log(
    `input tokens per turn: max ${inputPerTurn.max}, mean of turns 11-20 ` +
      `${inputPerTurn.meanTurns11to20}, of the last 10 ${inputPerTurn.meanLast10} (bounded: no ` +
      `growth with the conversation)`,
  );
}

await runtime.inbox.close();
await runtime.outbox.stop();
await db.close();
await fake.close();
await Deno.remove(dir, { recursive: true });

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}
