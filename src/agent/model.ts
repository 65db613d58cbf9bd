/**
 * The model an agent talks to. Messages use Gemini's `Content`/`Part` shapes because a
 * model's parts (thought signatures included) must be stored and sent back exactly as returned.
 *
 * @module
 */
import type { Content, FunctionDeclaration, Part } from "@google/genai";

export type { Content, FunctionDeclaration, Part };

export interface ModelRequest {
  system: string;
  contents: Content[];
  tools: FunctionDeclaration[];
}

export interface ModelResponse {
  /** The model's parts, verbatim. */
  parts: Part[];
  usage: {
    inputTokens: number;
    outputTokens: number;
    /** Input tokens the provider served from its cache (Gemini's `cachedContentTokenCount`). */
    cachedTokens?: number;
  };
  /** The model that answered, when a wrapper chose among several (fallback.ts). */
  model?: string;
}

/** Something that answers a conversation with text or function calls. */
export interface ChatModel {
  readonly name: string;
  generate(request: ModelRequest): Promise<ModelResponse>;
}

/**
 * Why a model could not answer: `unavailable` (quota, overload, the circuit breaker open: try
 * again after `retryAfterMs`), `config` (a key, model or setting that no retry fixes), `failed`
 * (anything else, after retries).
 */
export type ModelErrorKind = "unavailable" | "config" | "failed";

/** What a {@linkcode ModelError} may carry besides its cause. */
export interface ModelErrorOptions extends ErrorOptions {
  kind?: ModelErrorKind;
  /** When calling again may succeed, in ms from now (the provider's advice when it gave one). */
  retryAfterMs?: number;
}

/** The model could not answer (after retries, when it retries). */
export class ModelError extends Error {
  override name = "ModelError";
  readonly kind?: ModelErrorKind;
  readonly retryAfterMs?: number;
  constructor(message: string, readonly status?: number, options?: ModelErrorOptions) {
    super(message, options);
    this.kind = options?.kind;
    this.retryAfterMs = options?.retryAfterMs;
  }
}
