/**
 * The Notifications page: the reminders' timing and quiet hours (in the store's time zone),
 * and a Content SID per kind of message and language for outside the 24-hour window.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { LANGUAGES } from "../../shared/language.ts";
import { NOTIFICATION_KINDS } from "../../settings/notifications.ts";
import { type Chrome, CsrfField, Layout, type Notice } from "./layout.tsx";
import { type TextKey, TEXTS } from "../i18n.ts";

/** The form's values by field name, as typed. */
export type NotificationFields = Record<string, string>;

const TIMING: [string, TextKey, TextKey | null][] = [
  ["payment_reminder_minutes", "notifications.payment_reminder", "notifications.zero_none"],
  ["cart_reminder_minutes", "notifications.cart_reminder", null],
  ["cart_reminder_max", "notifications.cart_reminder_max", "notifications.zero_none"],
  ["quiet_from_hour", "notifications.quiet_from", "notifications.quiet_from_hint"],
  ["quiet_to_hour", "notifications.quiet_to", "notifications.quiet_to_hint"],
];

const VARIABLES: Record<string, TextKey> = {
  payment_reminder: "notifications.vars.payment_reminder",
  cart_reminder: "notifications.vars.cart_reminder",
  back_in_stock: "notifications.vars.back_in_stock",
};

/** A timing field's label, in the page's language. */
export function timingLabel(chrome: Chrome, name: string): string {
  const row = TIMING.find(([field]) => field === name);
  return row ? chrome.t(row[1]) : name;
}

/** A kind of message as staff read it, in the page's language. */
export function kindName(chrome: Chrome, kind: string): string {
  const key = `kind.${kind}`;
  return key in TEXTS.en ? chrome.t(key as TextKey) : kind.replaceAll("_", " ");
}

export const NotificationsPage: FC<{
  chrome: Chrome;
  fields: NotificationFields;
  notice?: Notice;
}> = ({ chrome, fields, notice }) => (
  <Layout chrome={chrome} title={chrome.t("notifications.title")} notice={notice}>
    <form method="post" action="/admin/notifications" id="notifications" class="settings">
      <CsrfField csrf={chrome.csrf} />
      <fieldset class="card">
        <legend>{chrome.t("notifications.reminders", { zone: chrome.timeZone })}</legend>
        {TIMING.map(([name, label, hint]) => (
          <label>
            {chrome.t(label)}
            {hint && <small>{chrome.t(hint)}</small>}
            <input type="number" min={0} name={name} value={fields[name] ?? ""} required />
          </label>
        ))}
      </fieldset>
      <fieldset class="card">
        <legend>{chrome.t("notifications.templates")}</legend>
        <p class="muted">{chrome.t("notifications.templates_intro")}</p>
        <table id="templates">
          <tr>
            <th>{chrome.t("notifications.message")}</th>
            {LANGUAGES.map((l) => <th key={l}>{l}</th>)}
          </tr>
          {NOTIFICATION_KINDS.map((kind) => (
            <tr>
              <td>
                {kindName(chrome, kind)}
                {VARIABLES[kind] && <small>{chrome.t(VARIABLES[kind])}</small>}
              </td>
              {LANGUAGES.map((language) => (
                <td>
                  <input
                    type="text"
                    name={`sid_${kind}_${language}`}
                    value={fields[`sid_${kind}_${language}`] ?? ""}
                    maxlength={34}
                    aria-label={`${kind} ${language}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </table>
      </fieldset>
      <button type="submit">{chrome.t("products.save")}</button>
    </form>
  </Layout>
);
