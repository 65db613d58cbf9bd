/**
 * The product editor: the New product form, and a product's page with its details (name,
 * description, category, price, image, sold) and its sizes or colours, each with its values,
 * SKU, price, stock, image and whether it is sold, and a form to add one.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { Product } from "../../catalog/service.ts";
import { formatMoney } from "../../shared/money.ts";
import type { TextKey } from "../i18n.ts";
import type { FormFields } from "../product-forms.ts";
import { type Chrome, CsrfField, Layout, type Notice } from "./layout.tsx";

const Field: FC<{
  chrome: Chrome;
  name: string;
  label: TextKey;
  fields: FormFields;
  hint?: string;
  required?: boolean;
}> = ({ chrome, name, label, fields, hint, required }) => (
  <label>
    {chrome.t(label)}
    {hint && <small>{hint}</small>}
    {name === "description"
      ? <textarea name={name} maxlength={4000}>{fields[name]}</textarea>
      : <input type="text" name={name} value={fields[name] ?? ""} required={required} />}
  </label>
);

const Sold: FC<{ chrome: Chrome; fields: FormFields }> = ({ chrome, fields }) => (
  <label class="check">
    <input type="checkbox" name="active" value="1" checked={fields.active === "1"} />{" "}
    {chrome.t("editor.active")}
  </label>
);

/** The fields a product's two forms share. */
const Details: FC<{ chrome: Chrome; fields: FormFields; currency: string }> = (
  { chrome, fields, currency },
) => (
  <>
    <Field chrome={chrome} name="name" label="editor.name" fields={fields} required />
    <Field chrome={chrome} name="description" label="editor.description" fields={fields} />
    <Field chrome={chrome} name="category" label="editor.category" fields={fields} required />
    <Field
      chrome={chrome}
      name="price"
      label="editor.price"
      fields={fields}
      hint={currency}
      required
    />
    <Field chrome={chrome} name="image_url" label="editor.image_url" fields={fields} />
    <Sold chrome={chrome} fields={fields} />
  </>
);

export const NewProductPage: FC<{
  chrome: Chrome;
  fields: FormFields;
  currency: string;
  notice?: Notice;
}> = ({ chrome, fields, currency, notice }) => (
  <Layout chrome={chrome} title={chrome.t("editor.new_title")} notice={notice}>
    <p>
      <a href="/admin/products">{chrome.t("editor.back")}</a>
    </p>
    <form method="post" action="/admin/products/new" id="new-product" class="card settings">
      <CsrfField csrf={chrome.csrf} />
      <Field chrome={chrome} name="sku" label="editor.sku" fields={fields} required />
      <Details chrome={chrome} fields={fields} currency={currency} />
      <Field
        chrome={chrome}
        name="stock"
        label="editor.stock"
        fields={fields}
        hint={chrome.t("editor.stock_hint")}
      />
      <Field
        chrome={chrome}
        name="options"
        label="editor.options"
        fields={fields}
        hint={chrome.t("editor.options_hint")}
      />
      <button type="submit">{chrome.t("editor.create")}</button>
    </form>
  </Layout>
);

/** One variant's form on its product's page. */
const VariantForm: FC<{ chrome: Chrome; product: Product; fields: FormFields; id?: number }> = (
  { chrome, product, fields, id },
) => (
  <form
    method="post"
    action={`/admin/products/${product.id}/variants${id === undefined ? "" : `/${id}`}`}
    class={`card product variant${id === undefined || fields.active === "1" ? "" : " inactive"}`}
    id={id === undefined ? "new-variant" : `variant-${id}`}
    data-variant={id === undefined ? undefined : String(id)}
  >
    <CsrfField csrf={chrome.csrf} />
    <Field
      chrome={chrome}
      name="values"
      label="editor.option_values"
      fields={fields}
      hint={product.optionNames.join(" / ")}
      required
    />
    <Field chrome={chrome} name="sku" label="editor.sku" fields={fields} required />
    <Field
      chrome={chrome}
      name="price"
      label="editor.price"
      fields={fields}
      hint={id === undefined ? chrome.t("editor.variant_price_hint") : product.currency}
    />
    <Field chrome={chrome} name="stock" label="editor.stock" fields={fields} required />
    <Field chrome={chrome} name="image_url" label="editor.image_url" fields={fields} />
    <Sold chrome={chrome} fields={fields} />
    <button type="submit">
      {chrome.t(id === undefined ? "editor.add_variant" : "editor.save")}
    </button>
  </form>
);

export const ProductEditorPage: FC<{
  chrome: Chrome;
  product: Product;
  fields: FormFields;
  /** Variants' form values by id, and "new" for the add form. */
  variantFields: Record<string, FormFields>;
  notice?: Notice;
}> = ({ chrome, product, fields, variantFields, notice }) => (
  <Layout chrome={chrome} title={product.name} notice={notice}>
    <p>
      <a href="/admin/products">{chrome.t("editor.back")}</a>
    </p>
    <p class="muted">
      {product.sku} · {formatMoney(product.priceMinor, product.currency)} ·{" "}
      {chrome.t("editor.in_stock", { n: product.stock })}
    </p>
    <form
      method="post"
      action={`/admin/products/${product.id}/edit`}
      id="product-details"
      class="card settings"
    >
      <CsrfField csrf={chrome.csrf} />
      <Details chrome={chrome} fields={fields} currency={product.currency} />
      {product.parentId === null && (
        <Field
          chrome={chrome}
          name="options"
          label="editor.options"
          fields={fields}
          hint={chrome.t("editor.options_hint")}
        />
      )}
      <button type="submit">{chrome.t("editor.save")}</button>
    </form>
    {product.parentId === null && product.optionNames.length > 0 && (
      <section id="variants">
        <h2>{chrome.t("editor.variants", { options: product.optionNames.join(" / ") })}</h2>
        {product.variants.map((v) => (
          <VariantForm
            chrome={chrome}
            product={product}
            fields={variantFields[String(v.id)]}
            id={v.id}
          />
        ))}
        <h3>{chrome.t("editor.new_variant")}</h3>
        <VariantForm chrome={chrome} product={product} fields={variantFields.new} />
      </section>
    )}
  </Layout>
);
