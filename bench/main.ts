/**
 * `deno task bench`: the server under load, measured. Starts the real server (embedded
 * database, or `DATABASE_URL`) with the offline model and a local fake Twilio, plus a
 * baseline server (one insert per request, same runtime and database), then drives simulated
 * customers with signed webhooks on loopback and prints a table (or JSON with `--json`).
 *
 * Flags: `--json`, `--model-latency-ms N` (a slow model: inline vs REST replies),
 * `--inline-reply-ms N` (the server's INLINE_REPLY_MS, default 8,000),
 * `--seconds N` per load phase (default 8), `--messages N` for the memory phase (100,000),
 * `--quick` (short phases, for a smoke run), `--only NAME` (one part alone: `search`, catalog
 * search times; `import`, a 50,000-row catalog import; `tokens`, bench/tokens.ts: model tokens,
 * cache reuse and calls per turn; `latency`, bench/latency.ts: the customer's wait per turn kind
 * with a slow model; `media`, bench/media.ts: what a media message adds).
 *
 * @module
 */
import { FakeTwilio } from "../tests/fakes/twilio.ts";
import { postText } from "./webhook.ts";
import { type ServerProcess, spawnServer } from "../tests/helpers/process.ts";
import { parseCommand } from "../scripts/options.ts";
import { closedLoop, type LoadResult, median, openLoop, timed } from "./load.ts";
import { freshDatabase } from "./database.ts";

/** Benches with a script of their own, run alone by `--only NAME` (which parses the flags). */
const ONLY: Record<string, string> = { tokens: "./tokens.ts", latency: "./latency.ts" };
const only = Deno.args.find((_, i) => Deno.args[i - 1] === "--only") ??
  Deno.args.find((a) => a.startsWith("--only="))?.slice("--only=".length);
if (only !== undefined && ONLY[only]) {
  await import(ONLY[only]);
  Deno.exit(0);
}

const flags = parseCommand({
  command: "deno task bench",
  summary: "the server under load, measured against a one-insert baseline server.",
  options: {
    json: { type: "boolean", help: "print the results as JSON (progress goes to stderr)" },
    "model-latency-ms": {
      type: "string",
      default: "0",
      value: "<ms>",
      help: "delay of the offline model per answer, a slow model",
    },
    "inline-reply-ms": {
      type: "string",
      default: "8000",
      value: "<ms>",
      help: "the server's INLINE_REPLY_MS",
    },
    seconds: { type: "string", default: "8", value: "<n>", help: "length of each load phase" },
    messages: {
      type: "string",
      default: "100000",
      value: "<n>",
      help: "messages stored for the memory phase",
    },
    quick: { type: "boolean", help: "short phases, for a smoke run" },
    only: {
      type: "string",
      value: "<part>",
      help: "one part alone: search, import, tokens, latency, media",
    },
  },
  notes: [
    "It runs on the embedded database, or on a fresh database of its own on DATABASE_URL's\n" +
    "server. Figures from a run: docs/performance.md.",
  ],
});
const modelLatencyMs = Number(flags["model-latency-ms"]);
if (flags.only === "media") {
  const { mediaBench } = await import("./media.ts");
  await mediaBench({
    modelLatencyMs,
    rounds: flags.quick ? 5 : 20,
    json: Boolean(flags.json),
  });
  Deno.exit(0);
}
const phaseMs = (flags.quick ? 2 : Number(flags.seconds)) * 1000;
const memoryMessages = flags.quick ? 5_000 : Number(flags.messages);
const historyMessages = flags.quick ? 500 : 5_000;
const ADMIN_TOKEN = "bench-admin-token-0123456789";
const log = (line: string) => flags.json ? console.error(line) : console.log(line);
if (flags.only !== undefined) {
  if (flags.only !== "search" && flags.only !== "import") {
    const known = ["search", "import", "media", ...Object.keys(ONLY)].join(", ");
    console.error(`--only: unknown part ${flags.only} (known: ${known})`);
    Deno.exit(2);
  }
  if (flags.only === "search") {
    const { benchSearch } = await import("./search.ts");
    const figures = await benchSearch({
      sizes: flags.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
      rounds: flags.quick ? 1 : 3,
      log,
    });
    if (flags.json) console.log(JSON.stringify({ search: figures }, null, 2));
  } else {
    const { benchImport } = await import("./catalog-import.ts");
    const figures = await benchImport({ rows: flags.quick ? 5_000 : 50_000, log });
    if (flags.json) console.log(JSON.stringify({ import: figures }, null, 2));
  }
  Deno.exit(0);
}

