/**
 * What a failed Gemini call means: a quota or overload answer (429, 503) that says when to come
 * back (`google.rpc.RetryInfo.retryDelay`, e.g. "26s" or "34.4s"), a passing fault worth a
 * quick retry (timeouts, other 5xx, network), or a problem in the configuration that no retry
 * fixes (400 INVALID_ARGUMENT, 401/403 the key, 404 the model), with the fix to tell an owner.
 *
 * @example
 * ```ts
 * const body = {
 *   error: {
 *     code: 429,
 *     status: "RESOURCE_EXHAUSTED",
 *     message: "Quota exceeded",
 *     details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "26s" }],
 *   },
 * };
 * const failure = classifyGemini(429, JSON.stringify(body));
 * failure.class; // "overload"
 * failure.retryDelayMs; // 26000
 * ```
 * @module
 */
import { z } from "zod";

/** `overload`: quota or capacity, wait; `transient`: retry soon; `config`: fix the settings. */
export type FailureClass = "overload" | "transient" | "config" | "other";

export interface GeminiFailure {
  /** HTTP status; undefined for timeouts and network errors. */
  status?: number;
  /** Google's status name, e.g. RESOURCE_EXHAUSTED ("" when there is none). */
  reason: string;
  message: string;
  class: FailureClass;
  /** The server's advice (RetryInfo), in ms. */
  retryDelayMs?: number;
}

const ErrorBody = z.object({
  error: z.looseObject({
    code: z.number().optional(),
    status: z.string().optional(),
    message: z.string().optional(),
    details: z.array(z.looseObject({ "@type": z.string().optional() })).optional(),
  }),
});

const RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

/** Classifies an HTTP error answer from its status and body (Google's JSON error shape). */
export function classifyGemini(status: number, body: string): GeminiFailure {
  let parsed: z.infer<typeof ErrorBody> | null = null;
  try {
    const result = ErrorBody.safeParse(JSON.parse(body));
    parsed = result.success ? result.data : null;
  } catch {
    parsed = null;
  }
  const error = parsed?.error;
  const retryInfo = error?.details?.find((d) => d["@type"] === RETRY_INFO);
  const delay = typeof retryInfo?.retryDelay === "string"
    ? durationMs(retryInfo.retryDelay)
    : undefined;
  return {
    status,
    reason: error?.status ?? "",
    message: error?.message ?? body.slice(0, 500),
    class: classOf(status),
    ...(delay === undefined ? {} : { retryDelayMs: delay }),
  };
}

function classOf(status: number): FailureClass {
  if (status === 429 || status === 503) return "overload";
  if (status === 408 || status >= 500) return "transient";
  if (status === 400 || status === 401 || status === 403 || status === 404) return "config";
  return "other";
}

/** A protobuf JSON Duration ("26s", "34.4s", "0.5s") in ms; undefined when it is not one. */
export function durationMs(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)s$/.exec(text.trim());
  return match ? Math.round(Number(match[1]) * 1000) : undefined;
}

/** What an owner should change for a `config` failure, in one sentence. */
export function fixFor(failure: GeminiFailure, model: string): string {
  const text = failure.message.toLowerCase();
  if (text.includes("api key")) {
    return "Set GOOGLE_API_KEY (or GEMINI_API_KEY) to a valid key from https://aistudio.google.com/apikey.";
  }
  if (text.includes("thinking")) {
    return `Change GEMINI_THINKING_LEVEL: ${model} does not accept this thinking setting.`;
  }
  switch (failure.status) {
    case 401:
    case 403:
      return "The key may not call the Gemini API: check GOOGLE_API_KEY, that the Generative " +
        "Language API is enabled in its project, and the key's API restrictions.";
    case 404:
      return `Set GEMINI_MODEL to a model this key can use (${model} was not found); see ` +
        "https://ai.google.dev/gemini-api/docs/models.";
    default:
      return `Gemini rejected the request as invalid: check GEMINI_MODEL (${model}) and ` +
        "GEMINI_THINKING_LEVEL; if they are right, report this log line as a bug.";
  }
}
