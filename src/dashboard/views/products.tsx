/**
 * The products page: every product (inactive ones too) with its stock, and a form each to
 * change price, stock and whether it is sold.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { Product } from "../../catalog/service.ts";
import { formatMoney } from "../../shared/money.ts";
import { priceText } from "../forms.ts";
import { type Chrome, CsrfField, Layout, type Notice } from "./layout.tsx";

export const ProductsPage: FC<{
  chrome: Chrome;
  products: Product[];
  nextCursor: string | null;
  notice?: Notice;
}> = ({ chrome, products, nextCursor, notice }) => (
  <Layout chrome={chrome} title={chrome.t("products.title")} notice={notice}>
    <p>
      <a href="/admin/catalog/import">{chrome.t("products.import_link")}</a>
    </p>
    <p>
      <a class="button" href="/admin/products/new">{chrome.t("editor.new_title")}</a>
    </p>
    {products.length === 0 ? <p class="muted">{chrome.t("products.none")}</p> : (
      <div id="products">
        {products.flatMap((p) => [
          <ProductForm key={p.id} p={p} chrome={chrome} />,
          ...p.variants.map((v) => <ProductForm key={v.id} p={v} chrome={chrome} />),
        ])}
      </div>
    )}
    {nextCursor && (
      <p>
        <a
          class="button secondary"
          href={`/admin/products?${new URLSearchParams({ cursor: nextCursor })}`}
        >
          {chrome.t("products.more")}
        </a>
      </p>
    )}
  </Layout>
);

/** One product's form; a variant's is marked as one, a product with variants says so. */
const ProductForm: FC<{ p: Product; chrome: Chrome }> = ({ p, chrome }) => (
  <form
    method="post"
    action={`/admin/products/${p.id}`}
    class={`card product${p.active ? "" : " inactive"}${p.parentId === null ? "" : " variant"}`}
    id={`product-${p.id}`}
    data-product={String(p.id)}
  >
    <CsrfField csrf={chrome.csrf} />
    <div class="name">
      <a href={`/admin/products/${p.id}`}>{p.name}</a>
      <br />
      <small>
        {p.sku} · {p.category} · {formatMoney(p.priceMinor, p.currency)} · {p.stock === 0
          ? chrome.t("products.out_of_stock")
          : chrome.t("products.in_stock", { n: p.stock })}
      </small>
    </div>
    <label>
      {chrome.t("products.price", { currency: p.currency })}
      <input
        type="text"
        name="price"
        inputmode="decimal"
        value={priceText(p.priceMinor, p.currency)}
        required
      />
    </label>
    <label>
      {chrome.t("products.stock")}
      <input
        type="number"
        name="stock"
        min="0"
        max="10000000"
        value={String(p.stock)}
        required
      />
    </label>
    <label class="check">
      <input type="checkbox" name="active" value="1" checked={p.active} />{" "}
      {chrome.t("products.sold")}
    </label>
    <button type="submit">{chrome.t("products.save")}</button>
  </form>
);
