/**
 * Text that crosses a boundary: Postgres `text` cannot hold NUL, XML 1.0 (TwiML) cannot hold
 * most control characters, and what staff type into the catalog should be printable.
 *
 * @example
 * ```ts
 * withoutNul("a\u0000b");   // "ab"
 * xmlSafe("Taza\u0007");    // "Taza"
 * printable(200).parse("Café"); // ok; "Caf\u0007é" is refused
 * ```
 * @module
 */
import { z } from "zod";

/** The text without NUL characters. */
export function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

// Control characters but tab, line feed and carriage return; the non-characters U+FFFE and
// U+FFFF; and surrogates that are not half of a pair.
const XML_FORBIDDEN =
  // deno-lint-ignore no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

/** A string of at most `max` characters with no control characters but tab and newlines. */
export function printable(max: number) {
  // deno-lint-ignore no-control-regex -- matching control characters is the point
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
  return z.string().max(max).refine(
    (s) => !control.test(s),
    {
      error: "must not contain control characters",
    },
  );
}
