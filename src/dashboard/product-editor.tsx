/**
 * The owners' product editor (`/admin/products/new`, `/admin/products/{id}`): create a product,
 * change its details, add and change its sizes or colours. The catalog service does the work and
 * its schemas (catalog/fields.ts) are the rules, the same as the REST API's; bad input is shown
 * on the form again and changes nothing. Every change is in the audit log. Owners only: the
 * dashboard guards `/admin/products/*` with `requireOwner`.
 *
 * @module
 */
import type { Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import {
  createProduct,
  createVariant,
  getProduct,
  type Product,
  updateProduct,
  updateVariant,
} from "../catalog/service.ts";
import { productInput } from "../catalog/fields.ts";
import type { Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";
import type { DashboardEnv } from "./access.tsx";
import { noticeOf } from "./notices.ts";
import {
  type FormFields,
  productFields,
  readNewProduct,
  readNewVariant,
  readProductEdit,
  readVariantEdit,
} from "./product-forms.ts";
import type { Chrome, Notice } from "./views/layout.tsx";
import { NewProductPage, ProductEditorPage } from "./views/product-editor.tsx";

type Ctx = Context<DashboardEnv>;

export interface ProductEditorDeps {
  sql: Sql;
  log: Logger;
  currency: string;
  page: (c: Ctx, node: unknown, status?: ContentfulStatusCode) => Response | Promise<Response>;
  chrome: (c: Ctx) => Chrome;
  audit: (c: Ctx, action: string, subject: string, details?: Record<string, unknown>) => unknown;
}

/** Refusals a form shows again (bad values, a SKU in use), rather than an error page. */
function shownOnForm(err: unknown): err is AppError {
  return err instanceof AppError && [400, 409, 422].includes(err.status);
}

const ID = "/admin/products/:id{[0-9]{1,9}}";

/** Adds the editor's pages and forms to the dashboard. */
export function productEditorPages(app: Hono<DashboardEnv>, deps: ProductEditorDeps): void {
  const { sql, log, currency, page, chrome, audit } = deps;
  const productId = (c: Ctx) => Number(c.req.param("id"));

  const newPage = (c: Ctx, fields: FormFields, notice?: Notice, status?: ContentfulStatusCode) =>
    page(
      c,
      <NewProductPage chrome={chrome(c)} fields={fields} currency={currency} notice={notice} />,
      status,
    );

  const editorPage = (
    c: Ctx,
    product: Product,
    shown: { fields?: FormFields; variant?: [string, FormFields]; notice?: Notice } = {},
    status?: ContentfulStatusCode,
  ) => {
    const variantFields: Record<string, FormFields> = {
      new: { sku: "", values: "", price: "", stock: "0", image_url: "", active: "1" },
    };
    for (const v of product.variants) variantFields[String(v.id)] = productFields(v);
    if (shown.variant) variantFields[shown.variant[0]] = shown.variant[1];
    return page(
      c,
      <ProductEditorPage
        chrome={chrome(c)}
        product={product}
        fields={shown.fields ?? productFields(product)}
        variantFields={variantFields}
        notice={shown.notice}
      />,
      status,
    );
  };

  app.get("/admin/products/new", (c) => newPage(c, { active: "1" }));

  app.post("/admin/products/new", async (c) => {
    const t = chrome(c).t;
    const read = readNewProduct(await c.req.parseBody(), currency, t);
    if ("error" in read) return newPage(c, read.fields, { kind: "error", text: read.error }, 400);
    const b = read.data;
    let product: Product;
    try {
      product = await createProduct(sql, productInput(b));
    } catch (err) {
      if (!shownOnForm(err)) throw err;
      return newPage(c, read.fields, { kind: "error", text: err.message }, err.status);
    }
    await audit(c, "product.created", product.name, { sku: product.sku });
    log.info("admin.product_created", { product: product.id });
    return c.redirect(`/admin/products/${product.id}?notice=product_created`, 303);
  });

  app.get(ID, async (c) => {
    const product = await getProduct(sql, productId(c), { includeInactive: true });
    if (product.parentId !== null) {
      return c.redirect(`/admin/products/${product.parentId}#variant-${product.id}`, 303);
    }
    return editorPage(c, product, { notice: noticeOf(c) });
  });

  app.post(`${ID}/edit`, async (c) => {
    const product = await getProduct(sql, productId(c), { includeInactive: true });
    // A variant's name and category are its product's; its own fields are on the variant form.
    if (product.parentId !== null) throw notFound("Product", product.id);
    const read = readProductEdit(await c.req.parseBody(), product, chrome(c).t);
    if ("error" in read) {
      return editorPage(c, product, {
        fields: read.fields,
        notice: { kind: "error", text: read.error },
      }, 400);
    }
    const b = read.data;
    try {
      await updateProduct(sql, product.id, {
        name: b.name,
        description: b.description,
        category: b.category,
        priceMinor: b.price_minor,
        imageUrl: b.image_url,
        active: b.active,
        optionNames: product.parentId === null ? b.options : undefined,
      });
    } catch (err) {
      if (!shownOnForm(err)) throw err;
      return editorPage(c, product, {
        fields: read.fields,
        notice: { kind: "error", text: err.message },
      }, err.status);
    }
    await audit(c, "product.edited", product.name, { ...read.fields });
    log.info("admin.product_edited", { product: product.id });
    return c.redirect(`/admin/products/${product.id}?notice=product_saved`, 303);
  });

  app.post(`${ID}/variants`, async (c) => {
    const product = await getProduct(sql, productId(c), { includeInactive: true });
    const read = readNewVariant(await c.req.parseBody(), product, chrome(c).t);
    const refuse = (text: string, status: ContentfulStatusCode) =>
      editorPage(c, product, {
        variant: ["new", read.fields],
        notice: { kind: "error", text },
      }, status);
    if ("error" in read) return refuse(read.error, 400);
    const b = read.data;
    let variant: Product;
    try {
      variant = await createVariant(sql, product.id, {
        sku: b.sku,
        optionValues: b.option_values,
        priceMinor: b.price_minor,
        stock: b.stock,
        imageUrl: b.image_url,
        active: b.active,
      });
    } catch (err) {
      if (!shownOnForm(err)) throw err;
      return refuse(err.message, err.status);
    }
    await audit(c, "product.variant_added", variant.name, { sku: variant.sku });
    log.info("admin.variant_added", { product: product.id, variant: variant.id });
    return c.redirect(
      `/admin/products/${product.id}?notice=variant_added#variant-${variant.id}`,
      303,
    );
  });

  app.post(`${ID}/variants/:variant{[0-9]{1,9}}`, async (c) => {
    const product = await getProduct(sql, productId(c), { includeInactive: true });
    const id = Number(c.req.param("variant"));
    const read = readVariantEdit(await c.req.parseBody(), product, chrome(c).t);
    const refuse = (text: string, status: ContentfulStatusCode) =>
      editorPage(c, product, {
        variant: [String(id), read.fields],
        notice: { kind: "error", text },
      }, status);
    if ("error" in read) return refuse(read.error, 400);
    const b = read.data;
    let variant: Product;
    try {
      variant = await updateVariant(sql, product.id, id, {
        sku: b.sku,
        optionValues: b.option_values,
        priceMinor: b.price_minor,
        stock: b.stock,
        imageUrl: b.image_url,
        active: b.active,
      });
    } catch (err) {
      if (!shownOnForm(err)) throw err;
      return refuse(err.message, err.status);
    }
    await audit(c, "product.variant_saved", variant.name, { ...read.fields });
    log.info("admin.variant_saved", { product: product.id, variant: id });
    return c.redirect(`/admin/products/${product.id}?notice=product_saved#variant-${id}`, 303);
  });
}