const TEXTS = [
  "Hola, ¿qué productos tienen?",
  "quiero 1 del producto {p}",
  "ver carrito",
  "quita el producto {p}",
];

// --- set-up -------------------------------------------------------------------------------------
const twilio = await FakeTwilio.start();
const database = await freshDatabase("app");
const baselineDb = await freshDatabase("baseline");
const inlineReplyMs = Number(flags["inline-reply-ms"]);
const server = await spawnServer({
  ...database.env,
  TWILIO_ACCOUNT_SID: twilio.accountSid,
  TWILIO_AUTH_TOKEN: twilio.authToken,
  TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
  TWILIO_API_BASE_URL: twilio.url,
  ADMIN_TOKEN,
  METRICS_PUBLIC: "1",
  LOG_LEVEL: "info",
  // The simulated customers write as fast as they are answered, from one address.
  CUSTOMER_RATE_PER_MINUTE: "1000",
  CUSTOMER_MAX_QUEUED: "1000",
  REST_CARTS_PER_MINUTE: "1000000",
  REST_CHECKOUTS_PER_MINUTE: "1000000",
  INLINE_REPLY_MS: String(inlineReplyMs),
  OFFLINE_MODEL_LATENCY_MS: String(modelLatencyMs),
}, { timeoutMs: 60_000 });
const baseline = await spawnServer({ ...baselineDb.env }, {
  script: "bench/baseline.ts",
  timeoutMs: 60_000,
});
await stockUp(server);
const webhookUrl = `${server.url}/webhook`;
log(
  `server ${server.url} (${database.label}), baseline ${baseline.url}, model latency ${modelLatencyMs} ms`,
);

/** Sends one customer message; the sample is the webhook's answer time. */
function sendMessage(phone: string, text: string) {
  return timed(() => postText(twilio, webhookUrl, phone, text));
}
const phoneOf = (n: number) => `+3465${String(n).padStart(7, "0")}`;
const textFor = (i: number) => TEXTS[i % TEXTS.length].replace("{p}", String(1 + (i >> 2) % 15));

interface Phase extends LoadResult {
  name: string;
  queriesPerTurn?: number;
  inlineReplies?: number;
  restReplies?: number;
  /** CPU milliseconds per request: the server process, and Postgres (when it runs here). */
  cpuMs?: { server: number; postgres: number | null };
}
const phases: Phase[] = [];

// --- baseline -----------------------------------------------------------------------------------
// The load generator does the same work for both: a signed WhatsApp form per request.
const baselineUrl = `${baseline.url}/hit`;
const baselineCpu = cpuMeter(baseline.pid);
const baselineResult = await closedLoop(
  50,
  phaseMs,
  (w, i) => timed(() => postText(twilio, baselineUrl, phoneOf(500_000 + w), textFor(i))),
);
phases.push({
  name: "baseline: 1 insert/request, 50 in flight",
  ...baselineResult,
  cpuMs: baselineCpu(baselineResult.requests),
});
log(row(phases.at(-1)!));

// --- closed loops ---------------------------------------------------------------------------------
for (const customers of [1, 10, 50, 200]) {
  const before = await counters(server);
  const twilioBefore = twilio.messages.length;
  const cpu = cpuMeter(server.pid);
  let inline = 0;
  const base = 10_000 * customers;
  const result = await closedLoop(customers, phaseMs, async (w, i) => {
    const sample = await sendMessage(phoneOf(base + w), textFor(i));
    if (sample.body.includes("<Message>")) inline++;
    return sample;
  });
  const after = await settle(server, before.turns + result.requests);
  phases.push({
    name: `closed loop, ${customers} customer${customers > 1 ? "s" : ""} in flight`,
    ...result,
    queriesPerTurn: round(
      (after.queries - before.queries) / Math.max(1, after.turns - before.turns),
    ),
    inlineReplies: inline,
    restReplies: twilio.messages.length - twilioBefore,
    cpuMs: cpu(after.turns - before.turns),
  });
  log(row(phases.at(-1)!));
}

// --- open loop ----------------------------------------------------------------------------------------
{
  const before = await counters(server);
  const twilioBefore = twilio.messages.length;
  let inline = 0;
  const result = await openLoop(200, Math.max(phaseMs, 5000), async (i) => {
    const sample = await sendMessage(phoneOf(900_000 + (i % 200)), textFor(Math.floor(i / 200)));
    if (sample.body.includes("<Message>")) inline++;
    return sample;
  });
  const after = await settle(server, before.turns + result.requests);
  await waitFor(() => twilio.messages.length - twilioBefore >= result.requests - inline, 60_000);
  const rest = twilio.messages.length - twilioBefore;
  phases.push({
    name: "open loop, 200 customers, 200 messages/s",
    ...result,
    queriesPerTurn: round(
      (after.queries - before.queries) / Math.max(1, after.turns - before.turns),
    ),
    inlineReplies: inline,
    restReplies: rest,
  });
  log(row(phases.at(-1)!));
}

