/**
 * The job queue in Postgres: schedule a job of a kind for a key at a time, cancel it, and claim
 * the due ones with `FOR UPDATE SKIP LOCKED`, so the workers of every instance share them and
 * none runs twice at once. It works the same on the embedded database (no LISTEN/NOTIFY) and
 * survives restarts: a job claimed by a worker that died is claimed again once its lock ends.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * await scheduleJob(sql, {
 *   kind: "order.expire",
 *   key: "5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b",
 *   dueAt: new Date(Date.now() + 60 * 60_000),
 * });
 * await cancelJob(sql, "order.expire", "5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b"); // it was paid
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { asJson } from "../db/connect.ts";

/** A job as a worker sees it. */
export interface Job {
  id: number;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  /** This claim's attempt, from 1. */
  attempts: number;
}

/** What to schedule. */
export interface JobInput {
  kind: string;
  /** What the job is about; one open job per kind and key. */
  key: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
}

/**
 * Schedules a job, or moves the open one of the same kind and key to the new time and
 * payload (a job already running keeps running; the change applies when it is retried).
 */
export async function scheduleJob(sql: Sql, job: JobInput): Promise<number> {
  const [row] = await sql<{ id: number }[]>`
    insert into jobs (kind, key, payload, due_at)
    values (${job.kind}, ${job.key}, ${sql.json(asJson(job.payload ?? {}))}, ${job.dueAt})
    on conflict (kind, key) where status in ('pending', 'running') do update
      set due_at = excluded.due_at, payload = excluded.payload, updated_at = now()
    returning id`;
  return row.id;
}

/** Cancels the open job of this kind and key, if any; true when one was cancelled. */
export async function cancelJob(sql: Sql, kind: string, key: string): Promise<boolean> {
  const rows = await sql`
    update jobs set status = 'cancelled', finished_at = now(), updated_at = now()
    where kind = ${kind} and key = ${key} and status = 'pending'
    returning id`;
  return rows.length > 0;
}

/**
 * Claims up to `limit` jobs due at `now` (pending ones, and running ones whose worker's lock
 * ended), marking them running until `now + lockSeconds`.
 */
export function claimDueJobs(
  sql: Sql,
  options: { now: Date; limit: number; lockSeconds: number; kinds: string[] },
): Promise<Job[]> {
  return sql<Job[]>`
    update jobs j set status = 'running', attempts = j.attempts + 1,
      locked_until = ${options.now}::timestamptz + make_interval(secs => ${options.lockSeconds}),
      updated_at = now()
    where j.id in (
      select id from jobs
      where kind = any(${options.kinds}::text[]) and due_at <= ${options.now}
        and (status = 'pending' or (status = 'running' and locked_until < ${options.now}))
      order by due_at, id
      limit ${options.limit}
      for update skip locked
    )
    returning j.id, j.kind, j.key, j.payload, j.due_at, j.attempts`;
}

/** Marks a claimed job done. */
export async function completeJob(sql: Sql, id: number): Promise<void> {
  await sql`
    update jobs set status = 'done', locked_until = null, finished_at = now(), updated_at = now()
    where id = ${id} and status = 'running'`;
}

/**
 * A running job asks to run again at `dueAt` (its work is not due yet, or continues): it is
 * pending again with its attempts reset, and its handler's completion leaves it so.
 */
export async function deferJob(sql: Sql, id: number, dueAt: Date): Promise<void> {
  await sql`
    update jobs set status = 'pending', due_at = ${dueAt}, attempts = 0, locked_until = null,
      updated_at = now()
    where id = ${id} and status = 'running'`;
}

/** Records a failed attempt: due again at `retryAt`, or failed for good when it is null. */
export async function failJob(
  sql: Sql,
  id: number,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await sql`
    update jobs set
      status = ${retryAt === null ? "failed" : "pending"},
      due_at = coalesce(${retryAt}, due_at),
      locked_until = null,
      last_error = ${error.slice(0, 2000)},
      finished_at = case when ${retryAt === null} then now() end,
      updated_at = now()
    where id = ${id} and status = 'running'`;
}

/** When the soonest open job of these kinds is due, or null when none is. */
export async function nextDueAt(sql: Sql, kinds: string[]): Promise<Date | null> {
  const [row] = await sql<{ dueAt: Date | null }[]>`
    select min(case when status = 'running' then locked_until else due_at end) as due_at
    from jobs where status in ('pending', 'running') and kind = any(${kinds}::text[])`;
  return row.dueAt;
}
