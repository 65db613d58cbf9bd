/**
 * The shop's terms in the admin API: `GET /api/admin/settings` reads them, `PATCH` changes the
 * fields given (a combination that would not work, such as delivery without an area, is 422
 * `invalid_settings` and changes nothing). The Settings page of the dashboard edits the same.
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Client } from "../db/connect.ts";
import { errorResponses, json, jsonBody, newRouter } from "../http/router.ts";
import {
  loadTerms,
  type Providers,
  termsJson,
  TermsPatch,
  updateTerms,
} from "../settings/terms.ts";

const SettingsJson = z.object({
  pickup_enabled: z.boolean(),
  pickup_address: z.string(),
  pickup_hours: z.string(),
  delivery_enabled: z.boolean(),
  delivery_fee_minor: z.int(),
  delivery_free_above_minor: z.int().nullable(),
  delivery_postal_prefixes: z.array(z.string()),
  delivery_radius_km: z.number().nullable(),
  shop_latitude: z.number().nullable(),
  shop_longitude: z.number().nullable(),
  shipping_enabled: z.boolean(),
  shipping_fee_minor: z.int(),
  shipping_free_above_minor: z.int().nullable(),
  shipping_countries: z.array(z.string()),
  card_enabled: z.boolean(),
  mercadopago_enabled: z.boolean(),
  cash_enabled: z.boolean(),
  transfer_enabled: z.boolean(),
  transfer_instructions: z.string(),
  hold_minutes: z.int(),
  returns_policy: z.string(),
  updated_at: z.string(),
  providers: z.object({ card: z.boolean(), mercadopago: z.boolean() }).openapi({
    description: "Whether the server is configured for Stripe and Mercado Pago",
  }),
}).openapi("Settings");

/** The settings routes, to mount under `/api`. */
export function settingsRoutes(
  deps: { sql: Client; guard: MiddlewareHandler; providers: Providers },
) {
  const { sql, guard: admin, providers } = deps;
  const security = [{ adminToken: [] }];
  const router = newRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/settings",
      tags: ["Dashboard"],
      summary: "The shop's terms: fulfilment, fees, delivery area, payments, hold (admin)",
      security,
      middleware: [admin] as const,
      responses: { 200: json(SettingsJson, "The settings"), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ ...termsJson(await loadTerms(sql)), providers }, 200),
  );

  router.openapi(
    createRoute({
      method: "patch",
      path: "/admin/settings",
      tags: ["Dashboard"],
      summary: "Change some of the shop's terms (admin)",
      security,
      middleware: [admin] as const,
      request: { body: jsonBody(TermsPatch) },
      responses: {
        200: json(SettingsJson, "The new settings"),
        ...errorResponses(400, 401, 403, 413, 415, 422),
      },
    }),
    async (c) => {
      const terms = await updateTerms(sql, c.req.valid("json"));
      return c.json({ ...termsJson(terms), providers }, 200);
    },
  );

  return router;
}
