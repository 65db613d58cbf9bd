/**
 * The catalog files shops already have, recognised by their header: Shopify's product export
 * (`Handle`, `Title`, `Body (HTML)`, `Option1 Name`..., `Variant SKU`, `Variant Price`) and
 * Meta's commerce catalog feed (`id`, `title`, `price` as «12.00 EUR», `item_group_id`, `size`,
 * `color`). Each CSV row becomes an {@link ImportRow}, or the reason it is refused; rows of one
 * product (a Shopify handle, a Meta item group) share a `productKey`.
 *
 * @module
 */
import { minorPerMajor } from "../shared/money.ts";

export type CatalogFormat = "shopify" | "meta";

/** One row of a catalog file, read: a product, or one variant of a product. */
export interface ImportRow {
  line: number;
  /** Rows with the same key are one product (its variants). */
  productKey: string;
  /** Product fields; rows after a Shopify product's first leave them undefined. */
  name?: string;
  description?: string;
  category?: string;
  active?: boolean;
  /** The option names (Talla, Color) and this row's values, in order. */
  options: { name: string; value: string }[];
  sku: string;
  priceMinor: number;
  currency: string;
  stock: number;
  /** The variant's own image (or the product's, for a product sold as it is). */
  imageUrl: string | null;
  /** The product's image, as this row gives it. */
  productImageUrl: string | null;
}

/** A row that is skipped on purpose (a Shopify row holding only an extra image). */
export const SKIP = Symbol("skip");

export type RowReading = ImportRow | typeof SKIP | { error: string; sku?: string };

/** The format a header names, or null. */
export function detectFormat(header: string[]): CatalogFormat | null {
  const has = (name: string) => header.includes(name);
  if (has("Handle") && has("Variant Price")) return "shopify";
  if (has("id") && has("title") && has("price")) return "meta";
  return null;
}

/** Reads one record (column name to text) of the given format. */
export function readRow(
  format: CatalogFormat,
  record: Record<string, string>,
  line: number,
  storeCurrency: string,
): RowReading {
  const get = (name: string) => (record[name] ?? "").trim();
  const reading = format === "shopify" ? shopifyRow(get, line, storeCurrency) : metaRow(get, line);
  if (reading === SKIP || !("error" in reading)) return reading;
  const sku = format === "shopify" ? get("Variant SKU") || get("Handle") : get("id");
  return sku ? { ...reading, sku } : reading;
}

function shopifyRow(get: (name: string) => string, line: number, currency: string): RowReading {
  const handle = get("Handle");
  if (!handle) return { error: "Handle is empty" };
  const title = get("Title");
  const priceText = get("Variant Price");
  if (!priceText && !get("Variant SKU") && !get("Option1 Value")) return SKIP;
  const price = parseAmount(priceText, currency);
  if (typeof price === "string") return { error: price };
  const stock = parseStock(get("Variant Inventory Qty") || "0");
  if (typeof stock === "string") return { error: stock };
  const options: ImportRow["options"] = [];
  for (const n of [1, 2, 3]) {
    const value = get(`Option${n} Value`);
    const name = get(`Option${n} Name`);
    if (value && !(name === "Title" && value === "Default Title")) {
      options.push({ name: name || `Option${n}`, value });
    }
  }
  const status = get("Status").toLowerCase();
  const published = get("Published").toLowerCase();
  return {
    line,
    productKey: handle,
    name: title || undefined,
    description: title ? htmlToText(get("Body (HTML)")) : undefined,
    category: title ? lastSegment(get("Type")) || lastSegment(get("Product Category")) : undefined,
    active: title
      ? status !== "draft" && status !== "archived" && published !== "false"
      : undefined,
    options,
    sku: get("Variant SKU") || (options.length === 0 ? handle : variantSku(handle, options)),
    priceMinor: price,
    currency,
    stock,
    imageUrl: get("Variant Image") || (options.length === 0 ? get("Image Src") : "") || null,
    productImageUrl: get("Image Src") || null,
  };
}

function metaRow(get: (name: string) => string, line: number): RowReading {
  const id = get("id");
  if (!id) return { error: "id is empty" };
  const title = get("title");
  if (!title) return { error: "title is empty" };
  const match = /^(\d+(?:[.,]\d+)?)\s*([A-Za-z]{3})$/.exec(get("price"));
  if (!match) {
    return { error: get("price") ? `price «${get("price")}» is not like «12.00 EUR»` : "no price" };
  }
  const currency = match[2].toUpperCase();
  if (!knownCurrency(currency)) return { error: `unknown currency ${currency}` };
  const price = parseAmount(match[1], currency);
  if (typeof price === "string") return { error: price };
  const availability = get("availability").toLowerCase();
  const quantity = get("quantity_to_sell_on_facebook") || get("inventory");
  const stock = quantity
    ? parseStock(quantity)
    : availability === "in stock" || availability === "available for order"
    ? 1
    : 0;
  if (typeof stock === "string") return { error: stock };
  const options: ImportRow["options"] = [];
  if (get("size")) options.push({ name: "size", value: get("size") });
  if (get("color")) options.push({ name: "color", value: get("color") });
  const group = get("item_group_id");
  return {
    line,
    productKey: group || id,
    name: title,
    description: htmlToText(get("description")),
    category: lastSegment(get("product_type")) || lastSegment(get("google_product_category")),
    active: true,
    options: group ? options : [],
    sku: id,
    priceMinor: price,
    currency,
    stock,
    imageUrl: get("image_link") || null,
    productImageUrl: get("image_link") || null,
  };
}

/** «19.99» or «19,99» in major units to minor units; a message when it is not a price. */
function parseAmount(text: string, currency: string): number | string {
  if (!text) return "no price";
  const normal = text.replace(",", ".");
  if (!/^\d{1,9}(\.\d+)?$/.test(normal)) return `price «${text}» is not a number`;
  const minor = Math.round(Number(normal) * minorPerMajor(currency));
  return Number.isSafeInteger(minor) ? minor : `price «${text}» is too large`;
}

function parseStock(text: string): number | string {
  if (!/^-?\d{1,9}$/.test(text)) return `stock «${text}» is not a whole number`;
  const stock = Number(text);
  if (stock < 0) return `stock ${stock} is negative`;
  return stock;
}

let currencies: Set<string> | undefined;
function knownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

/** «Home > Kitchen > Mugs» is «Mugs». */
function lastSegment(text: string): string {
  return text.split(">").at(-1)?.trim() ?? "";
}

/** A SKU for a variant the file gave none: the handle and its option values. */
function variantSku(handle: string, options: ImportRow["options"]): string {
  const slug = options.map((o) => o.value).join("-").normalize("NFD")
    .replace(/\p{Diacritic}/gu, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${handle}-${slug}`.slice(0, 64);
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** An HTML description as plain text: tags gone, blocks on lines of their own, entities read. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|tr)>/gi, "\n")
    .replace(/<li[^>]*>/gi, "- ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
}

/** An option's name across languages and feeds: «Talla», «size» and «tamanho» are one. */
export function canonicalOption(name: string): string {
  const n = name.trim().toLowerCase();
  if (["size", "talla", "tamanho", "tamaño", "tamano"].includes(n)) return "size";
  if (["color", "colour", "cor"].includes(n)) return "color";
  return n;
}
