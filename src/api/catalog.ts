/**
 * Catalog routes: `GET /products` (search, category, price cap, cursor pages),
 * `GET /products/{id}`, and for staff `POST`, `PATCH` and `DELETE` (deactivate).
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Client } from "../db/connect.ts";
import { ProductIdParam as IdParam } from "../http/params.ts";
import { errorResponses, json, jsonBody, newRouter } from "../http/router.ts";
import { formatMoney } from "../shared/money.ts";
import * as Fields from "../catalog/fields.ts";
import {
  createProduct,
  createVariant,
  deactivateProduct,
  getProduct,
  listProducts,
  type Product,
  updateProduct,
} from "../catalog/service.ts";

const VariantJson = z.object({
  id: z.int().openapi({ example: 16, description: "What a cart line's variant_id names" }),
  sku: z.string().openapi({ example: "ROP-CAM-M" }),
  name: z.string().openapi({ example: "Camiseta de algodón «Café Lover» — M" }),
  option_values: z.array(z.string()).openapi({ example: ["M"] }),
  price_minor: z.int(),
  price_formatted: z.string(),
  stock: z.int(),
  available: z.boolean(),
  image_url: z.string().nullable(),
  active: z.boolean(),
}).openapi("Variant");

export const ProductJson = z.object({
  id: z.int().openapi({ example: 1 }),
  sku: z.string().openapi({ example: "CAF-MOL-250" }),
  name: z.string().openapi({ example: "Café molido 250 g" }),
  description: z.string(),
  category: z.string().openapi({ example: "Café" }),
  price_minor: z.int().openapi({ example: 650, description: "Price in minor units (cents)" }),
  currency: z.string().openapi({ example: "EUR" }),
  price_formatted: z.string().openapi({ example: "6,50 €" }),
  stock: z.int().openapi({ description: "With variants, the sum of theirs" }),
  available: z.boolean(),
  image_url: z.string().nullable(),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
  parent_id: z.int().nullable().openapi({ description: "Set on a variant: its product" }),
  options: z.array(z.string()).openapi({
    example: ["Talla"],
    description: "What its variants differ by; [] for a product sold as it is",
  }),
  variants: z.array(VariantJson).openapi({ description: "Sizes and colours, each sold alone" }),
}).openapi("Product");

function variantJson(v: Product): z.infer<typeof VariantJson> {
  return {
    id: v.id,
    sku: v.sku,
    name: v.name,
    option_values: v.optionValues,
    price_minor: v.priceMinor,
    price_formatted: formatMoney(v.priceMinor, v.currency),
    stock: v.stock,
    available: v.active && v.stock > 0,
    image_url: v.imageUrl,
    active: v.active,
  };
}

/** The public JSON of a product. */
export function productJson(p: Product): z.infer<typeof ProductJson> {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    description: p.description,
    category: p.category,
    price_minor: p.priceMinor,
    currency: p.currency,
    price_formatted: formatMoney(p.priceMinor, p.currency),
    stock: p.stock,
    available: p.active && p.stock > 0,
    image_url: p.imageUrl,
    active: p.active,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
    parent_id: p.parentId,
    options: p.optionNames,
    variants: p.variants.map(variantJson),
  };
}

const priceMinor = Fields.productFields.price_minor.openapi({
  description: "Price in minor units (cents); a whole number",
});

const ProductCreate = Fields.ProductCreate.extend({
  price_minor: priceMinor,
  options: Fields.ProductCreate.shape.options.openapi({
    example: ["Talla"],
    description: "Sold in variants that differ by these (add them with POST .../variants)",
  }),
}).openapi("ProductCreate");

const VariantCreate = Fields.VariantCreate.extend({
  option_values: Fields.VariantCreate.shape.option_values.openapi({ example: ["M"] }),
}).openapi("VariantCreate");

const ProductPatch = Fields.ProductPatch.extend({
  price_minor: priceMinor.optional(),
  options: Fields.ProductPatch.shape.options.openapi({
    description: "Renamed; added or removed only while it has no variants",
  }),
}).openapi("ProductPatch");

const ListQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: "Words to find", example: "cafe" }),
  category: z.string().max(80).optional(),
  max_price_minor: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(100).optional(),
});

const ProductPage = z.object({
  items: z.array(ProductJson),
  next_cursor: z.string().nullable(),
}).openapi("ProductPage");

/** The catalog's routes, to mount under `/api`. */
export function catalogRoutes(deps: { sql: Client; guard: MiddlewareHandler }) {
  const { sql, guard: admin } = deps;
  const router = newRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/products",
      tags: ["Catalog"],
      summary: "List and search products",
      request: { query: ListQuery },
      responses: { 200: json(ProductPage, "A page of products"), ...errorResponses(400) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await listProducts(sql, {
        q: q.q,
        category: q.category,
        maxPriceMinor: q.max_price_minor,
        limit: q.limit,
        cursor: q.cursor,
      });
      return c.json({ items: page.items.map(productJson), next_cursor: page.nextCursor }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/products/{id}",
      tags: ["Catalog"],
      summary: "One product",
      request: { params: IdParam },
      responses: { 200: json(ProductJson, "The product"), ...errorResponses(400, 404) },
    }),
    async (c) => c.json(productJson(await getProduct(sql, c.req.valid("param").id)), 200),
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/products",
      tags: ["Catalog"],
      summary: "Create a product (admin)",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: { body: jsonBody(ProductCreate) },
      responses: {
        201: json(ProductJson, "Created"),
        ...errorResponses(400, 401, 403, 409, 413, 415),
      },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const product = await createProduct(sql, Fields.productInput(b));
      return c.json(productJson(product), 201);
    },
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/products/{id}/variants",
      tags: ["Catalog"],
      summary: "Add a size or colour to a product with options (admin)",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: { params: IdParam, body: jsonBody(VariantCreate) },
      responses: {
        201: json(ProductJson, "The product, with the new variant"),
        ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const id = c.req.valid("param").id;
      await createVariant(sql, id, {
        sku: b.sku,
        optionValues: b.option_values,
        priceMinor: b.price_minor,
        stock: b.stock,
        imageUrl: b.image_url,
        active: b.active,
      });
      return c.json(productJson(await getProduct(sql, id, { includeInactive: true })), 201);
    },
  );

  router.openapi(
    createRoute({
      method: "patch",
      path: "/products/{id}",
      tags: ["Catalog"],
      summary: "Change a product's price, stock, state... (admin)",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: {
        params: IdParam,
        body: jsonBody(ProductPatch),
      },
      responses: {
        200: json(ProductJson, "Updated"),
        ...errorResponses(400, 401, 403, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const product = await updateProduct(sql, c.req.valid("param").id, {
        name: b.name,
        description: b.description,
        category: b.category,
        priceMinor: b.price_minor,
        currency: b.currency,
        stock: b.stock,
        imageUrl: b.image_url,
        active: b.active,
        optionNames: b.options,
      });
      return c.json(productJson(product), 200);
    },
  );

  router.openapi(
    createRoute({
      method: "delete",
      path: "/products/{id}",
      tags: ["Catalog"],
      summary: "Deactivate a product (admin); past orders keep it",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: { params: IdParam },
      responses: { 200: json(ProductJson, "Deactivated"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(productJson(await deactivateProduct(sql, c.req.valid("param").id)), 200),
  );

  return router;
}
