/**
 * A bound on one wait for the database. postgres.js 3.4.9 can leave a query pending forever
 * (the server closing a connection while it starts, in a restart: porsager/postgres#1193; a
 * half-open connection), and a loop that awaits such a query stops for good. {@link within}
 * gives up after `ms`: it cancels the query (one not yet sent is then never sent; a running one
 * is asked to stop) and rejects with {@link Stalled}.
 *
 * @example
 * ```ts
 * import type { Client } from "./connect.ts";
 * declare const sql: Client;
 * const rows = await within(sql`select 1 as one`, 60_000, "the outbox's claim");
 * ```
 * @module
 */

/** The database did not answer in time. */
export class Stalled extends Error {
  override name = "Stalled";
}

/** A query (or any awaitable); postgres.js queries can be cancelled. */
type Waitable<T> = PromiseLike<T> & { cancel?: () => unknown };

/** Settles as `work` does, or rejects with {@link Stalled} after `ms`, cancelling `work`. */
export function within<T>(work: Waitable<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Stalled(`${what}: no answer from the database in ${ms / 1000} s`));
      // Cancelling needs a connection of its own, which may fail too: that changes nothing.
      Promise.resolve(work.cancel?.()).catch(() => {});
    }, ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
