/**
 * Values from the JSON Schemas of `/openapi.json`: valid ones, and "near misses" the API must
 * refuse — the right keys with wrong types, out-of-range or fractional numbers, over-long
 * strings, pattern and enum misses, a required key missing, an unknown key added. Only the
 * keywords the API's schemas use are understood; any other one throws, so a new kind of schema
 * is noticed instead of fuzzed wrongly.
 *
 * Invalid values are invalid by construction for the API's zod schemas, which may be stricter
 * than the JSON Schema (trimming) but never looser.
 *
 * @module
 */
import fc from "fast-check";
import { hostileString } from "./strings.ts";

/** The subset of JSON Schema the API's documents use. */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  /** One of several schemas (zod's unions and nullable values). */
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  default?: unknown;
  example?: unknown;
  description?: string;
}

const UNDERSTOOD = new Set([
  "type",
  "enum",
  "anyOf",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "properties",
  "required",
  "additionalProperties",
  "default",
  "example",
  "description",
]);

/** Throws when `schema` (or a nested one) uses a keyword this module does not understand. */
export function assertUnderstood(schema: Schema, where: string): void {
  for (const key of Object.keys(schema)) {
    if (!UNDERSTOOD.has(key)) {
      throw new Error(`fuzz: schema keyword "${key}" at ${where}; teach tests/fuzz/schema.ts`);
    }
  }
  if (schema.format !== undefined && !(schema.format in FORMATS)) {
    throw new Error(`fuzz: schema format "${schema.format}" at ${where}; teach schema.ts`);
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    assertUnderstood(property, `${where}.${name}`);
  }
  schema.anyOf?.forEach((branch, i) => assertUnderstood(branch, `${where}|${i}`));
  if (schema.items) assertUnderstood(schema.items, `${where}[]`);
}

function types(schema: Schema): string[] {
  return schema.type === undefined ? [] : [schema.type].flat();
}

/** String formats: a valid example, and a test that surely fails for an invalid value. */
const FORMATS: Record<string, { valid: fc.Arbitrary<string>; invalid: (s: string) => boolean }> = {
  uri: {
    valid: fc.constantFrom("https://example.com/a.png", "http://shop.example/p?x=1"),
    invalid: (s) => !URL.canParse(s) || !/^https?:$/.test(new URL(s).protocol),
  },
  date: {
    valid: fc.date({ noInvalidDate: true, min: new Date(2000, 0, 1), max: new Date(2099, 0, 1) })
      .map((d) => d.toISOString().slice(0, 10)),
    invalid: (s) => !/^\d{4}-\d{2}-\d{2}$/.test(s),
  },
  "date-time": {
    valid: fc.date({ noInvalidDate: true, min: new Date(2000, 0, 1), max: new Date(2099, 0, 1) })
      .map((d) => d.toISOString()),
    invalid: (s) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s),
  },
};

const LETTERS = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

/**
 * Values the schema accepts. Free-text strings are plain letters, or come from `text` (cut to
 * the schema's length) to carry hostile content in an otherwise valid value.
 */
export function validValue(schema: Schema, text?: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((branch) => validValue(branch, text)));
  const options = types(schema).map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "string":
        if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
        if (schema.format) return FORMATS[schema.format].valid;
        if (text) {
          return text.map((t) => t.slice(0, schema.maxLength)).filter((t) =>
            t.length >= (schema.minLength ?? 0)
          );
        }
        return fc.string({
          unit: LETTERS,
          minLength: schema.minLength ?? 0,
          maxLength: Math.min(schema.maxLength ?? 20, 20),
        });
      case "integer":
        return fc.integer({
          min: schema.minimum ?? -1_000_000,
          max: Math.min(schema.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER),
        });
      case "number": {
        const min = schema.minimum ?? schema.exclusiveMinimum ?? -1_000_000;
        return fc.double({
          min,
          max: schema.maximum ?? 1_000_000,
          noNaN: true,
          noDefaultInfinity: true,
        }).filter((n) => schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum);
      }
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array":
        if (!schema.items) throw new Error("fuzz: an array schema without items");
        return fc.array(validValue(schema.items, text), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 5, 5),
        });
      case "object":
        return fc.record(
          Object.fromEntries(
            Object.entries(schema.properties ?? {}).map(([k, s]) => [k, validValue(s, text)]),
          ),
          { requiredKeys: schema.required ?? [] },
        );
      default:
        throw new Error(`fuzz: no valid values for schema type "${type}"`);
    }
  });
  if (options.length === 0) throw new Error("fuzz: a schema without a type");
  return fc.oneof(...options);
}

