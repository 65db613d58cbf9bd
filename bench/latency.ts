/**
 * `deno task bench --only latency`: how long a customer waits and how much of it is the
 * server's. The real server (a process of its own, on a fresh database of `DATABASE_URL`'s
 * server, or the embedded one) talks
 * to the fake Gemini in this process through the real adapter, with `--model-latency-ms` (700)
 * per model call, like Gemini; `--customers` (50) conversations at once each go through four
 * kinds of turn, by signed webhooks with the reply inline: a question (shop_info), an add
 * (add_to_cart), a quote (save_customer_details and review_order in one parallel step) and a
 * place (place_order with the quote's id). Each turn is two model calls: the tools, then the
 * answer.
 *
 * The customer's wait is the webhook's answer time; the model's share is the time the turn
 * loop measured around its model calls (stored per step, read back from the admin API); the
 * server's share is the rest. Target: the server adds under 50 ms at p95. It also runs a short
 * closed loop (50 in flight, the offline model, no latency) against the one-insert baseline,
 * for the throughput ratio of bench/main.ts.
 *
 * @module
 */
import { FakeTwilio } from "../tests/fakes/twilio.ts";
import { postText } from "./webhook.ts";
import { spawnServer } from "../tests/helpers/process.ts";
import { parseCommand } from "../scripts/options.ts";
import { closedLoop, timed } from "./load.ts";
import { freshDatabase } from "./database.ts";

const flags = parseCommand({
  command: "deno task bench --only latency",
  summary: "the customer's wait per turn kind, and the server's share of it, with a slow model.",
  options: {
    json: { type: "boolean", help: "print the results as JSON" },
    only: { type: "string", value: "<name>", help: "latency (set by bench/main.ts)" },
    "model-latency-ms": { type: "string", default: "700", value: "<ms>", help: "per model call" },
    customers: { type: "string", default: "50", value: "<n>", help: "conversations at once" },
    rounds: { type: "string", default: "3", value: "<n>", help: "sales per customer" },
    seconds: { type: "string", default: "5", value: "<n>", help: "the throughput phases" },
  },
});
const modelLatencyMs = Number(flags["model-latency-ms"]);
const customers = Number(flags.customers);
const rounds = Number(flags.rounds);
const ADMIN_TOKEN = "bench-admin-token-0123456789";

const KINDS = ["question", "add", "quote", "place"] as const;
type Kind = (typeof KINDS)[number];
const TEXT: Record<Kind, (i: number) => string> = {
  question: () => "¿hacen envíos? ¿puedo recoger en la tienda?",
  add: (i) => `quiero 1 del producto ${1 + (i % 15)}`,
  quote: () => "quiero pagar: lo recojo y pago en efectivo, soy Ana López",
  place: () => "sí, confirmo el pedido",
};

// The fake Gemini runs in a process of its own, so its work never delays the load generator's
// reading of the webhooks' answers (which would count as the server's).
const gemini = new Deno.Command(Deno.execPath(), {
  args: ["run", "--allow-net", "bench/latency_gemini.ts", String(modelLatencyMs)],
  cwd: new URL("../", import.meta.url),
  stdout: "piped",
  stderr: "inherit",
}).spawn();
const geminiUrl = await firstLine(gemini.stdout);
const twilio = await FakeTwilio.start();
const database = await freshDatabase("latency");
const baselineDb = await freshDatabase("latency_baseline");
const server = await spawnServer({
  ...database.env,
  GOOGLE_API_KEY: "test-key",
  GEMINI_BASE_URL: geminiUrl,
  TWILIO_ACCOUNT_SID: twilio.accountSid,
  TWILIO_AUTH_TOKEN: twilio.authToken,
  TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
  TWILIO_API_BASE_URL: twilio.url,
  ADMIN_TOKEN,
  METRICS_PUBLIC: "1",
  CUSTOMER_RATE_PER_MINUTE: "1000",
  CUSTOMER_MAX_QUEUED: "1000",
}, { timeoutMs: 60_000 });
await stockUp();
const webhookUrl = `${server.url}/webhook`;
const log = (line: string) => flags.json ? console.error(line) : console.log(line);
log(
  `server ${server.url} (${database.label}), model latency ${modelLatencyMs} ms, ${customers} customers at once`,
);

function send(phone: string, text: string) {
  return timed(() => postText(twilio, webhookUrl, phone, text));
}
const phoneOf = (n: number) => `+3466${String(n).padStart(7, "0")}`;

// --- the customers' waits ------------------------------------------------------------------------
const cpuBefore = cpuSeconds(server.pid);
const waits: { phone: string; kind: Kind; ms: number; inline: boolean }[] = [];
await Promise.all(Array.from({ length: customers }, async (_, c) => {
  const phone = phoneOf(c);
  for (let r = 0; r < rounds; r++) {
    for (const kind of KINDS) {
      const sample = await send(phone, TEXT[kind](c + r));
      waits.push({ phone, kind, ms: sample.ms, inline: sample.body.includes("<Message>") });
    }
  }
}));
const serverCpuMsPerTurn =
  Math.round(((cpuSeconds(server.pid) - cpuBefore) * 1000 / waits.length) * 100) / 100;

