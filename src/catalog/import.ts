/**
 * Catalog import: a Shopify export or a Meta feed (formats.ts), streamed through csv-parse,
 * every row validated, products keyed by SKU (created, updated or left as they are), all in one
 * transaction. Any refused row and nothing changes: the report names every such row with its
 * line and reason. A preview runs the same and always rolls back.
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * const file = await Deno.open("products_export.csv");
 * const report = await importCatalog(sql, file.readable, { storeCurrency: "EUR", apply: false });
 * report.counts; // { created: 12, updated: 1, unchanged: 30, refused: 0 }
 * ```
 * @module
 */
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { Readable } from "node:stream";
import type { Client, Sql } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";
import {
  canonicalOption,
  type CatalogFormat,
  detectFormat,
  type ImportRow,
  readRow,
  SKIP,
} from "./formats.ts";
import type { ProductRow } from "./service.ts";

export interface ImportOptions {
  storeCurrency: string;
  /** False: a preview, rolled back whatever happens. */
  apply: boolean;
  /** Called every 1,000 rows read. */
  onProgress?: (rows: number) => void;
}

export type ImportAction = "create" | "update" | "unchanged";

export interface ImportReport {
  format: CatalogFormat;
  /** True when the changes were committed. */
  applied: boolean;
  /** Data rows read (the header not counted). */
  rows: number;
  counts: { created: number; updated: number; unchanged: number; refused: number };
  /** Products already in the catalog that the file does not name. */
  leftAlone: number;
  /** Every refused row (the first {@link MAX_LISTED}), by line. */
  errors: { line: number; sku?: string; reason: string }[];
  /** What happens to each product (the first {@link MAX_LISTED}). */
  changes: { line: number; sku: string; name: string; action: ImportAction }[];
}

export const MAX_LISTED = 1000;
const BATCH = 500;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A product of the file, checked and ready to write. */
interface Candidate {
  line: number;
  sku: string;
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  currency: string;
  stock: number;
  imageUrl: string | null;
  active: boolean;
  /** What its variants differ by; [] for a product sold as it is. */
  optionNames: string[];
  variants: VariantCandidate[];
}

interface VariantCandidate {
  line: number;
  sku: string;
  optionValues: string[];
  priceMinor: number;
  stock: number;
  imageUrl: string | null;
}

class Rollback extends Error {}

