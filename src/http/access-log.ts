/**
 * Access log: one JSON line per request with its id, method, path, status and duration.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { requestId } from "hono/request-id";
 * import { createLogger } from "../shared/log.ts";
 * import type { AppEnv } from "./router.ts";
 * const app = new Hono<AppEnv>();
 * app.use(requestId(), accessLog(createLogger("info")));
 * // {"level":"info","msg":"http","request_id":"…","method":"GET","path":"/api/products","status":200,"duration_ms":3.1}
 * ```
 * @module
 */
import type { MiddlewareHandler } from "hono";
import type { Logger } from "../shared/log.ts";
import type { Metrics } from "../shared/metrics.ts";
import type { AppEnv } from "./router.ts";

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
    };
    if (status >= 500) log.error("http", fields);
    else log.info("http", fields);
  };
}
