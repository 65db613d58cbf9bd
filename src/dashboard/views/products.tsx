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
  <Layout chrome={chrome} title="Products" notice={notice}>
    <p>
      <a href="/admin/catalog/import">Import or export products</a>
    </p>
    <p>
      <a class="button" href="/admin/products/new">{chrome.t("editor.new_title")}</a>
    </p>
    {products.length === 0 ? <p class="muted">No products.</p> : (
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
          More products
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
        {p.sku} · {p.category} · {formatMoney(p.priceMinor, p.currency)} ·{" "}
        {p.stock === 0 ? "out of stock" : `${p.stock} in stock`}
      </small>
    </div>
    <label>
      Price ({p.currency})
      <input
        type="text"
        name="price"
        inputmode="decimal"
        value={priceText(p.priceMinor, p.currency)}
        required
      />
    </label>
    <label>
      Stock
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
      <input type="checkbox" name="active" value="1" checked={p.active} /> Sold
    </label>
    <button type="submit">Save</button>
  </form>
);
