/**
 * Health: `/healthz` answers while the process runs; `/readyz` only while the database
 * answers too (load balancers and Deno Deploy route traffic by it).
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Client } from "../db/connect.ts";
import { json, newRouter } from "../http/router.ts";

const Status = z.object({ status: z.string(), database: z.string().optional() });

/** Health routes, mounted at the root. */
export function healthRoutes(deps: { sql: Client; timeoutMs?: number }) {
  const router = newRouter();
  const timeoutMs = deps.timeoutMs ?? 2000;

  router.openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      tags: ["Health"],
      summary: "The process is up",
      responses: { 200: json(Status, "Up") },
    }),
    (c) => c.json({ status: "ok" }, 200),
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      tags: ["Health"],
      summary: "The process can serve: the database answers",
      responses: { 200: json(Status, "Ready"), 503: json(Status, "Not ready") },
    }),
    async (c) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<false>((resolve) =>
        timer = setTimeout(resolve, timeoutMs, false)
      );
      const ok = await Promise.race([
        deps.sql`select 1`.then(() => true, () => false),
        timeout,
      ]);
      clearTimeout(timer);
      return ok
        ? c.json({ status: "ready", database: "ok" }, 200)
        : c.json({ status: "not_ready", database: "unreachable" }, 503);
    },
  );

  return router;
}
