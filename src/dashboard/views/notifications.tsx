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

/** The form's values by field name, as typed. */
export type NotificationFields = Record<string, string>;

const TIMING: [string, string, string][] = [
  ["payment_reminder_minutes", "Payment reminder, minutes before the hold ends", "0: none"],
  [
    "cart_reminder_minutes",
    "Abandoned-cart reminder after the customer is silent for (minutes)",
    "",
  ],
  ["cart_reminder_max", "Reminders per cart at most", "0: none"],
  ["quiet_from_hour", "Quiet hours from (hour)", "no reminders sent in them"],
  ["quiet_to_hour", "Quiet hours until (hour)", "the same as from: none"],
];

const VARIABLES: Record<string, string> = {
  payment_reminder: "{{1}} order number, {{2}} total, {{3}} payment link",
  cart_reminder: "{{1}} items, {{2}} total",
  back_in_stock: "{{1}} product, {{2}} price",
};

export const NotificationsPage: FC<{
  chrome: Chrome;
  fields: NotificationFields;
  notice?: Notice;
}> = ({ chrome, fields, notice }) => (
  <Layout chrome={chrome} title="Notifications" notice={notice}>
    <form method="post" action="/admin/notifications" id="notifications" class="settings">
      <CsrfField csrf={chrome.csrf} />
      <fieldset class="card">
        <legend>Reminders ({chrome.timeZone})</legend>
        {TIMING.map(([name, label, hint]) => (
          <label>
            {label}
            {hint && <small>{hint}</small>}
            <input type="number" min={0} name={name} value={fields[name] ?? ""} required />
          </label>
        ))}
      </fieldset>
      <fieldset class="card">
        <legend>Templates outside the 24-hour window</legend>
        <p class="muted">
          An approved WhatsApp template's Content SID (HX…) per message and language. Without one,
          that message is not sent to a customer who last wrote more than 24 hours ago. Order
          updates fill {"{{1}}"} order number, {"{{2}}"} total, {"{{3}}"}{" "}
          tracking or payment link ("-" when none).
        </p>
        <table id="templates">
          <tr>
            <th>Message</th>
            {LANGUAGES.map((l) => <th key={l}>{l}</th>)}
          </tr>
          {NOTIFICATION_KINDS.map((kind) => (
            <tr>
              <td>
                {kind.replaceAll("_", " ")}
                {VARIABLES[kind] && <small>{VARIABLES[kind]}</small>}
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
      <button type="submit">Save</button>
    </form>
  </Layout>
);
