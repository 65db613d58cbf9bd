/**
 * Staff routes for conversations: hand a conversation back to the agent after a handoff.
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Client } from "../db/connect.ts";
import { BigIdParam } from "../http/params.ts";
import { errorResponses, json, newRouter } from "../http/router.ts";
import { handToAgent } from "../conversations/handoff.ts";

/** Conversation routes, to mount under `/api`. */
export function conversationRoutes(deps: { sql: Client; guard: MiddlewareHandler }) {
  const router = newRouter();
  router.openapi(
    createRoute({
      method: "post",
      path: "/admin/conversations/{id}/release",
      tags: ["Conversations"],
      summary: "Hand a conversation back to the agent (admin)",
      security: [{ adminToken: [] }],
      middleware: [deps.guard] as const,
      request: { params: BigIdParam },
      responses: {
        200: json(z.object({ id: z.int(), handler: z.literal("agent") }), "Handed back"),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await handToAgent(deps.sql, id);
      return c.json({ id, handler: "agent" as const }, 200);
    },
  );
  return router;
}
