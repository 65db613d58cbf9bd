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

export const CatalogImportPage: FC<{
  chrome: Chrome;
  maxMegabytes: number;
  report?: ImportReport;
  notice?: Notice;
}> = ({ chrome, maxMegabytes, report, notice }) => (
  <Layout chrome={chrome} title={chrome.t("catalog.title")} notice={notice}>
    <form
      method="post"
      action="/admin/catalog/import"
      enctype="multipart/form-data"
      class="card"
      id="catalog-import"
    >
      <CsrfField csrf={chrome.csrf} />
      <p>{chrome.t("catalog.intro", { mb: maxMegabytes })}</p>
      <label>
        {chrome.t("catalog.file")}
        <input type="file" name="file" accept=".csv,text/csv" required />
      </label>
      <button type="submit" name="action" value="preview">
        {chrome.t("catalog.preview")}
      </button>{" "}
      <button type="submit" name="action" value="apply">
        {chrome.t("catalog.import")}
      </button>
    </form>
    <p>
      {chrome.t("catalog.export")}{" "}
      <a href="/admin/catalog/export?format=shopify">{chrome.t("catalog.shopify_csv")}</a> ·{" "}
      <a href="/admin/catalog/export?format=meta">{chrome.t("catalog.meta_feed")}</a>
    </p>
    {report && <Report report={report} chrome={chrome} />}
  </Layout>
);

const Report: FC<{ report: ImportReport; chrome: Chrome }> = ({ report, chrome }) => {
  const { created, updated, unchanged, refused } = report.counts;
  return (
    <section id="import-report" data-applied={String(report.applied)}>
      <h2>
        {chrome.t(
          report.applied ? "catalog.imported" : refused > 0 ? "catalog.refused" : "catalog.preview",
        )}{" "}
        ({chrome.t(report.format === "shopify" ? "catalog.shopify_export" : "catalog.meta_feed")},
        {" "}
        {chrome.t("catalog.rows", { n: report.rows })})
      </h2>
      <p>
        {chrome.t("catalog.counts", {
          created,
          updated,
          unchanged,
          refused,
          left: report.leftAlone,
        })}
        {!report.applied && refused === 0 && ` — ${chrome.t("catalog.again")}`}
      </p>
      {report.errors.length > 0 && (
        <table id="import-errors">
          <thead>
            <tr>
              <th>{chrome.t("catalog.line")}</th>
              <th>SKU</th>
              <th>{chrome.t("catalog.why")}</th>
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
              <th>{chrome.t("catalog.line")}</th>
              <th>SKU</th>
              <th>{chrome.t("catalog.product")}</th>
              <th>{chrome.t(report.applied ? "catalog.was" : "catalog.will_be")}</th>
            </tr>
          </thead>
          <tbody>
            {report.changes.map((c) => (
              <tr data-line={String(c.line)} data-action={c.action}>
                <td>{c.line}</td>
                <td>{c.sku}</td>
                <td>{c.name}</td>
                <td>{chrome.t(`catalog.${c.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
