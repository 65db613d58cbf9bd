/**
 * Shared pieces of the fault drills: a drill's world (its own database on the local Postgres,
 * fake Twilio and Gemini, the real server as a child process on a fixed port so it can be
 * restarted), a load generator that delivers signed webhooks and retries the unacknowledged
 * ones the way Twilio does (same MessageSid), and the checks every drill ends with: one reply
 * per acknowledged message, in order per customer, and a consistent database.
 *
 * The drills break shared things (the Postgres server), so they only run when asked for with
 * `FAULT_DRILLS=1`, as `deno task test:faults` does; `deno task test` leaves this folder out.
 *
 * @example
 * ```ts
 * drill("the outbox survives Twilio failing", async () => {
 *   await using world = await openWorld({ gemini: true });
 *   await world.start({ INLINE_REPLY_MS: "0" });
 *   const load = new Load(world);
 *   await load.customer(phone(1, 0), ["hola", "ver carrito"]);
 *   assertOneReplyEach(await settle(world, load, 20_000), load);
 *   await assertConsistent(world.sql);
 * });
 * ```
 * @module
 */
import assert from "node:assert/strict";
import postgres from "postgres";
import { FakeGemini } from "../fakes/gemini.ts";
import { FakeTwilio, inboundForm, signWebhook } from "../fakes/twilio.ts";
import { UNLIMITED } from "../helpers/app.ts";
import { emptyServerDatabase } from "../helpers/db.ts";
import { type ServerProcess, spawnServer } from "../helpers/process.ts";

/** The Postgres server the drills create their databases on. */
export const SERVER_DATABASE_URL = Deno.env.get("DATABASE_URL") ??
  "postgres://postgres@127.0.0.1:5432/test";

/** Whether this run asked for the drills (they are not part of `deno task test`). */
export function drillsEnabled(): boolean {
  return Deno.env.get("FAULT_DRILLS") === "1";
}

/** Registers a drill: ignored unless drills were asked for. */
export function drill(name: string, fn: () => Promise<void>): void {
  Deno.test({ name, ignore: !drillsEnabled(), fn });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The reply FakeGemini gives in the drills, naming the customer text it answers. */
export const echo = (text: string) => `respuesta a «${text}»`;

const lastText = (req: { body: { contents?: { parts?: { text?: string }[] }[] } }) =>
  req.body.contents?.at(-1)?.parts?.at(-1)?.text ?? "";

/** The server's ADMIN_TOKEN in the drills. */
export const ADMIN_TOKEN = "fault-drill-admin-token";

/** A drill's database, fakes and server. */
export interface World extends AsyncDisposable {
  twilio: FakeTwilio;
  /** Present when opened with `gemini: true`; answers {@linkcode echo} of the last text. */
  gemini: FakeGemini | null;
  /** A client on the drill's database (for checks; not usable while Postgres restarts). */
  sql: postgres.Sql;
  /** The server's environment (without what `start` adds). */
  env: Record<string, string>;
  /** The running server, or null. */
  server: ServerProcess | null;
  /** Every log line of every server started, in order. */
  lines(): string[];
  /** The server's base URL (stable across restarts: the port is fixed). */
  url: string;
  /** Starts the server (again) with `env` added, through `prefix` when given (see spawnServer). */
  start(env?: Record<string, string>, options?: { prefix?: string[] }): Promise<ServerProcess>;
  /** Stops the server with `signal`. */
  stop(signal?: Deno.Signal): Promise<void>;
}

/** Opens a drill's world. The server is not started yet. */
export async function openWorld(options: { gemini?: boolean } = {}): Promise<World> {
  const db = await emptyServerDatabase(SERVER_DATABASE_URL);
  const twilio = await FakeTwilio.start();
  const gemini = options.gemini ? await FakeGemini.start() : null;
  gemini?.fallback((req) => ({ text: echo(lastText(req)) }));
  const port = freePort();
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    PORT: String(port),
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
    WORKER_LEASE_SECONDS: "2",
    ADMIN_TOKEN,
    METRICS_PUBLIC: "1",
    // The load comes from one address, and each drill customer writes fast.
    ...UNLIMITED,
    // The default fallback: the offline model does not understand the drills' messages ("cliente
    // 3 mensaje 2"), so a turn Gemini fails ends with the apology at once, and never waits.
    ...(gemini ? { GOOGLE_API_KEY: "test-key", GEMINI_BASE_URL: gemini.url } : {}),
  };
  const sql = postgres(db.url, { max: 4, onnotice: () => {} });
  const servers: ServerProcess[] = [];
  const world: World = {
    twilio,
    gemini,
    sql,
    env,
    server: null,
    lines: () => servers.flatMap((server) => server.lines),
    url: `http://127.0.0.1:${port}`,
    async start(extra = {}, options = {}) {
      const server = await spawnServer({ ...env, ...extra }, { timeoutMs: 30_000, ...options });
      world.server = server;
      servers.push(server);
      return server;
    },
    async stop(signal = "SIGTERM") {
      const server = world.server;
      world.server = null;
      await server?.kill(signal);
    },
    async [Symbol.asyncDispose]() {
      await world.stop("SIGKILL");
      await sql.end({ timeout: 1 }).catch(() => {});
      await twilio.close();
      await gemini?.close();
      await db.drop();
    },
  };
  return world;
}

