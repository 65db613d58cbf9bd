/**
 * The application over a clean test database, driven through `app.request` (the real
 * routing, middleware and error mapping, without a socket).
 *
 * @example
 * ```ts
 * await using t = await testApp();
 * const res = await t.request("/api/products");
 * ```
 * @module
 */
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/log.ts";
import { testDatabase } from "./db.ts";

export const ADMIN_TOKEN = "test-admin-token-0123456789";

/** Builds the app over a fresh database; `env` overrides the test configuration. */
export async function testApp(env: Record<string, string> = {}) {
  const db = await testDatabase();
  const config = loadConfig({ LOG_LEVEL: "silent", ADMIN_TOKEN, ...env });
  const app = createApp({ db, config, log: createLogger(config.logLevel) });
  const request = (path: string, init?: RequestInit) =>
    app.request(new Request(new URL(path, "http://localhost"), init));
  return {
    app,
    db,
    sql: db.sql,
    config,
    request,
    /** A JSON request; `admin: true` adds the admin bearer token. */
    json: (method: string, path: string, body?: unknown, options: { admin?: boolean } = {}) =>
      request(path, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(options.admin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    [Symbol.asyncDispose]: () => db.close(),
  };
}
