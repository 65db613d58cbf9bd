/**
 * The addresses of this server that a paying customer visits: the payment link sent in the chat
 * (`/pay/{order}`, which opens the provider's checkout for the order, created or reused then)
 * and the page the provider sends them back to (`/pay/{order}/done`).
 *
 * @example
 * ```ts
 * payUrl("https://shop.example", "5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b");
 * // "https://shop.example/pay/5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b"
 * ```
 * @module
 */

/** The payment link of an order. */
export function payUrl(publicBaseUrl: string, orderId: string): string {
  return `${publicBaseUrl}/pay/${orderId}`;
}

/** Where the provider sends the customer back after paying (or giving up). */
export function returnUrl(publicBaseUrl: string, orderId: string): string {
  return `${publicBaseUrl}/pay/${orderId}/done`;
}
