/**
 * Opaque page cursors: the position of the last row of a page, written as text and
 * base64-encoded so clients treat it as a token. A cursor this API did not give is refused with
 * 400 `invalid_cursor`.
 *
 * @example
 * ```ts
 * const next = encodeCursor("p42");
 * const id = decodeCursor(next, (text) => /^p(\d{1,10})$/.exec(text)?.[1] ?? null); // "42"
 * ```
 * @module
 */
import { AppError } from "./errors.ts";

/** The cursor for a position written as text. */
export function encodeCursor(position: string): string {
  return btoa(position).replace(/=+$/, "");
}

/** The position inside `cursor`, read by `parse`, which answers `null` for one not ours. */
export function decodeCursor<T>(cursor: string, parse: (position: string) => T | null): T {
  const position = parse(decodeBase64(cursor) ?? "");
  if (position === null) {
    throw new AppError("invalid_cursor", 400, "The cursor is not one this API gave");
  }
  return position;
}

function decodeBase64(text: string): string | null {
  try {
    return atob(text);
  } catch {
    return null;
  }
}