/** Whether the schema is a string of any content (no enum, pattern or format). */
export function isFreeText(schema: Schema): boolean {
  return types(schema).includes("string") && !schema.enum && !schema.pattern && !schema.format;
}

/** Whether `value` has one of the schema's types (ignoring every other constraint). */
function hasType(schema: Schema, value: unknown): boolean {
  if (schema.anyOf) return schema.anyOf.some((branch) => hasType(branch, value));
  return types(schema).some((type) => {
    switch (type) {
      case "string":
        return typeof value === "string";
      case "integer":
        return typeof value === "number" && Number.isInteger(value);
      case "number":
        return typeof value === "number";
      case "boolean":
        return typeof value === "boolean";
      case "null":
        return value === null;
      case "array":
        return Array.isArray(value);
      case "object":
        return typeof value === "object" && value !== null && !Array.isArray(value);
      default:
        return true;
    }
  });
}

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  hostileString,
  fc.constantFrom(0.5, -1, 1e308, -1e308, 2 ** 53 + 2, "1", "", [], {}, [null], { "": {} }),
);

/** Values the schema refuses, or `null` when it accepts everything. */
export function invalidValue(schema: Schema): fc.Arbitrary<unknown> | null {
  const ways: fc.Arbitrary<unknown>[] = [];
  if (types(schema).length > 0 || schema.anyOf) {
    ways.push(anyJson.filter((v) => !hasType(schema, v)));
  }
  if (schema.enum) {
    const allowed = schema.enum;
    ways.push(
      fc.oneof(hostileString, fc.constantFrom(...allowed.map((v) => String(v).toUpperCase())))
        .filter((v) => !allowed.includes(v)),
    );
  }
  const is = (type: string) => types(schema).includes(type);
  if (is("integer") || is("number")) ways.push(...invalidNumbers(schema));
  if (is("string")) ways.push(...invalidStrings(schema));
  if (is("object")) ways.push(...invalidObjects(schema));
  if (is("array")) ways.push(...invalidArrays(schema));
  return ways.length === 0 ? null : fc.oneof(...ways);
}

function invalidNumbers(schema: Schema): fc.Arbitrary<unknown>[] {
  const integer = types(schema).includes("integer");
  const ways: fc.Arbitrary<unknown>[] = [];
  if (integer) ways.push(fc.constantFrom(2 ** 53, 1e21, -(2 ** 53), 1e300));
  if (schema.minimum !== undefined) {
    const below = Math.ceil(schema.minimum) - 1;
    ways.push(fc.integer({ min: -1_000_000_000, max: below }), fc.constant(-1e300));
  }
  if (schema.exclusiveMinimum !== undefined) {
    ways.push(fc.constant(schema.exclusiveMinimum), fc.constant(-1e300));
  }
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) {
    ways.push(fc.integer({ min: Math.floor(schema.maximum) + 1, max: Number.MAX_SAFE_INTEGER }));
  }
  const low = schema.minimum ?? -1000;
  const high = Math.min(schema.maximum ?? 1000, low + 1000);
  if (integer && high > low) {
    ways.push(fc.integer({ min: low, max: high - 1 }).map((n) => n + 0.5));
  }
  return ways;
}

