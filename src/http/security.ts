/**
 * Security headers of the pages this server renders (the dashboard, the API reference): a
 * Content-Security-Policy that allows only this server's own styles, images over https and
 * forms posted back here, no framing, no sniffing, and nothing cached but what says so.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * const app = new Hono();
 * app.use("/admin/*", pageHeaders());
 * ```
 * @module
 */
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** Middleware adding the page security headers; `scripts` allows this server's own scripts. */
export function pageHeaders(options: { scripts?: boolean } = {}): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "https:", "data:"],
      mediaSrc: ["'self'"],
      ...(options.scripts ? { scriptSrc: ["'self'"], connectSrc: ["'self'"] } : {}),
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    xFrameOptions: "DENY",
    referrerPolicy: "same-origin",
    crossOriginEmbedderPolicy: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-store");
  };
}
