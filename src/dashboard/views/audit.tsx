/**
 * The owners' audit log: who did what from the dashboard, newest first.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { AuditEntry } from "../../staff/audit.ts";
import { formatTime } from "./format.ts";
import { type Chrome, Layout } from "./layout.tsx";

/** What each action reads as. */
const ACTIONS: Record<string, string> = {
  "signed_in": "signed in",
  "signed_out": "signed out",
  "signed_out_everywhere": "signed everyone out",
  "conversation.took_over": "took over",
  "conversation.handed_back": "handed back to the agent",
  "conversation.replied": "replied",
  "order.status": "changed an order's status",
  "product.saved": "edited a product",
  "product.created": "created a product",
  "product.edited": "edited a product's details",
  "product.variant_added": "added a variant",
  "product.variant_saved": "edited a variant",
  "settings.saved": "changed the settings",
  "account.created": "added an account",
  "account.disabled": "disabled an account",
  "account.enabled": "enabled an account",
  "account.password_reset": "set a new password",
};

export const AuditPage: FC<{ chrome: Chrome; entries: AuditEntry[] }> = ({ chrome, entries }) => (
  <Layout chrome={chrome} title="Audit log">
    {entries.length === 0 ? <p class="muted">Nothing recorded yet.</p> : (
      <table id="audit">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>On</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr data-action={e.action}>
              <td class="nowrap">{formatTime(e.at, chrome.timeZone)}</td>
              <td>{e.actor}</td>
              <td>{ACTIONS[e.action] ?? e.action}</td>
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