// --- growth: turn cost with a long history --------------------------------------------------------
const growth: Record<string, { medianMs: number; queriesPerTurn: number }> = {};
if (modelLatencyMs === 0) {
  // One customer with a long history, fifty with ten messages each; measured turns alternate
  // between them so both see the same machine.
  const longPhone = phoneOf(950_000);
  for (let i = 0; i < historyMessages / 2; i++) await sendMessage(longPhone, "ayuda");
  const shortPhones = Array.from({ length: 50 }, (_, i) => phoneOf(960_000 + i));
  for (const phone of shortPhones) {
    for (let i = 0; i < 5; i++) await sendMessage(phone, "ayuda");
  }
  // A customer whose 100 messages already fill the window: compared with the long history,
  // it shows what the cost depends on (the window, which is bounded) and what it does not.
  const fullWindowPhone = phoneOf(970_000);
  for (let i = 0; i < 50; i++) await sendMessage(fullWindowPhone, "ayuda");
  const cases = [
    { label: "10 stored messages", phone: (i: number) => shortPhones[i % shortPhones.length] },
    { label: "100 stored messages", phone: () => fullWindowPhone },
    { label: `${historyMessages} stored messages`, phone: () => longPhone },
  ].map((c) => ({ ...c, times: [] as number[], queries: 0, turns: 0 }));
  for (let i = 0; i < 200; i++) {
    for (const c of cases) {
      const before = await counters(server);
      c.times.push((await sendMessage(c.phone(i), textFor(i))).ms);
      const after = await counters(server);
      c.queries += after.queries - before.queries;
      c.turns += after.turns - before.turns;
    }
  }
  for (const c of cases) {
    growth[c.label] = {
      medianMs: round(median(c.times)),
      queriesPerTurn: round(c.queries / Math.max(1, c.turns)),
    };
    log(
      `growth, ${c.label}: median ${growth[c.label].medianMs} ms, ${
        growth[c.label].queriesPerTurn
      } queries/turn`,
    );
  }
}

// --- memory ---------------------------------------------------------------------------------------------
const memory: Record<string, number> = {};
if (modelLatencyMs === 0) {
  const sentSoFar = async () => (await counters(server)).messages;
  let sent = await sentSoFar();
  const target = async (count: number) => {
    while (sent < count) {
      const batch = Math.min(count - sent, 5000);
      let next = 0;
      await Promise.all(Array.from({ length: 50 }, async (_, w) => {
        while (next < batch) {
          const i = next++;
          await sendMessage(phoneOf(1_000_000 + w), textFor(i));
        }
      }));
      sent = await sentSoFar();
    }
  };
  await target(1_000);
  memory.rssAfter1kMb = rssMb(server.pid);
  await target(memoryMessages);
  memory[`rssAfter${Math.round(memoryMessages / 1000)}kMb`] = rssMb(server.pid);
  log(`memory: ${JSON.stringify(memory)}`);
}
memory.peakMb = peakMb(server.pid);

// --- report ---------------------------------------------------------------------------------------------
const at50 = phases.find((p) => p.name.startsWith("closed loop, 50"))!;
const report = {
  machine: {
    cores: navigator.hardwareConcurrency,
    deno: Deno.version.deno,
    database: database.label,
  },
  modelLatencyMs,
  inlineReplyMs,
  phases,
  ratioTo50InFlightBaseline: round(at50.perSecond / baselineResult.perSecond),
  growth,
  memory,
};
if (flags.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log("\n" + table(phases));
  console.log(
    `\nturns/s with 50 in flight ÷ baseline requests/s: ${report.ratioTo50InFlightBaseline}`,
  );
  const [short, full, long] = Object.values(growth);
  if (short && full && long) {
    console.log(
      `turn cost with ${historyMessages} stored messages ÷ with 10: ${
        round(long.medianMs / short.medianMs)
      } (latency), ${
        round(long.queriesPerTurn / short.queriesPerTurn)
      } (queries); ÷ with 100 (a full window): ${round(long.medianMs / full.medianMs)}`,
    );
  }
  const [after1k, afterAll] = [
    memory.rssAfter1kMb,
    Object.entries(memory).find(([k]) => k.startsWith("rssAfter") && k !== "rssAfter1kMb")?.[1],
  ];
  if (after1k && afterAll) {
    console.log(
      `memory after ${memoryMessages} messages ÷ after 1,000: ${round(afterAll / after1k)}`,
    );
  }
  console.log(`peak memory of the server: ${memory.peakMb} MB`);
}

