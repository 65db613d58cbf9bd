/**
 * The model's standing problem, if any: a configuration error no retry fixes (a key, a model
 * name, a thinking setting). It is logged once at error level with its fix, shown on the
 * dashboard's home until a call succeeds, and never retried.
 *
 * @example
 * ```ts
 * const health = new ModelHealth();
 * health.report({ status: 404, message: "models/gemini-9 is not found", fix: "Set GEMINI_MODEL…" });
 * // true: first time, log it
 * health.problem()?.fix; // "Set GEMINI_MODEL…"
 * health.ok();
 * ```
 * @module
 */

export interface ModelProblem {
  status?: number;
  message: string;
  /** What the owner should change. */
  fix: string;
}

/** Holds the current problem; one per model client. */
export class ModelHealth {
  #problem: (ModelProblem & { since: Date }) | null = null;
  readonly #logged = new Set<string>();

  /** Records a problem; true the first time this one is seen (the caller logs it then). */
  report(problem: ModelProblem): boolean {
    const key = `${problem.status} ${problem.fix}`;
    if (this.#problem?.fix !== problem.fix) this.#problem = { ...problem, since: new Date() };
    if (this.#logged.has(key)) return false;
    this.#logged.add(key);
    return true;
  }

  /** The problem shown to owners; null when the last call succeeded. */
  problem(): (ModelProblem & { since: Date }) | null {
    return this.#problem;
  }

  /** A call succeeded: nothing to show. */
  ok(): void {
    this.#problem = null;
  }
}