/** A TCP port nothing listens on now. */
function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = listener.addr.port;
  listener.close();
  return port;
}

/** How long Twilio waits for a webhook's answer before giving up on it (error 11200). */
export const TWILIO_WEBHOOK_TIMEOUT_MS = 15_000;

/** One customer message as delivered until acknowledged. */
export interface Delivery {
  sid: string;
  phone: string;
  text: string;
  /** Webhook attempts it took (1 = acknowledged at once). */
  attempts: number;
  /** What failed before the acknowledgement: HTTP statuses, "late …", or "network: <error>". */
  failures: string[];
  /** The TwiML of the acknowledging (200) response. */
  twiml: string;
  /** When the acknowledgement arrived (ms since epoch): when an inline reply reaches Twilio. */
  ackedAt: number;
}

/** Delivers signed webhooks like Twilio, retrying each message until it is acknowledged. */
export class Load {
  readonly deliveries: Delivery[] = [];
  /** Answers that came after Twilio's webhook timeout (treated as failures, then retried). */
  readonly late: { sid: string; text: string; ms: number; status: number; inlineReply: boolean }[] =
    [];
  /** The longest any webhook attempt took to be answered. */
  slowestMs = 0;

  constructor(
    private readonly world: Pick<World, "url" | "twilio">,
    private readonly options: { retryMs?: number; giveUpMs?: number } = {},
  ) {}

  /** Delivers one message, retrying (same MessageSid) until the webhook answers 200. */
  async deliver(phone: string, text: string): Promise<Delivery> {
    const { twilio, url: base } = this.world;
    const form = inboundForm({
      From: `whatsapp:${phone}`,
      Body: text,
      AccountSid: twilio.accountSid,
    });
    const url = `${base}/webhook`;
    const failures: string[] = [];
    const deadline = Date.now() + (this.options.giveUpMs ?? 45_000);
    while (true) {
      const sentAt = Date.now();
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "x-twilio-signature": signWebhook(twilio.authToken, url, form),
          },
          body: new URLSearchParams(form),
          signal: AbortSignal.timeout(2 * TWILIO_WEBHOOK_TIMEOUT_MS),
        });
        const body = await response.text();
        const ms = Date.now() - sentAt;
        this.slowestMs = Math.max(this.slowestMs, ms);
        if (ms > TWILIO_WEBHOOK_TIMEOUT_MS) {
          // Twilio stopped waiting: whatever this answer carried never reached the customer.
          const inlineReply = body.includes("<Message");
          this.late.push({ sid: form.MessageSid, text, ms, status: response.status, inlineReply });
          failures.push(`late ${response.status} after ${ms} ms`);
        } else if (response.status === 200) {
          const delivery: Delivery = {
            sid: form.MessageSid,
            phone,
            text,
            attempts: failures.length + 1,
            failures,
            twiml: body,
            ackedAt: Date.now(),
          };
          this.deliveries.push(delivery);
          return delivery;
        } else {
          failures.push(String(response.status));
        }
      } catch (err) {
        failures.push(`network: ${err instanceof Error ? err.message : err}`.slice(0, 120));
      }
      if (Date.now() > deadline) {
        throw new Error(`${form.MessageSid} (${text}) never acknowledged: ${failures.join(",")}`);
      }
      await sleep(this.options.retryMs ?? 250);
    }
  }

  /** One customer writing `texts` one after another, each once the previous was acknowledged. */
  async customer(phone: string, texts: string[], gapMs = 0): Promise<void> {
    for (const text of texts) {
      await this.deliver(phone, text);
      if (gapMs > 0) await sleep(gapMs);
    }
  }

  /**
   * `customers` customers (phones tagged `tag`) writing `messages` numbered messages each
   * ("cliente C mensaje M"), all at once, `gapMs` apart within each customer.
   */
  crowd(tag: number, customers: number, messages: number, gapMs: number): Promise<void[]> {
    return Promise.all(Array.from({ length: customers }, (_, c) =>
      this.customer(
        phone(tag, c),
        Array.from({ length: messages }, (_, m) => `cliente ${c} mensaje ${m}`),
        gapMs,
      )));
  }

  /** Webhook attempts that failed before an acknowledgement (Twilio's retries). */
  retries(): number {
    return this.deliveries.reduce((n, d) => n + d.failures.length, 0);
  }
}

