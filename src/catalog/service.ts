/**
 * Catalog: products, their search by words (search.ts: accents, plurals, typos, stop words),
 * and the changes staff make to them. Prices are integer minor units.
 *
 * @module
 */
import postgres from "postgres";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { inTransaction, type Sql } from "../db/connect.ts";
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
  /** Set on a variant: the product it is a size or colour of. */
  parentId: number | null;
  /** On a product sold in variants, what they differ by, e.g. ["Talla"]; else []. */
  optionNames: string[];
  /** On a variant, its value of each of the parent's options, e.g. ["M"]; else []. */
  optionValues: string[];
  /** A product's variants (listings and `getProduct` fill it in); [] for one without. */
  variants: Product[];
}

/** A product's own columns, without its timestamps or variants (what import and export read). */
export type ProductRow = Omit<Product, "createdAt" | "updatedAt" | "variants">;

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
  /** What its variants differ by (sizes: ["Talla"]); they are added with `createVariant`. */
  optionNames?: string[];
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
  "parent_id",
  "option_names",
  "option_values",
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
  const rows = await sql<Omit<Product, "variants">[]>`
    select ${sql(productColumns)} from products
    where id > ${after} ${filters(sql, query)}
    order by id
    limit ${limit + 1}`;
  const items = await withVariants(sql, rows.slice(0, limit));
  const nextCursor = rows.length > limit ? encodeCursor(`p${items[items.length - 1].id}`) : null;
  return { items, nextCursor };
}

