/**
 * How the shop writes first: the kinds of proactive message, the approved template (a Twilio
 * Content SID) of each kind and language for outside WhatsApp's 24-hour window, and the
 * reminders' timing and quiet hours. Both are staff's (dashboard, admin API); a kind with no
 * template is not sent outside the window.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * await setTemplate(sql, "shipped", "es", "HX0123456789abcdef0123456789abcdef");
 * await templateFor(sql, "shipped", "es"); // "HX0123…"
 * const timing = await loadNotificationSettings(sql);
 * inQuietHours(timing, new Date(), "Europe/Madrid"); // true at 23:00 in Madrid
 * ```
 * @module
 */
import { z } from "zod";
import type { Sql } from "../db/connect.ts";
import type { Language } from "../shared/language.ts";

/** Every kind of message the shop sends on its own. */
export const NOTIFICATION_KINDS = [
  "paid",
  "payment_failed",
  "expired",
  "cancelled",
  "ready_for_pickup",
  "shipped",
  "delivered",
  "refunded",
  "late_payment_refunded",
  "payment_reminder",
  "cart_reminder",
  "back_in_stock",
] as const;
export type NotificationKind = typeof NOTIFICATION_KINDS[number];

/** Kinds that are marketing: sent only with the customer's consent, never after an opt-out. */
export const MARKETING_KINDS: readonly NotificationKind[] = ["cart_reminder"];

/** A Twilio Content SID. */
export const ContentSid = z.string().regex(
  /^HX[0-9a-fA-F]{32}$/,
  "a Content SID is HX followed by 32 hexadecimal digits",
);

/** The template of a kind in a language, or null when none is configured. */
export async function templateFor(
  sql: Sql,
  kind: NotificationKind,
  language: Language,
): Promise<string | null> {
  const [row] = await sql<{ contentSid: string }[]>`
    select content_sid from notification_templates
    where kind = ${kind} and language = ${language}`;
  return row?.contentSid ?? null;
}

/** One configured template. */
export interface Template {
  kind: NotificationKind;
  language: Language;
  contentSid: string;
}

/** Every configured template. */
export function listTemplates(sql: Sql): Promise<Template[]> {
  return sql<Template[]>`
    select kind, language, content_sid from notification_templates order by kind, language`;
}

/** Sets (or with null, removes) the template of a kind in a language. */
export async function setTemplate(
  sql: Sql,
  kind: NotificationKind,
  language: Language,
  contentSid: string | null,
): Promise<void> {
  if (contentSid === null) {
    await sql`delete from notification_templates where kind = ${kind} and language = ${language}`;
    return;
  }
  await sql`
    insert into notification_templates (kind, language, content_sid)
    values (${kind}, ${language}, ${contentSid})
    on conflict (kind, language) do update
      set content_sid = excluded.content_sid, updated_at = now()`;
}

/** The reminders' timing, as stored. */
export interface NotificationSettings {
  paymentReminderMinutes: number;
  cartReminderMinutes: number;
  cartReminderMax: number;
  quietFromHour: number;
  quietToHour: number;
}

/** A change to the timing (snake_case, as in the API). */
export const NotificationSettingsPatch = z.strictObject({
  payment_reminder_minutes: z.int().min(0).max(1440),
  cart_reminder_minutes: z.int().min(5).max(10080),
  cart_reminder_max: z.int().min(0).max(5),
  quiet_from_hour: z.int().min(0).max(23),
  quiet_to_hour: z.int().min(0).max(23),
}).partial();
export type NotificationSettingsPatch = z.output<typeof NotificationSettingsPatch>;

/** The timing now. */
export async function loadNotificationSettings(sql: Sql): Promise<NotificationSettings> {
  const [row] = await sql<NotificationSettings[]>`
    select payment_reminder_minutes, cart_reminder_minutes, cart_reminder_max,
      quiet_from_hour, quiet_to_hour
    from notification_settings where id = 1`;
  return row;
}

/** Applies a parsed patch; returns the new timing. */
export async function updateNotificationSettings(
  sql: Sql,
  patch: NotificationSettingsPatch,
): Promise<NotificationSettings> {
  const set = { ...patch };
  const keys = Object.keys(set) as (keyof typeof set)[];
  if (keys.length > 0) {
    await sql`update notification_settings set ${sql(set, keys)}, updated_at = now()
      where id = 1`;
  }
  return loadNotificationSettings(sql);
}

/** The hour of `at` in `timeZone` (0-23). */
function localHour(at: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" })
    .format(at);
  return Number(hour);
}

/** Whether `at` falls in the quiet hours, read in `timeZone`. */
export function inQuietHours(s: NotificationSettings, at: Date, timeZone: string): boolean {
  const { quietFromHour: from, quietToHour: to } = s;
  if (from === to) return false;
  const hour = localHour(at, timeZone);
  return from < to ? hour >= from && hour < to : hour >= from || hour < to;
}

/** The first whole hour at or after `at` that is outside the quiet hours. */
export function afterQuietHours(s: NotificationSettings, at: Date, timeZone: string): Date {
  let next = new Date(at);
  for (let i = 0; i < 25 && inQuietHours(s, next, timeZone); i++) {
    next = new Date(Math.floor(next.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
  }
  return next;
}
