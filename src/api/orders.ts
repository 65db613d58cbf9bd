/**
 * Order routes: checkout places the order for a cart (`POST /carts/{id}/checkout`), anyone
 * holding an order's id can read it, and staff list orders and move them through the allowed
 * statuses.
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Client } from "../db/connect.ts";
import { OpaqueIdParam } from "../http/params.ts";
import { errorResponses, json, jsonBody, newRouter } from "../http/router.ts";
import { formatMoney } from "../shared/money.ts";
import {
  checkout,
  getOrder,
  listOrders,
  NEXT_STATUSES,
  type Order,
  ORDER_STATUSES,
  setOrderStatus,
} from "../orders/service.ts";

export const OrderJson = z.object({
  id: z.string(),
  number: z.int().openapi({ example: 1001, description: "Short number to tell customers" }),
  status: z.enum(ORDER_STATUSES),
  next_statuses: z.array(z.enum(ORDER_STATUSES)),
  currency: z.string(),
  total_minor: z.int(),
  total_formatted: z.string(),
  items: z.array(z.object({
    product_id: z.int(),
    sku: z.string(),
    name: z.string(),
    unit_price_minor: z.int(),
    quantity: z.int(),
    line_total_minor: z.int(),
  })),
  created_at: z.string(),
  updated_at: z.string(),
}).openapi("Order");

/** The public JSON of an order. */
export function orderJson(o: Order): z.infer<typeof OrderJson> {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    next_statuses: NEXT_STATUSES[o.status],
    currency: o.currency,
    total_minor: o.totalMinor,
    total_formatted: formatMoney(o.totalMinor, o.currency),
    items: o.items.map((l) => ({
      product_id: l.productId,
      sku: l.sku,
      name: l.name,
      unit_price_minor: l.unitPriceMinor,
      quantity: l.quantity,
      line_total_minor: l.lineTotalMinor,
    })),
    created_at: o.createdAt.toISOString(),
    updated_at: o.updatedAt.toISOString(),
  };
}

const ListQuery = z.object({
  status: z.enum(ORDER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional().openapi({
    description: "Only orders numbered below this (the next page)",
  }),
});

const StatusChange = z.strictObject({ status: z.enum(ORDER_STATUSES) }).openapi("StatusChange");

/** The order routes, to mount under `/api`. */
export function orderRoutes(
  deps: { sql: Client; guard: MiddlewareHandler; checkoutLimit?: MiddlewareHandler },
) {
  const { sql, guard: admin } = deps;
  const router = newRouter();
  if (deps.checkoutLimit) router.use("/carts/:id/checkout", deps.checkoutLimit);

  router.openapi(
    createRoute({
      method: "post",
      path: "/carts/{id}/checkout",
      tags: ["Orders"],
      summary: "Place the order: stock is decremented for every line, or nothing changes",
      request: { params: OpaqueIdParam },
      responses: {
        201: json(OrderJson, "The order"),
        ...errorResponses(404, 409, 422, 429),
      },
    }),
    async (c) => c.json(orderJson(await checkout(sql, c.req.valid("param").id)), 201),
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/orders/{id}",
      tags: ["Orders"],
      summary: "One order, by its id",
      request: { params: OpaqueIdParam },
      responses: { 200: json(OrderJson, "The order"), ...errorResponses(404) },
    }),
    async (c) => c.json(orderJson(await getOrder(sql, c.req.valid("param").id)), 200),
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/orders",
      tags: ["Orders"],
      summary: "Orders, newest first (admin)",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: { query: ListQuery },
      responses: {
        200: json(z.object({ items: z.array(OrderJson) }), "Orders"),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const orders = await listOrders(sql, { status: q.status, limit: q.limit, before: q.before });
      return c.json({ items: orders.map(orderJson) }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "patch",
      path: "/orders/{id}",
      tags: ["Orders"],
      summary: "Change an order's status (admin); cancelling returns the stock",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: { params: OpaqueIdParam, body: jsonBody(StatusChange) },
      responses: {
        200: json(OrderJson, "The order"),
        ...errorResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const order = await setOrderStatus(sql, c.req.valid("param").id, c.req.valid("json").status);
      return c.json(orderJson(order), 200);
    },
  );

  return router;
}
