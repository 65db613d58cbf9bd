/**
 * Gemini through `@google/genai`: function calling with the registry's declarations, a
 * timeout per call, and retries that respect Gemini: a 429 or 503 is retried after the
 * `RetryInfo.retryDelay` it advises when that fits the retry budget, and otherwise fails at
 * once as `unavailable` (with `retryAfterMs`); other 5xx, timeouts and network errors get
 * bounded exponential backoff with jitter. Repeated quota or overload answers open a circuit
 * breaker shared by every conversation (breaker.ts). Errors no retry fixes (400, 401, 403, 404)
 * are not retried: logged once with their fix and kept for the dashboard (model-health.ts). The model's parts are returned exactly as received (Gemini 3
 * puts a `thoughtSignature` on function calls that must be sent back unchanged). The SDK is
 * loaded when the model is created, without holding up start-up, and awaited by the first call.
 *
 * @example
 * ```ts
 * const model = new GeminiModel({ apiKey: "AIza…", model: "gemini-3.8-flash" });
 * const { parts, usage } = await model.generate({
 *   system: "You are the shop's assistant.",
 *   contents: [{ role: "user", parts: [{ text: "Hola" }] }],
 *   tools: [],
 * });
 * ```
 * @module
 */
import type { GoogleGenAI, ThinkingConfig } from "@google/genai";
import { type ChatModel, ModelError, type ModelRequest, type ModelResponse } from "./model.ts";
import { type Redact, redactor } from "../shared/redact.ts";
import type { Logger } from "../shared/log.ts";
import { CircuitBreaker } from "./breaker.ts";
import { classifyGemini, fixFor, type GeminiFailure } from "./gemini-errors.ts";
import { ModelHealth } from "./model-health.ts";
import type { ThinkingSetting } from "../shared/thinking.ts";

export interface GeminiOptions {
  apiKey: string;
  model: string;
  /** API base URL (gateways, tests); Google's when unset. */
  baseUrl?: string;
  /** Time allowed for one call, in ms. Default 30,000. */
  timeoutMs?: number;
  /** Attempts per request, the first included. Default 4. */
  attempts?: number;
  /** First backoff delay in ms; doubles each retry, with jitter, capped at 8 s. Default 500. */
  backoffMs?: number;
  /**
   * Time a call may spend waiting between attempts, in ms. A `retryDelay` the server advises
   * is honoured when it fits; when it does not, the call fails at once as `unavailable`.
   * Default 10,000.
   */
  retryBudgetMs?: number;
  /** Shared by every conversation (default: one of its own, which is process-wide in a server). */
  breaker?: CircuitBreaker;
  /** Where configuration problems are kept for the dashboard (default: one of its own). */
  health?: ModelHealth;
  /** Configuration problems are logged here once, at error level, with their fix. */
  log?: Logger;
  /** `thinkingConfig` for every call (shared/thinking.ts): a level or a budget. */
  thinking?: ThinkingSetting;
}

/** The real model. */
export class GeminiModel implements ChatModel {
  readonly name: string;
  readonly #sdk: Promise<typeof import("@google/genai")>;
  readonly #ai: Promise<GoogleGenAI>;
  readonly #timeoutMs: number;
  readonly #attempts: number;
  readonly #backoffMs: number;
  readonly #retryBudgetMs: number;
  readonly #breaker: CircuitBreaker;
  readonly #health: ModelHealth;
  /** Gateways echo requests in their errors: the key never leaves in one. */
  readonly #redact: Redact;

  constructor(private readonly options: GeminiOptions) {
    this.name = options.model;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#attempts = options.attempts ?? 4;
    this.#backoffMs = options.backoffMs ?? 500;
    this.#retryBudgetMs = options.retryBudgetMs ?? 10_000;
    this.#breaker = options.breaker ?? new CircuitBreaker();
    this.#health = options.health ?? new ModelHealth();
    this.#redact = redactor([options.apiKey]);
    this.#sdk = import("@google/genai");
    this.#ai = this.#sdk.then(({ GoogleGenAI }) =>
      new GoogleGenAI({
        apiKey: options.apiKey,
        httpOptions: { baseUrl: options.baseUrl, timeout: this.#timeoutMs },
      })
    );
  }

