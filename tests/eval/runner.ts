/**
 * Runs evaluation cases through the real turn path: a whole shop over a seeded test database
 * (the runtime, its inbox, the real tools), one new customer per case, the case's context
 * written into the database first (earlier turns and tool steps as stored history, cart lines,
 * orders, sold-out products), then the message sent as the terminal chat sends it. The model is
 * wrapped only to see which calls it made; the cart is read back from the database.
 *
 * @example
 * ```ts
 * const results = await runCases(corpus, { model: (store) => new OfflineModel({ storeName: store }) });
 * console.log(summarize(results.filter((r) => !r.case.heldOut)));
 * ```
 * @module
 */
import { isDeepStrictEqual } from "node:util";
import { ask } from "../../src/chat/ask.ts";
import type { ChatModel, ModelRequest, ModelResponse } from "../../src/agent/model.ts";
import { shopTools } from "../../src/agent/shop-tools.ts";
import { addItem } from "../../src/cart/service.ts";
import { chooseVariant } from "../../src/catalog/service.ts";
import type { Sql } from "../../src/db/connect.ts";
import { testApp } from "../helpers/app.ts";
import {
  cartAfter,
  type Case,
  type Context,
  expectedCalls,
  type ToolCall,
  WRITE_TOOLS,
} from "./schema.ts";

/** A call the model made during a case. */
export interface MadeCall {
  name: string;
  args: Record<string, unknown>;
}

/** What a case did and how it scored. */
export interface CaseResult {
  case: Case;
  calls: MadeCall[];
  reply: string;
  /** The expected tools exist in this build (a case naming a missing tool is not scored). */
  scored: boolean;
  /** The right tool(s), and no write that was not expected. */
  tool: boolean;
  /** The right tool with the right arguments (or the cart the expected calls leave). */
  args: boolean;
  /** A write the case did not expect (a cart change or order on a question, for one). */
  wrongWrite: boolean;
}

/** Makes the model under test; `storeName` is the shop's name. */
export type ModelFactory = (storeName: string) => ChatModel;

class RecordingModel implements ChatModel {
  readonly name: string;
  calls: MadeCall[] = [];
  constructor(private readonly inner: ChatModel) {
    this.name = inner.name;
  }
  async generate(request: ModelRequest): Promise<ModelResponse> {
    const response = await this.inner.generate(request);
    for (const p of response.parts) {
      if (p.functionCall) {
        this.calls.push({ name: p.functionCall.name ?? "", args: p.functionCall.args ?? {} });
      }
    }
    return response;
  }
}

const STORE = "Mi Tienda";

/** Runs every case, one after another, on one shop. */
export async function runCases(
  cases: readonly Case[],
  options: { model: ModelFactory },
): Promise<CaseResult[]> {
  const model = new RecordingModel(options.model(STORE));
  await using shop = await testApp({ STORE_NAME: STORE }, { model });
  const declared = new Set(shopTools.map((t) => t.name));
  const names = new Map(
    (await shop.sql`select id, name from products`).map((p) => [Number(p.id), String(p.name)]),
  );
  const results: CaseResult[] = [];
  let n = 0;
  for (const c of cases) {
    const phone = `+3469${String(++n).padStart(7, "0")}`;
    const restock = await prepare(shop.sql, phone, c);
    model.calls = [];
    const reply = await ask(shop.inbox, phone, c.text);
    await restock();
    const cart = await cartOf(shop.sql, phone);
    const calls = [...model.calls, ...await keywordConsent(shop.sql, phone, model.calls)];
    results.push(
      score(c, calls, reply.messages.map((m) => m.body).join("\n"), cart, declared, names),
    );
  }
  return results;
}

/**
 * A bare stop word ("BAJA", "STOP") is an opt-out the server records before any model sees it
 * (notify/opt-out.ts): the consent it wrote counts as the `marketing_consent` call it stands for.
 */
async function keywordConsent(sql: Sql, phone: string, calls: MadeCall[]): Promise<MadeCall[]> {
  if (calls.some((c) => c.name === "marketing_consent")) return [];
  const [row] = await sql`select marketing from customers where phone = ${phone}`;
  if (row?.marketing !== "granted" && row?.marketing !== "opted_out") return [];
  return [{ name: "marketing_consent", args: { consent: row.marketing === "granted" } }];
}

type Line = { product_id: number; quantity: number; size?: string };

