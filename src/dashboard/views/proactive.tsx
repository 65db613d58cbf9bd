/**
 * The proactive messages of an order or a customer (notify/history.ts): what was sent, as text
 * or a template, and what was not, with the reason staff can act on (a template to configure,
 * consent missing); and a customer's marketing consent, which staff can set.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { Marketing } from "../../customers/consent.ts";
import type { ProactiveRow } from "../../notify/history.ts";
import { formatTime } from "./format.ts";
import { type Chrome, PostButton } from "./layout.tsx";

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

const CONSENT: Record<Marketing["state"], string> = {
  unknown: "Not asked yet: no abandoned-cart reminders.",
  granted: "Agreed to offers and cart reminders.",
  opted_out: "Opted out: no offers, reminders or back-in-stock alerts.",
};

export const ConsentView: FC<{
  chrome: Chrome;
  customerId: number;
  marketing: Marketing | null;
  /** Where to come back to after a change. */
  back: string;
}> = ({ chrome, customerId, marketing, back }) => (
  <div class="card" id="consent" data-marketing={marketing?.state ?? "unknown"}>
    <p>
      {CONSENT[marketing?.state ?? "unknown"]}
      {marketing?.changedAt && (
        <small>
          {` (${marketing.source}, ${formatTime(marketing.changedAt, chrome.timeZone)})`}
        </small>
      )}
    </p>
    <div class="row actions">
      {marketing?.state !== "granted" && (
        <PostButton
          action={`/admin/customers/${customerId}/marketing`}
          csrf={chrome.csrf}
          label="They agreed"
          fields={{ marketing: "granted", back }}
        />
      )}
      {marketing?.state !== "opted_out" && (
        <PostButton
          action={`/admin/customers/${customerId}/marketing`}
          csrf={chrome.csrf}
          label="They opted out"
          variant="danger"
          fields={{ marketing: "opted_out", back }}
        />
      )}
    </div>
  </div>
);
