/**
 * Notifications in the admin API: `GET /api/admin/notifications` reads the reminders' timing
 * and the templates, `PATCH` changes the timing fields given and sets or removes templates (a
 * Content SID per kind and language, null to remove); `PUT
 * /api/admin/customers/{id}/marketing` records a customer's consent as staff set it, and `GET`
 * shows it with every proactive message sent to them. The dashboard's Notifications page edits
 * the same.
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { marketingOf, setMarketing } from "../customers/consent.ts";
import { type Client, inTransaction } from "../db/connect.ts";
import { errorResponses, json, jsonBody, newRouter } from "../http/router.ts";
import { proactiveHistory } from "../notify/history.ts";
import { optOut } from "../notify/opt-out.ts";
import { notFound } from "../shared/errors.ts";
import { LANGUAGES } from "../shared/language.ts";
import {
  ContentSid,
  listTemplates,
  loadNotificationSettings,
  NOTIFICATION_KINDS,
  type NotificationSettings,
  NotificationSettingsPatch,
  setTemplate,
  type Template,
  updateNotificationSettings,
} from "../settings/notifications.ts";

const TemplateJson = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  language: z.enum(LANGUAGES),
  content_sid: ContentSid.nullable().openapi({ description: "null removes the template" }),
}).openapi("NotificationTemplate");

const NotificationsJson = z.object({
  payment_reminder_minutes: z.int(),
  cart_reminder_minutes: z.int(),
  cart_reminder_max: z.int(),
  quiet_from_hour: z.int(),
  quiet_to_hour: z.int(),
  templates: z.array(TemplateJson),
}).openapi("Notifications");

const NotificationsPatch = NotificationSettingsPatch.extend({
  templates: z.array(TemplateJson.strict()).max(100),
}).partial().openapi("NotificationsPatch");

const MarketingJson = z.object({
  marketing: z.enum(["unknown", "granted", "opted_out"]),
  source: z.string().nullable(),
  changed_at: z.string().nullable(),
  messages: z.array(z.object({
    kind: z.string(),
    status: z.enum(["queued", "skipped"]),
    via: z.string().nullable(),
    reason: z.string().nullable(),
    delivery: z.string().nullable(),
    error_code: z.int().nullable(),
    created_at: z.string(),
  })),
}).openapi("CustomerMarketing");

const CustomerParam = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

function notificationsJson(s: NotificationSettings, templates: Template[]) {
  return {
    payment_reminder_minutes: s.paymentReminderMinutes,
    cart_reminder_minutes: s.cartReminderMinutes,
    cart_reminder_max: s.cartReminderMax,
    quiet_from_hour: s.quietFromHour,
    quiet_to_hour: s.quietToHour,
    templates: templates.map((t) => ({
      kind: t.kind,
      language: t.language,
      content_sid: t.contentSid,
    })),
  };
}

/** The notification routes, to mount under `/api`. */
export function notificationRoutes(deps: { sql: Client; guard: MiddlewareHandler }) {
  const { sql, guard: admin } = deps;
  const security = [{ adminToken: [] }];
  const router = newRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/notifications",
      tags: ["Dashboard"],
      summary: "Reminders' timing, quiet hours and message templates (admin)",
      security,
      middleware: [admin] as const,
      responses: { 200: json(NotificationsJson, "The notifications"), ...errorResponses(401, 403) },
    }),
    async (c) =>
      c.json(notificationsJson(await loadNotificationSettings(sql), await listTemplates(sql)), 200),
  );

  router.openapi(
    createRoute({
      method: "patch",
      path: "/admin/notifications",
      tags: ["Dashboard"],
      summary: "Change the reminders' timing and set or remove templates (admin)",
      security,
      middleware: [admin] as const,
      request: { body: jsonBody(NotificationsPatch) },
      responses: {
        200: json(NotificationsJson, "The new notifications"),
        ...errorResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const { templates = [], ...timing } = c.req.valid("json");
      const settings = await inTransaction(sql, async (tx) => {
        for (const t of templates) await setTemplate(tx, t.kind, t.language, t.content_sid);
        return await updateNotificationSettings(tx, timing);
      });
      return c.json(notificationsJson(settings, await listTemplates(sql)), 200);
    },
  );

  const marketing = async (id: number) => {
    const consent = await marketingOf(sql, id);
    if (!consent) throw notFound("Customer", id);
    const messages = await proactiveHistory(sql, { customerId: id });
    return {
      marketing: consent.state,
      source: consent.source,
      changed_at: consent.changedAt?.toISOString() ?? null,
      messages: messages.map((m) => ({
        kind: m.kind,
        status: m.status,
        via: m.via,
        reason: m.reason,
        delivery: m.delivery,
        error_code: m.errorCode,
        created_at: m.createdAt.toISOString(),
      })),
    };
  };

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/customers/{id}/marketing",
      tags: ["Dashboard"],
      summary: "A customer's marketing consent and the messages the shop sent them first (admin)",
      security,
      middleware: [admin] as const,
      request: { params: CustomerParam },
      responses: { 200: json(MarketingJson, "The consent"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await marketing(c.req.valid("param").id), 200),
  );

  router.openapi(
    createRoute({
      method: "put",
      path: "/admin/customers/{id}/marketing",
      tags: ["Dashboard"],
      summary: "Record a customer's marketing consent as staff were told it (admin)",
      security,
      middleware: [admin] as const,
      request: {
        params: CustomerParam,
        body: jsonBody(z.strictObject({ marketing: z.enum(["granted", "opted_out"]) })),
      },
      responses: {
        200: json(MarketingJson, "The consent"),
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!await marketingOf(sql, id)) throw notFound("Customer", id);
      const { marketing: state } = c.req.valid("json");
      if (state === "opted_out") await optOut(sql, id, "staff");
      else await setMarketing(sql, id, "granted", "staff");
      return c.json(await marketing(id), 200);
    },
  );

  return router;
}
