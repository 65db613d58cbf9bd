/**
 * The metrics page: a period picker, the period's figures, charts of them day by day (inline
 * SVG) and the same numbers as a table.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { formatMoney } from "../../shared/money.ts";
import { type MetricsReport, PERIOD_PRESETS } from "../../reports/metrics.ts";
import { BarChart } from "./charts.tsx";
import { MoodSection } from "./moods.tsx";
import type { MoodReport } from "../../reports/moods.ts";
import { formatCount, formatDuration, formatPercent } from "./format.ts";
import { type Chrome, Layout, type Notice } from "./layout.tsx";
import { LOCALES } from "../i18n.ts";
import type { ModelCost } from "../../reports/model-cost.ts";
import { ModelCostSection } from "./model-cost.tsx";

const presetName = (chrome: Chrome, days: number) =>
  days === 1 ? chrome.t("metrics.today") : chrome.t("metrics.days", { n: days });

export const MetricsPage: FC<{
  chrome: Chrome;
  report: MetricsReport;
  /** The preset chosen (days ending today), if the period is one. */
  preset: number | null;
  notice?: Notice;
  /** The model's cost in the period (not shown when not given). */
  cost?: ModelCost;
  /** Customers' mood and the handoffs (views/moods.tsx). */
  moods?: MoodReport;
}> = ({ chrome, report, preset, notice, cost, moods }) => {
  const { period, totals, daily, currency } = report;
  const labels = daily.map((d) => d.day);
  const money = (minor: number) => formatMoney(minor, currency);
  const shortDay = (day: string) => day.slice(5);
  const t = chrome.t;
  const count = (n: number) => formatCount(n, LOCALES[chrome.lang]);
  return (
    <Layout chrome={chrome} title={t("metrics.title")} notice={notice}>
      <nav class="filters" aria-label={t("metrics.period")}>
        {PERIOD_PRESETS.map((days) => (
          <a
            href={`/admin/metrics?days=${days}`}
            aria-current={preset === days ? "true" : undefined}
          >
            {presetName(chrome, days)}
          </a>
        ))}
      </nav>
      <form method="get" action="/admin/metrics" class="row card">
        <label>
          {t("metrics.from")} <input type="date" name="from" value={period.from} required />
        </label>
        <label>
          {t("metrics.to")} <input type="date" name="to" value={period.to} required />
        </label>
        <button type="submit" class="secondary">{t("metrics.show")}</button>
      </form>
      <p class="muted" id="period">
        {t(period.days === 1 ? "metrics.period_one" : "metrics.period_text", {
          from: period.from,
          to: period.to,
          n: period.days,
          zone: period.timeZone,
        })}
      </p>
      <div class="stats" id="totals">
        <Stat id="inbound" label={t("metrics.inbound")} value={count(totals.inbound)} />
        <Stat
          id="active-customers"
          label={t("metrics.active_customers")}
          value={count(totals.activeCustomers)}
        />
        <Stat
          id="carts-started"
          label={t("metrics.carts_started")}
          value={count(totals.cartsStarted)}
        />
        <Stat
          id="orders-placed"
          label={t("metrics.orders_placed", { percent: formatPercent(totals.conversion) })}
          value={count(totals.ordersPlaced)}
        />
        <Stat id="revenue" label={t("metrics.revenue")} value={money(totals.revenueMinor)} />
        <Stat
          id="turn-p50"
          label={t("metrics.median_turn")}
          value={formatDuration(totals.turnP50Ms)}
        />
        <Stat
          id="turn-p95"
          label={t("metrics.p95_turn")}
          value={formatDuration(totals.turnP95Ms)}
        />
        <Stat
          id="tokens"
          label={t("metrics.tokens")}
          value={count(totals.inputTokens + totals.outputTokens)}
        />
        <Stat
          id="cached-tokens"
          label={t("metrics.cached_tokens", {
            percent: formatPercent(
              totals.inputTokens > 0 ? totals.cachedTokens / totals.inputTokens : null,
            ),
          })}
          value={count(totals.cachedTokens)}
        />
        <Stat
          id="delivery-failures"
          label={t("metrics.delivery_failures", { n: count(totals.deliveries) })}
          value={count(totals.deliveryFailures)}
        />
      </div>
      <BarChart
        emptyText={t("metrics.nothing")}
        id="inbound"
        title={t("metrics.chart.inbound")}
        labels={labels}
        series={[{ name: t("metrics.series.messages"), values: daily.map((d) => d.inbound) }]}
        format={formatCount}
        shortLabel={shortDay}
      />
      <BarChart
        emptyText={t("metrics.nothing")}
        id="orders"
        title={t("metrics.chart.orders")}
        labels={labels}
        series={[
          {
            name: t("metrics.series.carts"),
            values: daily.map((d) => d.cartsStarted),
            tone: "light",
          },
          { name: t("metrics.series.orders"), values: daily.map((d) => d.ordersPlaced) },
        ]}
        format={formatCount}
        shortLabel={shortDay}
      />
      <BarChart
        emptyText={t("metrics.nothing")}
        id="revenue"
        title={t("metrics.chart.revenue", { currency })}
        labels={labels}
        series={[{ name: t("metrics.series.revenue"), values: daily.map((d) => d.revenueMinor) }]}
        format={money}
        shortLabel={shortDay}
      />
      <BarChart
        emptyText={t("metrics.nothing")}
        id="latency"
        title={t("metrics.chart.latency")}
        labels={labels}
        series={[
          { name: t("metrics.series.median"), values: daily.map((d) => d.turnP50Ms) },
          { name: "p95", values: daily.map((d) => d.turnP95Ms), tone: "light" },
        ]}
        format={formatDuration}
        shortLabel={shortDay}
      />
      <BarChart
        emptyText={t("metrics.nothing")}
        id="failures"
        title={t("metrics.chart.failures")}
        labels={report.failuresByCode.map((f) =>
          f.errorCode === null ? t("metrics.no_code") : String(f.errorCode)
        )}
        series={[{
          name: t("metrics.series.failures"),
          values: report.failuresByCode.map((f) => f.count),
          tone: "warn",
        }]}
        format={formatCount}
      />
      <h2>{t("metrics.reminders")}</h2>
      <div class="stats" id="reminders">
        <Stat
          id="reminders-sent"
          label={t("metrics.reminders_sent")}
          value={count(report.reminders.sent)}
        />
        <Stat
          id="carts-recovered"
          label={t("metrics.carts_recovered")}
          value={count(report.reminders.cartsRecovered)}
        />
        <Stat
          id="revenue-recovered"
          label={t("metrics.revenue_recovered")}
          value={money(report.reminders.revenueRecoveredMinor)}
        />
      </div>
      {moods && <MoodSection report={moods} chrome={chrome} />}
      <h2>{t("metrics.day_by_day")}</h2>
      <div class="scroll card">
        <table id="daily">
          <thead>
            <tr>
              <th>{t("metrics.col.day")}</th>
              <th class="num">{t("metrics.col.inbound")}</th>
              <th class="num">{t("metrics.col.customers")}</th>
              <th class="num">{t("metrics.col.carts")}</th>
              <th class="num">{t("metrics.col.orders")}</th>
              <th class="num">{t("metrics.revenue")}</th>
              <th class="num">{t("metrics.median_turn")}</th>
              <th class="num">{t("metrics.p95_turn")}</th>
              <th class="num">{t("metrics.col.tokens_in")}</th>
              <th class="num">{t("metrics.col.tokens_out")}</th>
              <th class="num">{t("metrics.col.cached")}</th>
              <th class="num">{t("metrics.col.failures")}</th>
            </tr>
          </thead>
          <tbody>
            {[...daily].reverse().map((d) => (
              <tr data-day={d.day}>
                <td>{d.day}</td>
                <td class="num" data-field="inbound">{count(d.inbound)}</td>
                <td class="num" data-field="active_customers">{count(d.activeCustomers)}</td>
                <td class="num" data-field="carts_started">{count(d.cartsStarted)}</td>
                <td class="num" data-field="orders_placed">{count(d.ordersPlaced)}</td>
                <td class="num" data-field="revenue">{money(d.revenueMinor)}</td>
                <td class="num">{formatDuration(d.turnP50Ms)}</td>
                <td class="num">{formatDuration(d.turnP95Ms)}</td>
                <td class="num">{count(d.inputTokens)}</td>
                <td class="num">{count(d.outputTokens)}</td>
                <td class="num" data-field="cached_tokens">{count(d.cachedTokens)}</td>
                <td class="num">{count(d.deliveryFailures)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-day="total">
              <th>{t("order.total")}</th>
              <th class="num" data-field="inbound">{count(totals.inbound)}</th>
              <th class="num" data-field="active_customers">
                {count(totals.activeCustomers)}
              </th>
              <th class="num" data-field="carts_started">{count(totals.cartsStarted)}</th>
              <th class="num" data-field="orders_placed">{count(totals.ordersPlaced)}</th>
              <th class="num" data-field="revenue">{money(totals.revenueMinor)}</th>
              <th class="num">{formatDuration(totals.turnP50Ms)}</th>
              <th class="num">{formatDuration(totals.turnP95Ms)}</th>
              <th class="num">{count(totals.inputTokens)}</th>
              <th class="num">{count(totals.outputTokens)}</th>
              <th class="num" data-field="cached_tokens">{count(totals.cachedTokens)}</th>
              <th class="num">{count(totals.deliveryFailures)}</th>
            </tr>
          </tfoot>
        </table>
      </div>
      {totals.revenueByCurrency.some((r) => r.currency !== currency) && (
        <p class="muted">
          {t("metrics.every_currency")}{" "}
          {totals.revenueByCurrency.map((r) => formatMoney(r.amountMinor, r.currency)).join(", ")}
        </p>
      )}
      {cost && <ModelCostSection cost={cost} chrome={chrome} />}
    </Layout>
  );
};

const Stat: FC<{ id: string; label: string; value: string }> = ({ id, label, value }) => (
  <div class="stat" id={`stat-${id}`}>
    <div class="value">{value}</div>
    <div class="label">{label}</div>
  </div>
);
