/**
 * The metrics page's section on how customers feel: the share of the period's conversations by
 * mood, the conversations waiting for staff by why they were handed over, and how long staff
 * take to answer.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { MoodReport } from "../../reports/moods.ts";
import { formatCount, formatDuration, formatPercent } from "./format.ts";
import type { Chrome } from "./layout.tsx";
import { LOCALES } from "../i18n.ts";

export const MoodSection: FC<{ report: MoodReport; chrome: Chrome }> = ({ report, chrome }) => {
  const total = report.byMood.reduce((n, m) => n + m.count, 0);
  return (
    <section id="moods" aria-label={chrome.t("moods.title")}>
      <h2>{chrome.t("moods.title")}</h2>
      <ul class="list shares">
        {report.byMood.map((m) => (
          <li class="card row" data-mood={m.mood}>
            <span class={`badge mood ${m.mood}`}>{chrome.t(`mood.${m.mood}`)}</span>
            <strong class="num">{formatCount(m.count, LOCALES[chrome.lang])}</strong>
            <span class="muted">{formatPercent(total === 0 ? null : m.count / total)}</span>
          </li>
        ))}
      </ul>
      <p id="stat-staff-reply">
        {chrome.t("moods.staff_reply")} <strong>{formatDuration(report.staffReplyP50Ms)}</strong>
      </p>
      <h3>{chrome.t("moods.waiting")}</h3>
      {report.handoffsByReason.length === 0
        ? <p class="muted" id="handoffs">{chrome.t("moods.none_waiting")}</p>
        : (
          <ul class="list" id="handoffs">
            {report.handoffsByReason.map((h) => (
              <li class="card row" data-reason={h.reason}>
                <span>{h.reason}</span>
                <strong class="num">{formatCount(h.count, LOCALES[chrome.lang])}</strong>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
};
