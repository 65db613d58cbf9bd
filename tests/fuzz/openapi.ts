/**
 * The operations `/openapi.json` documents, read at test start so that a new route is fuzzed
 * without anyone listing it here. Anything the fuzzers could not handle (a header parameter,
 * a non-JSON body, an unknown schema keyword) throws instead of being skipped.
 *
 * @module
 */
import { assertUnderstood, type Schema } from "./schema.ts";

export interface Param {
  name: string;
  schema: Schema;
}

export interface Operation {
  /** `POST /api/carts/{id}/items` */
  route: string;
  method: string;
  /** The path template, e.g. `/api/carts/{id}/items`. */
  path: string;
  /** Needs the admin token. */
  admin: boolean;
  pathParams: Param[];
  queryParams: Param[];
  /** The JSON body's schema, when the operation takes one. */
  body?: Schema;
}

interface RawParam {
  name: string;
  in: string;
  schema: Schema;
}

interface RawOperation {
  parameters?: RawParam[];
  requestBody?: { content: Record<string, { schema: Schema | { $ref: string } }> };
  security?: unknown[];
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

/**
 * Every operation of the document, with `$ref`s resolved and schemas checked. Operations that
 * take a CSV file (the catalog import, with a size limit of its own) are left to
 * tests/catalog/import_test.ts.
 */
export function readOperations(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).filter(([, raw]) =>
      !Object.keys(raw.requestBody?.content ?? {}).includes("text/csv")
    ).map(([method, raw]) => {
      const route = `${method.toUpperCase()} ${path}`;
      const params = raw.parameters ?? [];
      for (const p of params) {
        if (p.in !== "path" && p.in !== "query") {
          throw new Error(`fuzz: ${route} has a ${p.in} parameter; teach tests/fuzz/openapi.ts`);
        }
        assertUnderstood(p.schema, `${route} ${p.name}`);
      }
      const toParam = (p: RawParam): Param => ({ name: p.name, schema: p.schema });
      return {
        route,
        method: method.toUpperCase(),
        path,
        admin: (raw.security ?? []).length > 0,
        pathParams: params.filter((p) => p.in === "path").map(toParam),
        queryParams: params.filter((p) => p.in === "query").map(toParam),
        body: raw.requestBody ? bodySchema(doc, route, raw.requestBody.content) : undefined,
      };
    })
  );
}

function bodySchema(
  doc: OpenApiDoc,
  route: string,
  content: Record<string, { schema: Schema | { $ref: string } }>,
): Schema {
  const types = Object.keys(content);
  if (types.length !== 1 || types[0] !== "application/json") {
    throw new Error(`fuzz: ${route} takes ${types.join(", ")}; teach tests/fuzz/openapi.ts`);
  }
  const schema = resolve(doc, content["application/json"].schema);
  assertUnderstood(schema, `${route} body`);
  return schema;
}

function resolve(doc: OpenApiDoc, schema: Schema | { $ref: string }): Schema {
  if (!("$ref" in schema)) return schema;
  const name = schema.$ref.replace("#/components/schemas/", "");
  const found = doc.components?.schemas?.[name];
  if (!found) throw new Error(`fuzz: unresolvable ${schema.$ref}`);
  return resolve(doc, found);
}

/** Fills a path template: `fill("/api/carts/{id}", { id: "x" })` is `/api/carts/x`. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

/**
 * Whether a concrete path might be routed to `template` (generously: ignoring case, repeated
 * and trailing slashes), so generated "unknown" paths can avoid real routes.
 */
export function mayMatch(template: string, path: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+");
  return new RegExp(`^${pattern}/?$`, "i").test(path.replace(/\/{2,}/g, "/"));
}
