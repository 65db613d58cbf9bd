/**
 * Admin authentication, for API clients and for the dashboard's browser:
 *
 * - `Authorization: Bearer $ADMIN_TOKEN`, compared in constant time: 401 without credentials,
 *   403 with wrong ones, and 429 with `Retry-After` for an address that guessed wrong too
 *   often (throttle.ts).
 * - or a dashboard session cookie whose session is still stored (session.ts); a staff (not
 *   owner) session gets 403 from products, settings and metrics. Requests that
 *   change state with it must come from the same origin and carry the session's CSRF token in
 *   `X-CSRF-Token`, else 403 `csrf_failed`. An ended, expired or forged cookie counts as none.
 *
 * Every admin route answers 403 `admin_disabled` while `ADMIN_TOKEN` is unset.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * const router = new Hono();
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * router.use("/admin/*", adminAuth({ sql, token: Deno.env.get("ADMIN_TOKEN"), trustedProxies: 0 }));
 * ```
 * @module
 */
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Client } from "../db/connect.ts";
import { clientOf } from "../http/client.ts";
import { fromSameOrigin } from "./origin.ts";
import { readSession, SESSION_COOKIE, validCsrf } from "./session.ts";
import { blockedFor, recordFailure, tooManyAttempts } from "./throttle.ts";
import { AppError } from "../shared/errors.ts";

export interface AdminAuthOptions {
  sql: Client;
  /** The admin token; unset disables admin routes. */
  token: string | undefined;
  /** This server's public URL, an accepted `Origin` for session-authenticated requests. */
  publicBaseUrl?: string;
  /** Proxies in front whose `X-Forwarded-For` names the client (http/client.ts). */
  trustedProxies: number;
}

/** The header that carries the CSRF token of a session-authenticated API call. */
export const CSRF_HEADER = "x-csrf-token";

const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];

/** What a staff (not owner) session may not reach: products, settings, metrics. */
const OWNER_ONLY = /^\/(api\/admin\/(products|settings|metrics)(\/|$)|metrics$)/;

/** Middleware that lets only the admin through. */
export function adminAuth(options: AdminAuthOptions): MiddlewareHandler {
  return async (c, next) => {
    if (!options.token) {
      throw new AppError(
        "admin_disabled",
        403,
        "The admin API is disabled: set ADMIN_TOKEN to enable it",
      );
    }
    const header = c.req.header("authorization");
    const session = header
      ? null
      : await readSession(options.sql, options.token, getCookie(c, SESSION_COOKIE));
    if (session) {
      const unsafe = !SAFE_METHODS.includes(c.req.method);
      if (
        unsafe &&
        !(fromSameOrigin(c.req.raw, options.publicBaseUrl) &&
          validCsrf(session, c.req.header(CSRF_HEADER)))
      ) {
        throw new AppError(
          "csrf_failed",
          403,
          `A request made with the dashboard session must come from the dashboard and carry its ${CSRF_HEADER} header`,
        );
      }
      if (session.role !== "owner" && OWNER_ONLY.test(c.req.path)) {
        throw new AppError("forbidden", 403, "Only the shop's owners can do this");
      }
      return await next();
    }
    if (!header) {
      c.header("WWW-Authenticate", 'Bearer realm="admin"');
      throw new AppError("unauthorized", 401, "Admin credentials required");
    }
    const client = clientOf(c, options.trustedProxies);
    const wait = await blockedFor(options.sql, client);
    if (wait > 0) throw tooManyAttempts(wait);
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !tokensEqual(match[1].trim(), options.token)) {
      await recordFailure(options.sql, client);
      throw new AppError("forbidden", 403, "Invalid admin credentials");
    }
    await next();
  };
}

/** Constant-time comparison of two secrets of any length. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  // Comparing equal-length buffers keeps the time independent of where they differ.
  const padded = new Uint8Array(b.length);
  padded.set(a.subarray(0, b.length));
  return timingSafeEqual(padded, b) && a.length === b.length;
}
