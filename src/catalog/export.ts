/**
 * Catalog export, in the formats import reads (formats.ts): Shopify's product export and Meta's
 * catalog feed, written by csv-stringify a page of products at a time, so a big catalog streams.
 * Importing an export changes nothing.
 *
 * @module
 */
import { stringify } from "csv-stringify/sync";
import type { Sql } from "../db/connect.ts";
import { minorPerMajor } from "../shared/money.ts";
import type { CatalogFormat } from "./formats.ts";
import type { ProductRow } from "./service.ts";

const PAGE = 500;

const SHOPIFY = [
  "Handle",
  "Title",
  "Body (HTML)",
  "Type",
  "Published",
  "Option1 Name",
  "Option1 Value",
  "Option2 Name",
  "Option2 Value",
  "Option3 Name",
  "Option3 Value",
  "Variant SKU",
  "Variant Inventory Qty",
  "Variant Price",
  "Image Src",
  "Variant Image",
  "Status",
];

const META = [
  "id",
  "title",
  "description",
  "availability",
  "condition",
  "price",
  "image_link",
  "product_type",
  "quantity_to_sell_on_facebook",
  "item_group_id",
  "size",
  "color",
];

/**
 * The catalog as CSV text chunks, header first: a product sold in variants is one row per
 * variant (Shopify: the first carries the product; Meta: grouped by item_group_id). Meta's feed
 * holds active products only.
 */
export async function* exportCatalog(sql: Sql, format: CatalogFormat): AsyncGenerator<string> {
  yield stringify([format === "shopify" ? SHOPIFY : META]);
  for (let after = 0;;) {
    const rows = await sql<ProductRow[]>`
      select id, sku, name, description, category, price_minor, currency, stock, image_url, active,
        parent_id, option_names, option_values
      from products
      where id > ${after} and parent_id is null ${format === "meta" ? sql`and active` : sql``}
      order by id limit ${PAGE}`;
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    const parents = rows.filter((p) => p.optionNames.length > 0).map((p) => p.id);
    const variants = parents.length === 0 ? [] : await sql<ProductRow[]>`
      select id, sku, name, description, category, price_minor, currency, stock, image_url, active,
        parent_id, option_names, option_values
      from products where parent_id = any(${parents}::int[])
        ${format === "meta" ? sql`and active` : sql``}
      order by parent_id, id`;
    const lines = rows.flatMap((p) => {
      const own = variants.filter((v) => v.parentId === p.id);
      if (p.optionNames.length === 0 || own.length === 0) {
        return [format === "shopify" ? shopifyLine(p, null, true) : metaLine(p, null)];
      }
      return own.map((v, i) => format === "shopify" ? shopifyLine(p, v, i === 0) : metaLine(p, v));
    });
    yield stringify(lines);
  }
}

function shopifyLine(p: ProductRow, v: ProductRow | null, first: boolean): string[] {
  const item = v ?? p;
  const options = v
    ? [0, 1, 2].flatMap((i) => [first ? p.optionNames[i] ?? "" : "", v.optionValues[i] ?? ""])
    : ["Title", "Default Title", "", "", "", ""];
  return [
    p.sku,
    first ? p.name : "",
    first ? textToHtml(p.description) : "",
    first ? p.category : "",
    first ? (p.active ? "TRUE" : "FALSE") : "",
    ...options,
    item.sku,
    String(item.stock),
    majorUnits(item.priceMinor, item.currency),
    first ? p.imageUrl ?? "" : "",
    v?.imageUrl ?? "",
    first ? (p.active ? "active" : "draft") : "",
  ];
}

function metaLine(p: ProductRow, v: ProductRow | null): string[] {
  const item = v ?? p;
  const value = (names: string[]) => {
    const i = p.optionNames.findIndex((n) => names.includes(n.toLowerCase()));
    return v && i >= 0 ? v.optionValues[i] ?? "" : "";
  };
  return [
    item.sku,
    p.name,
    p.description,
    item.stock > 0 ? "in stock" : "out of stock",
    "new",
    `${majorUnits(item.priceMinor, item.currency)} ${item.currency}`,
    item.imageUrl ?? p.imageUrl ?? "",
    p.category,
    String(item.stock),
    v ? p.sku : "",
    value(["size", "talla", "tamanho"]),
    value(["color", "colour", "cor"]),
  ];
}

/** 650 EUR minor units is «6.50». */
export function majorUnits(amountMinor: number, currency: string): string {
  const scale = minorPerMajor(currency);
  const digits = Math.round(Math.log10(scale));
  return (amountMinor / scale).toFixed(digits);
}

/** Plain text as the HTML of a Shopify body: escaped, lines kept as `<br>`. */
function textToHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`)
    .replaceAll("\n", "<br>");
}
