/**
 * Preloaded into `main.ts` by tests (`deno run --preload tests/helpers/cron_spy.ts main.ts`),
 * it stands in for the scheduler: each `Deno.cron` registration is logged as a `spy.cron` line
 * (name, schedule, whether `Deno.serve` had been called yet, and the stack frames that led to
 * the call) and kept, not scheduled, so no wall-clock minute fires during a test; on SIGUSR1 the
 * kept handlers run, as Deno Deploy runs a job when it is due, and `spy.cron_ran` is logged once
 * they have settled.
 *
 * @module
 */
type Handler = () => unknown;

const realServe = Deno.serve;
const handlers: Handler[] = [];
let serving = false;

Object.defineProperty(Deno, "serve", {
  configurable: true,
  writable: true,
  value: (...args: unknown[]) => {
    serving = true;
    return Reflect.apply(realServe, Deno, args);
  },
});

Object.defineProperty(Deno, "cron", {
  configurable: true,
  writable: true,
  value: (name: string, schedule: string, ...rest: unknown[]) => {
    const callers = (new Error().stack ?? "").split("\n").slice(2).map((line) => line.trim());
    console.log(JSON.stringify({ msg: "spy.cron", name, schedule, serving, callers }));
    handlers.push(rest.at(-1) as Handler);
    return Promise.resolve();
  },
});

Deno.addSignalListener("SIGUSR1", async () => {
  const results = await Promise.allSettled(handlers.map((handler) => handler()));
  const failed = results.filter((r) => r.status === "rejected").map((r) => String(r.reason));
  console.log(JSON.stringify({ msg: "spy.cron_ran", failed }));
});