  async generate(request: ModelRequest): Promise<ModelResponse> {
    const { ApiError } = await this.#sdk;
    const deadline = Date.now() + this.#retryBudgetMs;
    for (let attempt = 1;; attempt++) {
      const closedFor = this.#breaker.openForMs();
      if (closedFor > 0) {
        throw new ModelError(
          `Gemini is unavailable (quota or overload; calls resume in ${seconds(closedFor)})`,
          undefined,
          { kind: "unavailable", retryAfterMs: closedFor },
        );
      }
      let failure: GeminiFailure;
      try {
        const response = await this.#once(request);
        this.#breaker.succeeded();
        this.#health.ok();
        return response;
      } catch (err) {
        if (err instanceof ModelError) throw err;
        failure = err instanceof ApiError
          ? classifyGemini(err.status, err.message)
          : { reason: "", message: describe(err), class: "transient" };
        if (failure.class === "config") throw this.#configError(failure, err);
        if (failure.class === "other") throw this.#error(failure, err, "failed");
      }
      const overload = failure.class === "overload";
      const delay = failure.retryDelayMs ??
        jitter(Math.min(8000, this.#backoffMs * 2 ** (attempt - 1)));
      if (overload && Date.now() + delay > deadline) {
        // The provider asks for a longer wait than a turn can take: every conversation would
        // be told the same, so stop calling for that long.
        this.#breaker.open(delay);
        throw this.#error(failure, undefined, "unavailable", delay);
      }
      if (overload) this.#breaker.failed(failure.retryDelayMs);
      if (overload && this.#breaker.openForMs() > 0) {
        throw this.#error(failure, undefined, "unavailable", this.#breaker.openForMs());
      }
      if (attempt >= this.#attempts || Date.now() + delay > deadline) {
        throw this.#error(failure, undefined, overload ? "unavailable" : "failed", delay);
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  #error(
    failure: GeminiFailure,
    cause: unknown,
    kind: "unavailable" | "failed" | "config",
    retryAfterMs?: number,
  ): ModelError {
    const text = failure.status === undefined
      ? failure.message
      : `Gemini ${failure.status} ${failure.reason}: ${failure.message}`;
    const advice = kind === "unavailable" && retryAfterMs !== undefined
      ? ` (unavailable; retry in ${seconds(retryAfterMs)})`
      : "";
    return new ModelError(this.#redact(text + advice), failure.status, {
      cause,
      kind,
      ...(retryAfterMs === undefined || kind !== "unavailable" ? {} : { retryAfterMs }),
    });
  }

  /** A problem no retry fixes: logged once with its fix, shown to owners, not retried. */
  #configError(failure: GeminiFailure, cause: unknown): ModelError {
    const fix = fixFor(failure, this.options.model);
    const error = this.#error(failure, cause, "config");
    if (this.#health.report({ status: failure.status, message: error.message, fix })) {
      this.options.log?.error("gemini.misconfigured", { error: error.message, fix });
    }
    return error;
  }

  async #once(request: ModelRequest): Promise<ModelResponse> {
    const response = await (await this.#ai).models.generateContent({
      model: this.options.model,
      contents: request.contents,
      config: {
        systemInstruction: request.system,
        tools: [{ functionDeclarations: request.tools }],
        ...(this.options.thinking
          ? { thinkingConfig: this.options.thinking as ThinkingConfig }
          : {}),
      },
    });
    const parts = response.candidates?.[0]?.content?.parts ?? [];
    if (parts.length === 0) {
      const reason = response.candidates?.[0]?.finishReason ?? response.promptFeedback?.blockReason;
      throw new ModelError(`Gemini returned no content (${reason ?? "no candidates"})`);
    }
    return {
      parts,
      usage: {
        inputTokens: response.usageMetadata?.promptTokenCount ?? 0,
        // Thinking is billed as output.
        outputTokens: (response.usageMetadata?.candidatesTokenCount ?? 0) +
          (response.usageMetadata?.thoughtsTokenCount ?? 0),
        cachedTokens: response.usageMetadata?.cachedContentTokenCount ?? 0,
      },
    };
  }
}

/** Half to all of `ms`, so conversations that failed together do not retry together. */
function jitter(ms: number): number {
  return ms / 2 + Math.random() * ms / 2;
}

function seconds(ms: number): string {
  return `${Math.ceil(ms / 100) / 10} s`;
}

function describe(err: unknown): string {
  if (err instanceof DOMException && err.name === "AbortError") return "Gemini call timed out";
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
