/**
 * `GET /metrics`: this process's counters and latency histograms (HTTP, messages, agent turns,
 * deliveries) in Prometheus' text format. Behind the admin token (or dashboard session) unless
 * `METRICS_PUBLIC=1`.
 *
 * @example
 * ```sh
 * curl -H "authorization: Bearer $ADMIN_TOKEN" localhost:8000/metrics
 * ```
 * @module
 */
import { Hono, type MiddlewareHandler } from "hono";
import type { Config } from "../shared/config.ts";
import type { AppEnv } from "../http/router.ts";
import type { Metrics } from "../shared/metrics.ts";

/** The `/metrics` route, mounted at the root. */
export function prometheusRoutes(deps: {
  metrics: Pick<Metrics, "render">;
  config: Pick<Config, "metricsPublic">;
  guard: MiddlewareHandler;
}) {
  const { metrics, config } = deps;
  const app = new Hono<AppEnv>();
  if (!config.metricsPublic) app.use("/metrics", deps.guard);
  app.get("/metrics", (c) =>
    c.body(metrics.render(), 200, {
      "content-type": "text/plain; version=0.0.4; charset=utf-8",
      "cache-control": "no-store",
    }));
  return app;
}
