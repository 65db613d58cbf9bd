/**
 * Body size limits: a request whose body is larger than allowed is refused with 413
 * `payload_too_large` before it is read whole, in the API's error shape.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * const app = new Hono();
 * app.use("/api/*", limitBody(64 * 1024));
 * ```
 * @module
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../shared/errors.ts";

/** Middleware refusing bodies over `maxBytes`; `what` names the body in the message. */
export function limitBody(maxBytes: number, what = "request body"): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(
        "payload_too_large",
        413,
        `The ${what} is larger than ${Math.round(maxBytes / 1024)} KB`,
      );
    },
  });
}
