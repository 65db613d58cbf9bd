/**
 * The catalog import page: upload a Shopify export or a Meta feed, see row by row (with line
 * numbers) what would be created, updated, left as it is and refused, then import it; and
 * links to export the catalog in either format.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { ImportReport } from "../../catalog/import.ts";
import { type Chrome, CsrfField, Layout, type Notice } from "./layout.tsx";

const ACTION_TEXT = { create: "created", update: "updated", unchanged: "unchanged" } as const;

export const CatalogImportPage: FC<{
  chrome: Chrome;
  maxMegabytes: number;
  report?: ImportReport;
  notice?: Notice;
}> = ({ chrome, maxMegabytes, report, notice }) => (
  <Layout chrome={chrome} title="Import products" notice={notice}>
    <form
      method="post"
      action="/admin/catalog/import"
      enctype="multipart/form-data"
      class="card"
      id="catalog-import"
    >
      <CsrfField csrf={chrome.csrf} />
      <p>
        A Shopify product export or a Meta (Facebook, Instagram) catalog feed, as CSV, up to{" "}
        {maxMegabytes}{" "}
        MB. Products are matched by SKU: importing the same file again changes nothing. If any row
        is refused, nothing is imported.
      </p>
      <label>
        File
        <input type="file" name="file" accept=".csv,text/csv" required />
      </label>
      <button type="submit" name="action" value="preview">Preview</button>{" "}
      <button type="submit" name="action" value="apply">Import</button>
    </form>
    <p>
      Export the catalog: <a href="/admin/catalog/export?format=shopify">Shopify CSV</a> ·{" "}
      <a href="/admin/catalog/export?format=meta">Meta feed</a>
    </p>
    {report && <Report report={report} />}
  </Layout>
);

const Report: FC<{ report: ImportReport }> = ({ report }) => {
  const { created, updated, unchanged, refused } = report.counts;
  return (
    <section id="import-report" data-applied={String(report.applied)}>
      <h2>
        {report.applied ? "Imported" : refused > 0 ? "Refused: nothing imported" : "Preview"}{" "}
        ({report.format === "shopify" ? "Shopify export" : "Meta feed"}, {report.rows} rows)
      </h2>
      <p>
        {created} to create · {updated} to update · {unchanged} unchanged · {refused} refused ·{" "}
        {report.leftAlone} other products left alone
        {!report.applied && refused === 0 && " — choose the file again and press Import."}
      </p>
      {report.errors.length > 0 && (
        <table id="import-errors">
          <thead>
            <tr>
              <th>Line</th>
              <th>SKU</th>
              <th>Why it is refused</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e) => (
              <tr data-line={String(e.line)}>
                <td>{e.line}</td>
                <td>{e.sku ?? ""}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.changes.length > 0 && (
        <table id="import-changes">
          <thead>
            <tr>
              <th>Line</th>
              <th>SKU</th>
              <th>Product</th>
              <th>{report.applied ? "Was" : "Will be"}</th>
            </tr>
          </thead>
          <tbody>
            {report.changes.map((c) => (
              <tr data-line={String(c.line)} data-action={c.action}>
                <td>{c.line}</td>
                <td>{c.sku}</td>
                <td>{c.name}</td>
                <td>{ACTION_TEXT[c.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
