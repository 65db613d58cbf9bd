/**
 * The benchmark's baseline: the least a webhook could do on this runtime and database — a
 * minimal Hono handler doing one `INSERT ... ON CONFLICT DO NOTHING` per request, through
 * the same connection code as the server. The server's throughput is reported as a ratio to it.
 *
 * @module
 */
import { Hono } from "hono";
import { loadConfig } from "../src/shared/config.ts";
import { databaseOptions, openDatabase } from "../src/db/connect.ts";

const config = loadConfig(Deno.env.toObject());
const db = await openDatabase(databaseOptions(config));
await db
  .sql`create table if not exists bench_hits (id text primary key, at timestamptz default now())`;

const app = new Hono();
app.post("/hit", async (c) => {
  const id = new URLSearchParams(await c.req.text()).get("MessageSid") ?? crypto.randomUUID();
  await db.sql`insert into bench_hits (id) values (${id}) on conflict do nothing`;
  return c.body("<Response/>", 200, { "content-type": "text/xml" });
});

const server = Deno.serve(
  { port: config.port, hostname: "127.0.0.1", onListen: () => {} },
  app.fetch,
);
console.log(JSON.stringify({ msg: "server.started", listening: `127.0.0.1:${server.addr.port}` }));
Deno.addSignalListener("SIGTERM", async () => {
  await server.shutdown();
  await db.close();
  Deno.exit(0);
});
