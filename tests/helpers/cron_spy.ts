/**
 * Preloaded into `main.ts` by tests (`deno run --preload tests/helpers/cron_spy.ts main.ts`):
 * logs each `Deno.cron` registration as a `spy.cron` line (name, schedule, whether `Deno.serve`
 * had been called yet, and the stack frames that led to the call), then registers it for real; on SIGUSR1 it
 * runs the registered handlers, as Deno Deploy does when a job is due, and logs `spy.cron_ran`
 * once they have settled.
 *
 * @module
 */
type Handler = () => unknown;

const realCron = Deno.cron;
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
    return Reflect.apply(realCron, Deno, [name, schedule, ...rest]);
  },
});

Deno.addSignalListener("SIGUSR1", async () => {
  const results = await Promise.allSettled(handlers.map((handler) => handler()));
  const failed = results.filter((r) => r.status === "rejected").map((r) => String(r.reason));
  console.log(JSON.stringify({ msg: "spy.cron_ran", failed }));
});
