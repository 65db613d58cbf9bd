/**
 * What a product and a variant may be, as zod schemas in the API's shape (snake_case): the one
 * set of rules the REST API and the dashboard's product editor both parse with.
 *
 * @example
 * ```ts
 * ProductCreate.parse({ sku: "TAZ-01", name: "Taza", category: "Menaje", price_minor: 900,
 *   currency: "EUR", stock: 3 }); // description "", active true
 * ```
 * @module
 */
import { z } from "zod";
import { printable } from "../shared/text.ts";
import type { ProductInput } from "./service.ts";

const optionText = printable(40).transform((s) => s.trim()).pipe(z.string().min(1));

/** Each field a product's change may carry. */
export const productFields = {
  name: printable(200).transform((s) => s.trim()).pipe(z.string().min(1)),
  description: printable(4000),
  category: printable(80).transform((s) => s.trim()).pipe(z.string().min(1)),
  price_minor: z.int().min(0).max(100_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR"),
  stock: z.int().min(0).max(10_000_000),
  image_url: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
  active: z.boolean(),
};

export const Sku = z.string().regex(
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
  "letters, digits, '.', '_' or '-', at most 64",
);

/** A new product; `options` (e.g. ["Talla"]) makes it one sold in variants. */
export const ProductCreate = z.strictObject({
  sku: Sku,
  ...productFields,
  description: productFields.description.default(""),
  image_url: productFields.image_url.optional(),
  active: productFields.active.default(true),
  options: z.array(optionText).max(3).optional(),
});

/** A checked {@link ProductCreate} as the catalog service takes it. */
export function productInput(b: z.output<typeof ProductCreate>): ProductInput {
  return {
    sku: b.sku,
    name: b.name,
    description: b.description,
    category: b.category,
    priceMinor: b.price_minor,
    currency: b.currency,
    stock: b.stock,
    imageUrl: b.image_url,
    active: b.active,
    optionNames: b.options,
  };
}

/** A change to a product: the fields given replace the stored ones. */
export const ProductPatch = z.strictObject({
  ...productFields,
  options: ProductCreate.shape.options,
})
  .partial();

/** A new size or colour of a product with options. */
export const VariantCreate = z.strictObject({
  sku: Sku,
  option_values: z.array(optionText).min(1).max(3),
  price_minor: productFields.price_minor.optional(),
  stock: productFields.stock,
  image_url: productFields.image_url.optional(),
  active: productFields.active.default(true),
});

/** A change to a variant: its values, SKU, price, stock, image, whether it is sold. */
export const VariantPatch = z.strictObject({
  sku: Sku,
  option_values: VariantCreate.shape.option_values,
  price_minor: productFields.price_minor,
  stock: productFields.stock,
  image_url: productFields.image_url,
  active: productFields.active,
}).partial();
