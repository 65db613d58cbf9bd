/**
 * Work that goes on between requests. One {@link Background.tick} is a round of all of it: it
 * answers the messages a crashed or stopped process left unanswered (inbox.recover), delivers
 * the outbox's due messages and runs the due scheduled jobs (jobs/runner.ts), and resolves when
 * that work is done. `main.ts` runs a tick every minute from `Deno.cron`, registered at its top
 * level (where Deno Deploy finds it, and the same locally), so an instance that is stopped
 * while idle loses nothing: the next tick, in whatever instance runs it, picks the work up.
 *
 * In-process timers only make it sooner where the process stays up: the outbox's delivery loop,
 * a sweep at start and every `SWEEP_SECONDS` (0: none, the cron tick alone), and one when a
 * lease held by a dead worker is due to expire.
 *
 * @example
 * ```ts
 * import type { Runtime } from "./runtime.ts";
 * declare const runtime: Runtime;
 * const background = startBackground(runtime);
 * const { recovered, delivered, jobs } = (await background.tick())!;
 * await background.stop();
 * ```
 * @module
 */
import { errorText } from "./shared/log.ts";
import type { Runtime } from "./runtime.ts";

/** The name of the periodic work's cron job (shown in Deno Deploy's dashboard). */
export const CRON_NAME = "periodic work";
/** Every minute, the finest schedule `Deno.cron` takes. */
export const CRON_SCHEDULE = "* * * * *";

/** What one tick did. */
export interface TickReport {
  /** Conversations with unanswered messages that no live worker held, answered. */
  recovered: number;
  /** Outbound messages sent (or given up) through the REST API. */
  delivered: number;
  /** Scheduled jobs run. */
  jobs: number;
  ms: number;
}

/** The periodic work of a running server. */
export interface Background {
  /** One round of all periodic work, resolved when it is done; null once stopped. */
  tick(): Promise<TickReport | null>;
  /** Stops the timers and waits for the work under way. */
  stop(): Promise<void>;
}

/** Starts the outbox's loop and the in-process sweeps; see the module docs. */
export function startBackground(
  runtime: Pick<Runtime, "inbox" | "outbox" | "jobs" | "log" | "config">,
): Background {
  const { inbox, outbox, jobs, log } = runtime;
  const sweepMs = runtime.config.sweepSeconds * 1000;
  let stopped = false;
  let soon: ReturnType<typeof setTimeout> | undefined;
  const stallMs = runtime.config.workerStallSeconds * 1000;
  /** When the sweep under way started (0: none). */
  let sweeping = 0;

  /** Sweeps again just after the soonest lease over unanswered messages expires. */
  const sweepAt = (expiry: Date | null) => {
    if (!expiry || soon || sweepMs === 0) return;
    const delay = Math.max(100, expiry.getTime() - Date.now() + 100);
    if (delay >= sweepMs) return;
    soon = setTimeout(() => {
      soon = undefined;
      sweep();
    }, delay);
  };

  /** Recovery, then due jobs; `wait` also waits for the recovered turns and the deliveries. */
  const round = async (wait: boolean): Promise<Omit<TickReport, "ms">> => {
    let recovered = 0;
    let delivered = 0;
    let ran = 0;
    try {
      const { kicked, nextExpiry, done } = await inbox.recover();
      recovered = kicked;
      if (kicked > 0) log.info("inbox.recovered", { conversations: kicked });
      sweepAt(nextExpiry);
      if (wait) await done;
    } catch (err) {
      log.warn("inbox.recovery_failed", { error: errorText(err) });
    }
    if (wait) {
      try {
        delivered = await outbox.drain();
      } catch (err) {
        log.warn("outbox.round_failed", { error: errorText(err) });
      }
    } else {
      outbox.wake();
    }
    try {
      ran = await jobs.runDue();
    } catch (err) {
      log.warn("jobs.round_failed", { error: errorText(err) });
    }
    return { recovered, delivered, jobs: ran };
  };

  /**
   * The in-process sweep: skipped while the previous one runs, unless that one has waited
   * longer than `WORKER_STALL_SECONDS` (on a query the driver left pending); turns go on in
   * the background.
   */
  const sweep = async () => {
    if (stopped) return;
    if (sweeping > 0) {
      if (Date.now() - sweeping <= stallMs) return;
      log.error("background.sweep_stalled", { ms: Date.now() - sweeping });
    }
    const started = Date.now();
    sweeping = started;
    try {
      await round(false);
    } finally {
      if (sweeping === started) sweeping = 0;
    }
  };

  outbox.start();
  const timer = sweepMs > 0 ? setInterval(sweep, sweepMs) : undefined;
  if (sweepMs > 0) sweep();

  return {
    async tick() {
      if (stopped) return null;
      const started = performance.now();
      const report = { ...await round(true), ms: Math.round(performance.now() - started) };
      log.info("background.tick", { ...report });
      return report;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(soon);
      await inbox.close();
      await outbox.stop();
    },
  };
}
