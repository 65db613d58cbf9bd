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
import { LOCALES, type TextKey } from "../i18n.ts";
import { kindName } from "./notifications.tsx";

const REASONS: Record<string, TextKey> = {
  no_template: "proactive.no_template",
  no_conversation: "proactive.no_conversation",
  no_consent: "proactive.no_consent",
  opted_out: "proactive.opted_out",
};

const VIA: Record<string, TextKey> = {
  template: "proactive.via_template",
  thread: "proactive.via_thread",
  text: "proactive.via_text",
};

export const ProactiveList: FC<{ rows: ProactiveRow[]; chrome: Chrome }> = (
  { rows, chrome },
) => (
  <div class="card scroll" id="proactive">
    {rows.length === 0 ? <p class="muted">{chrome.t("proactive.none")}</p> : (
      <table>
        {rows.map((r) => (
          <tr data-kind={r.kind} data-status={r.status}>
            <td>{formatTime(r.createdAt, chrome.timeZone, LOCALES[chrome.lang])}</td>
            <td>{kindName(chrome, r.kind)}</td>
            <td>
              {r.status === "skipped"
                ? Object.hasOwn(REASONS, r.reason ?? "")
                  ? chrome.t(REASONS[r.reason ?? ""])
                  : chrome.t("proactive.not_sent", { reason: r.reason ?? "" })
                : `${chrome.t(VIA[r.via ?? "text"] ?? "proactive.via_text")}${
                  r.delivery ? ` · ${r.delivery}` : ""
                }${
                  r.errorCode !== null
                    ? ` · ${chrome.t("proactive.error", { code: r.errorCode })}`
                    : ""
                }`}
            </td>
          </tr>
        ))}
      </table>
    )}
  </div>
);

const CONSENT: Record<Marketing["state"], TextKey> = {
  unknown: "consent.unknown",
  granted: "consent.granted",
  opted_out: "consent.opted_out",
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
      {chrome.t(CONSENT[marketing?.state ?? "unknown"])}
      {marketing?.changedAt && (
        <small>
          {` (${marketing.source}, ${
            formatTime(marketing.changedAt, chrome.timeZone, LOCALES[chrome.lang])
          })`}
        </small>
      )}
    </p>
    <div class="row actions">
      {marketing?.state !== "granted" && (
        <PostButton
          action={`/admin/customers/${customerId}/marketing`}
          csrf={chrome.csrf}
          label={chrome.t("consent.agreed")}
          fields={{ marketing: "granted", back }}
        />
      )}
      {marketing?.state !== "opted_out" && (
        <PostButton
          action={`/admin/customers/${customerId}/marketing`}
          csrf={chrome.csrf}
          label={chrome.t("consent.opt_out")}
          variant="danger"
          fields={{ marketing: "opted_out", back }}
        />
      )}
    </div>
  </div>
);