await server.kill("SIGTERM");
await baseline.kill("SIGTERM");
await twilio.close();
await database.drop();
await baselineDb.drop();

// --- helpers ---------------------------------------------------------------------------------------------

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Plenty of stock, so the benchmark's carts never run out. */
async function stockUp(target: ServerProcess) {
  for (let id = 1; id <= 15; id++) {
    await fetch(`${target.url}/api/products/${id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ stock: 10_000_000 }),
    }).then((r) => r.body?.cancel());
  }
}

/** Queries, turns and messages so far, from the server's /metrics. */
async function counters(target: ServerProcess) {
  const text = await (await fetch(`${target.url}/metrics`)).text();
  const sum = (name: string) =>
    text.split("\n")
      .filter((l) => l.startsWith(name) && !l.startsWith("#"))
      .reduce((n, l) => n + Number(l.split(" ").at(-1)), 0);
  return {
    queries: sum("db_queries_total"),
    turns: sum("agent_turns_total"),
    messages: sum("messages_received_total"),
  };
}

/** Waits until the server has finished `turns` turns (REST replies may still be on the way). */
async function settle(target: ServerProcess, turns: number) {
  let now = await counters(target);
  const deadline = Date.now() + 120_000;
  while (now.turns < turns && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    now = await counters(target);
  }
  return now;
}

/** Waits until `check()` holds, for `ms` at most (the report shows what arrived by then). */
async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() <= deadline) await new Promise((r) => setTimeout(r, 50));
}

function procStatus(pid: number, field: string): number {
  const status = Deno.readTextFileSync(`/proc/${pid}/status`);
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return round(kb / 1024);
}
/** CPU seconds a process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = Deno.readTextFileSync(`/proc/${pid}/stat`).split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used by the local Postgres server's processes; null when none runs here. */
function postgresSeconds(): number | null {
  let total = 0;
  let found = false;
  for (const entry of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    try {
      if (Deno.readTextFileSync(`/proc/${entry.name}/comm`).trim() !== "postgres") continue;
      total += cpuSeconds(Number(entry.name));
      found = true;
    } catch {
      // the process ended meanwhile
    }
  }
  return found ? total : null;
}

/** Starts measuring CPU; the returned function gives milliseconds per request. */
function cpuMeter(pid: number) {
  const server0 = cpuSeconds(pid);
  const pg0 = database.env.DATABASE_URL ? postgresSeconds() : null;
  return (requests: number) => {
    const pg1 = pg0 === null ? null : postgresSeconds();
    const per = (seconds: number) => round((seconds * 1000) / Math.max(1, requests));
    return {
      server: per(cpuSeconds(pid) - server0),
      postgres: pg0 === null || pg1 === null ? null : per(pg1 - pg0),
    };
  };
}

function rssMb(pid: number): number {
  return procStatus(pid, "VmRSS");
}

function peakMb(pid: number): number {
  return procStatus(pid, "VmHWM");
}

function row(p: Phase): string {
  const extra = p.queriesPerTurn === undefined
    ? ""
    : `, ${p.queriesPerTurn} queries/turn, ${p.inlineReplies} inline + ${p.restReplies} REST replies`;
  return `${p.name}: ${p.perSecond}/s, p50 ${p.p50} ms, p95 ${p.p95} ms, p99 ${p.p99} ms, ${p.failures} failed of ${p.requests}${extra}`;
}

function table(rows: Phase[]): string {
  const header = [
    "phase",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "failed",
    "queries/turn",
    "inline",
    "REST",
    "CPU ms/req server",
    "CPU ms/req Postgres",
  ];
  const body = rows.map((p) => [
    p.name,
    String(p.perSecond),
    String(p.p50),
    String(p.p95),
    String(p.p99),
    `${p.failures}/${p.requests}`,
    p.queriesPerTurn === undefined ? "" : String(p.queriesPerTurn),
    p.inlineReplies === undefined ? "" : String(p.inlineReplies),
    p.restReplies === undefined ? "" : String(p.restReplies),
    p.cpuMs ? String(p.cpuMs.server) : "",
    p.cpuMs?.postgres === undefined || p.cpuMs?.postgres === null ? "" : String(p.cpuMs.postgres),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)]
    .join("\n");
}
