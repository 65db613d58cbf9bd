/**
 * The one error type services throw. The HTTP layer maps it to
 * `{ "error": { "code", "message", "details"? } }` with its status; agent tools hand its
 * code and message to the model.
 *
 * @example
 * ```ts
 * throw new AppError("out_of_stock", 409, "Only 3 left of «Café molido 250 g»", { available: 3 });
 * ```
 * @module
 */

/** HTTP statuses an {@link AppError} may carry. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** A failure with a stable machine-readable code and a message fit to show a user. */
export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly code: string,
    readonly status: ErrorStatus,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Shorthand for the common "that id does not exist" error. */
export function notFound(what: string, id: string | number): AppError {
  return new AppError("not_found", 404, `${what} ${id} not found`);
}
