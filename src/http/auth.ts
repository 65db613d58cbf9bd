/**
 * Admin authentication: `Authorization: Bearer $ADMIN_TOKEN`, compared in constant time.
 * 401 without credentials, 403 with wrong ones, and every admin route answers 403
 * `admin_disabled` while `ADMIN_TOKEN` is unset.
 *
 * @example
 * ```ts
 * router.use("/admin/*", adminAuth({ token: config.adminToken }));
 * ```
 * @module
 */
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors.ts";

export interface AdminAuthOptions {
  /** The admin token; unset disables admin routes. */
  token: string | undefined;
}

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
    if (!header) {
      c.header("WWW-Authenticate", 'Bearer realm="admin"');
      throw new AppError("unauthorized", 401, "Admin credentials required");
    }
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !tokensEqual(match[1].trim(), options.token)) {
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
