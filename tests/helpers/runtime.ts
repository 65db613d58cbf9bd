/**
 * A whole shop over a clean test database: runtime (model, agent, inbox) and the HTTP app,
 * with the offline model unless a model is given.
 *
 * @example
 * ```ts
 * await using shop = await testShop();
 * const reply = await ask(shop.inbox, "+34600000001", "ver carrito");
 * ```
 * @module
 */
import type { ChatModel } from "../../src/agent/model.ts";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/log.ts";
import { createRuntime } from "../../src/runtime.ts";
import { ADMIN_TOKEN } from "./app.ts";
import { testDatabase } from "./db.ts";

export async function testShop(options: { env?: Record<string, string>; model?: ChatModel } = {}) {
  const db = await testDatabase();
  const config = loadConfig({ LOG_LEVEL: "silent", ADMIN_TOKEN, ...options.env });
  const log = createLogger(config.logLevel);
  const runtime = createRuntime({ db, config, log, model: options.model });
  const app = createApp({ db, config, log });
  return {
    ...runtime,
    sql: db.sql,
    app,
    request: (path: string, init?: RequestInit) =>
      app.request(new Request(new URL(path, "http://localhost"), init)),
    [Symbol.asyncDispose]: async () => {
      await runtime.inbox.close();
      await db.close();
    },
  };
}
