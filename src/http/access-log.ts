/**
 * Access log: one JSON line per request with its id, method, path, status, duration and the
 * connection's peer address (with `X-Forwarded-For` as sent, when sent, which anyone can
 * write). Server errors (5xx) are logged at error, the rest (a 499 client abort too) at info.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { requestId } from "hono/request-id";
 * import { createLogger } from "../shared/log.ts";
 * import type { AppEnv } from "./router.ts";
import { peerAddress } from "./client.ts";
 * const app = new Hono<AppEnv>();
 * app.use(requestId(), accessLog(createLogger("info")));
 * // {"level":"info","msg":"http","request_id":"…","method":"GET","path":"/api/products","status":200,"duration_ms":3.1,"peer":"203.0.113.7"}
 * ```
 * @module
 */
import type { MiddlewareHandler } from "hono";
import type { Logger } from "../shared/log.ts";
import type { Metrics } from "../shared/metrics.ts";
import type { AppEnv } from "./router.ts";
import { peerAddress } from "./client.ts";

/** Logs (and counts, given `metrics`) each request after it is answered. */
export function accessLog(log: Logger, metrics?: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = Math.round((performance.now() - start) * 10) / 10;
    const status = c.res.status;
    if (metrics) {
      const route = c.req.routePath;
      metrics.count("http_requests_total", { method: c.req.method, route, status: String(status) });
      metrics.observe("http_request_duration_seconds", { method: c.req.method, route }, ms / 1000);
    }
    const fields = {
      request_id: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status,
      duration_ms: ms,
      peer: peerAddress(c),
      forwarded_for: c.req.header("x-forwarded-for"),
    };
    if (status >= 500) log.error("http", fields);
    else log.info("http", fields);
  };
}
