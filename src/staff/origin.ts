/**
 * Where a state-changing browser request came from. Browsers say it in `Sec-Fetch-Site`
 * (only `same-origin` passes) or, older ones, in `Origin` (its host must be this server's, as
 * the request or `PUBLIC_BASE_URL` names it). A request with neither comes from something other
 * than a current browser; the CSRF token still has to match for it.
 *
 * @example
 * ```ts
 * const request = new Request("https://shop.example/admin/login", {
 *   method: "POST",
 *   headers: { "sec-fetch-site": "cross-site" },
 * });
 * fromSameOrigin(request, "https://shop.example"); // false: refuse it
 * ```
 * @module
 */

/** Whether `request` may change state on behalf of a browser session. */
export function fromSameOrigin(request: Request, publicBaseUrl?: string): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const own = [new URL(request.url).host, request.headers.get("host")];
  if (publicBaseUrl) own.push(new URL(publicBaseUrl).host);
  return own.includes(host);
}