// The model's time per turn, as the turn loop measured it, in the order the customer wrote.
const modelMs = new Map<string, number[]>();
for (let c = 0; c < customers; c++) {
  const phone = phoneOf(c);
  const found = await admin(`/api/admin/conversations?q=${encodeURIComponent(phone)}`);
  const id = found.items[0].id;
  const thread = await admin(`/api/admin/conversations/${id}`) as {
    messages: { id: number; kind: string; turn_id: number; latency_ms: number | null }[];
  };
  const turns = thread.messages.filter((m) => m.kind === "customer").sort((a, b) => a.id - b.id);
  modelMs.set(
    phone,
    turns.map((t) =>
      thread.messages
        .filter((m) => m.kind === "model" && m.turn_id === t.id)
        .reduce((n, m) => n + (m.latency_ms ?? 0), 0)
    ),
  );
}
const seen = new Map<string, number>();
const rows = waits.map((w) => {
  const i = seen.get(w.phone) ?? 0;
  seen.set(w.phone, i + 1);
  const model = modelMs.get(w.phone)?.[i] ?? 0;
  return { ...w, modelMs: model, serverMs: w.ms - model };
});
const byKind = Object.fromEntries(KINDS.map((kind) => {
  const list = rows.filter((r) => r.kind === kind);
  return [kind, {
    turns: list.length,
    inline: list.filter((r) => r.inline).length,
    waitP50: pct(list.map((r) => r.ms), 50),
    waitP95: pct(list.map((r) => r.ms), 95),
    modelP50: pct(list.map((r) => r.modelMs), 50),
    serverP50: pct(list.map((r) => r.serverMs), 50),
    serverP95: pct(list.map((r) => r.serverMs), 95),
  }];
}));
const all = {
  turns: rows.length,
  serverP50: pct(rows.map((r) => r.serverMs), 50),
  serverP95: pct(rows.map((r) => r.serverMs), 95),
};
const ordersPlaced = (await admin("/api/admin/metrics?days=1")).totals.orders_placed as number;

// --- throughput without model latency, against the one-insert baseline -------------------------
// As in bench/main.ts: a server with the offline model, so the figure is the server's own
// (the fake Gemini would share this process's CPU with the load generator).
await server.kill("SIGTERM");
const offlineDb = await freshDatabase("latency_offline");
const offline = await spawnServer({
  ...offlineDb.env,
  TWILIO_ACCOUNT_SID: twilio.accountSid,
  TWILIO_AUTH_TOKEN: twilio.authToken,
  TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
  TWILIO_API_BASE_URL: twilio.url,
  CUSTOMER_RATE_PER_MINUTE: "1000",
  CUSTOMER_MAX_QUEUED: "1000",
}, { timeoutMs: 60_000 });
const baseline = await spawnServer({ ...baselineDb.env }, {
  script: "bench/baseline.ts",
  timeoutMs: 60_000,
});
const phaseMs = Number(flags.seconds) * 1000;
const baselineUrl = `${baseline.url}/hit`;
const base = await closedLoop(
  50,
  phaseMs,
  (w, i) => timed(() => postText(twilio, baselineUrl, phoneOf(500_000 + w), TEXT.add(i))),
);
const offlineTexts = ["Hola, ¿qué productos tienen?", "quiero 1 del producto 1", "ver carrito"];
const turnLoop = await closedLoop(
  50,
  phaseMs,
  (w, i) =>
    timed(() =>
      postText(
        twilio,
        `${offline.url}/webhook`,
        phoneOf(100_000 + w),
        offlineTexts[i % offlineTexts.length],
      )
    ),
);
const ratio = Math.round((turnLoop.perSecond / base.perSecond) * 1000) / 1000;

const report = {
  modelLatencyMs,
  customers,
  byKind,
  all,
  ordersPlaced,
  /** CPU the server process used per turn (user + system, from /proc): its own work. */
  serverCpuMsPerTurn,
  throughput: { baselinePerSecond: base.perSecond, turnsPerSecond: turnLoop.perSecond, ratio },
};
if (flags.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(
    "\n| turn kind | turns | inline | wait p50 ms | wait p95 ms | model p50 ms | server p50 ms | server p95 ms |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const kind of KINDS) {
    const k = byKind[kind];
    console.log(
      `| ${kind} | ${k.turns} | ${k.inline} | ${k.waitP50} | ${k.waitP95} | ${k.modelP50} | ${k.serverP50} | ${k.serverP95} |`,
    );
  }
  console.log(
    `\nthe server's share over all ${all.turns} turns: p50 ${all.serverP50} ms, p95 ` +
      `${all.serverP95} ms (target < 50 ms at p95); orders placed: ${ordersPlaced}; server CPU ` +
      `${serverCpuMsPerTurn} ms per turn`,
  );
  console.log(
    `closed loop, 50 in flight, offline model: ${turnLoop.perSecond} turns/s against the ` +
      `baseline's ${base.perSecond} requests/s: ratio ${ratio}`,
  );
}

await offline.kill("SIGTERM");
await baseline.kill("SIGTERM");
await offlineDb.drop();
await twilio.close();
gemini.kill("SIGTERM");
await gemini.status;
await database.drop();
await baselineDb.drop();

/** The first line a process writes (the fake Gemini's URL); the rest is left unread. */
async function firstLine(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) throw new Error("the fake Gemini process ended before printing its URL");
    text += value;
  }
  reader.releaseLock();
  return text.split("\n")[0].trim();
}

async function admin(path: string) {
  const res = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return await res.json();
}

async function stockUp() {
  for (let id = 1; id <= 15; id++) {
    await fetch(`${server.url}/api/products/${id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ stock: 10_000_000 }),
    }).then((r) => r.body?.cancel());
  }
}

/** CPU seconds a process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = Deno.readTextFileSync(`/proc/${pid}/stat`).split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function pct(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return Math.round(at * 10) / 10;
}
