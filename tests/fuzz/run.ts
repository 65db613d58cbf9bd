/**
 * How fuzz properties run: a fixed seed and fixed run counts by default, so CI is reproducible;
 * `FUZZ_SEED` and `FUZZ_RUNS` (runs of every property) explore further. A failure names the
 * seed to reproduce it. `FUZZ_STATS=1` prints how many requests each route received.
 *
 * @example
 * ```ts
 * await fuzz("search never fails", fc.string(), async (q) => { ... }, { runs: 50 });
 * // FUZZ_SEED=7 FUZZ_RUNS=500 deno test -A tests/fuzz/
 * ```
 * @module
 */
import fc from "fast-check";

/** The seed of every property: `FUZZ_SEED` or a fixed one. */
const SEED = envInteger("FUZZ_SEED", -(2 ** 31)) ?? 20_261_125;
const RUNS = envInteger("FUZZ_RUNS", 1);

/**
 * Runs `predicate` on the `examples`, then on `runs` generated values (or `FUZZ_RUNS`); throws
 * with the seed on failure.
 */
export async function fuzz<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  options: { runs: number; examples?: T[] },
): Promise<void> {
  const runs = RUNS ?? options.runs;
  const examples = options.examples ?? [];
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {
    seed: SEED,
    numRuns: runs + examples.length, // fast-check counts the examples among the runs
    examples: examples.map((example): [T] => [example]),
  });
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error
    ? details.errorInstance.message
    : String(details.errorInstance);
  throw new Error(
    `fuzz property «${name}» failed; reproduce with FUZZ_SEED=${SEED} FUZZ_RUNS=${runs}\n` +
      `${error}\n${fc.defaultReportMessage(details)}`,
  );
}

/** Sequences of 1 to 6 values: requests sent one after the other between two data checks. */
export function batches<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.array(arbitrary, { minLength: 1, maxLength: 6 });
}

/** Requests sent per route, printed by {@link printTally} when `FUZZ_STATS=1`. */
const tally = new Map<string, number>();

/** Counts one request to `route` (e.g. `GET /api/products/{id}`). */
export function countRequest(route: string): void {
  tally.set(route, (tally.get(route) ?? 0) + 1);
}

/** Prints the requests counted so far in this file as one JSON line, with `FUZZ_STATS=1`. */
export function printTally(file: string): void {
  if (Deno.env.get("FUZZ_STATS") !== "1") return;
  console.log(JSON.stringify({ fuzz: file, seed: SEED, requests: Object.fromEntries(tally) }));
}

function envInteger(name: string, min: number): number | undefined {
  const raw = Deno.env.get(name);
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value >= 2 ** 31) {
    throw new Error(`${name} must be a whole number from ${min} to ${2 ** 31 - 1} (got "${raw}")`);
  }
  return value;
}
