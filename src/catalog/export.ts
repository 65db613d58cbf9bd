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

const PAGE = 500;

interface Row {
  id: number;
  sku: string;
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  currency: string;
  stock: number;
  imageUrl: string | null;
  active: boolean;
}

const SHOPIFY = [
  "Handle",
  "Title",
  "Body (HTML)",
  "Type",
  "Published",
  "Option1 Name",
  "Option1 Value",
  "Variant SKU",
  "Variant Inventory Qty",
  "Variant Price",
  "Image Src",
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
];

/** The catalog as CSV text chunks, header first. Meta's feed holds active products only. */
export async function* exportCatalog(sql: Sql, format: CatalogFormat): AsyncGenerator<string> {
  yield stringify([format === "shopify" ? SHOPIFY : META]);
  for (let after = 0;;) {
    const rows = await sql<Row[]>`
      select id, sku, name, description, category, price_minor, currency, stock, image_url, active
      from products where id > ${after} ${format === "meta" ? sql`and active` : sql``}
      order by id limit ${PAGE}`;
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    yield stringify(rows.map(format === "shopify" ? shopifyLine : metaLine));
  }
}

function shopifyLine(p: Row): string[] {
  return [
    p.sku,
    p.name,
    textToHtml(p.description),
    p.category,
    p.active ? "TRUE" : "FALSE",
    "Title",
    "Default Title",
    p.sku,
    String(p.stock),
    majorUnits(p.priceMinor, p.currency),
    p.imageUrl ?? "",
    p.active ? "active" : "draft",
  ];
}

function metaLine(p: Row): string[] {
  return [
    p.sku,
    p.name,
    p.description,
    p.stock > 0 ? "in stock" : "out of stock",
    "new",
    `${majorUnits(p.priceMinor, p.currency)} ${p.currency}`,
    p.imageUrl ?? "",
    p.category,
    String(p.stock),
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
