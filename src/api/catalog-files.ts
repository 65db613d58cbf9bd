/**
 * Catalog files for staff: `POST /api/admin/catalog/import` takes a Shopify export or a Meta
 * feed as the raw CSV body (streamed, at most `CATALOG_IMPORT_MAX_BYTES`) and previews it
 * (`?apply=false`, the default) or applies it all or nothing; `GET /api/admin/catalog/export`
 * streams the catalog back in either format. The 64 KB JSON limit of `/api/*` does not apply to
 * the import (app.ts).
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Client } from "../db/connect.ts";
import { exportCatalog } from "../catalog/export.ts";
import { importCatalog, type ImportReport } from "../catalog/import.ts";
import { errorResponses, json, newRouter } from "../http/router.ts";
import { AppError } from "../shared/errors.ts";

/** The import's path, exempt from the API's JSON body limit. */
export const CATALOG_IMPORT_PATH = "/api/admin/catalog/import";

export const ImportReportJson = z.object({
  format: z.enum(["shopify", "meta"]),
  applied: z.boolean(),
  rows: z.int(),
  counts: z.object({
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    refused: z.int(),
  }),
  left_alone: z.int().openapi({ description: "Products in the catalog the file does not name" }),
  errors: z.array(z.object({ line: z.int(), sku: z.string().optional(), reason: z.string() })),
  changes: z.array(z.object({
    line: z.int(),
    sku: z.string(),
    name: z.string(),
    action: z.enum(["create", "update", "unchanged"]),
  })),
}).openapi("ImportReport");

/** The report as the API's snake_case JSON. */
export function importReportJson(r: ImportReport): z.infer<typeof ImportReportJson> {
  const { leftAlone, ...rest } = r;
  return { ...rest, left_alone: leftAlone };
}

/** The body as a stream that fails with 413 past `maxBytes`. */
export function limitedStream(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): ReadableStream<Uint8Array> {
  let size = 0;
  const source = body ?? new Blob([]).stream();
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.length;
        if (size > maxBytes) {
          controller.error(
            new AppError(
              "payload_too_large",
              413,
              `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
            ),
          );
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

export function catalogFileRoutes(
  deps: { sql: Client; guard: MiddlewareHandler; storeCurrency: string; maxBytes: number },
) {
  const { sql, guard: admin, storeCurrency, maxBytes } = deps;
  const router = newRouter();
  const security = [{ adminToken: [] }];

  router.openapi(
    createRoute({
      method: "post",
      path: "/admin/catalog/import",
      tags: ["Catalog"],
      summary: "Preview or import a Shopify export or Meta feed (admin)",
      description:
        "The body is the CSV file itself (`text/csv`; `,`, `;` or tab separated, BOM allowed). " +
        "Products are keyed by SKU (a Shopify handle with variants, a Meta item_group_id). " +
        "`apply=true` commits, unless a row is refused: then nothing changes and the answer is " +
        "422 with the report in `details`.",
      security,
      middleware: [admin] as const,
      request: {
        query: z.object({ apply: z.enum(["true", "false"]).default("false") }),
        body: {
          content: { "text/csv": { schema: z.string() } },
        },
      },
      responses: {
        200: json(ImportReportJson, "What the file does (applied, or a preview)"),
        ...errorResponses(400, 401, 403, 413, 422),
      },
    }),
    async (c) => {
      const apply = c.req.valid("query").apply === "true";
      const report = await importCatalog(sql, limitedStream(c.req.raw.body, maxBytes), {
        storeCurrency,
        apply,
      });
      if (apply && !report.applied) {
        throw new AppError(
          "import_refused",
          422,
          `${report.counts.refused} rows refused; nothing was imported`,
          importReportJson(report),
        );
      }
      return c.json(importReportJson(report), 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/catalog/export",
      tags: ["Catalog"],
      summary: "The catalog as a Shopify export or a Meta feed (admin)",
      security,
      middleware: [admin] as const,
      request: { query: z.object({ format: z.enum(["shopify", "meta"]).default("shopify") }) },
      responses: {
        200: {
          description: "CSV",
          content: { "text/csv": { schema: z.string() } },
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    (c) => {
      const format = c.req.valid("query").format;
      const encoder = new TextEncoder();
      const chunks = exportCatalog(sql, format);
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
        async cancel() {
          await chunks.return(undefined);
        },
      });
      return new Response(body, {
        status: 200,
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="catalog-${format}.csv"`,
        },
      }) as never;
    },
  );

  return router;
}