function invalidStrings(schema: Schema): fc.Arbitrary<unknown>[] {
  const ways: fc.Arbitrary<unknown>[] = [];
  if (schema.maxLength !== undefined) {
    const max = schema.maxLength;
    ways.push(
      fc.tuple(hostileString, fc.integer({ min: 1, max: 40 })).map(([s, extra]) =>
        longerThan(max + extra - 1, s)
      ),
    );
  }
  if ((schema.minLength ?? 0) > 0) ways.push(fc.constant(""));
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    ways.push(hostileString.filter((s) => !pattern.test(s)));
  }
  if (schema.format) {
    const format = FORMATS[schema.format];
    ways.push(
      fc.oneof(
        hostileString,
        fc.constantFrom("javascript:alert(1)", "//x", "http://", "2024-13-45"),
      )
        .filter(format.invalid),
    );
  }
  return ways;
}

function invalidArrays(schema: Schema): fc.Arbitrary<unknown>[] {
  const ways: fc.Arbitrary<unknown>[] = [];
  const item = schema.items ? validValue(schema.items) : fc.constant(null);
  if (schema.maxItems !== undefined) {
    const over = schema.maxItems + 1;
    ways.push(fc.array(item, { minLength: over, maxLength: over }));
  }
  const bad = schema.items ? invalidValue(schema.items) : null;
  if (bad) ways.push(fc.tuple(fc.array(item, { maxLength: 2 }), bad).map(([ok, b]) => [...ok, b]));
  return ways;
}

function invalidObjects(schema: Schema): fc.Arbitrary<unknown>[] {
  const properties = schema.properties ?? {};
  const base = validValue({ ...schema, type: "object" }) as fc.Arbitrary<Record<string, unknown>>;
  const ways: fc.Arbitrary<unknown>[] = [];
  for (const key of schema.required ?? []) {
    ways.push(base.map(({ [key]: _, ...rest }) => rest));
  }
  if (schema.additionalProperties === false) {
    const unknownKey = fc.oneof(
      hostileString,
      fc.constantFrom("id", "price", "admin", "constructor"),
    )
      .filter((k) => !(k in properties) && k !== "__proto__");
    ways.push(
      fc.tuple(base, unknownKey, anyJson).map(([object, key, value]) => ({
        ...object,
        [key]: value,
      })),
    );
  }
  for (const [key, property] of Object.entries(properties)) {
    const bad = invalidValue(property);
    if (bad) ways.push(fc.tuple(base, bad).map(([object, value]) => ({ ...object, [key]: value })));
  }
  return ways;
}

/**
 * Path or query values (strings, coerced by the API) the parameter's schema refuses, or
 * `null` when every string is acceptable.
 */
export function invalidParam(schema: Schema): fc.Arbitrary<string> | null {
  const is = (type: string) => types(schema).includes(type);
  if (is("integer") || is("number")) {
    const numberish = fc.oneof(
      hostileString,
      fc.constantFrom("", " ", "0", "-1", "1.5", "1e400", "-0.5", "Infinity", "NaN", "1,2", "١"),
      fc.double().map(String),
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    );
    return numberish.filter((s) => !acceptsNumber(schema, s));
  }
  if (schema.enum) {
    const allowed = schema.enum.map(String);
    return hostileString.filter((s) => !allowed.includes(s));
  }
  if (is("string") && schema.format) return hostileString.filter(FORMATS[schema.format].invalid);
  if (is("string") && schema.maxLength !== undefined) {
    const max = schema.maxLength;
    return hostileString.map((s) => longerThan(max, s));
  }
  return null;
}

/** Whether the API's `z.coerce.number()` (with the schema's bounds) accepts `raw`. */
export function acceptsNumber(schema: Schema, raw: string): boolean {
  const n = Number(raw);
  const whole = types(schema).includes("integer") ? Number.isSafeInteger(n) : Number.isFinite(n);
  return whole && n >= (schema.minimum ?? -Infinity) && n <= (schema.maximum ?? Infinity);
}

/**
 * `text` framed and padded to more than `max` characters, counted as the API counts them
 * (code points), with no whitespace at either end for a trim to remove.
 */
function longerThan(max: number, text: string): string {
  const framed = `x${text}x`;
  return framed + "x".repeat(Math.max(0, max + 1 - [...framed].length));
}
