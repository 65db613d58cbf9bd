/**
 * `/docs`: the API reference, rendered on the server from the OpenAPI document, with its
 * stylesheet at {@link DOCS_CSS_PATH}, so the page runs under the dashboard's strict
 * Content-Security-Policy (no inline style, no script). Nothing is loaded from elsewhere.
 *
 * @module
 */
import type { FC } from "hono/jsx";

type Json = Record<string, unknown>;

interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}

export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Json> };
}

/** Where the reference page's stylesheet is served. */
export const DOCS_CSS_PATH = "/docs/docs.css";

/** The reference page's stylesheet. */
export const DOCS_CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
main{max-width:960px;margin:0 auto;padding:24px}
h1{margin:0 0 4px}h2{margin:32px 0 8px;border-bottom:1px solid #d8dde4}
.op{background:#fff;border:1px solid #d8dde4;border-radius:8px;margin:12px 0;padding:12px 16px}
.m{display:inline-block;min-width:64px;font:600 12px monospace;padding:2px 8px;border-radius:4px;color:#fff;text-align:center}
.get{background:#2f7d4f}.post{background:#2f5fa8}.put{background:#9a6a16}.patch{background:#7a4ca8}.delete{background:#b3392f}
code,.path{font-family:ui-monospace,monospace}.path{font-weight:600;margin-left:8px}
table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border-top:1px solid #eceff3;padding:4px 6px;text-align:left;vertical-align:top;font-size:14px}
.lock{font-size:12px;color:#9a6a16;margin-left:8px}small{color:#5b6573}
.path,code,td,th,p{overflow-wrap:anywhere}@media (max-width:600px){main{padding:12px}}
`;

/** The reference page for `doc`. */
const DocsPage: FC<{ doc: OpenApiDoc }> = ({ doc }) => {
  const byTag = new Map<string, [string, string, Operation][]>();
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), [method, path, op]]);
    }
  }
  const schemas = doc.components?.schemas ?? {};
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{doc.info.title} — API reference</title>
        <link rel="stylesheet" href={DOCS_CSS_PATH} />
      </head>
      <body>
        <main>
          <h1>{doc.info.title}</h1>
          <small>
            Version {doc.info.version} · machine-readable: <a href="/openapi.json">/openapi.json</a>
          </small>
          {doc.info.description && <p>{doc.info.description}</p>}
          {[...byTag].map(([tag, ops]) => (
            <section>
              <h2>{tag}</h2>
              {ops.map(([method, path, op]) => (
                <OperationView method={method} path={path} op={op} schemas={schemas} />
              ))}
            </section>
          ))}
        </main>
      </body>
    </html>
  );
};

const OperationView: FC<
  { method: string; path: string; op: Operation; schemas: Record<string, Json> }
> = (
  { method, path, op, schemas },
) => {
  const body = op.requestBody?.content?.["application/json"]?.schema;
  return (
    <div class="op">
      <span class={`m ${method}`}>{method.toUpperCase()}</span>
      <span class="path">{path}</span>
      {op.security && op.security.length > 0 && <span class="lock">admin token</span>}
      <div>{op.summary}</div>
      {op.parameters && op.parameters.length > 0 && (
        <table>
          <tr>
            <th>parameter</th>
            <th>in</th>
            <th>type</th>
          </tr>
          {op.parameters.map((p) => (
            <tr>
              <td>
                <code>{p.name}</code>
                {p.required ? " *" : ""}
              </td>
              <td>{p.in}</td>
              <td>{typeText(p.schema, schemas)}</td>
            </tr>
          ))}
        </table>
      )}
      {body && (
        <>
          <div>
            <b>Body</b> (JSON)
          </div>
          <Fields schema={resolve(body, schemas)} schemas={schemas} />
        </>
      )}
      <table>
        {Object.entries(op.responses ?? {}).map(([status, r]) => (
          <tr>
            <td>
              <code>{status}</code>
            </td>
            <td>{r.description}</td>
            <td>{typeText(r.content?.["application/json"]?.schema, schemas)}</td>
          </tr>
        ))}
      </table>
    </div>
  );
};

const Fields: FC<{ schema: Json; schemas: Record<string, Json> }> = ({ schema, schemas }) => {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return (
    <table>
      {Object.entries(properties).map(([name, prop]) => (
        <tr>
          <td>
            <code>{name}</code>
            {required.has(name) ? " *" : ""}
          </td>
          <td>{typeText(prop, schemas)}</td>
          <td>{typeof prop.description === "string" ? prop.description : ""}</td>
        </tr>
      ))}
    </table>
  );
};

function resolve(schema: Json, schemas: Record<string, Json>): Json {
  const ref = schema.$ref;
  if (typeof ref === "string") return schemas[ref.replace("#/components/schemas/", "")] ?? {};
  return schema;
}

function typeText(schema: Json | undefined, schemas: Record<string, Json>): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") return schema.$ref.replace("#/components/schemas/", "");
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(" | ");
  if (schema.type === "array") return `${typeText(schema.items as Json, schemas)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "");
  const range = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : "",
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : "",
    schema.maxLength !== undefined ? `max ${schema.maxLength} chars` : "",
  ].filter(Boolean).join(", ");
  return range ? `${type} (${range})` : type;
}

/** The reference page as an HTML document. */
export function renderDocs(doc: OpenApiDoc): string {
  return `<!doctype html>${<DocsPage doc={doc} />}`;
}