/** Imports (or previews) a catalog file. An unknown header is a 400 `unknown_format`. */
export async function importCatalog(
  sql: Client,
  input: AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>,
  options: ImportOptions,
): Promise<ImportReport> {
  const chunks = textChunks(input);
  const first = await chunks.next();
  const head = first.done ? "" : first.value;
  const delimiter = sniffDelimiter(head);
  const format = formatOf(head, delimiter);
  const parser = parse({
    bom: true,
    delimiter,
    columns: (header: string[]) => header.map((h) => h.trim()),
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  const source = Readable.from((async function* () {
    if (!first.done) yield head;
    yield* { [Symbol.asyncIterator]: () => chunks };
  })());
  source.on("error", (err) => parser.destroy(err));
  source.pipe(parser);

  const report: Omit<ImportReport, "format"> = {
    applied: false,
    rows: 0,
    counts: { created: 0, updated: 0, unchanged: 0, refused: 0 },
    leftAlone: 0,
    errors: [],
    changes: [],
  };
  const refusedLines = new Set<number>();
  const refuse = (line: number, reason: string, sku?: string) => {
    if (!refusedLines.has(line)) report.counts.refused++;
    refusedLines.add(line);
    if (report.errors.length < MAX_LISTED) report.errors.push({ line, sku, reason });
  };

  try {
    await sql.begin(async (tx) => {
      const [{ before }] = await tx<{ before: number }[]>`
        select count(*)::int as before from products where parent_id is null`;
      const skus = new Map<string, number>();
      const keys = new Map<string, number>();
      let group: ImportRow[] = [];
      let batch: Candidate[] = [];
      const flush = async (force: boolean) => {
        if (group.length > 0) {
          const candidate = productOf(group, skus, refuse);
          if (candidate) batch.push(candidate);
          group = [];
        }
        if (batch.length >= BATCH || (force && batch.length > 0)) {
          await writeBatch(tx, batch, report, refuse);
          batch = [];
        }
      };
      let previousEnd = 1;
      for await (const { record, info } of parser) {
        const line = previousEnd + 1;
        previousEnd = info.lines;
        report.rows++;
        if (report.rows % 1000 === 0) options.onProgress?.(report.rows);
        const row = readRow(format, record, line, options.storeCurrency);
        if (row === SKIP) continue;
        if ("error" in row) {
          refuse(line, row.error, row.sku);
          continue;
        }
        if (group.length === 0 || group[0].productKey !== row.productKey) {
          await flush(false);
          const seen = keys.get(row.productKey);
          if (seen !== undefined) {
            refuse(
              line,
              row.productKey === row.sku
                ? `duplicate SKU ${row.sku} (first at line ${seen})`
                : `the rows of ${row.productKey} must be together (it began at line ${seen})`,
              row.sku,
            );
            continue;
          }
          keys.set(row.productKey, line);
        }
        group.push(row);
      }
      await flush(true);
      report.leftAlone = before - report.counts.updated - report.counts.unchanged;
      if (!options.apply || report.counts.refused > 0) throw new Rollback();
      report.applied = true;
    });
  } catch (err) {
    if (isCsvError(err)) {
      throw new AppError(
        "invalid_csv",
        400,
        `The file is not valid CSV: ${(err as Error).message}`,
      );
    }
    if (!(err instanceof Rollback)) throw err;
  }
  return { format, ...report };
}

/** The format the header line names; a 400 `unknown_format` when it names none. */
function formatOf(head: string, delimiter: string): CatalogFormat {
  const end = head.indexOf("\n");
  let header: string[] = [];
  try {
    header = (parseSync(end < 0 ? head : head.slice(0, end), { bom: true, delimiter })[0] ?? [])
      .map((h: string) => h.trim());
  } catch {
    // not CSV at all: no format either
  }
  const format = detectFormat(header);
  if (!format) {
    throw new AppError(
      "unknown_format",
      400,
      "The header is neither a Shopify product export (Handle, Title, Variant Price...) " +
        "nor a Meta catalog feed (id, title, price...)",
    );
  }
  return format;
}

function isCsvError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === "string" && code.startsWith("CSV_");
}

/** Checks the rows of one product; undefined (and every problem refused) when it cannot be. */
function productOf(
  rows: ImportRow[],
  skus: Map<string, number>,
  refuse: (line: number, reason: string, sku?: string) => void,
): Candidate | undefined {
  const head = rows[0];
  const sku = head.options.length > 0 ? head.productKey : head.sku;
  const problems: [number, string][] = [];
  const problem = (line: number, reason: string) => problems.push([line, reason]);
  if (head.name === undefined) {
    problem(head.line, `the first row of ${head.productKey} has no title`);
  }
  const name = (head.name ?? "").trim();
  if (name.length > 200) problem(head.line, "the name is longer than 200 characters");
  const description = head.description ?? "";
  if (description.length > 4000) {
    problem(head.line, "the description is longer than 4,000 characters");
  }
  const category = (head.category || "General").trim();
  if (category.length > 80) problem(head.line, "the category is longer than 80 characters");
  const own = new Map<string, number>();
  for (const row of rows) {
    const rowSku = head.options.length === 0 ? sku : row.sku;
    if (!SKU.test(rowSku)) {
      problem(row.line, `SKU «${rowSku}» is not letters, digits, '.', '_' or '-'`);
    }
    const seen = skus.get(rowSku) ?? own.get(rowSku);
    if (seen !== undefined) problem(row.line, `duplicate SKU ${rowSku} (first at line ${seen})`);
    own.set(rowSku, row.line);
    if (row.imageUrl !== null && !/^https?:\/\/\S{1,1990}$/.test(row.imageUrl)) {
      problem(row.line, `image «${row.imageUrl.slice(0, 80)}» is not an http(s) URL`);
    }
    if (row.priceMinor > 100_000_000_000) problem(row.line, "the price is too large");
    if (row.stock > 10_000_000) problem(row.line, "the stock is over 10,000,000");
    if (row.currency !== head.currency) {
      problem(row.line, "a product's variants must have one currency");
    }
  }
  for (const [rowSku, line] of own) skus.set(rowSku, line);
  if (problems.length > 0) {
    for (const [line, reason] of problems) refuse(line, reason, sku);
    return undefined;
  }
  const optionNames = head.options.map((o) => o.name);
  const imageUrl = head.options.length === 0
    ? head.imageUrl
    : rows.find((r) => r.productImageUrl !== null)?.productImageUrl ?? null;
  const variants = head.options.length === 0 ? [] : rows.map((row) => ({
    line: row.line,
    sku: row.sku,
    optionValues: optionNames.map((n, i) =>
      (row.options.find((o) => o.name === n) ?? row.options[i])?.value ?? ""
    ),
    priceMinor: row.priceMinor,
    stock: row.stock,
    // A variant showing the product's own image has none of its own.
    imageUrl: row.imageUrl === imageUrl ? null : row.imageUrl,
  }));
  const incomplete = variants.filter((v) => v.optionValues.some((value) => value === ""));
  if (incomplete.length > 0) {
    for (const v of incomplete) {
      refuse(v.line, `a variant needs a value for each of ${optionNames.join(", ")}`, v.sku);
    }
    return undefined;
  }
  return {
    line: head.line,
    sku,
    name,
    description,
    category,
    priceMinor: Math.min(...rows.map((r) => r.priceMinor)),
    currency: head.currency,
    stock: variants.length > 0 ? 0 : head.stock,
    imageUrl,
    active: head.active ?? true,
    optionNames,
    variants,
  };
}

async function writeBatch(
  tx: Sql,
  batch: Candidate[],
  report: Omit<ImportReport, "format">,
  refuse: (line: number, reason: string, sku?: string) => void,
): Promise<void> {
  const skus = batch.flatMap((c) => [c.sku, ...c.variants.map((v) => v.sku)]);
  const rows = await tx<ProductRow[]>`
    select id, sku, name, description, category, price_minor, currency, stock, image_url, active,
      parent_id, option_names, option_values
    from products
    where sku = any(${skus}::text[])
      or parent_id in (select id from products where sku = any(${skus}::text[]))`;
  const bySku = new Map(rows.map((p) => [p.sku, p]));
  const creates: Candidate[] = [];
  const updates: (Candidate & { id: number })[] = [];
  const variantWrites: { parent: Candidate; parentId?: number; variants: VariantCandidate[] }[] =
    [];
  for (const c of batch) {
    const now = bySku.get(c.sku);
    if (now && now.parentId !== null) {
      refuse(c.line, `SKU ${c.sku} is a variant of another product`, c.sku);
      continue;
    }
    const own = now ? rows.filter((r) => r.parentId === now.id) : [];
    if (now && sameOptions(now.optionNames, c.optionNames)) c.optionNames = now.optionNames;
    const changedVariants = c.variants.filter((v) => {
      const was = bySku.get(v.sku);
      if (was && was.parentId !== (now?.id ?? -1)) {
        refuse(v.line, `SKU ${v.sku} belongs to another product`, v.sku);
        return false;
      }
      return !was || !sameVariant(was, v);
    });
    const action: ImportAction = !now
      ? "create"
      : same(now, c, own.length > 0) && changedVariants.length === 0
      ? "unchanged"
      : "update";
    if (action === "create") creates.push(c);
    if (action === "update" && !same(now!, c, own.length > 0)) updates.push({ ...c, id: now!.id });
    if (changedVariants.length > 0) {
      variantWrites.push({ parent: c, parentId: now?.id, variants: changedVariants });
    }
    report
      .counts[action === "create" ? "created" : action === "update" ? "updated" : "unchanged"]++;
    if (report.changes.length < MAX_LISTED) {
      report.changes.push({ line: c.line, sku: c.sku, name: c.name, action });
    }
  }
  const column = <K extends keyof Candidate>(rows: Candidate[], key: K) => rows.map((r) => r[key]);
  const created = creates.length === 0 ? [] : await tx<{ id: number; sku: string }[]>`
    insert into products (sku, name, description, category, price_minor, currency, stock,
      image_url, active)
    select * from unnest(${column(creates, "sku")}::text[], ${column(creates, "name")}::text[],
      ${column(creates, "description")}::text[], ${column(creates, "category")}::text[],
      ${column(creates, "priceMinor")}::bigint[], ${column(creates, "currency")}::text[],
      ${column(creates, "stock")}::int[], ${column(creates, "imageUrl")}::text[],
      ${creates.map((c) => c.active ? "t" : "f")}::text[]::boolean[])
    returning id, sku`;
  const createdIds = new Map(created.map((r) => [r.sku, r.id]));
  for (const u of updates) {
    await tx`
      update products set name = ${u.name}, description = ${u.description},
        category = ${u.category}, price_minor = ${u.priceMinor}, currency = ${u.currency},
        image_url = ${u.imageUrl}, active = ${u.active}, option_names = ${u.optionNames}::text[],
        updated_at = now()
        ${u.variants.length === 0 ? tx`, stock = ${u.stock}` : tx``}
      where id = ${u.id}`;
  }
  const newParents = variantWrites.filter((w) => w.parentId === undefined);
  if (newParents.length > 0) {
    await tx`
      update products p set option_names = v.names::text[]
      from unnest(${newParents.map((w) => createdIds.get(w.parent.sku)!)}::int[],
        ${newParents.map((w) => arrayLiteral(w.parent.optionNames))}::text[]) as v(id, names)
      where p.id = v.id`;
  }
  const rowsOf = variantWrites.flatMap((w) =>
    w.variants.map((v) => ({
      ...v,
      parentId: w.parentId ?? createdIds.get(w.parent.sku)!,
      name: `${w.parent.name} — ${v.optionValues.join(" / ")}`.slice(0, 200),
      parent: w.parent,
    }))
  );
  if (rowsOf.length > 0) {
    await tx`
      insert into products (sku, name, description, category, price_minor, currency, stock,
        image_url, active, parent_id, option_values)
      select v.sku, v.name, v.description, v.category, v.price, v.currency, v.stock, v.image,
        v.active, v.parent_id, v.option_values::text[]
      from unnest(${rowsOf.map((r) => r.sku)}::text[], ${rowsOf.map((r) => r.name)}::text[],
        ${rowsOf.map((r) => r.parent.description)}::text[],
        ${rowsOf.map((r) => r.parent.category)}::text[],
        ${rowsOf.map((r) => r.priceMinor)}::bigint[],
        ${rowsOf.map((r) => r.parent.currency)}::text[], ${rowsOf.map((r) => r.stock)}::int[],
        ${rowsOf.map((r) => r.imageUrl)}::text[],
        ${rowsOf.map((r) => r.parent.active ? "t" : "f")}::text[]::boolean[],
        ${rowsOf.map((r) => r.parentId)}::int[],
        ${rowsOf.map((r) => arrayLiteral(r.optionValues))}::text[])
        as v(sku, name, description, category, price, currency, stock, image, active, parent_id,
          option_values)
      on conflict (sku) do update set name = excluded.name, price_minor = excluded.price_minor,
        stock = excluded.stock, image_url = excluded.image_url,
        option_values = excluded.option_values, description = excluded.description,
        category = excluded.category, updated_at = now()`;
  }
}

/** A text[] literal, `{"M","Negro"}`, for a list passed inside an array parameter. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

function same(now: ProductRow, c: Candidate, hasVariants: boolean): boolean {
  return now.name === c.name && now.description === c.description &&
    now.category === c.category && now.priceMinor === c.priceMinor &&
    now.currency === c.currency && (hasVariants || now.stock === c.stock) &&
    now.imageUrl === c.imageUrl && now.active === c.active &&
    sameOptions(now.optionNames, c.optionNames);
}

function sameOptions(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((n, i) => canonicalOption(n) === canonicalOption(b[i]));
}

function sameVariant(now: ProductRow, v: VariantCandidate): boolean {
  return now.priceMinor === v.priceMinor && now.stock === v.stock &&
    now.imageUrl === v.imageUrl &&
    now.optionValues.join("\u0000") === v.optionValues.join("\u0000");
}

/** The separator of the header line: spreadsheets in many locales export with `;`. */
function sniffDelimiter(head: string): string {
  const line = head.slice(0, head.indexOf("\n") >>> 0);
  const count = (ch: string) => line.split(ch).length - 1;
  return [",", ";", "\t"].reduce((best, ch) => count(ch) > count(best) ? ch : best, ",");
}

/** The input as text chunks, the first holding at least the header line when it can. */
async function* textChunks(
  input: AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = "";
  let headerSent = false;
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (headerSent) {
      if (text) yield text;
      continue;
    }
    pending += text;
    if (pending.includes("\n") || pending.length > 64 * 1024) {
      headerSent = true;
      yield pending;
      pending = "";
    }
  }
  const rest = pending + decoder.decode();
  if (rest) yield rest;
}
