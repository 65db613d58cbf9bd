/**
 * Keeping the shop selling when Gemini is down: a model that asks the primary model first and,
 * when it fails with a `ModelError` (after its own retries: outage, quota, timeouts), lets the
 * offline model answer the same request instead, and the rest of that turn (the turn loop
 * sends the same, growing contents at each step). The response names the model that answered,
 * so the stored step says so. When the offline model does not understand the message either,
 * the primary's error is thrown again as a plain failure, even when Gemini advised a wait: the
 * turn ends with the apology and the conversation is flagged for staff, as any failed turn is.
 *
 * @example
 * ```ts
 * import { GeminiModel } from "./gemini.ts";
 * import { OfflineModel } from "./offline/model.ts";
 * const model = new FallbackModel(
 *   new GeminiModel({ apiKey: "key", model: "gemini-3.8-flash" }),
 *   new OfflineModel({ storeName: "Mi Tienda" }),
 * );
 * ```
 * @module
 */
import type { Logger } from "../shared/log.ts";
import { type ChatModel, ModelError, type ModelRequest, type ModelResponse } from "./model.ts";
import type { OfflineModel } from "./offline/model.ts";

/** The primary model, and the offline model when the primary cannot answer. */
export class FallbackModel implements ChatModel {
  readonly name: string;

  constructor(
    private readonly primary: ChatModel,
    private readonly fallback: OfflineModel,
    private readonly log?: Logger,
  ) {
    this.name = primary.name;
  }

  /** The turns (their contents, which grow step by step) the fallback has taken over. */
  readonly #taken = new WeakSet<object>();

  async generate(request: ModelRequest): Promise<ModelResponse> {
    if (this.#taken.has(request.contents)) {
      return { ...await this.fallback.generate(request), model: this.fallback.name };
    }
    try {
      return await this.primary.generate(request);
    } catch (err) {
      if (!(err instanceof ModelError)) throw err;
      const understood = this.fallback.understands(request);
      this.log?.warn("agent.model_fallback", {
        primary: this.primary.name,
        status: err.status ?? null,
        answered_by: understood ? this.fallback.name : null,
      });
      if (!understood) {
        throw new ModelError(err.message, err.status, { cause: err, kind: "failed" });
      }
      this.#taken.add(request.contents);
      return { ...await this.fallback.generate(request), model: this.fallback.name };
    }
  }
}
