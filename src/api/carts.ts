/**
 * Cart routes. A cart is addressed by its unguessable id; totals are computed here from
 * the catalog's current prices, never taken from the client.
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Client } from "../db/connect.ts";
import { CartLineParams, OpaqueIdParam } from "../http/params.ts";
import { errorResponses, json, jsonBody, newRouter } from "../http/router.ts";
import { MAX_INT4 } from "../shared/ids.ts";
import { formatMoney } from "../shared/money.ts";
import {
  addItem,
  type Cart,
  createCart,
  getCart,
  MAX_LINE_QUANTITY,
  removeItem,
  setItemQuantity,
} from "../cart/service.ts";
import { chooseVariant } from "../catalog/service.ts";

const CartLineJson = z.object({
  product_id: z.int(),
  sku: z.string(),
  name: z.string(),
  unit_price_minor: z.int(),
  quantity: z.int(),
  line_total_minor: z.int(),
  line_total_formatted: z.string(),
  image_url: z.string().nullable(),
  available: z.boolean().openapi({ description: "Whether the stock covers this line now" }),
  parent_id: z.int().nullable().openapi({
    description: "For a size or colour: the product it is a variant of (product_id is the variant)",
  }),
  options: z.array(z.string()).openapi({ example: ["M"], description: "The variant's values" }),
});

export const CartJson = z.object({
  id: z.string().openapi({ example: "5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b" }),
  status: z.enum(["open", "checked_out"]),
  currency: z.string().openapi({ description: "The store's currency while the cart is empty" }),
  items: z.array(CartLineJson),
  item_count: z.int(),
  total_minor: z.int(),
  total_formatted: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
}).openapi("Cart");

/** The public JSON of a cart. */
export function cartJson(cart: Cart, fallbackCurrency: string): z.infer<typeof CartJson> {
  const currency = cart.currency ?? fallbackCurrency;
  return {
    id: cart.id,
    status: cart.status,
    currency,
    items: cart.items.map((l) => ({
      product_id: l.productId,
      sku: l.sku,
      name: l.name,
      unit_price_minor: l.unitPriceMinor,
      quantity: l.quantity,
      line_total_minor: l.lineTotalMinor,
      line_total_formatted: formatMoney(l.lineTotalMinor, l.currency),
      image_url: l.imageUrl,
      available: l.active && l.stock >= l.quantity,
      parent_id: l.parentId,
      options: l.options,
    })),
    item_count: cart.itemCount,
    total_minor: cart.totalMinor,
    total_formatted: formatMoney(cart.totalMinor, currency),
    created_at: cart.createdAt.toISOString(),
    updated_at: cart.updatedAt.toISOString(),
  };
}

const quantity = (min: number) =>
  z.int(`quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`)
    .min(min, `quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`)
    .max(MAX_LINE_QUANTITY, `quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`);

const productId = z.int().min(1).max(MAX_INT4);

const AddItem = z.strictObject({
  product_id: productId.openapi({ example: 1 }),
  variant_id: productId.optional().openapi({
    description: "The size or colour, for a product with variants (see the product's variants)",
  }),
  quantity: quantity(1).openapi({ example: 2 }),
}).openapi("AddItem");

const SetQuantity = z.strictObject({
  quantity: quantity(0).openapi({ example: 3, description: "0 removes the line" }),
}).openapi("SetQuantity");

/** The cart routes, to mount under `/api`. */
export function cartRoutes(
  deps: { sql: Client; currency: string; createLimit?: MiddlewareHandler },
) {
  const { sql, currency } = deps;
  const router = newRouter();
  if (deps.createLimit) router.use("/carts", deps.createLimit);
  const cartResponse = json(CartJson, "The cart");

  router.openapi(
    createRoute({
      method: "post",
      path: "/carts",
      tags: ["Carts"],
      summary: "Create an empty cart (limited per client address: REST_CARTS_PER_MINUTE)",
      responses: { 201: json(CartJson, "The new cart"), ...errorResponses(429) },
    }),
    async (c) => c.json(cartJson(await createCart(sql), currency), 201),
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/carts/{id}",
      tags: ["Carts"],
      summary: "A cart with its lines and totals",
      request: { params: OpaqueIdParam },
      responses: { 200: cartResponse, ...errorResponses(404) },
    }),
    async (c) => c.json(cartJson(await getCart(sql, c.req.valid("param").id), currency), 200),
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/carts/{id}/items",
      tags: ["Carts"],
      summary: "Add units of a product",
      request: { params: OpaqueIdParam, body: jsonBody(AddItem) },
      responses: { 200: cartResponse, ...errorResponses(400, 404, 409, 413, 415, 422) },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const item = await chooseVariant(sql, b.product_id, { variantId: b.variant_id });
      const cart = await addItem(sql, c.req.valid("param").id, item, b.quantity);
      return c.json(cartJson(cart, currency), 200);
    },
  );

  router.openapi(
    createRoute({
      method: "put",
      path: "/carts/{id}/items/{product_id}",
      tags: ["Carts"],
      summary: "Set the quantity of a product (0 removes it)",
      request: { params: CartLineParams, body: jsonBody(SetQuantity) },
      responses: { 200: cartResponse, ...errorResponses(400, 404, 409, 413, 415, 422) },
    }),
    async (c) => {
      const p = c.req.valid("param");
      const cart = await setItemQuantity(sql, p.id, p.product_id, c.req.valid("json").quantity);
      return c.json(cartJson(cart, currency), 200);
    },
  );

  router.openapi(
    createRoute({
      method: "delete",
      path: "/carts/{id}/items/{product_id}",
      tags: ["Carts"],
      summary: "Remove a product",
      request: { params: CartLineParams },
      responses: { 200: cartResponse, ...errorResponses(400, 404, 409) },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(cartJson(await removeItem(sql, p.id, p.product_id), currency), 200);
    },
  );

  return router;
}
