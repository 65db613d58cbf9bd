/**
 * The shop's figures for a period of whole days in the store's time zone: inbound messages,
 * active customers, carts started and orders placed (conversion), revenue, agent turn latency
 * (median and p95 of answered customer messages, `finished_at - created_at`), model tokens (and
 * the cached share of the input) and
 * delivery failures by error code; each as a total and day by day.
 *
 * Orders count when placed, whatever became of them; revenue leaves cancelled orders out and is
 * reported in the store's currency day by day (other currencies only as totals). Tokens count
 * on the day of the customer message whose turn used them.
 *
 * @example
 * ```ts
 * const period = periodOf({ days: 7 }, "Europe/Madrid");
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const report = await metricsReport(sql, period, "EUR");
 * report.totals.ordersPlaced; report.daily[6].revenueMinor;
 * ```
 * @module
 */
import type postgres from "postgres";
import type { Sql } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";
import { type ReminderFigures, reminderFigures } from "./reminders.ts";

/** The periods the dashboard offers, in days ending today. */
export const PERIOD_PRESETS = [1, 7, 30, 90] as const;
/** The longest period a report covers. */
export const MAX_PERIOD_DAYS = 366;

/** Whole days `from`..`to` (inclusive, `YYYY-MM-DD`) in `timeZone`. */
export interface Period {
  from: string;
  to: string;
  days: number;
  timeZone: string;
}

/** What happened on one day (or, in totals, in the whole period). */
export interface Figures {
  inbound: number;
  activeCustomers: number;
  /** Carts that got an item (empty ones, which any client can create, are not counted). */
  cartsStarted: number;
  ordersPlaced: number;
  /** In the store's currency; cancelled orders left out. */
  revenueMinor: number;
  /** Customer messages the agent answered (or failed to). */
  turns: number;
  turnP50Ms: number | null;
  turnP95Ms: number | null;
  inputTokens: number;
  outputTokens: number;
  /** Of the input tokens, those the provider served from its cache (billed at a lower price). */
  cachedTokens: number;
  /** Conversations whose turns called the model. */
  modelConversations: number;
  /** Outbound messages sent to Twilio (inline or REST). */
  deliveries: number;
  deliveryFailures: number;
}

export interface DayFigures extends Figures {
  day: string;
}

export interface MetricsReport {
  period: Period;
  currency: string;
  totals: Figures & {
    /** Orders placed per cart started; null without carts. */
    conversion: number | null;
    /** Revenue of every currency orders were placed in. */
    revenueByCurrency: { currency: string; amountMinor: number }[];
  };
  daily: DayFigures[];
  /** Failed or undelivered messages by Twilio error code (null: no code, e.g. network). */
  failuresByCode: { errorCode: number | null; count: number }[];
  /** Abandoned-cart reminders of the period and what they recovered (reminders.ts). */
  reminders: ReminderFigures;
}

const DAY_MS = 86_400_000;

/**
 * The period asked for: `from` and `to` together, or the last `days` days (7 by default)
 * ending today in `timeZone`. 400 `invalid_period` for reversed, partial or too long periods.
 */
export function periodOf(
  input: { days?: number; from?: string; to?: string },
  timeZone: string,
  now = new Date(),
): Period {
  const invalid = (message: string) => new AppError("invalid_period", 400, message);
  if ((input.from === undefined) !== (input.to === undefined)) {
    throw invalid("Give both from and to, or neither");
  }
  if (input.from !== undefined && input.to !== undefined) {
    const from = dayNumber(input.from);
    const to = dayNumber(input.to);
    if (from === null || to === null) throw invalid("from and to are dates like 2026-01-31");
    if (from > to) throw invalid("from is after to");
    if (to - from + 1 > MAX_PERIOD_DAYS) {
      throw invalid(`A period has at most ${MAX_PERIOD_DAYS} days`);
    }
    return { from: input.from, to: input.to, days: to - from + 1, timeZone };
  }
  const days = input.days ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > MAX_PERIOD_DAYS) {
    throw invalid(`days is a whole number from 1 to ${MAX_PERIOD_DAYS}`);
  }
  const today = dayNumber(dateIn(timeZone, now))!;
  return { from: dayText(today - days + 1), to: dayText(today), days, timeZone };
}

