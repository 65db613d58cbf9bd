/**
 * A whole shop over a clean test database: the runtime (model, agent, inbox, outbox) and the
 * HTTP app, driven through `app.request` (the real routing, middleware and error mapping,
 * without a socket). The offline model unless another is given.
 *
 * @example
 * ```ts
 * await using t = await testApp();
 * const res = await t.request("/api/products");
 * const reply = await ask(t.inbox, "+34600000001", "ver carrito");
 * ```
 * @module
 */
import type { ChatModel } from "../../src/agent/model.ts";
import type { Clock } from "../../src/shared/clock.ts";
import { loadConfig } from "../../src/shared/config.ts";
import { createApp } from "../../src/app.ts";
import { createLogger } from "../../src/shared/log.ts";
import { createRuntime, type RuntimeOptions } from "../../src/runtime.ts";
import { testDatabase } from "./db.ts";

export const ADMIN_TOKEN = "test-admin-token-0123456789";

export interface TestAppOptions {
  model?: ChatModel;
  outbox?: RuntimeOptions["outbox"];
  /** Where "now" comes from (a manual clock moves holds and quotes forward). */
  clock?: Clock;
}

/** Builds the shop over a fresh database; `env` overrides the test configuration. */
export async function testApp(env: Record<string, string> = {}, options: TestAppOptions = {}) {
  const db = await testDatabase();
  const config = loadConfig({ LOG_LEVEL: "silent", ADMIN_TOKEN, ...env });
  const log = createLogger(config.logLevel);
  const runtime = createRuntime({ db, config, log, ...options });
  const app = createApp(runtime);
  const request = async (path: string, init?: RequestInit): Promise<Response> =>
    await app.request(new Request(new URL(path, "http://localhost"), init));
  return {
    ...runtime,
    app,
    sql: db.sql,
    request,
    /** A JSON request; `admin: true` adds the admin bearer token. */
    json: (method: string, path: string, body?: unknown, opts: { admin?: boolean } = {}) =>
      request(path, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(opts.admin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    [Symbol.asyncDispose]: async () => {
      await runtime.inbox.close();
      await runtime.outbox.stop();
      await db.close();
    },
  };
}
