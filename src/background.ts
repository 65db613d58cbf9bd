/**
 * Work that goes on between requests: the outbox's delivery loop, and the sweep that answers
 * messages a crashed or restarted process left behind and runs the due scheduled jobs
 * (jobs/runner.ts). The sweep runs at start, then every 15 seconds (or each minute through `Deno.cron` where the runtime offers it, as on
 * Deno Deploy), and again when a lease held by a dead worker is due to expire.
 *
 * @example
 * ```ts
 * import type { Runtime } from "./runtime.ts";
 * declare const runtime: Runtime;
 * const background = startBackground(runtime);
 * await background.stop();
 * ```
 * @module
 */
import { errorText } from "./shared/log.ts";
import type { Runtime } from "./runtime.ts";

const SWEEP_MS = 15_000;

type Cron = (name: string, schedule: string, fn: () => Promise<void>) => Promise<void>;

/** Starts the outbox and the recovery sweep. */
export function startBackground(
  runtime: Pick<Runtime, "inbox" | "outbox" | "jobs" | "log">,
): { stop(): Promise<void> } {
  const { inbox, outbox, jobs, log } = runtime;
  let stopped = false;
  let soon: ReturnType<typeof setTimeout> | undefined;

  const sweep = async () => {
    if (stopped) return;
    try {
      const { kicked, nextExpiry } = await inbox.recover();
      if (kicked > 0) log.info("inbox.recovered", { conversations: kicked });
      outbox.wake();
      if (nextExpiry && !soon) {
        const delay = Math.max(100, nextExpiry.getTime() - Date.now() + 100);
        if (delay < SWEEP_MS) {
          soon = setTimeout(() => {
            soon = undefined;
            sweep();
          }, delay);
        }
      }
    } catch (err) {
      log.warn("inbox.recovery_failed", { error: errorText(err) });
    }
    try {
      await jobs.runDue();
    } catch (err) {
      log.warn("jobs.round_failed", { error: errorText(err) });
    }
  };

  outbox.start();
  sweep();
  const cron = (Deno as unknown as { cron?: Cron }).cron;
  const timer = cron ? undefined : setInterval(sweep, SWEEP_MS);
  if (cron) cron("recover unanswered messages", "* * * * *", sweep);

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(soon);
      await inbox.close();
      await outbox.stop();
    },
  };
}