/** A phone number for customer `i` of a drill (`tag` keeps drills apart). */
export function phone(tag: number, i: number): string {
  return `+346${String(tag).padStart(2, "0")}${String(i).padStart(6, "0")}`;
}

/** One WhatsApp message a customer received for an acknowledged message. */
export interface Received {
  via: "inline" | "rest";
  body: string;
  at: number;
}

/** What every acknowledged message got, read from the fakes and the drill's database. */
export interface ReplyReport {
  /** Replies per acknowledged MessageSid. */
  replies: Map<string, Received[]>;
  /** The customer message's status in the database, per MessageSid. */
  status: Map<string, string>;
  /** Messages Twilio accepted that no outbound row records (sent twice or by mistake). */
  unknownSends: string[];
  /** Per phone: MessageSids in database (arrival) order, and in the order replies went out. */
  order: Map<string, { arrived: string[]; answered: string[] }>;
}

/** Waits until every acknowledged message has a reply (or `timeoutMs`), then reports. */
export async function settle(world: World, load: Load, timeoutMs: number): Promise<ReplyReport> {
  const deadline = Date.now() + timeoutMs;
  let report = await replyReport(world, load);
  while (Date.now() < deadline) {
    const unanswered = load.deliveries.filter((d) => !report.replies.get(d.sid)?.length);
    if (unanswered.length === 0) break;
    await sleep(250);
    report = await replyReport(world, load);
  }
  await sleep(1000); // let any duplicate show up
  return await replyReport(world, load);
}

/** Replies per acknowledged message: inline (in its TwiML) or sent through Twilio's API. */
export async function replyReport(world: World, load: Load): Promise<ReplyReport> {
  const rows = await world.sql<
    { externalId: string; phone: string; status: string; twilioSids: string[] }[]
  >`
    select m.external_id as "externalId", c.phone, m.status,
      coalesce(array_agg(o.twilio_sid order by o.id) filter (where o.twilio_sid is not null),
        '{}') as "twilioSids"
    from messages m
    join conversations v on v.id = m.conversation_id
    join customers c on c.id = v.customer_id
    left join messages a on a.turn_id = m.id and a.kind in ('model', 'system')
    left join outbound_messages o on o.message_id = a.id
    where m.kind = 'customer'
    group by m.id, c.phone
    order by m.id`;
  const sent = new Map(world.twilio.messages.map((m) => [m.sid, m]));
  const recorded = new Set(rows.flatMap((r) => r.twilioSids));
  const replies = new Map<string, Received[]>();
  for (const d of load.deliveries) {
    const inline = [...d.twiml.matchAll(/<Body>([\s\S]*?)<\/Body>/g)].map((m) => ({
      via: "inline" as const,
      body: unescapeXml(m[1]),
      at: d.ackedAt,
    }));
    replies.set(d.sid, inline);
  }
  const order = new Map<string, { arrived: string[]; answered: string[] }>();
  for (const row of rows) {
    const list = replies.get(row.externalId) ?? [];
    replies.set(row.externalId, list);
    for (const sid of row.twilioSids) {
      const m = sent.get(sid);
      if (m) list.push({ via: "rest", body: m.body, at: m.receivedAt });
    }
    const entry = order.get(row.phone) ?? { arrived: [], answered: [] };
    entry.arrived.push(row.externalId);
    order.set(row.phone, entry);
  }
  for (const [phone, entry] of order) {
    const timed = entry.arrived.flatMap((sid) =>
      (replies.get(sid) ?? []).map((r) => ({ sid, at: r.at }))
    );
    // Inline replies are timed by their acknowledgement, REST ones by Twilio's receipt.
    entry.answered = timed.sort((a, b) => a.at - b.at).map((t) => t.sid);
    order.set(phone, entry);
  }
  return {
    replies,
    status: new Map(rows.map((r) => [r.externalId, r.status])),
    unknownSends: [...sent.keys()].filter((sid) => !recorded.has(sid)),
    order,
  };
}

/**
 * Asserts the pipeline's promise: every acknowledged message got exactly one WhatsApp message
 * back, nothing was sent that the database does not know of, and each customer's replies went
 * out in the order their messages arrived.
 */
