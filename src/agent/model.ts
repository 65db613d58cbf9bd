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
  usage: { inputTokens: number; outputTokens: number };
  /** The model that answered, when a wrapper chose among several (fallback.ts). */
  model?: string;
}

/** Something that answers a conversation with text or function calls. */
export interface ChatModel {
  readonly name: string;
  generate(request: ModelRequest): Promise<ModelResponse>;
}

/** The model could not answer (after retries, when it retries). */
export class ModelError extends Error {
  override name = "ModelError";
  constructor(message: string, readonly status?: number, options?: ErrorOptions) {
    super(message, options);
  }
}
