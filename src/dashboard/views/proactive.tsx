/**
 * The proactive messages of an order or a customer (notify/history.ts): what was sent, as text
 * or a template, and what was not, with the reason staff can act on (a template to configure,
 * consent missing).
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { ProactiveRow } from "../../notify/history.ts";
import { formatTime } from "./format.ts";

const REASONS: Record<string, string> = {
  no_template: "not sent: outside the 24-hour window and no template set for it (Notifications)",
  no_conversation: "not sent: the customer has no WhatsApp conversation",
  no_consent: "not sent: the customer has not agreed to such messages",
  opted_out: "not sent: the customer opted out",
};

export const ProactiveList: FC<{ rows: ProactiveRow[]; timeZone: string }> = (
  { rows, timeZone },
) => (
  <div class="card scroll" id="proactive">
    {rows.length === 0 ? <p class="muted">None yet.</p> : (
      <table>
        {rows.map((r) => (
          <tr data-kind={r.kind} data-status={r.status}>
            <td>{formatTime(r.createdAt, timeZone)}</td>
            <td>{r.kind.replaceAll("_", " ")}</td>
            <td>
              {r.status === "skipped"
                ? REASONS[r.reason ?? ""] ?? `not sent: ${r.reason}`
                : `${
                  r.via === "template" ? "template" : r.via === "thread" ? "thread only" : "text"
                }${r.delivery ? ` · ${r.delivery}` : ""}${
                  r.errorCode !== null ? ` · error ${r.errorCode}` : ""
                }`}
            </td>
          </tr>
        ))}
      </table>
    )}
  </div>
);
