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

/** Every error code a client or the model can see, so a `switch` over them is checked. */
export const ERROR_CODES = [
  "address_unusable",
  "admin_disabled",
  "bad_request",
  "cart_closed",
  "cart_conflict",
  "client_closed",
  "country_not_served",
  "cross_site",
  "csrf_failed",
  "currency_mismatch",
  "details_missing",
  "empty_cart",
  "forbidden",
  "fulfilment_unavailable",
  "import_refused",
  "insufficient_stock",
  "internal",
  "invalid_arguments",
  "invalid_csv",
  "invalid_cursor",
  "invalid_input",
  "invalid_period",
  "invalid_quantity",
  "invalid_settings",
  "invalid_signature",
  "invalid_transition",
  "item_not_found",
  "login_taken",
  "malformed_json",
  "method_not_allowed",
  "not_found",
  "not_payable",
  "order_expired",
  "out_of_stock",
  "outside_delivery_area",
  "outside_window",
  "payload_too_large",
  "payment_unavailable",
  "product_unavailable",
  "quantity_limit",
  "quote_changed",
  "quote_invalid",
  "quote_unconfirmed",
  "rate_limited",
  "sku_taken",
  "too_many_attempts",
  "tool_failed",
  "unauthorized",
  "unavailable",
  "unknown_format",
  "unknown_tool",
  "unsupported_media_type",
  "variant_required",
  "webhook_unverifiable",
  "whatsapp_not_connected",
  "wrong_account",
  "wrong_recipient",
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = typeof ERROR_CODES[number];

/** HTTP statuses an {@link AppError} may carry. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** A failure with a stable machine-readable code and a message fit to show a user. */
export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly code: ErrorCode,
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
