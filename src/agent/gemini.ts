/**
 * Gemini through `@google/genai`: function calling with the registry's declarations, a
 * timeout per call, and bounded retries with exponential backoff and jitter on 429, 5xx,
 * timeouts and network errors. The model's parts are returned exactly as received (Gemini 3
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
import type { GoogleGenAI } from "@google/genai";
import { type ChatModel, ModelError, type ModelRequest, type ModelResponse } from "./model.ts";
import { type Redact, redactor } from "../shared/redact.ts";

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
}

/** The real model. */
export class GeminiModel implements ChatModel {
  readonly name: string;
  readonly #sdk: Promise<typeof import("@google/genai")>;
  readonly #ai: Promise<GoogleGenAI>;
  readonly #timeoutMs: number;
  readonly #attempts: number;
  readonly #backoffMs: number;
  /** Gateways echo requests in their errors: the key never leaves in one. */
  readonly #redact: Redact;

  constructor(private readonly options: GeminiOptions) {
    this.name = options.model;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#attempts = options.attempts ?? 4;
    this.#backoffMs = options.backoffMs ?? 500;
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
    for (let attempt = 1;; attempt++) {
      try {
        return await this.#once(request);
      } catch (err) {
        const status = err instanceof ApiError ? err.status : undefined;
        const retryable = status === undefined || status === 408 || status === 429 || status >= 500;
        if (err instanceof ModelError || !retryable || attempt >= this.#attempts) {
          throw err instanceof ModelError
            ? err
            : new ModelError(this.#redact(describe(err, ApiError)), status, { cause: err });
        }
        const delay = Math.min(8000, this.#backoffMs * 2 ** (attempt - 1));
        await new Promise((r) => setTimeout(r, delay / 2 + Math.random() * delay / 2));
      }
    }
  }

  async #once(request: ModelRequest): Promise<ModelResponse> {
    const response = await (await this.#ai).models.generateContent({
      model: this.options.model,
      contents: request.contents,
      config: {
        systemInstruction: request.system,
        tools: [{ functionDeclarations: request.tools }],
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
        outputTokens: response.usageMetadata?.candidatesTokenCount ?? 0,
      },
    };
  }
}

function describe(err: unknown, ApiError: typeof import("@google/genai").ApiError): string {
  if (err instanceof ApiError) {
    try {
      const body = JSON.parse(err.message);
      return `Gemini ${err.status} ${body.error?.status ?? ""}: ${
        body.error?.message ?? err.message
      }`;
    } catch {
      return `Gemini ${err.status}: ${err.message}`;
    }
  }
  if (err instanceof DOMException && err.name === "AbortError") return "Gemini call timed out";
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
