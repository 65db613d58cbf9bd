/**
 * The model's cost on the metrics page: the period's total, per conversation that used the
 * model and per order placed, day by day, with the prices used and when they were taken.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { formatMicros, type ModelCost } from "../../reports/model-cost.ts";
import type { Chrome } from "./layout.tsx";

export const ModelCostSection: FC<{ cost: ModelCost; chrome: Chrome }> = ({ cost, chrome }) => {
  const { prices } = cost;
  const perMillion = (micros: number) => formatMicros(micros);
  return (
    <section id="model-cost">
      <h2>{chrome.t("cost.title")}</h2>
      <div class="stats">
        <div class="stat" id="stat-model-cost">
          <div class="value">{formatMicros(cost.totalMicros)}</div>
          <div class="label">{chrome.t("cost.title")}</div>
        </div>
        <div class="stat" id="stat-cost-per-conversation">
          <div class="value">{formatMicros(cost.perConversationMicros)}</div>
          <div class="label">{chrome.t("cost.per_conversation")}</div>
        </div>
        <div class="stat" id="stat-cost-per-order">
          <div class="value">{formatMicros(cost.perOrderMicros)}</div>
          <div class="label">{chrome.t("cost.per_order")}</div>
        </div>
      </div>
      <p class="muted" id="model-prices">
        {chrome.t("cost.prices", {
          input: perMillion(prices.inputPerMillionMicros),
          cached: perMillion(prices.cachedPerMillionMicros),
          output: perMillion(prices.outputPerMillionMicros),
          date: prices.date,
        })}
      </p>
      <div class="scroll card">
        <table id="model-cost-daily">
          <thead>
            <tr>
              <th>{chrome.t("metrics.col.day")}</th>
              <th class="num">{chrome.t("cost.title")}</th>
            </tr>
          </thead>
          <tbody>
            {[...cost.daily].reverse().map((d) => (
              <tr data-day={d.day}>
                <td>{d.day}</td>
                <td class="num">{formatMicros(d.micros)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
