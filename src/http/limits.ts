/**
 * Body size limits: a request whose body is larger than allowed is refused with 413
 * `payload_too_large` before it is read whole, in the API's error shape. A declared
 * `Content-Length` is judged at once; a body without one (chunked) is read up to the limit and
 * handed on as a fresh `Request` (hono's own `bodyLimit` rebuilds the request from itself, which
 * the node:http adapter's lightweight requests do not allow).
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
import { AppError } from "../shared/errors.ts";

/** Middleware refusing bodies over `maxBytes`; `what` names the body in the message. */
export function limitBody(maxBytes: number, what = "request body"): MiddlewareHandler {
  const tooLarge = () =>
    new AppError(
      "payload_too_large",
      413,
      `The ${what} is larger than ${Math.round(maxBytes / 1024)} KB`,
    );
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body) return await next();
    const declared = raw.headers.get("content-length");
    if (declared !== null && !raw.headers.has("transfer-encoding")) {
      if (Number(declared) > maxBytes) throw tooLarge();
      return await next();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = raw.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(read.value);
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body,
      signal: raw.signal,
    });
    await next();
  };
}
