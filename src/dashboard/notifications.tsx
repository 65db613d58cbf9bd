/**
 * The dashboard's Notifications page (`/admin/notifications`, linked from Settings): the
 * reminders' timing and quiet hours, and the approved template (Twilio Content SID) of each
 * kind of proactive message in each language, used outside WhatsApp's 24-hour window. A kind
 * without one is not sent outside the window, and the order's page says so. Bad input is
 * shown on the form again and changes nothing. Staff also record a customer's consent here
 * (the buttons on the conversation page).
 *
 * @module
 */
import type { Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { marketingOf, setMarketing } from "../customers/consent.ts";
import { inTransaction, type Sql } from "../db/connect.ts";
import { optOut } from "../notify/opt-out.ts";
import { AppError, notFound } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";
import { LANGUAGES } from "../shared/language.ts";
import {
  ContentSid,
  listTemplates,
  loadNotificationSettings,
  NOTIFICATION_KINDS,
  NotificationSettingsPatch,
  setTemplate,
  updateNotificationSettings,
} from "../settings/notifications.ts";
import type { DashboardEnv } from "./access.tsx";
import { noticeOf } from "./notices.ts";
import {
  kindName,
  type NotificationFields,
  NotificationsPage,
  timingLabel,
} from "./views/notifications.tsx";
import type { Chrome, Notice } from "./views/layout.tsx";

type Ctx = Context<DashboardEnv>;

const TIMING = [
  "payment_reminder_minutes",
  "cart_reminder_minutes",
  "cart_reminder_max",
  "quiet_from_hour",
  "quiet_to_hour",
] as const;

const sidField = (kind: string, language: string) => `sid_${kind}_${language}`;

/** Adds the page and its form to the dashboard. */
export function notificationPages(app: Hono<DashboardEnv>, deps: {
  sql: Sql;
  log: Logger;
  page: (c: Ctx, node: unknown, status?: ContentfulStatusCode) => Response | Promise<Response>;
  chrome: (c: Ctx) => Chrome;
}): void {
  const { sql, log, page, chrome } = deps;
  const show = (
    c: Ctx,
    fields: NotificationFields,
    notice?: Notice,
    status?: ContentfulStatusCode,
  ) => page(c, <NotificationsPage chrome={chrome(c)} fields={fields} notice={notice} />, status);

  app.get("/admin/notifications", async (c) => {
    const settings = await loadNotificationSettings(sql);
    const fields: NotificationFields = {
      payment_reminder_minutes: String(settings.paymentReminderMinutes),
      cart_reminder_minutes: String(settings.cartReminderMinutes),
      cart_reminder_max: String(settings.cartReminderMax),
      quiet_from_hour: String(settings.quietFromHour),
      quiet_to_hour: String(settings.quietToHour),
    };
    for (const t of await listTemplates(sql)) fields[sidField(t.kind, t.language)] = t.contentSid;
    return show(c, fields, noticeOf(c));
  });

  app.post("/admin/notifications", async (c) => {
    const body = await c.req.parseBody();
    const fields: NotificationFields = {};
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === "string") fields[key] = value.trim();
    }
    const timing = NotificationSettingsPatch.safeParse(Object.fromEntries(
      TIMING.map((
        name,
      ) => [name, /^\d{1,5}$/.test(fields[name] ?? "") ? Number(fields[name]) : -1]),
    ));
    if (!timing.success) {
      const field = String(timing.error.issues[0].path[0]);
      const text = chrome(c).t("notifications.out_of_range", {
        field: timingLabel(chrome(c), field),
      });
      return show(c, fields, { kind: "error", text }, 400);
    }
    const templates = NOTIFICATION_KINDS.flatMap((kind) =>
      LANGUAGES.map((language) => ({ kind, language, sid: fields[sidField(kind, language)] ?? "" }))
    );
    const bad = templates.find((t) => t.sid !== "" && !ContentSid.safeParse(t.sid).success);
    if (bad) {
      const text = chrome(c).t("notifications.bad_sid", {
        kind: kindName(chrome(c), bad.kind),
        language: bad.language,
      });
      return show(c, fields, { kind: "error", text }, 400);
    }
    await inTransaction(sql, async (tx) => {
      await updateNotificationSettings(tx, timing.data);
      for (const t of templates) await setTemplate(tx, t.kind, t.language, t.sid || null);
    });
    log.info("admin.notifications_saved");
    return c.redirect("/admin/notifications?notice=settings_saved", 303);
  });

  app.post("/admin/customers/:id{[0-9]{1,15}}/marketing", async (c) => {
    const id = Number(c.req.param("id"));
    const form = ConsentForm.safeParse(await c.req.parseBody());
    if (!form.success) throw new AppError("invalid_input", 400, "That is not a consent");
    if (!await marketingOf(sql, id)) throw notFound("Customer", id);
    if (form.data.marketing === "opted_out") await optOut(sql, id, "staff");
    else await setMarketing(sql, id, "granted", "staff");
    log.info("admin.marketing_set", { customer: id, marketing: form.data.marketing });
    return c.redirect(`${form.data.back}?notice=settings_saved`, 303);
  });
}

const ConsentForm = z.object({
  marketing: z.enum(["granted", "opted_out"]),
  back: z.string().regex(/^\/admin\/conversations\/[0-9]{1,15}$/),
});