function filters(sql: Sql, query: ProductQuery) {
  const category = query.category ? withoutNul(query.category) : "";
  return sql`
    and parent_id is null
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
  const items = await withVariants(sql, rows.slice(0, limit));
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
): Promise<Omit<Product, "variants">[]> {
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
  return sql<Omit<Product, "variants">[]>`
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

/** One product (with its variants); inactive ones only when `includeInactive`. */
export async function getProduct(
  sql: Sql,
  id: number,
  options: { includeInactive?: boolean } = {},
): Promise<Product> {
  const [row] = await sql<Product[]>`select ${sql(productColumns)} from products where id = ${id}`;
  if (!row || (!row.active && !options.includeInactive)) throw notFound("Product", id);
  return (await withVariants(sql, [row]))[0];
}

/** Adds a product. A SKU already in use is a 409. */
export async function createProduct(sql: Sql, input: ProductInput): Promise<Product> {
  try {
    const [row] = await sql<Product[]>`
      insert into products (sku, name, description, category, price_minor, currency, stock,
        image_url, active, option_names)
      values (${input.sku}, ${input.name}, ${input.description ?? ""}, ${input.category},
        ${input.priceMinor}, ${input.currency}, ${input.optionNames?.length ? 0 : input.stock},
        ${input.imageUrl ?? null}, ${input.active ?? true}, ${input.optionNames ?? []}::text[])
      returning ${sql(productColumns)}`;
    return { ...row, variants: [] };
  } catch (err) {
    throw skuTaken(err, input.sku);
  }
}

export interface VariantInput {
  sku: string;
  /** One value per option of the product, in its order: ["M"], ["M", "Negro"]. */
  optionValues: string[];
  /** Default: the product's price. */
  priceMinor?: number;
  stock: number;
  imageUrl?: string | null;
  active?: boolean;
}

/**
 * Adds a size or colour to a product with options: a row of its own named «Product — M»,
 * with the product's description, category and currency. 422 when the product has no options
 * or the values do not match them.
 */
export async function createVariant(
  sql: Sql,
  productId: number,
  input: VariantInput,
): Promise<Product> {
  const parent = await getProduct(sql, productId, { includeInactive: true });
  if (parent.optionNames.length === 0 || parent.parentId !== null) {
    throw new AppError(
      "invalid_input",
      422,
      `«${parent.name}» has no options (sizes, colours) to add a variant to`,
    );
  }
  checkOptionValues(parent, input.optionValues);
  try {
    const [row] = await sql<Product[]>`
      insert into products (sku, name, description, category, price_minor, currency, stock,
        image_url, active, parent_id, option_values)
      values (${input.sku}, ${variantName(parent.name, input.optionValues)}, ${parent.description},
        ${parent.category}, ${input.priceMinor ?? parent.priceMinor}, ${parent.currency},
        ${input.stock}, ${input.imageUrl ?? null}, ${input.active ?? true}, ${parent.id},
        ${input.optionValues}::text[])
      returning ${sql(productColumns)}`;
    return { ...row, variants: [] };
  } catch (err) {
    throw skuTaken(err, input.sku);
  }
}

function checkOptionValues(parent: Product, values: string[]): void {
  if (values.length !== parent.optionNames.length) {
    throw new AppError(
      "invalid_input",
      422,
      `A variant of «${parent.name}» has one value for each of: ${parent.optionNames.join(", ")}`,
    );
  }
}

export type VariantPatch = Partial<Omit<VariantInput, "imageUrl">> & { imageUrl?: string | null };

/**
 * Changes the given fields of a variant of `productId` (404 when it is not one of its
 * variants): new option values rename it «Product — L». A SKU in use is a 409.
 */
export async function updateVariant(
  sql: Sql,
  productId: number,
  variantId: number,
  patch: VariantPatch,
): Promise<Product> {
  const parent = await getProduct(sql, productId, { includeInactive: true });
  if (!parent.variants.some((v) => v.id === variantId)) throw notFound("Variant", variantId);
  const values = patch.optionValues ?? null;
  if (values) checkOptionValues(parent, values);
  try {
    const [row] = await sql<Product[]>`
      update products set
        sku = coalesce(${patch.sku ?? null}::text, sku),
        option_values = coalesce(${values}::text[], option_values),
        name = coalesce(${values && variantName(parent.name, values)}::text, name),
        price_minor = coalesce(${patch.priceMinor ?? null}::bigint, price_minor),
        stock = coalesce(${patch.stock ?? null}::int, stock),
        image_url = case when ${patch.imageUrl === undefined} then image_url
          else ${patch.imageUrl ?? null}::text end,
        active = coalesce(${patch.active ?? null}::boolean, active),
        updated_at = now()
      where id = ${variantId} and parent_id = ${productId}
      returning ${sql(productColumns)}`;
    return { ...row, variants: [] };
  } catch (err) {
    throw skuTaken(err, patch.sku ?? "");
  }
}

/** «Camiseta — M / Negro». */
function variantName(name: string, values: string[]): string {
  return `${name} — ${values.join(" / ")}`.slice(0, 200);
}

function skuTaken(err: unknown, sku: string): unknown {
  if (err instanceof postgres.PostgresError && err.code === "23505") {
    return new AppError("sku_taken", 409, `A product with SKU ${sku} already exists`);
  }
  return err;
}

/**
 * Changes the given fields of a product. The stock of a product sold in variants is theirs
 * (a different one is a 422; the same is left as is); its new name or category is theirs too.
 * Its options (`optionNames`) can be renamed, and added or removed while it has no variants
 * (gaining options, it is sold through variants, so its stock is theirs: 0); else a 422.
 */
export function updateProduct(sql: Sql, id: number, patch: ProductPatch): Promise<Product> {
  const names = patch.optionNames;
  if (names === undefined) return updateFields(sql, id, patch);
  return inTransaction(sql, async (tx) => {
    const [row] = await tx`
      update products p set option_names = ${names}::text[],
        stock = case when cardinality(p.option_names) = 0 and ${names.length > 0} then 0
          else p.stock end,
        updated_at = now()
      where id = ${id} and parent_id is null
        and (cardinality(p.option_names) = ${names.length}
          or not exists (select 1 from products v where v.parent_id = p.id))
      returning id`;
    if (!row) {
      const product = await getProduct(tx, id, { includeInactive: true });
      throw new AppError(
        "invalid_input",
        422,
        product.parentId === null
          ? `«${product.name}» has variants by ${
            product.optionNames.join(", ")
          }: its options can be renamed, not added or removed`
          : `«${product.name}» is a variant: its product has the options`,
      );
    }
    return updateFields(tx, id, patch);
  });
}

async function updateFields(sql: Sql, id: number, patch: ProductPatch): Promise<Product> {
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
      and (${patch.stock ?? null}::int is null or cardinality(option_names) = 0
        or stock = ${patch.stock ?? null}::int)
    returning ${sql(productColumns)}`;
  if (!row) {
    const product = await getProduct(sql, id, { includeInactive: true });
    throw new AppError(
      "invalid_input",
      422,
      `The stock of «${product.name}» is the stock of its variants: change theirs`,
    );
  }
  if (row.optionNames.length > 0 && (patch.name !== undefined || patch.category !== undefined)) {
    await sql`
      update products set name = left(${row.name} || ' — ' || array_to_string(option_values, ' / '),
          200),
        category = ${row.category}, updated_at = now()
      where parent_id = ${id}`;
  }
  return (await withVariants(sql, [row]))[0];
}

/** The products with their variants, in one query. */
async function withVariants(sql: Sql, products: Omit<Product, "variants">[]): Promise<Product[]> {
  const parents = products.filter((p) => p.optionNames.length > 0).map((p) => p.id);
  const variants = parents.length === 0 ? [] : await sql<Product[]>`
    select ${sql(productColumns)} from products
    where parent_id = any(${parents}::int[])
    order by parent_id, id`;
  return products.map((p) => ({
    ...p,
    variants: variants.filter((v) => v.parentId === p.id).map((v) => ({ ...v, variants: [] })),
  }));
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

/** Which variant a customer means: by id, or by option values («M», «m negro»). */
export interface VariantChoice {
  variantId?: number;
  option?: string;
}

/**
 * The id to put in a cart for `productId` and a choice: the product itself when it has no
 * variants, else the one variant chosen. Without a choice, a product with variants is returned
 * as is (the cart then explains `variant_required`); 404 for a variant of another product,
 * 422 `variant_required` when the option matches none or several.
 */
export async function chooseVariant(
  sql: Sql,
  productId: number,
  choice: VariantChoice,
): Promise<number> {
  const product = await getProduct(sql, productId);
  if (product.optionNames.length === 0) {
    if (choice.variantId !== undefined && choice.variantId !== product.id) {
      throw notFound("Variant", choice.variantId);
    }
    return product.id;
  }
  if (choice.variantId !== undefined) {
    const variant = product.variants.find((v) => v.id === choice.variantId);
    if (!variant) throw notFound("Variant", choice.variantId);
    return variant.id;
  }
  if (choice.option === undefined) return product.id;
  const wanted = optionWords(choice.option);
  const matching = product.variants.filter((v) => {
    const values = v.optionValues.flatMap(optionWords);
    return v.active && wanted.every((w) => values.includes(w));
  });
  if (matching.length === 1) return matching[0].id;
  const inStock = product.variants.filter((v) => v.active && v.stock > 0)
    .map((v) => v.optionValues.join(" / "));
  throw new AppError(
    "variant_required",
    422,
    `«${product.name}» has ${matching.length === 0 ? "no" : "several"} ${
      product.optionNames.join(", ")
    } «${choice.option}»: choose one` +
      (inStock.length > 0 ? ` (in stock: ${inStock.join(", ")})` : " (none in stock now)"),
    {
      options: product.optionNames,
      variants: product.variants.filter((v) => v.active).map((v) => ({
        variant_id: v.id,
        options: v.optionValues,
        stock: v.stock,
      })),
    },
  );
}

function optionWords(text: string): string[] {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase()
    .split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
