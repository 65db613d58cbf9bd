/**
 * The owners' audit log: who did what from the dashboard, newest first.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { AuditEntry } from "../../staff/audit.ts";
import { formatTime } from "./format.ts";
import { type Chrome, Layout } from "./layout.tsx";
import { LOCALES, type TextKey, TEXTS } from "../i18n.ts";

/** What an action reads as, in the page's language. */
function actionText(chrome: Chrome, action: string): string {
  const key = `audit.action.${action}`;
  return key in TEXTS.en ? chrome.t(key as TextKey) : action;
}

export const AuditPage: FC<{ chrome: Chrome; entries: AuditEntry[] }> = ({ chrome, entries }) => (
  <Layout chrome={chrome} title={chrome.t("nav.audit")}>
    {entries.length === 0 ? <p class="muted">{chrome.t("audit.none")}</p> : (
      <table id="audit">
        <thead>
          <tr>
            <th>{chrome.t("audit.when")}</th>
            <th>{chrome.t("audit.who")}</th>
            <th>{chrome.t("audit.what")}</th>
            <th>{chrome.t("audit.on")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr data-action={e.action}>
              <td class="nowrap">{formatTime(e.at, chrome.timeZone, LOCALES[chrome.lang])}</td>
              <td>{e.actor}</td>
              <td>{actionText(chrome, e.action)}</td>
              <td>
                {e.subject ?? ""}
                {e.details && <small class="muted">{" " + detailsText(e.details)}</small>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </Layout>
);

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details).map(([k, v]) => `${k}: ${String(v)}`).join(", ");
}