/** The figures of `period`; revenue day by day in `currency`. */
export async function metricsReport(
  sql: Sql,
  period: Period,
  currency: string,
): Promise<MetricsReport> {
  const tz = period.timeZone;
  const [{ start, end }] = await sql<{ start: Date; end: Date }[]>`
    select (${period.from}::date)::timestamp at time zone ${tz} as start,
      (${period.to}::date + 1)::timestamp at time zone ${tz} as "end"`;
  const day = (column: postgres.Fragment) =>
    sql`to_char(${column} at time zone ${tz}, 'YYYY-MM-DD')`;

  const customers = await sql<
    (Pick<Figures, "inbound" | "activeCustomers" | "turns" | "turnP50Ms" | "turnP95Ms"> & {
      day: string | null;
    })[]
  >`
    with rows as (
      select ${day(sql`m.created_at`)} as day, v.customer_id,
        case when m.status in ('done', 'failed') and m.finished_at is not null
          then (extract(epoch from m.finished_at - m.created_at) * 1000)::float8 end as turn_ms
      from messages m join conversations v on v.id = m.conversation_id
      where m.kind = 'customer' and m.created_at >= ${start} and m.created_at < ${end}
    )
    select day, count(*)::int as inbound, count(distinct customer_id)::int as active_customers,
      count(turn_ms)::int as turns,
      percentile_cont(0.5) within group (order by turn_ms) as turn_p50_ms,
      percentile_cont(0.95) within group (order by turn_ms) as turn_p95_ms
    from rows group by grouping sets ((day), ())`;

  const tokens = await sql<
    (
      & Pick<Figures, "inputTokens" | "outputTokens" | "cachedTokens" | "modelConversations">
      & { day: string | null }
    )[]
  >`
    with rows as (
      select ${day(sql`c.created_at`)} as day, m.input_tokens, m.output_tokens, m.cached_tokens,
        c.conversation_id
      from messages c
      join messages m on m.conversation_id = c.conversation_id and m.turn_id = c.id
      where c.kind = 'customer' and c.created_at >= ${start} and c.created_at < ${end}
        and m.kind = 'model'
    )
    select day, coalesce(sum(input_tokens), 0)::bigint as input_tokens,
      coalesce(sum(output_tokens), 0)::bigint as output_tokens,
      coalesce(sum(cached_tokens), 0)::bigint as cached_tokens,
      count(distinct conversation_id)::int as model_conversations
    from rows group by grouping sets ((day), ())`;

  const carts = await sql<(Pick<Figures, "cartsStarted"> & { day: string | null })[]>`
    with rows as (
      select ${day(sql`created_at`)} as day from carts c
      where created_at >= ${start} and created_at < ${end}
        and (exists (select 1 from cart_items i where i.cart_id = c.id)
          or exists (select 1 from orders o where o.cart_id = c.id))
    )
    select day, count(*)::int as carts_started from rows group by grouping sets ((day), ())`;

  const orders = await sql<
    (Pick<Figures, "ordersPlaced" | "revenueMinor"> & { day: string | null })[]
  >`
    with rows as (
      select ${day(sql`created_at`)} as day, status, currency, total_minor from orders
      where created_at >= ${start} and created_at < ${end}
    )
    select day, count(*)::int as orders_placed,
      coalesce(sum(total_minor) filter (
        where status <> 'cancelled' and currency = ${currency}), 0)::bigint as revenue_minor
    from rows group by grouping sets ((day), ())`;

  const revenueByCurrency = await sql<{ currency: string; amountMinor: number }[]>`
    select currency, sum(total_minor)::bigint as amount_minor from orders
    where created_at >= ${start} and created_at < ${end} and status <> 'cancelled'
    group by currency order by currency`;

  const deliveries = await sql<
    (Pick<Figures, "deliveries" | "deliveryFailures"> & { day: string | null })[]
  >`
    with rows as (
      select ${day(sql`created_at`)} as day, status from outbound_messages
      where channel <> 'none' and created_at >= ${start} and created_at < ${end}
    )
    select day, count(*)::int as deliveries,
      count(*) filter (where status in ('failed', 'undelivered'))::int as delivery_failures
    from rows group by grouping sets ((day), ())`;

  const failuresByCode = await sql<{ errorCode: number | null; count: number }[]>`
    select error_code, count(*)::int as count from outbound_messages
    where channel <> 'none' and created_at >= ${start} and created_at < ${end}
      and status in ('failed', 'undelivered')
    group by error_code order by count(*) desc, error_code nulls last`;

  const figures = (key: string | null): Figures => {
    const pick = <T extends { day: string | null }>(rows: T[]) => rows.find((r) => r.day === key);
    const c = pick(customers);
    const t = pick(tokens);
    const o = pick(orders);
    const d = pick(deliveries);
    return {
      inbound: c?.inbound ?? 0,
      activeCustomers: c?.activeCustomers ?? 0,
      cartsStarted: pick(carts)?.cartsStarted ?? 0,
      ordersPlaced: o?.ordersPlaced ?? 0,
      revenueMinor: o?.revenueMinor ?? 0,
      turns: c?.turns ?? 0,
      turnP50Ms: roundOrNull(c?.turnP50Ms),
      turnP95Ms: roundOrNull(c?.turnP95Ms),
      inputTokens: t?.inputTokens ?? 0,
      outputTokens: t?.outputTokens ?? 0,
      cachedTokens: t?.cachedTokens ?? 0,
      modelConversations: t?.modelConversations ?? 0,
      deliveries: d?.deliveries ?? 0,
      deliveryFailures: d?.deliveryFailures ?? 0,
    };
  };

  const first = dayNumber(period.from)!;
  const totals = figures(null);
  return {
    period,
    currency,
    totals: {
      ...totals,
      conversion: totals.cartsStarted > 0 ? totals.ordersPlaced / totals.cartsStarted : null,
      revenueByCurrency: [...revenueByCurrency],
    },
    daily: Array.from({ length: period.days }, (_, i) => {
      const key = dayText(first + i);
      return { day: key, ...figures(key) };
    }),
    failuresByCode: [...failuresByCode],
    reminders: await reminderFigures(sql, start, end, currency),
  };
}

/** The date (`YYYY-MM-DD`) it is at `now` in `timeZone`. */
function dateIn(timeZone: string, now: Date): string {
  const format = { timeZone, year: "numeric", month: "2-digit", day: "2-digit" } as const;
  return new Intl.DateTimeFormat("en-CA", format).format(now);
}

function roundOrNull(ms: number | null | undefined): number | null {
  return ms === null || ms === undefined ? null : Math.round(ms);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not a real date. */
function dayNumber(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayText(ms / DAY_MS) === text ? ms / DAY_MS : null;
}

function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