/** The open cart's lines; a variant's line as its product and size, as the corpus writes it. */
async function cartOf(sql: Sql, phone: string): Promise<Line[]> {
  const rows = await sql`
    select coalesce(p.parent_id, p.id) as product_id, p.option_values, ci.quantity
    from cart_items ci join carts c on c.id = ci.cart_id join customers u on u.id = c.customer_id
      join products p on p.id = ci.product_id
    where u.phone = ${phone} and c.status = 'open'
    order by 1, 2`;
  return rows.map((r) => {
    const size = (r.optionValues as string[])[0];
    return {
      product_id: Number(r.productId),
      quantity: Number(r.quantity),
      ...(size === undefined ? {} : { size }),
    };
  });
}

/**
 * Writes the case's context for a new customer: conversation, history, cart, orders, stock.
 * Returns what puts the stock back.
 */
async function prepare(sql: Sql, phone: string, c: Case): Promise<() => Promise<void>> {
  const ctx: Context = c.context ?? {};
  const [customer] = await sql`insert into customers (phone) values (${phone}) returning id`;
  const customerId = Number(customer.id);
  for (const line of ctx.cart ?? []) {
    const item = await chooseVariant(sql, line.product_id, { option: line.size });
    await addItem(sql, { customerId }, item, line.quantity);
  }
  for (const order of ctx.orders ?? []) await insertOrder(sql, customerId, order);
  const restock = await soldOut(sql, ctx.sold_out ?? []);
  if (ctx.turns) {
    const [conv] = await sql`
      insert into conversations (customer_id, language, last_inbound_at)
      values (${customerId}, ${c.lang}, now()) returning id`;
    await writeHistory(sql, Number(conv.id), ctx);
  }
  return restock;
}

async function soldOut(sql: Sql, ids: number[]): Promise<() => Promise<void>> {
  if (ids.length === 0) return () => Promise.resolve();
  const before = await sql`select id, stock from products where id = any(${ids}::int[])`;
  await sql`update products set stock = 0 where id = any(${ids}::int[])`;
  return async () => {
    for (const p of before) await sql`update products set stock = ${p.stock} where id = ${p.id}`;
  };
}

const ORDER_STATUS: Record<string, string> = { pending: "awaiting_payment" };

async function insertOrder(
  sql: Sql,
  customerId: number,
  order: { number: number; status: string },
): Promise<void> {
  // An earlier case used the same number: its order goes.
  await sql`
    delete from order_events where order_id in (select id from orders where number = ${order.number})`;
  await sql`delete from orders where number = ${order.number}`;
  const [cart] = await sql`
    insert into carts (customer_id, status) values (${customerId}, 'checked_out') returning id`;
  await sql`
    insert into orders (number, cart_id, customer_id, status, currency, total_minor)
    overriding system value
    values (${order.number}, ${cart.id}, ${customerId}, ${
    ORDER_STATUS[order.status] ?? order.status
  },
      'EUR', 1300)`;
}

/**
 * The earlier turns as stored history: customer rows, the agent's words as model rows, and the
 * tool steps the context implies (the product discussed, the quote shown) inside the last turn.
 */
async function writeHistory(sql: Sql, conversationId: number, ctx: Context): Promise<void> {
  const turns = ctx.turns ?? [];
  let turnId = 0;
  const customerRow = async (text: string) => {
    const [row] = await sql`
      insert into messages (conversation_id, kind, turn_id, text, source, status, finished_at)
      values (${conversationId}, 'customer', 0, ${text}, 'chat', 'done', now()) returning id`;
    turnId = Number(row.id);
    await sql`update messages set turn_id = id where id = ${row.id}`;
  };
  const modelRow = (parts: unknown[]) =>
    sql`insert into messages (conversation_id, kind, turn_id, parts)
        values (${conversationId}, 'model', ${turnId}, ${sql.json(parts as never)})`;
  const toolRow = (parts: unknown[]) =>
    sql`insert into messages (conversation_id, kind, turn_id, parts)
        values (${conversationId}, 'tool', ${turnId}, ${sql.json(parts as never)})`;
  if (turns[0]?.role === "agent") await customerRow("...");
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i];
    if (t.role === "customer") {
      await customerRow(t.text);
      continue;
    }
    if (i === turns.length - 1 || turns.slice(i + 1).every((x) => x.role === "agent")) {
      for (const step of await contextSteps(sql, ctx)) {
        await modelRow([{ functionCall: step.call }]);
        await toolRow([{ functionResponse: { name: step.call.name, response: step.response } }]);
      }
      ctx = { ...ctx, last_product_id: undefined, last_quote: undefined };
    }
    await modelRow([{ text: t.text }]);
  }
}

