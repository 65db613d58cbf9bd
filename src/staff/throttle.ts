/**
 * Throttling of admin credential guesses per client address, in Postgres (`auth_failures`,
 * shared by every instance): the first {@link FREE_FAILURES} wrong tokens in a row cost
 * nothing; each one after that blocks the address for twice as long as the last, from one
 * second up to {@link MAX_BLOCK_SECONDS}, during which even the right token is refused with
 * 429 and `Retry-After`. A success clears the address; a quiet quarter of an hour forgets it.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const wait = await blockedFor(sql, "203.0.113.7"); // seconds to wait, 0 when free
 * if (wait === 0) await recordFailure(sql, "203.0.113.7");
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";

/** Wrong tokens in a row an address may try before it is slowed down. */
export const FREE_FAILURES = 5;
/** The longest an address is blocked at once. */
export const MAX_BLOCK_SECONDS = 15 * 60;
/** After this long without a failure an address starts afresh. */
const FORGET_SECONDS = 15 * 60;

/** Seconds until `client` may try again (0: now). */
export async function blockedFor(sql: Sql, client: string): Promise<number> {
  const [row] = await sql<{ wait: number }[]>`
    select ceil(extract(epoch from blocked_until - now()))::int as wait
    from auth_failures where client = ${client} and blocked_until > now()`;
  return row?.wait ?? 0;
}

/** Records a wrong token from `client`; returns the seconds it is now blocked for. */
export async function recordFailure(sql: Sql, client: string): Promise<number> {
  const forget = sql`now() - make_interval(secs => ${FORGET_SECONDS})`;
  const [row] = await sql<{ wait: number }[]>`
    insert into auth_failures as f (client, failures, last_at)
    values (${client}, 1, now())
    on conflict (client) do update set
      failures = case when f.last_at < ${forget} then 1 else f.failures + 1 end,
      last_at = now(),
      blocked_until = case when f.last_at >= ${forget} and f.failures + 1 > ${FREE_FAILURES}
        then now() + make_interval(secs =>
          least(${MAX_BLOCK_SECONDS}, power(2, f.failures - ${FREE_FAILURES})))
        end
    returning coalesce(ceil(extract(epoch from blocked_until - now())), 0)::int as wait`;
  return row.wait;
}

/** Forgets the failures of `client` (it signed in). */
export async function clearFailures(sql: Sql, client: string): Promise<void> {
  await sql`delete from auth_failures where client = ${client}`;
}

/** Deletes addresses not seen for a day (the periodic cleanup). */
export async function deleteStaleFailures(sql: Sql): Promise<number> {
  const rows = await sql`
    delete from auth_failures where last_at < now() - interval '1 day' returning client`;
  return rows.length;
}

/** The 429 for an address that must wait `seconds`. */
export function tooManyAttempts(seconds: number): AppError {
  return new AppError(
    "too_many_attempts",
    429,
    `Too many wrong admin credentials from this address: try again in ${seconds} s`,
    { retry_after: seconds },
  );
}
