/**
 * How customers feel and why conversations went to staff, for the metrics page: conversations
 * active in a period by the mood last judged (agent/mood.ts), and the conversations waiting for
 * staff by the reason they were handed over. Staff response time: from a customer message in
 * a conversation staff answer to the next staff reply, median over the period.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const report = await moodReport(sql, { from: "2026-05-01", to: "2026-05-07", days: 7, timeZone: "UTC" });
 * report.byMood; // [{ mood: "frustrated", count: 2 }, ...]
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import type { Period } from "./metrics.ts";

export interface MoodReport {
  /** Conversations active in the period, by mood; `unjudged` before any judgement. */
  byMood: { mood: "satisfied" | "neutral" | "frustrated" | "unjudged"; count: number }[];
  /** Conversations that need attention now, by reason. */
  handoffsByReason: { reason: string; count: number }[];
  /** Median time from a customer's message to the next staff reply, in the period. */
  staffReplyP50Ms: number | null;
}

const ORDER = ["frustrated", "neutral", "satisfied", "unjudged"] as const;

/** The period's moods, open handoffs and staff reply time. */
export async function moodReport(sql: Sql, period: Period): Promise<MoodReport> {
  const tz = period.timeZone;
  const [{ start, end }] = await sql<{ start: Date; end: Date }[]>`
    select ((${period.from}::date)::timestamp at time zone ${tz}) as start,
      ((${period.to}::date + 1)::timestamp at time zone ${tz}) as "end"`;
  const within = (column: string) => sql`${sql(column)} >= ${start} and ${sql(column)} < ${end}`;
  const moods = await sql<{ mood: MoodReport["byMood"][number]["mood"]; count: number }[]>`
    select coalesce(mood, 'unjudged') as mood, count(*)::int as count from conversations
    where ${within("last_message_at")}
    group by 1`;
  const reasons = await sql<{ reason: string; count: number }[]>`
    select coalesce(attention_reason, 'unknown') as reason, count(*)::int as count
    from conversations where needs_attention
    group by 1 order by 2 desc, 1`;
  const [reply] = await sql<{ ms: number | null }[]>`
    select (percentile_cont(0.5) within group (order by extract(epoch from s.created_at - m.created_at)) * 1000)::int as ms
    from messages m
    join lateral (
      select created_at from messages s
      where s.conversation_id = m.conversation_id and s.kind = 'staff' and s.id > m.id
      order by s.id limit 1
    ) s on true
    where m.kind = 'customer' and m.status = 'skipped' and ${within("m.created_at")}`;
  const found = new Map(moods.map((m) => [m.mood, m.count]));
  return {
    byMood: ORDER.map((mood) => ({ mood, count: found.get(mood) ?? 0 })),
    handoffsByReason: reasons,
    staffReplyP50Ms: reply?.ms ?? null,
  };
}
