/**
 * A circuit breaker for the model provider, shared by every conversation of the process: after
 * `threshold` quota or overload answers in a row it opens, and for the time the provider
 * advised (or `cooldownMs`) no call is made; each turn fails fast instead of discovering it.
 * When the time is up one call goes through; a success closes it, one more failure opens it
 * again. The provider may also open it at once by advising a wait longer than a turn can take.
 *
 * @example
 * ```ts
 * const breaker = new CircuitBreaker({ threshold: 3 });
 * breaker.failed(26_000);
 * breaker.openForMs(); // 0: one failure is not yet a pattern
 * breaker.open(26_000);
 * breaker.openForMs(); // about 26,000
 * ```
 * @module
 */

export interface BreakerOptions {
  /** Quota or overload failures in a row that open the breaker. Default 3. */
  threshold?: number;
  /** How long it stays open when the provider gave no delay, in ms. Default 30,000. */
  cooldownMs?: number;
  /** Where "now" comes from, in ms (tests). Default `Date.now`. */
  now?: () => number;
}

/** Process-wide: one per model client. */
export class CircuitBreaker {
  readonly #threshold: number;
  readonly #cooldownMs: number;
  readonly #now: () => number;
  #failures = 0;
  #openUntil = 0;

  constructor(options: BreakerOptions = {}) {
    this.#threshold = options.threshold ?? 3;
    this.#cooldownMs = options.cooldownMs ?? 30_000;
    this.#now = options.now ?? Date.now;
  }

  /** Ms until calls may be made again; 0 when closed. */
  openForMs(): number {
    return Math.max(0, this.#openUntil - this.#now());
  }

  /** A quota or overload failure; opens the breaker when it is one too many. */
  failed(advisedMs?: number): void {
    this.#failures++;
    if (this.#failures >= this.#threshold) this.open(advisedMs);
  }

  /** Opens it for `ms` (the cooldown when not given), never shortening an open period. */
  open(ms?: number): void {
    this.#failures = Math.max(this.#failures, this.#threshold - 1);
    this.#openUntil = Math.max(this.#openUntil, this.#now() + (ms ?? this.#cooldownMs));
  }

  /** A call answered: closed again. */
  succeeded(): void {
    this.#failures = 0;
    this.#openUntil = 0;
  }
}
