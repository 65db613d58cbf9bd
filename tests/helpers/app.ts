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

/**
 * Every test request comes from one address, and many tests have one customer write fast:
 * the per-client and per-customer limits are lifted unless a test sets them
 * (tests/api/limits_test.ts and tests/whatsapp/flood_test.ts do).
 */
export const UNLIMITED = {
  REST_CARTS_PER_MINUTE: "1000000",
  REST_CHECKOUTS_PER_MINUTE: "1000000",
  CUSTOMER_RATE_PER_MINUTE: "1000",
  CUSTOMER_MAX_QUEUED: "1000",
};

export interface TestAppOptions {
  model?: ChatModel;
  outbox?: RuntimeOptions["outbox"];
  /** Where "now" comes from (a manual clock moves holds and quotes forward). */
  clock?: Clock;
  /** Keep every log line (at info and above) in `logLines` instead of dropping them. */
  captureLog?: boolean;
}

/** Builds the shop over a fresh database; `env` overrides the test configuration. */
export async function testApp(env: Record<string, string> = {}, options: TestAppOptions = {}) {
  const db = await testDatabase();
  const config = loadConfig({ LOG_LEVEL: "silent", ADMIN_TOKEN, ...UNLIMITED, ...env });
  const logLines: string[] = [];
  const log = options.captureLog
    ? createLogger("info", (line) => logLines.push(line))
    : createLogger(config.logLevel);
  const { captureLog: _, ...runtimeOptions } = options;
  const runtime = createRuntime({ db, config, log, ...runtimeOptions });
  const app = createApp(runtime);
  /** A request through the app; `peer` is the TCP peer address the listener would pass. */
  const request = async (path: string, init?: RequestInit, peer?: string): Promise<Response> =>
    await app.request(
      new Request(new URL(path, "http://localhost"), init),
      undefined,
      peer === undefined ? undefined : { peer },
    );
  return {
    ...runtime,
    app,
    sql: db.sql,
    request,
    logLines,
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
