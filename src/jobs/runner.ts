/**
 * Runs due jobs with their handlers: each claimed job runs in a transaction that also marks it
 * done, so its database effects and its completion commit together (a crash before the commit
 * leaves it to be claimed again). A handler that reaches outside (an HTTP API) says so with
 * `transaction: false` and must be idempotent, since it may run again after a crash. A failing
 * handler is retried with exponential backoff, then given up and logged.
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * import { systemClock } from "../shared/clock.ts";
 * import { createLogger } from "../shared/log.ts";
 * declare const sql: Client;
 * const jobs = new JobRunner(sql, { clock: systemClock, log: createLogger("info") });
 * jobs.handle("order.expire", async (job, tx) => {
 *   await tx`update orders set status = 'cancelled' where id = ${job.key}`;
 * });
 * await jobs.runDue(); // how many jobs ran
 * ```
 * @module
 */
import type { Client, Sql } from "../db/connect.ts";
import type { Clock } from "../shared/clock.ts";
import { errorText, type Logger } from "../shared/log.ts";
import type { Redact } from "../shared/redact.ts";
import { claimDueJobs, completeJob, failJob, type Job, nextDueAt } from "./queue.ts";

/** Does what a job of one kind is for. */
export type JobHandler = (job: Job, sql: Sql) => Promise<void>;

interface Registered {
  run: JobHandler;
  transaction: boolean;
  maxAttempts: number;
}

export interface JobRunnerOptions {
  clock: Clock;
  log: Logger;
  /** Jobs claimed per round. Default 50. */
  batch?: number;
  /** How long a claim holds before another worker may take the job. Default 120. */
  lockSeconds?: number;
  /** First retry delay; doubles each attempt, capped at an hour. Default 30,000. */
  backoffMs?: number;
  /** Takes secrets out of a failure's text before it is stored (default: none). */
  redact?: Redact;
}

/** The handlers of this process and the loop that runs their due jobs. */
export class JobRunner {
  readonly #handlers = new Map<string, Registered>();
  readonly #batch: number;
  readonly #lockSeconds: number;
  readonly #backoffMs: number;

  constructor(private readonly sql: Client, private readonly options: JobRunnerOptions) {
    this.#batch = options.batch ?? 50;
    this.#lockSeconds = options.lockSeconds ?? 120;
    this.#backoffMs = options.backoffMs ?? 30_000;
  }

  /** Registers the handler of a kind. */
  handle(
    kind: string,
    run: JobHandler,
    options: { transaction?: boolean; maxAttempts?: number } = {},
  ): void {
    this.#handlers.set(kind, {
      run,
      transaction: options.transaction ?? true,
      maxAttempts: options.maxAttempts ?? 8,
    });
  }

  /** Runs every job due now, round after round until none is left; returns how many ran. */
  async runDue(): Promise<number> {
    const kinds = [...this.#handlers.keys()];
    if (kinds.length === 0) return 0;
    let ran = 0;
    for (;;) {
      const jobs = await claimDueJobs(this.sql, {
        now: this.options.clock.now(),
        limit: this.#batch,
        lockSeconds: this.#lockSeconds,
        kinds,
      });
      for (const job of jobs) await this.#run(job);
      ran += jobs.length;
      if (jobs.length < this.#batch) return ran;
    }
  }

  /** When the soonest job this process can run is due (null: none). */
  nextDue(): Promise<Date | null> {
    const kinds = [...this.#handlers.keys()];
    return kinds.length === 0 ? Promise.resolve(null) : nextDueAt(this.sql, kinds);
  }

  async #run(job: Job): Promise<void> {
    const handler = this.#handlers.get(job.kind)!;
    try {
      if (handler.transaction) {
        await this.sql.begin(async (tx) => {
          await handler.run(job, tx);
          await completeJob(tx, job.id);
        });
      } else {
        await handler.run(job, this.sql);
        await completeJob(this.sql, job.id);
      }
    } catch (err) {
      const giveUp = job.attempts >= handler.maxAttempts;
      const delay = Math.min(3_600_000, this.#backoffMs * 2 ** (job.attempts - 1));
      const retryAt = giveUp ? null : new Date(this.options.clock.now().getTime() + delay);
      (giveUp ? this.options.log.error : this.options.log.warn)("job.failed", {
        kind: job.kind,
        key: job.key,
        attempt: job.attempts,
        retry_at: retryAt?.toISOString(),
        error: errorText(err),
      });
      const error = this.options.redact?.(errorText(err)) ?? errorText(err);
      await failJob(this.sql, job.id, error, retryAt);
    }
  }
}
