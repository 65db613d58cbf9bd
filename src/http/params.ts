/**
 * Path parameters shared by the API's routes, documented in OpenAPI: a number id within the
 * range of its column, or an opaque id of at most 64 characters (UUIDs, checked by the service).
 *
 * @example
 * ```ts
 * ProductIdParam.parse({ id: "7" });   // { id: 7 }
 * OpaqueIdParam.parse({ id: "5b0e…" }); // { id: "5b0e…" }
 * ```
 * @module
 */
import { z } from "@hono/zod-openapi";
import { MAX_INT4 } from "../shared/ids.ts";

const pathId = (name: string, max: number) =>
  z.coerce.number().int().min(1).max(max).openapi({ param: { name, in: "path" }, example: 1 });

/** `{ id }`: a product (a Postgres `integer`). */
export const ProductIdParam = z.object({ id: pathId("id", MAX_INT4) });

/** `{ id }`: a conversation or message (a Postgres `bigint` JavaScript carries exactly). */
export const BigIdParam = z.object({ id: pathId("id", Number.MAX_SAFE_INTEGER) });

/** `{ id }`: an opaque id such as a cart's or an order's UUID. */
export const OpaqueIdParam = z.object({
  id: z.string().max(64).openapi({ param: { name: "id", in: "path" } }),
});

/** `{ id, product_id }`: one line of a cart. */
export const CartLineParams = OpaqueIdParam.extend({ product_id: pathId("product_id", MAX_INT4) });
