/**
 * The dashboard's catalog files: `/admin/catalog/import` (upload, preview, import) and
 * `/admin/catalog/export` (download). Mounted before the rest of the dashboard (app.ts) so the
 * upload gets `CATALOG_IMPORT_MAX_BYTES` instead of the 64 KB form limit; same session and CSRF
 * checks as every dashboard form.
 *
 * @module
 */
import { Hono } from "hono";
import { exportCatalog } from "../catalog/export.ts";
import { importCatalog } from "../catalog/import.ts";
import type { Client } from "../db/connect.ts";
import { limitBody } from "../http/limits.ts";
import { pageHeaders } from "../http/security.ts";
import type { Config } from "../shared/config.ts";
import { AppError } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";
import { type DashboardEnv, requireSession } from "./access.tsx";
import { CatalogImportPage } from "./views/catalog-import.tsx";
import { htmlDocument } from "./views/layout.tsx";
import { pageChrome } from "./chrome.ts";

export interface CatalogFilesDeps {
  sql: Client;
  config: Config;
  log: Logger;
}

export function catalogFilesDashboard(deps: CatalogFilesDeps) {
  const { sql, config, log } = deps;
  const app = new Hono<DashboardEnv>();
  const maxMegabytes = Math.round(config.catalogImportMaxBytes / 1024 / 1024);
  app.use("/admin/catalog/*", pageHeaders());
  app.use("/admin/catalog/*", limitBody(config.catalogImportMaxBytes + 64 * 1024, "file"));
  app.use("/admin/catalog/*", requireSession({ sql, config, log }));

  app.get("/admin/catalog/import", (c) =>
    c.html(htmlDocument(
      <CatalogImportPage chrome={pageChrome(c, config, "products")} maxMegabytes={maxMegabytes} />,
    )));

  app.post("/admin/catalog/import", async (c) => {
    const body = await c.req.parseBody();
    const page = (status: 200 | 400 | 422, content: Parameters<typeof CatalogImportPage>[0]) =>
      c.html(htmlDocument(<CatalogImportPage {...content} />), status);
    const base = { chrome: pageChrome(c, config, "products"), maxMegabytes };
    if (!(body.file instanceof File)) {
      return page(400, {
        ...base,
        notice: { kind: "error", text: base.chrome.t("catalog.choose_file") },
      });
    }
    const apply = body.action === "apply";
    try {
      const report = await importCatalog(sql, body.file.stream(), {
        storeCurrency: config.storeCurrency,
        apply,
      });
      if (report.applied) log.info("admin.catalog_imported", { ...report.counts });
      return page(apply && !report.applied ? 422 : 200, { ...base, report });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 400) throw err;
      return page(400, { ...base, notice: { kind: "error", text: err.message } });
    }
  });

  app.get("/admin/catalog/export", (c) => {
    const format = c.req.query("format") === "meta" ? "meta" : "shopify";
    const encoder = new TextEncoder();
    const chunks = exportCatalog(sql, format);
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="catalog-${format}.csv"`,
      },
    });
  });

  return app;
}
