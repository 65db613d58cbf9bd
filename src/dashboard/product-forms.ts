/**
 * The product editor's forms read into the catalog's own schemas (catalog/fields.ts, the REST
 * API's rules): the text staff type (a price in major units, "6,50"; sizes as "S, M") becomes
 * the API's shape, and the first field that fails is named in the page's language.
 *
 * @module
 */
import type { z } from "zod";
import { ProductCreate, ProductPatch, VariantCreate, VariantPatch } from "../catalog/fields.ts";
import type { Product } from "../catalog/service.ts";
import type { TextKey, Translate } from "./i18n.ts";
import { parsePrice, priceText } from "./forms.ts";

/** A form's values as typed, to show the form again. */
export type FormFields = Record<string, string>;

export type FormRead<T> = { data: T; fields: FormFields } | { error: string; fields: FormFields };

const LABELS: Record<string, TextKey> = {
  sku: "editor.sku",
  name: "editor.name",
  description: "editor.description",
  category: "editor.category",
  price: "editor.price",
  price_minor: "editor.price",
  stock: "editor.stock",
  image_url: "editor.image_url",
  options: "editor.options",
  option_values: "editor.option_values",
};

/** The text fields a form may carry; anything else (a file, a repeated field) reads as "". */
function textFields(body: Record<string, unknown>, names: string[]): FormFields {
  const fields: FormFields = {};
  for (const name of names) {
    const value = body[name];
    fields[name] = typeof value === "string" ? value.trim() : "";
  }
  return fields;
}

function refused(t: Translate, field: string, reason: string) {
  return t("editor.refused", { field: t(LABELS[field] ?? "editor.name"), reason });
}

function parsed<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
  fields: FormFields,
  t: Translate,
): FormRead<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, fields };
  const issue = result.error.issues[0];
  return { error: refused(t, String(issue.path[0]), issue.message), fields };
}

/** A price field: null for "" when `optional`, else minor units, else a refusal. */
function price(text: string, currency: string, optional: boolean): number | null | undefined {
  if (text === "" && optional) return null;
  return parsePrice(text, currency) ?? undefined;
}

function stock(text: string): number | undefined {
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

const list = (text: string) => text.split(/\s*[,/]\s*/).filter((v) => v !== "");

const PRODUCT = ["name", "description", "category", "price", "image_url", "active"];

/** The New product form: SKU, texts, price, stock (none when sold in sizes), options. */
export function readNewProduct(
  body: Record<string, unknown>,
  currency: string,
  t: Translate,
): FormRead<z.output<typeof ProductCreate>> {
  const fields = textFields(body, ["sku", ...PRODUCT, "stock", "options"]);
  const options = list(fields.options);
  const priceMinor = price(fields.price, currency, false);
  if (priceMinor === undefined) {
    return { error: refused(t, "price", t("editor.bad_price")), fields };
  }
  const units = options.length > 0 && fields.stock === "" ? 0 : stock(fields.stock);
  if (units === undefined) return { error: refused(t, "stock", t("editor.bad_stock")), fields };
  return parsed(
    ProductCreate,
    {
      sku: fields.sku,
      name: fields.name,
      description: fields.description,
      category: fields.category,
      price_minor: priceMinor,
      currency,
      stock: units,
      image_url: fields.image_url === "" ? null : fields.image_url,
      active: fields.active === "1",
      options: options.length > 0 ? options : undefined,
    },
    fields,
    t,
  );
}

/** A product's own form: texts, price, image, sold, options (its stock is on the list). */
export function readProductEdit(
  body: Record<string, unknown>,
  product: Product,
  t: Translate,
): FormRead<z.output<typeof ProductPatch>> {
  const fields = textFields(body, [...PRODUCT, "options"]);
  const priceMinor = price(fields.price, product.currency, false);
  if (priceMinor === undefined) {
    return { error: refused(t, "price", t("editor.bad_price")), fields };
  }
  return parsed(
    ProductPatch,
    {
      name: fields.name,
      description: fields.description,
      category: fields.category,
      price_minor: priceMinor,
      image_url: fields.image_url === "" ? null : fields.image_url,
      active: fields.active === "1",
      options: list(fields.options),
    },
    fields,
    t,
  );
}

const VARIANT = ["sku", "values", "price", "stock", "image_url", "active"];

/** A new variant's form: its values («M», «M / Negro»), SKU, price (empty: the product's), stock. */
export function readNewVariant(
  body: Record<string, unknown>,
  product: Product,
  t: Translate,
): FormRead<z.output<typeof VariantCreate>> {
  const read = variantValues(body, product, t);
  return "error" in read ? read : parsed(VariantCreate, read.data, read.fields, t);
}

/** A variant's own form, the same fields as a new one's. */
export function readVariantEdit(
  body: Record<string, unknown>,
  product: Product,
  t: Translate,
): FormRead<z.output<typeof VariantPatch>> {
  const read = variantValues(body, product, t);
  return "error" in read ? read : parsed(VariantPatch, read.data, read.fields, t);
}

function variantValues(
  body: Record<string, unknown>,
  product: Product,
  t: Translate,
): FormRead<Record<string, unknown>> {
  const fields = textFields(body, VARIANT);
  const priceMinor = price(fields.price, product.currency, true);
  if (priceMinor === undefined) {
    return { error: refused(t, "price", t("editor.bad_price")), fields };
  }
  const units = stock(fields.stock);
  if (units === undefined) return { error: refused(t, "stock", t("editor.bad_stock")), fields };
  const data = {
    sku: fields.sku,
    option_values: list(fields.values),
    price_minor: priceMinor ?? product.priceMinor,
    stock: units,
    image_url: fields.image_url === "" ? null : fields.image_url,
    active: fields.active === "1",
  };
  return { data, fields };
}

/** The form values that show `product` (or one of its variants). */
export function productFields(p: Product): FormFields {
  return {
    sku: p.sku,
    name: p.name,
    description: p.description,
    category: p.category,
    price: priceText(p.priceMinor, p.currency),
    stock: String(p.stock),
    image_url: p.imageUrl ?? "",
    active: p.active ? "1" : "",
    options: p.optionNames.join(", "),
    values: p.optionValues.join(" / "),
  };
}
