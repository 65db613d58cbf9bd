/**
 * A router for one area of the API: an `OpenAPIHono` whose validation failures answer
 * 400 `invalid_input` with the zod issues, in the error shape of the whole API.
 *
 * @example
 * ```ts
 * import { createRoute, z } from "@hono/zod-openapi";
 * const router = newRouter();
 * router.openapi(
 *   createRoute({
 *     method: "get",
 *     path: "/ping",
 *     responses: { 200: json(z.object({ pong: z.boolean() }), "Pong") },
 *   }),
 *   (c) => c.json({ pong: true }, 200),
 * );
 * newRouter().route("/api", router);
 * ```
 * @module
 */
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { RequestIdVariables } from "hono/request-id";
import type { PeerInfo } from "./listener.ts";

/** Variables every request carries, and the connection's peer when served over a socket. */
export type AppEnv = { Variables: RequestIdVariables; Bindings: Partial<PeerInfo> };

/** A new router with the project's validation hook. */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      return c.json({
        error: {
          code: "invalid_input",
          message: describeIssues(result.error.issues),
          details: result.error.issues.map((i) => ({
            path: i.path.map(String).join("."),
            message: i.message,
            code: i.code,
          })),
        },
      }, 400);
    },
  });
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  const first = issues[0];
  const where = first.path.length > 0 ? `${first.path.map(String).join(".")}: ` : "";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `Invalid input: ${where}${first.message}${more}`;
}

/** The JSON shape of every error response. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().openapi({ example: "out_of_stock" }),
    message: z.string().openapi({ example: "Only 3 left of «Café molido 250 g»" }),
    details: z.unknown().optional(),
    request_id: z.string().optional(),
  }),
}).openapi("Error");

/** OpenAPI response entries for the given error statuses. */
export function errorResponses(...statuses: number[]) {
  const text: Record<number, string> = {
    400: "Invalid input",
    401: "Missing credentials",
    403: "Wrong credentials",
    404: "Not found",
    409: "Conflict (for example, out of stock)",
    413: "Body too large",
    415: "Body is not JSON",
    422: "Not possible as asked",
    429: "Too many requests from this address (see Retry-After)",
  };
  return Object.fromEntries(
    statuses.map((s) => [s, {
      description: text[s] ?? "Error",
      content: { "application/json": { schema: ErrorBody } },
    }]),
  );
}

/** An OpenAPI JSON response entry. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } };
}