export function assertOneReplyEach(report: ReplyReport, load: Load): void {
  const wrong = load.deliveries
    .map((d) => ({ d, got: report.replies.get(d.sid) ?? [] }))
    .filter(({ d, got }) => got.length !== 1 || !report.status.has(d.sid))
    .map(({ d, got }) =>
      `${d.sid} «${d.text}» (${report.status.get(d.sid) ?? "not stored"}): ${got.length} replies ${
        JSON.stringify(got.map((g) => g.body.slice(0, 60)))
      }`
    );
  assert.deepEqual(
    wrong,
    [],
    `acknowledged messages without exactly one reply:\n${wrong.join("\n")}`,
  );
  assert.deepEqual(report.unknownSends, [], "messages sent to Twilio that no outbound row records");
  for (const [phone, { arrived, answered }] of report.order) {
    assert.deepEqual(answered, arrived, `replies to ${phone} went out in arrival order`);
  }
  const sentOrder = new Map<string, string[]>();
  for (const d of load.deliveries) sentOrder.set(d.phone, [...sentOrder.get(d.phone) ?? [], d.sid]);
  for (const [phone, sids] of sentOrder) {
    assert.deepEqual(report.order.get(phone)?.arrived, sids, `${phone}'s messages stored in order`);
  }
}

/**
 * What must hold in any shop database once the server has settled; returns the violations.
 */
export async function inconsistencies(sql: postgres.Sql): Promise<string[]> {
  const checks: [string, postgres.PendingQuery<postgres.Row[]>][] = [
    ["product with negative stock", sql`select id from products where stock < 0`],
    [
      "order without items",
      sql`select o.id from orders o
        where not exists (select 1 from order_items i where i.order_id = o.id)`,
    ],
    [
      "order whose subtotal is not the sum of its items",
      sql`select o.id from orders o
        where o.subtotal_minor <> (select coalesce(sum(i.unit_price_minor * i.quantity), 0)
          from order_items i where i.order_id = o.id)`,
    ],
    [
      "order of another customer's cart",
      sql`select o.id from orders o join carts c on c.id = o.cart_id
        where o.customer_id is distinct from c.customer_id`,
    ],
    [
      "checked-out cart without its order, or open cart with one",
      sql`select c.id from carts c left join orders o on o.cart_id = c.id
        where (c.status = 'checked_out') <> (o.id is not null)`,
    ],
    [
      "customer with two open carts",
      sql`select customer_id from carts where status = 'open' and customer_id is not null
        group by customer_id having count(*) > 1`,
    ],
    [
      "customer message not settled",
      sql`select id, status from messages
        where kind = 'customer' and status not in ('done', 'failed', 'skipped')`,
    ],
    [
      "customer message answered more than once",
      sql`select turn_id from messages a
        where kind in ('model', 'system')
          and exists (select 1 from outbound_messages o where o.message_id = a.id)
        group by turn_id having count(*) > 1`,
    ],
    [
      "outbound message not delivered",
      sql`select id, channel, status from outbound_messages
        where not ((channel = 'rest' and status in ('accepted', 'queued', 'sent', 'delivered', 'read'))
          or (channel = 'inline' and status = 'inline'))`,
    ],
    [
      "outbound message to someone else than the conversation's customer",
      sql`select o.id from outbound_messages o
        join conversations v on v.id = o.conversation_id
        join customers c on c.id = v.customer_id
        where o.to_address <> 'whatsapp:' || c.phone`,
    ],
  ];
  const found: string[] = [];
  for (const [what, query] of checks) {
    const rows = await query;
    if (rows.length > 0) found.push(`${what}: ${JSON.stringify(rows.slice(0, 5))}`);
  }
  return found;
}

/** Asserts {@linkcode inconsistencies} finds nothing. */
export async function assertConsistent(sql: postgres.Sql): Promise<void> {
  const found = await inconsistencies(sql);
  assert.deepEqual(found, [], `database inconsistencies:\n${found.join("\n")}`);
}

/**
 * How often each log event (`msg`) appears in `lines`, for reports. `spawnServer` keeps the
 * last 1,000 lines of each process: keep to drills that log less than that.
 */
export function logCounts(lines: string[], ...names: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = 0;
  for (const line of lines) {
    const msg = /"msg":"([^"]+)"/.exec(line)?.[1];
    if (msg && msg in counts) counts[msg]++;
  }
  return counts;
}

/** The value of one series of the server's `/metrics`, e.g. `agent_turns_total{status="failed"}`. */
export async function metric(world: World, series: string): Promise<number> {
  const text = await (await fetch(`${world.url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** Prints one line of drill numbers (shown with the test's output). */
export function report(name: string, numbers: Record<string, unknown>): void {
  console.log(`[drill] ${name} ${JSON.stringify(numbers)}`);
}

function unescapeXml(text: string): string {
  return text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'").replaceAll("&amp;", "&");
}
