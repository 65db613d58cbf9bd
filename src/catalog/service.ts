/**
 * Catalog: products, their search by words (search.ts: accents, plurals, typos, stop words),
 * and the changes staff make to them. Prices are integer minor units.
 *
 * @module
 */
import postgres from "postgres";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import type { Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { MAX_INT4 } from "../shared/ids.ts";
import { withoutNul } from "../shared/text.ts";
import { wordQueries, type WordQuery } from "./search.ts";

export interface Product {
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
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductInput {
  sku: string;
  name: string;
  description?: string;
  category: string;
  priceMinor: number;
  currency: string;
  stock: number;
  imageUrl?: string | null;
  active?: boolean;
}

export type ProductPatch = Partial<Omit<ProductInput, "sku">>;

export interface ProductQuery {
  /** Words to find in name, category or description; ranked by relevance. */
  q?: string;
  category?: string;
  maxPriceMinor?: number;
  /** Staff see inactive products too. */
  includeInactive?: boolean;
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface ProductPage {
  items: Product[];
  nextCursor: string | null;
}

const productColumns = [
  "id",
  "sku",
  "name",
  "description",
  "category",
  "price_minor",
  "currency",
  "stock",
  "image_url",
  "active",
  "created_at",
  "updated_at",
];

/**
 * Lists products, filtered, one page at a time: ordered by id, or with `q` by relevance
 * (words matched, then where: name over category over description, then in stock first).
 * A search returns the products matching the most of its words.
 */
export async function listProducts(sql: Sql, query: ProductQuery = {}): Promise<ProductPage> {
  const limit = query.limit ?? 20;
  const q = withoutNul(query.q ?? "");
  if (q.trim() !== "") return await searchProducts(sql, q, query, limit);
  const after = query.cursor === undefined ? 0 : decodeCursor(query.cursor, afterId);
  const rows = await sql<Product[]>`
    select ${sql(productColumns)} from products
    where id > ${after} ${filters(sql, query)}
    order by id
    limit ${limit + 1}`;
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(`p${items[items.length - 1].id}`) : null;
  return { items, nextCursor };
}

function filters(sql: Sql, query: ProductQuery) {
  const category = query.category ? withoutNul(query.category) : "";
  return sql`
    ${query.includeInactive ? sql`` : sql`and active`}
    ${category ? sql`and search_key(category) = search_key(${category})` : sql``}
    ${query.maxPriceMinor === undefined ? sql`` : sql`and price_minor <= ${query.maxPriceMinor}`}`;
}

async function searchProducts(
  sql: Sql,
  q: string,
  query: ProductQuery,
  limit: number,
): Promise<ProductPage> {
  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor, searchOffset);
  const words = await wordQueries(sql, q);
  if (words.length === 0) return { items: [], nextCursor: null };
  // Products with every word, when there are any (the index finds them cheaply); else those
  // with the most words.
  let rows = await rankedPage(sql, words, query, "all", offset, limit);
  if (rows.length === 0 && words.length > 1) {
    rows = await rankedPage(sql, words, query, "most", offset, limit);
  }
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(`s${offset + limit}`) : null;
  return { items, nextCursor };
}

function rankedPage(
  sql: Sql,
  words: WordQuery[],
  query: ProductQuery,
  match: "all" | "most",
  offset: number,
  limit: number,
): Promise<Product[]> {
  const matches = words.map((w) => `(${w.any})`).join(match === "all" ? " & " : " | ");
  const sum = (parts: ReturnType<Sql>[]) => parts.reduce((acc, part) => sql`${acc} + ${part}`);
  const has = (tsquery: string) => sql`search_vector @@ to_tsquery('simple', ${tsquery})`;
  const score = sum(
    words.map((w) =>
      sql`(case when ${has(w.name)} then 4 when ${has(w.category)} then 2 else 1 end)`
    ),
  );
  const found = sql`
    select id, stock > 0 as in_stock, ${
    match === "all"
      ? sql`${score}`
      : sum(words.map((w) =>
        sql`(case when ${has(w.name)} then 4 when ${has(w.category)} then 2
        when ${has(w.any)} then 1 else 0 end)`
      ))
  } as score, ${match === "all" ? sql`0` : sum(words.map((w) => sql`(${has(w.any)})::int`))} as hits
    from products
    where ${has(matches)} ${filters(sql, query)}`;
  return sql<Product[]>`
    with found as (${found}), page as (
      select id, score, in_stock from found
      where hits = (select max(hits) from found)
      order by score desc, in_stock desc, id
      offset ${offset}
      limit ${limit + 1}
    )
    select ${sql(productColumns.map((c) => `p.${c}`))} from page join products p using (id)
    order by page.score desc, page.in_stock desc, p.id`;
}

/** One product; inactive ones only when `includeInactive`. */
export async function getProduct(
  sql: Sql,
  id: number,
  options: { includeInactive?: boolean } = {},
): Promise<Product> {
  const [row] = await sql<Product[]>`select ${sql(productColumns)} from products where id = ${id}`;
  if (!row || (!row.active && !options.includeInactive)) throw notFound("Product", id);
  return row;
}

/** Adds a product. A SKU already in use is a 409. */
export async function createProduct(sql: Sql, input: ProductInput): Promise<Product> {
  try {
    const [row] = await sql<Product[]>`
      insert into products (sku, name, description, category, price_minor, currency, stock,
        image_url, active)
      values (${input.sku}, ${input.name}, ${input.description ?? ""}, ${input.category},
        ${input.priceMinor}, ${input.currency}, ${input.stock}, ${input.imageUrl ?? null},
        ${input.active ?? true})
      returning ${sql(productColumns)}`;
    return row;
  } catch (err) {
    if (err instanceof postgres.PostgresError && err.code === "23505") {
      throw new AppError("sku_taken", 409, `A product with SKU ${input.sku} already exists`);
    }
    throw err;
  }
}

/** Changes the given fields of a product. */
export async function updateProduct(sql: Sql, id: number, patch: ProductPatch): Promise<Product> {
  const set = {
    name: patch.name,
    description: patch.description,
    category: patch.category,
    price_minor: patch.priceMinor,
    currency: patch.currency,
    stock: patch.stock,
    image_url: patch.imageUrl,
    active: patch.active,
  };
  const keys = (Object.keys(set) as (keyof typeof set)[]).filter((k) => set[k] !== undefined);
  if (keys.length === 0) return getProduct(sql, id, { includeInactive: true });
  const [row] = await sql<Product[]>`
    update products set ${sql(set, keys)}, updated_at = now()
    where id = ${id}
    returning ${sql(productColumns)}`;
  if (!row) throw notFound("Product", id);
  return row;
}

/** Hides a product from customers; orders that reference it keep it. */
export function deactivateProduct(sql: Sql, id: number): Promise<Product> {
  return updateProduct(sql, id, { active: false });
}

/** Reads a product page's cursor: the last id, a Postgres integer. */
function afterId(position: string): number | null {
  const match = /^p(\d{1,10})$/.exec(position);
  const id = match ? Number(match[1]) : NaN;
  return id <= MAX_INT4 ? id : null;
}

/** Reads a search page's cursor: how many results came before. */
function searchOffset(position: string): number | null {
  const match = /^s(\d{1,5})$/.exec(position);
  return match ? Number(match[1]) : null;
}
