/**
 * The model's cost on the metrics page: the period's total, per conversation that used the
 * model and per order placed, day by day, with the prices used and when they were taken.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { formatMicros, type ModelCost } from "../../reports/model-cost.ts";

export const ModelCostSection: FC<{ cost: ModelCost }> = ({ cost }) => {
  const { prices } = cost;
  const perMillion = (micros: number) => formatMicros(micros);
  return (
    <section id="model-cost">
      <h2>Model cost</h2>
      <div class="stats">
        <div class="stat" id="stat-model-cost">
          <div class="value">{formatMicros(cost.totalMicros)}</div>
          <div class="label">Model cost</div>
        </div>
        <div class="stat" id="stat-cost-per-conversation">
          <div class="value">{formatMicros(cost.perConversationMicros)}</div>
          <div class="label">per conversation</div>
        </div>
        <div class="stat" id="stat-cost-per-order">
          <div class="value">{formatMicros(cost.perOrderMicros)}</div>
          <div class="label">per order placed</div>
        </div>
      </div>
      <p class="muted" id="model-prices">
        At {perMillion(prices.inputPerMillionMicros)} per million input tokens,{" "}
        {perMillion(prices.cachedPerMillionMicros)} cached,{" "}
        {perMillion(prices.outputPerMillionMicros)} output (list prices of{" "}
        {prices.date}; set GEMINI_PRICE_INPUT, GEMINI_PRICE_CACHED, GEMINI_PRICE_OUTPUT and
        GEMINI_PRICES_DATE).
      </p>
      <div class="scroll card">
        <table id="model-cost-daily">
          <thead>
            <tr>
              <th>Day</th>
              <th class="num">Model cost</th>
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
