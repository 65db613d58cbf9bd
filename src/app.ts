/**
 * The HTTP application: middleware (request id, access log, body limit), the start page,
 * every area's routes, the staff dashboard and `/metrics`, the OpenAPI document and its reference page, and
 * the one error mapping.
 *
 * @example
 * ```ts
 * import type { Runtime } from "./runtime.ts";
 * declare const runtime: Runtime;
 * const app = createApp(runtime);
 * Deno.serve({ port: runtime.config.port }, app.fetch);
 * ```
 * @module
 */
import { requestId } from "hono/request-id";
import { adminApiRoutes } from "./api/admin.ts";
import { dashboardRoutes } from "./dashboard/routes.tsx";
import { runServerChecks } from "./doctor/checks.ts";
import { prometheusRoutes } from "./api/prometheus.ts";
import { cartRoutes } from "./api/carts.ts";
import { catalogRoutes } from "./api/catalog.ts";
import { orderRoutes } from "./api/orders.ts";
import type { Runtime } from "./runtime.ts";
import { webhookRoutes } from "./whatsapp/webhook.ts";
import { conversationRoutes } from "./api/conversations.ts";
import { accessLog } from "./http/access-log.ts";
import { DOCS_CSS, DOCS_CSS_PATH, type OpenApiDoc, renderDocs } from "./api/docs.tsx";
import { errorResponse } from "./http/errors.ts";
import { healthRoutes } from "./api/health.ts";
import { startRoutes } from "./api/start.tsx";
import { limitBody } from "./http/limits.ts";
import { CATALOG_IMPORT_PATH, catalogFileRoutes } from "./api/catalog-files.ts";
import { catalogFilesDashboard } from "./dashboard/catalog-files.tsx";
import { rateLimit } from "./http/rate-limit.ts";
import { pageHeaders } from "./http/security.ts";
import { newRouter } from "./http/router.ts";
import { adminAuth } from "./staff/guard.ts";
import { settingsRoutes } from "./api/settings.ts";
import { notificationRoutes } from "./api/notifications.ts";
import { paymentRoutes } from "./payments/routes.tsx";

/** What the application needs from the outside. */
export type AppDeps =
  & Pick<
    Runtime,
    | "db"
    | "config"
    | "log"
    | "inbox"
    | "outbox"
    | "metrics"
    | "clock"
    | "providers"
    | "stripe"
    | "mercadopago"
    | "kickJobs"
  >
  & Partial<Pick<Runtime, "modelHealth">>
  & { media?: Runtime["media"] };

/** Largest JSON body the API accepts. */
export const MAX_API_BODY_BYTES = 64 * 1024;

/** Builds the application. */
export function createApp(deps: AppDeps) {
  const { db, config, log, inbox, outbox, metrics, clock, providers, kickJobs } = deps;
  const sql = db.sql;
  const app = newRouter();

  app.use(requestId(), accessLog(log, metrics));
  const apiBodyLimit = limitBody(MAX_API_BODY_BYTES);
  app.use(
    "/api/*",
    (c, next) => c.req.path === CATALOG_IMPORT_PATH ? next() : apiBodyLimit(c, next),
  );
  const guard = adminAuth({
    sql,
    token: config.adminToken,
    publicBaseUrl: config.publicBaseUrl,
    trustedProxies: config.trustedProxies,
  });

  app.route("/", startRoutes({ config }));
  app.route("/", healthRoutes({ sql }));
  app.route("/", webhookRoutes({ sql, inbox, config, log }));
  app.route("/api", catalogRoutes({ sql, guard }));
  app.route(
    "/api",
    catalogFileRoutes({
      sql,
      guard,
      storeCurrency: config.storeCurrency,
      maxBytes: config.catalogImportMaxBytes,
    }),
  );
  const perClient = (name: string, perMinute: number) =>
    rateLimit({ sql, name, perMinute, trustedProxies: config.trustedProxies });
  app.route(
    "/api",
    cartRoutes({
      sql,
      currency: config.storeCurrency,
      createLimit: perClient("carts", config.rest.cartsPerMinute),
    }),
  );
  app.route(
    "/api",
    orderRoutes({
      sql,
      guard,
      checkoutLimit: perClient("checkout", config.rest.checkoutsPerMinute),
      clock,
      providers,
      currency: config.storeCurrency,
      publicBaseUrl: config.publicBaseUrl,
      onScheduled: kickJobs,
    }),
  );
  app.route("/api", conversationRoutes({ sql, guard }));
  app.route("/api", settingsRoutes({ sql, guard, providers }));
  app.route("/api", notificationRoutes({ sql, guard }));
  app.route("/api", adminApiRoutes({ sql, config, outbox, guard }));
  app.route("/", prometheusRoutes({ metrics, config, guard }));
  app.route(
    "/",
    paymentRoutes({
      sql,
      stripe: deps.stripe,
      mercadopago: deps.mercadopago,
      clock,
      log,
      publicBaseUrl: config.publicBaseUrl,
      storeName: config.storeName,
      whatsappFrom: config.twilio.whatsappFrom,
      onScheduled: kickJobs,
    }),
  );
  app.route("/", catalogFilesDashboard({ sql, config, log }));
  app.route(
    "/",
    dashboardRoutes({
      sql,
      config,
      log,
      outbox,
      clock,
      providers,
      onScheduled: kickJobs,
      modelHealth: deps.modelHealth,
      modelPrices: config.gemini.prices,
      media: deps.media,
      doctor: () => runServerChecks(config),
    }),
  );

  app.openAPIRegistry.registerComponent("securitySchemes", "adminToken", {
    type: "http",
    scheme: "bearer",
    description: "The ADMIN_TOKEN of the server",
  });
  const info = {
    title: `${config.storeName} — WhatsApp sales agent API`,
    version: "1.0.0",
    description: "Catalog, carts and orders of the shop. Money is in integer minor units.",
  };
  app.doc31("/openapi.json", { openapi: "3.1.0", info });
  app.use("/docs", pageHeaders());
  app.use("/docs/*", pageHeaders());
  app.get(DOCS_CSS_PATH, (c) =>
    c.body(DOCS_CSS, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=3600",
    }));
  app.get("/docs", (c) => {
    const doc = app.getOpenAPI31Document({ openapi: "3.1.0", info }) as OpenApiDoc;
    return c.html(renderDocs(doc));
  });

  app.notFound((c) =>
    c.json({
      error: { code: "not_found", message: `No route for ${c.req.method} ${c.req.path}` },
    }, 404)
  );
  app.onError((err, c) => errorResponse(c, err, log));
  return app;
}
