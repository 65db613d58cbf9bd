/**
 * Time, injectable: services that schedule or compare against "now" take a {@link Clock}, so
 * tests move time forward instead of sleeping for real minutes.
 *
 * @example
 * ```ts
 * const clock = manualClock(new Date("2026-12-01T10:00:00Z"));
 * clock.advance(60 * 60_000);
 * clock.now().toISOString(); // "2026-12-01T11:00:00.000Z"
 * systemClock.now();         // the real time
 * ```
 * @module
 */

/** Where "now" comes from. */
export interface Clock {
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that moves only when told (tests). */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
  set(to: Date): void;
}

/** A {@link ManualClock} starting at `start`. */
export function manualClock(start: Date = new Date()): ManualClock {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (ms) => {
      time += ms;
    },
    set: (to) => {
      time = to.getTime();
    },
  };
}
