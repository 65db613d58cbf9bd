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
import type { ModelCost } from "../../reports/model-cost.ts";
import { ModelCostSection } from "./model-cost.tsx";

const presetNames: Record<number, string> = {
  1: "Today",
  7: "7 days",
  30: "30 days",
  90: "90 days",
};

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
  return (
    <Layout chrome={chrome} title="Metrics" notice={notice}>
      <nav class="filters" aria-label="Period">
        {PERIOD_PRESETS.map((days) => (
          <a
            href={`/admin/metrics?days=${days}`}
            aria-current={preset === days ? "true" : undefined}
          >
            {presetNames[days]}
          </a>
        ))}
      </nav>
      <form method="get" action="/admin/metrics" class="row card">
        <label>
          From <input type="date" name="from" value={period.from} required />
        </label>
        <label>
          To <input type="date" name="to" value={period.to} required />
        </label>
        <button type="submit" class="secondary">Show</button>
      </form>
      <p class="muted" id="period">
        {period.from} to {period.to} ({period.days} {period.days === 1 ? "day" : "days"},{" "}
        {period.timeZone})
      </p>
      <div class="stats" id="totals">
        <Stat id="inbound" label="Inbound messages" value={formatCount(totals.inbound)} />
        <Stat
          id="active-customers"
          label="Active customers"
          value={formatCount(totals.activeCustomers)}
        />
        <Stat id="carts-started" label="Carts started" value={formatCount(totals.cartsStarted)} />
        <Stat
          id="orders-placed"
          label={`Orders placed (conversion ${formatPercent(totals.conversion)})`}
          value={formatCount(totals.ordersPlaced)}
        />
        <Stat id="revenue" label="Revenue" value={money(totals.revenueMinor)} />
        <Stat id="turn-p50" label="Median turn" value={formatDuration(totals.turnP50Ms)} />
        <Stat id="turn-p95" label="p95 turn" value={formatDuration(totals.turnP95Ms)} />
        <Stat
          id="tokens"
          label="Model tokens (in + out)"
          value={formatCount(totals.inputTokens + totals.outputTokens)}
        />
        <Stat
          id="cached-tokens"
          label={`Input tokens from cache (${
            formatPercent(totals.inputTokens > 0 ? totals.cachedTokens / totals.inputTokens : null)
          })`}
          value={formatCount(totals.cachedTokens)}
        />
        <Stat
          id="delivery-failures"
          label={`Delivery failures (of ${formatCount(totals.deliveries)})`}
          value={formatCount(totals.deliveryFailures)}
        />
      </div>
      <BarChart
        id="inbound"
        title="Inbound messages per day"
        labels={labels}
        series={[{ name: "messages", values: daily.map((d) => d.inbound) }]}
        format={formatCount}
        shortLabel={shortDay}
      />
      <BarChart
        id="orders"
        title="Carts started and orders placed per day"
        labels={labels}
        series={[
          { name: "carts started", values: daily.map((d) => d.cartsStarted), tone: "light" },
          { name: "orders placed", values: daily.map((d) => d.ordersPlaced) },
        ]}
        format={formatCount}
        shortLabel={shortDay}
      />
      <BarChart
        id="revenue"
        title={`Revenue per day (${currency})`}
        labels={labels}
        series={[{ name: "revenue", values: daily.map((d) => d.revenueMinor) }]}
        format={money}
        shortLabel={shortDay}
      />
      <BarChart
        id="latency"
        title="Agent turn latency per day"
        labels={labels}
        series={[
          { name: "median", values: daily.map((d) => d.turnP50Ms) },
          { name: "p95", values: daily.map((d) => d.turnP95Ms), tone: "light" },
        ]}
        format={formatDuration}
        shortLabel={shortDay}
      />
      <BarChart
        id="failures"
        title="Delivery failures by error code"
        labels={report.failuresByCode.map((f) =>
          f.errorCode === null ? "no code" : String(f.errorCode)
        )}
        series={[{
          name: "failures",
          values: report.failuresByCode.map((f) => f.count),
          tone: "warn",
        }]}
        format={formatCount}
      />
      <h2>Abandoned-cart reminders</h2>
      <div class="stats" id="reminders">
        <Stat
          id="reminders-sent"
          label="Reminders sent"
          value={formatCount(report.reminders.sent)}
        />
        <Stat
          id="carts-recovered"
          label="Carts recovered (order within 24 h)"
          value={formatCount(report.reminders.cartsRecovered)}
        />
        <Stat
          id="revenue-recovered"
          label="Revenue recovered"
          value={money(report.reminders.revenueRecoveredMinor)}
        />
      </div>
      {moods && <MoodSection report={moods} />}
      <h2>Day by day</h2>
      <div class="scroll card">
        <table id="daily">
          <thead>
            <tr>
              <th>Day</th>
              <th class="num">Inbound</th>
              <th class="num">Customers</th>
              <th class="num">Carts</th>
              <th class="num">Orders</th>
              <th class="num">Revenue</th>
              <th class="num">Median turn</th>
              <th class="num">p95 turn</th>
              <th class="num">Tokens in</th>
              <th class="num">Tokens out</th>
              <th class="num">Cached</th>
              <th class="num">Failures</th>
            </tr>
          </thead>
          <tbody>
            {[...daily].reverse().map((d) => (
              <tr data-day={d.day}>
                <td>{d.day}</td>
                <td class="num" data-field="inbound">{formatCount(d.inbound)}</td>
                <td class="num" data-field="active_customers">{formatCount(d.activeCustomers)}</td>
                <td class="num" data-field="carts_started">{formatCount(d.cartsStarted)}</td>
                <td class="num" data-field="orders_placed">{formatCount(d.ordersPlaced)}</td>
                <td class="num" data-field="revenue">{money(d.revenueMinor)}</td>
                <td class="num">{formatDuration(d.turnP50Ms)}</td>
                <td class="num">{formatDuration(d.turnP95Ms)}</td>
                <td class="num">{formatCount(d.inputTokens)}</td>
                <td class="num">{formatCount(d.outputTokens)}</td>
                <td class="num" data-field="cached_tokens">{formatCount(d.cachedTokens)}</td>
                <td class="num">{formatCount(d.deliveryFailures)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-day="total">
              <th>Total</th>
              <th class="num" data-field="inbound">{formatCount(totals.inbound)}</th>
              <th class="num" data-field="active_customers">
                {formatCount(totals.activeCustomers)}
              </th>
              <th class="num" data-field="carts_started">{formatCount(totals.cartsStarted)}</th>
              <th class="num" data-field="orders_placed">{formatCount(totals.ordersPlaced)}</th>
              <th class="num" data-field="revenue">{money(totals.revenueMinor)}</th>
              <th class="num">{formatDuration(totals.turnP50Ms)}</th>
              <th class="num">{formatDuration(totals.turnP95Ms)}</th>
              <th class="num">{formatCount(totals.inputTokens)}</th>
              <th class="num">{formatCount(totals.outputTokens)}</th>
              <th class="num" data-field="cached_tokens">{formatCount(totals.cachedTokens)}</th>
              <th class="num">{formatCount(totals.deliveryFailures)}</th>
            </tr>
          </tfoot>
        </table>
      </div>
      {totals.revenueByCurrency.some((r) => r.currency !== currency) && (
        <p class="muted">
          Revenue in every currency:{" "}
          {totals.revenueByCurrency.map((r) => formatMoney(r.amountMinor, r.currency)).join(", ")}
        </p>
      )}
      {cost && <ModelCostSection cost={cost} />}
    </Layout>
  );
};

const Stat: FC<{ id: string; label: string; value: string }> = ({ id, label, value }) => (
  <div class="stat" id={`stat-${id}`}>
    <div class="value">{value}</div>
    <div class="label">{label}</div>
  </div>
);
