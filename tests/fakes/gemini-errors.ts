/**
 * Error answers shaped like the ones Gemini returns (recorded from the API, with the quota
 * numbers and project details changed), for scripting {@linkcode FakeGemini}: a per-minute quota
 * 429 with `QuotaFailure`, `Help` and `RetryInfo`, an overloaded 503 with and without a
 * `RetryInfo`, and the configuration errors no retry fixes.
 *
 * @example
 * ```ts
 * import { FakeGemini } from "./gemini.ts";
 * await using fake = await FakeGemini.start();
 * fake.script(quota429("26s"), { text: "Hola" });
 * ```
 * @module
 */
import type { FakeReply } from "./gemini.ts";

const RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

/** A 429 RESOURCE_EXHAUSTED for the free tier's requests per minute, advising `retryDelay`. */
export function quota429(retryDelay: string, model = "gemini-3.8-flash"): FakeReply {
  return {
    error: 429,
    message: "You exceeded your current quota, please check your plan and billing details. For " +
      "more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits." +
      "\n* Quota exceeded for metric: generativelanguage.googleapis.com/" +
      `generate_content_free_tier_requests, limit: 10, model: ${model}\n` +
      `Please retry in ${retryDelay.replace(/s$/, "")}s.`,
    details: [
      {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        violations: [{
          quotaMetric: "generativelanguage.googleapis.com/generate_content_free_tier_requests",
          quotaId: "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
          quotaDimensions: { location: "global", model },
          quotaValue: "10",
        }],
      },
      {
        "@type": "type.googleapis.com/google.rpc.Help",
        links: [{
          description: "Learn more about Gemini API quotas",
          url: "https://ai.google.dev/gemini-api/docs/rate-limits",
        }],
      },
      { "@type": RETRY_INFO, retryDelay },
    ],
  };
}

/** A 503 UNAVAILABLE ("The model is overloaded"), with a `RetryInfo` when `retryDelay` is given. */
export function overloaded503(retryDelay?: string): FakeReply {
  return {
    error: 503,
    message: "The model is overloaded. Please try again later.",
    ...(retryDelay ? { details: [{ "@type": RETRY_INFO, retryDelay }] } : {}),
  };
}

/** 400 INVALID_ARGUMENT for a key that does not exist. */
export function invalidKey400(): FakeReply {
  return {
    error: 400,
    message: "API key not valid. Please pass a valid API key.",
    details: [{
      "@type": "type.googleapis.com/google.rpc.ErrorInfo",
      reason: "API_KEY_INVALID",
      domain: "googleapis.com",
      metadata: { service: "generativelanguage.googleapis.com" },
    }],
  };
}

/** 404 NOT_FOUND for a model name that does not exist. */
export function modelNotFound404(model: string): FakeReply {
  return {
    error: 404,
    message: `models/${model} is not found for API version v1beta, or is not supported for ` +
      "generateContent. Call ListModels to see the list of available models and their supported " +
      "methods.",
  };
}

/** 403 PERMISSION_DENIED for a key whose project cannot use the API. */
export function permissionDenied403(): FakeReply {
  return {
    error: 403,
    message: "Generative Language API has not been used in project 000000000000 before or it is " +
      "disabled. Enable it by visiting https://console.developers.google.com/apis/api/" +
      "generativelanguage.googleapis.com/overview?project=000000000000 then retry.",
  };
}