async function contextSteps(sql: Sql, ctx: Context) {
  const steps: { call: { name: string; args: Record<string, unknown> }; response: unknown }[] = [];
  if (ctx.last_product_id !== undefined) {
    const [p] = await sql`
      select id, name, price_minor, stock, description from products where id = ${ctx.last_product_id}`;
    steps.push({
      call: { name: "get_product", args: { product_id: ctx.last_product_id } },
      response: {
        id: Number(p.id),
        name: p.name,
        price_minor: Number(p.priceMinor),
        available: Number(p.stock) > 0,
        stock: Number(p.stock),
        description: p.description,
      },
    });
  }
  if (ctx.last_quote) {
    steps.push({
      call: { name: "review_order", args: {} },
      response: {
        quote_id: ctx.last_quote.quote_id,
        items: (ctx.cart ?? []).map((l) => ({ product_id: l.product_id, quantity: l.quantity })),
        fulfilment: "pickup",
        payment_method: "cash",
        missing: [],
        problems: [],
      },
    });
  }
  return steps;
}

/** Expected and actual arguments agree: every expected field, text without case or accents. */
function argsMatch(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  const plain = (v: unknown) =>
    typeof v === "string"
      ? v.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(
        /[^\p{L}\p{N}]+/gu,
        " ",
      )
        .trim()
      : v;
  return Object.entries(expected).every(([k, v]) => isDeepStrictEqual(plain(v), plain(actual[k])));
}

const CART_TOOLS = new Set(["add_to_cart", "set_cart_quantity", "remove_from_cart"]);

function score(
  c: Case,
  calls: MadeCall[],
  reply: string,
  cart: Line[],
  declared: Set<string>,
  names: Map<number, string>,
): CaseResult {
  const expected = expectedCalls(c.expect);
  const scored = expected.every((e) => declared.has(e.tool));
  const writes = calls.filter((m) => WRITE_TOOLS.has(m.name as ToolCall["tool"]));
  const expectedTools = new Set(expected.map((e) => e.tool as string));
  const onlyCart = expected.length > 0 && expected.every((e) => CART_TOOLS.has(e.tool));
  const wrongWrite = writes.some((w) =>
    !expectedTools.has(w.name) && !(onlyCart && CART_TOOLS.has(w.name))
  );
  let tool: boolean;
  let args: boolean;
  if ("answerOnly" in c.expect) {
    const about = c.expect.about ?? [];
    tool = writes.length === 0 && (!c.expect.asks || /\?/.test(reply)) &&
      (about.length === 0 || about.some((id) => reply.includes(names.get(id) ?? "\u0000")));
    args = tool;
  } else {
    const called = expected.every((e) => calls.some((m) => m.name === e.tool));
    const sameCart = onlyCart && isDeepStrictEqual(
      cart,
      cartAfter(c.context?.cart ?? [], expected).map((l) => ({
        product_id: l.product_id,
        quantity: l.quantity,
        ...(l.size === undefined ? {} : { size: l.size }),
      })).sort((a, b) => a.product_id - b.product_id || (a.size ?? "").localeCompare(b.size ?? "")),
    );
    tool = !wrongWrite && (called || sameCart);
    args = tool &&
      (sameCart ||
        (!onlyCart &&
          expected.every((e) =>
            calls.some((m) =>
              m.name === e.tool && argsMatch(e.args as Record<string, unknown>, m.args)
            )
          )));
  }
  return { case: c, calls, reply, scored, tool, args, wrongWrite };
}

/** Accuracy figures of a set of results. */
export interface Summary {
  cases: number;
  unscored: number;
  tool: number;
  args: number;
  wrongWrites: number;
  byIntent: Record<string, { cases: number; tool: number }>;
  byLang: Record<string, { cases: number; tool: number; args: number }>;
}

/** Counts right tools, right arguments and wrong writes over the scored results. */
export function summarize(results: readonly CaseResult[]): Summary {
  const scored = results.filter((r) => r.scored);
  const s: Summary = {
    cases: scored.length,
    unscored: results.length - scored.length,
    tool: scored.filter((r) => r.tool).length,
    args: scored.filter((r) => r.args).length,
    wrongWrites: results.filter((r) => r.wrongWrite).length,
    byIntent: {},
    byLang: {},
  };
  for (const r of scored) {
    const i = (s.byIntent[r.case.intent] ??= { cases: 0, tool: 0 });
    i.cases++;
    if (r.tool) i.tool++;
    const l = (s.byLang[r.case.lang] ??= { cases: 0, tool: 0, args: 0 });
    l.cases++;
    if (r.tool) l.tool++;
    if (r.args) l.args++;
  }
  return s;
}
