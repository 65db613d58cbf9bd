/**
 * The hourly cleanup, a scheduled job (jobs/) so one instance runs it each hour wherever it
 * runs: it deletes empty carts untouched for a day, rate-limit windows older than an hour,
 * expired staff sessions, credential failures not seen for a day and the dashboard's change
 * feed older than an hour, then schedules the next
 * hour's run. Start-up schedules the next run too, so it never lapses.
 *
 * @example
 * ```ts
 * import type { Runtime } from "./runtime.ts";
 * declare const runtime: Runtime;
 * registerMaintenance(runtime);
 * await scheduleMaintenance(runtime);
 * await runtime.jobs.runDue();
 * ```
 * @module
 */
import { deleteAbandonedEmptyCarts } from "./cart/service.ts";
import { deleteOldChanges } from "./conversations/changes.ts";
import type { Sql } from "./db/connect.ts";
import { deleteOldCounters } from "./http/rate-limit.ts";
import { scheduleJob } from "./jobs/queue.ts";
import type { Clock } from "./shared/clock.ts";
import { deleteExpiredSessions } from "./staff/session.ts";
import { deleteStaleFailures } from "./staff/throttle.ts";
import type { Runtime } from "./runtime.ts";

/** The kind of the cleanup job; its key is the hour it runs at. */
export const CLEANUP_JOB = "maintenance.cleanup";

/** Registers the cleanup's handler with the runtime's job runner. */
export function registerMaintenance(runtime: Pick<Runtime, "jobs" | "log" | "clock">): void {
  const { jobs, log, clock } = runtime;
  jobs.handle(CLEANUP_JOB, async (_job, sql) => {
    const removed = {
      carts: await deleteAbandonedEmptyCarts(sql),
      rate_windows: await deleteOldCounters(sql),
      sessions: await deleteExpiredSessions(sql),
      auth_failures: await deleteStaleFailures(sql),
      dashboard_events: await deleteOldChanges(sql),
    };
    await scheduleNext(sql, clock);
    log.info("maintenance.cleaned", removed);
  });
}

/** Schedules the next hour's cleanup (a no-op when it is scheduled already). */
export async function scheduleMaintenance(runtime: Pick<Runtime, "db" | "clock">): Promise<void> {
  await scheduleNext(runtime.db.sql, runtime.clock);
}

async function scheduleNext(sql: Sql, clock: Clock): Promise<void> {
  const hour = new Date(clock.now());
  hour.setUTCMinutes(0, 0, 0);
  hour.setUTCHours(hour.getUTCHours() + 1);
  await scheduleJob(sql, { kind: CLEANUP_JOB, key: hour.toISOString(), dueAt: hour });
}
