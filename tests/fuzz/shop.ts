/**
 * The shop the fuzzers attack: the real app wired to a fake Twilio over a fresh database, with
 * one of everything reached through the public paths (an open cart with a line, a placed
 * order, a WhatsApp conversation with an answered message), the operations its
 * `/openapi.json` lists, and a fingerprint of the stored data to prove nothing changed.
 *
 * @example
 * ```ts
 * await using shop = await fuzzShop();
 * // ... hostile requests ...
 * await shop.unchanged(); // throws naming the tables that changed since setup
 * ```
 * @module
 */
import assert from "node:assert/strict";
import type { Client } from "../../src/db/connect.ts";
import type { TestAppOptions } from "../helpers/app.ts";
import { ADMIN_TOKEN } from "../helpers/app.ts";
import { whatsappShop } from "../helpers/whatsapp.ts";
import { type OpenApiDoc, type Operation, type Param, readOperations } from "./openapi.ts";
import type { Target } from "./requests.ts";

/** Every table that holds the shop's data. */
const TABLES = [
  "products",
  "carts",
  "cart_items",
  "orders",
  "order_items",
  "customers",
  "conversations",
  "messages",
  "outbound_messages",
  "shop_settings",
  "customer_addresses",
  "quotes",
  "order_events",
  "payment_sessions",
  "payments",
  "payment_events",
] as const;

export type Table = typeof TABLES[number];

/** A hash of each table's rows: equal fingerprints, equal data. */
async function fingerprint(
  sql: Client,
  tables: readonly Table[] = TABLES,
): Promise<Record<string, string>> {
  const columns = tables.map((t) =>
    `(select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from ${t} r) as ${t}`
  );
  const [row] = await sql.unsafe(`select ${columns.join(", ")}`);
  // Keyed by table name (the client would camel-case the column names).
  const hashes = Object.values(row).map(String);
  return Object.fromEntries(tables.map((table, i) => [table, hashes[i]]));
}

export type FuzzShop = Awaited<ReturnType<typeof fuzzShop>>;

/** The shop, its anchors and its documented operations; `env` overrides the configuration. */
export async function fuzzShop(env: Record<string, string> = {}, options: TestAppOptions = {}) {
  const shop = await whatsappShop(env, options);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await shop.json(method, path, body);
    const text = await res.text();
    assert.ok(res.status < 300, `${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text);
  };
  const placed = (await call("POST", "/api/carts")).id;
  await call("POST", `/api/carts/${placed}/items`, { product_id: 2, quantity: 1 });
  const order = (await call("POST", `/api/carts/${placed}/checkout`, {
    contact: { name: "Fuzz Buyer", phone: "+34600000009" },
    fulfilment: "pickup",
    payment: "cash",
  })).id;
  const cart = (await call("POST", "/api/carts")).id;
  await call("POST", `/api/carts/${cart}/items`, { product_id: 1, quantity: 2 });
  assert.equal((await shop.send("+34600000001", "hola")).status, 200);
  const [{ id: conversation, customerId }] = await shop.sql<
    { id: number; customerId: number }[]
  >`select id, customer_id from conversations`;

  /** Real resources by the path segment before the parameter (`/carts/{id}`: carts). */
  const anchors: Record<string, string> = {
    products: "1",
    carts: cart,
    items: "1",
    orders: order,
    conversations: String(conversation),
    customers: String(customerId),
  };
  const doc: OpenApiDoc = await (await shop.request("/openapi.json")).json();
  const target: Target = {
    adminToken: ADMIN_TOKEN,
    anchor: (operation: Operation, param: Param) => {
      const segments = operation.path.split("/");
      const owner = segments[segments.indexOf(`{${param.name}}`) - 1];
      const value = anchors[owner];
      if (value === undefined) {
        throw new Error(
          `fuzz: no real value for {${param.name}} of ${operation.route}; add one to anchors in tests/fuzz/shop.ts`,
        );
      }
      return value;
    },
  };
  let baseline = await quiet(shop.sql);
  return {
    ...shop,
    operations: readOperations(doc),
    anchors,
    target,
    fingerprint: (tables?: readonly Table[]) => fingerprint(shop.sql, tables),
    /** Waits for background work to finish and takes the data as it is then as the baseline. */
    settle: async () => {
      baseline = await quiet(shop.sql);
    },
    /**
     * Asserts that no table but `except` changed since the previous call (or since setup),
     * then takes the current data as the new baseline, so one failure does not cascade.
     */
    unchanged: async (except: readonly Table[] = []) => {
      const now = await fingerprint(shop.sql);
      const changed = TABLES.filter((t) => now[t] !== baseline[t] && !except.includes(t));
      baseline = now;
      assert.deepEqual(changed, [], `stored data changed in ${changed.join(", ")}`);
    },
  };
}

/** Waits until background work (agent turns, the outbox) has stopped changing data. */
async function quiet(sql: Client): Promise<Record<string, string>> {
  let last = await fingerprint(sql);
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const now = await fingerprint(sql);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error("fuzz: the shop's data kept changing");
}
