/**
 * Rate limits per client address, counted in Postgres (`rate_counters`) so they hold across
 * instances and on the embedded database: one row per bucket and fixed window, incremented in
 * one statement. Over the limit a request is refused with 429 `rate_limited` and `Retry-After`
 * (the seconds left in the window) before its handler runs.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * const app = new Hono();
 * app.use("/api/carts", rateLimit({ sql, name: "carts", perMinute: 30, trustedProxies: 0 }));
 * ```
 * @module
 */
import type { MiddlewareHandler } from "hono";
import type { Sql } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";
import { clientOf } from "./client.ts";

const WINDOW_SECONDS = 60;

/** Counts one hit of `bucket` in the current window; the hits so far and the seconds left. */
export async function hit(
  sql: Sql,
  bucket: string,
  windowSeconds = WINDOW_SECONDS,
): Promise<{ hits: number; retryAfter: number }> {
  const [row] = await sql<{ hits: number; retryAfter: number }[]>`
    insert into rate_counters as r (bucket, window_start, hits)
    values (${bucket},
      to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    on conflict (bucket, window_start) do update set hits = r.hits + 1
    returning hits, greatest(1, ceil(extract(epoch from
      r.window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry_after`;
  return row;
}

/** Middleware allowing each client `perMinute` requests of `name` (only for `method`). */
export function rateLimit(options: {
  sql: Sql;
  name: string;
  perMinute: number;
  trustedProxies: number;
  method?: string;
}): MiddlewareHandler {
  const method = options.method ?? "POST";
  return async (c, next) => {
    if (c.req.method !== method) return await next();
    const client = clientOf(c, options.trustedProxies);
    const { hits, retryAfter } = await hit(options.sql, `${options.name}:${client}`);
    if (hits > options.perMinute) {
      throw new AppError(
        "rate_limited",
        429,
        `Too many requests from this address: at most ${options.perMinute} a minute`,
        { retry_after: retryAfter },
      );
    }
    await next();
  };
}

/** Deletes windows older than an hour (the periodic cleanup). */
export async function deleteOldCounters(sql: Sql): Promise<number> {
  const rows = await sql`
    delete from rate_counters where window_start < now() - interval '1 hour' returning 1`;
  return rows.length;
}
