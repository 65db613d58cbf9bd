/**
 * Turns anything thrown while handling a request into the API's error JSON:
 * `{ "error": { "code", "message", "details"?, "request_id"? } }`. An {@link AppError} keeps its
 * status and code; anything unexpected is logged and becomes a 500 that shows the request id
 * and nothing of the failure. A request whose client hung up before it was read (a slow upload
 * abandoned) is no server error: it is answered 499 `client_closed` (nginx's code; nobody reads
 * it) and logged at info by the access log.
 *
 * @module
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import postgres from "postgres";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../shared/errors.ts";
import { errorText, type Logger } from "../shared/log.ts";
import type { AppEnv } from "./router.ts";
import { clientGone } from "./client.ts";

/** The status of a request the client abandoned (nginx's "client closed request"). */
export const CLIENT_CLOSED = 499;

/**
 * Postgres data exceptions only a request's values can cause (a character text cannot hold, a
 * number out of range, a string too long): a last line behind validation, answered 400.
 */
const INPUT_ERRORS = new Set(["22021", "22P05", "22003", "22001"]);

const codes: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  503: "unavailable",
};

/** The JSON error response for `err`. */
export function errorResponse(c: Context<AppEnv>, err: unknown, log: Logger): Response {
  const requestId = c.get("requestId");
  if (clientGone(c)) {
    return c.json({
      error: { code: "client_closed", message: "The client closed the request" },
    }, CLIENT_CLOSED as ContentfulStatusCode);
  }
  if (err instanceof AppError) {
    const retryAfter = (err.details as { retry_after?: unknown } | undefined)?.retry_after;
    if (err.status === 429 && typeof retryAfter === "number") {
      c.header("Retry-After", String(retryAfter));
    }
    return c.json({
      error: { code: err.code, message: err.message, details: err.details },
    }, err.status);
  }
  if (err instanceof postgres.PostgresError && INPUT_ERRORS.has(err.code)) {
    return c.json({
      error: { code: "invalid_input", message: "A value in the request cannot be stored" },
    }, 400);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const malformed = err.message === "Malformed JSON in request body";
    return c.json({
      error: {
        code: malformed ? "malformed_json" : codes[err.status] ?? "bad_request",
        message: malformed ? "The request body is not valid JSON" : err.message || "Bad request",
      },
    }, err.status as ContentfulStatusCode);
  }
  logFailure(c, err, log);
  return c.json({
    error: {
      code: "internal",
      message: `Something went wrong on our side. Reference: ${requestId}`,
      request_id: requestId,
    },
  }, 500);
}

/** Logs an unexpected failure with the request's id, method and path, and the stack. */
export function logFailure<E extends AppEnv>(c: Context<E>, err: unknown, log: Logger): void {
  log.error("request.failed", {
    request_id: c.get("requestId"),
    method: c.req.method,
    path: c.req.path,
    error: errorText(err),
    stack: err instanceof Error ? err.stack : undefined,
  });
}
