/**
 * Staff routes for conversations: hand a conversation back to the agent after a handoff.
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Client } from "../db/connect.ts";
import { adminAuth } from "../staff/guard.ts";
import { errorResponses, json, newRouter } from "../http/router.ts";
import { handToAgent } from "../conversations/handoff.ts";

const ConversationParam = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({
    param: { name: "id", in: "path" },
  }),
});

/** Conversation routes, to mount under `/api`. */
export function conversationRoutes(deps: { sql: Client; adminToken: string | undefined }) {
  const router = newRouter();
  router.openapi(
    createRoute({
      method: "post",
      path: "/admin/conversations/{id}/release",
      tags: ["Conversations"],
      summary: "Hand a conversation back to the agent (admin)",
      security: [{ adminToken: [] }],
      middleware: [adminAuth({ token: deps.adminToken })] as const,
      request: { params: ConversationParam },
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
