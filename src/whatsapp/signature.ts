/**
 * Twilio webhook signatures: `X-Twilio-Signature` is an HMAC-SHA1 of the URL Twilio called
 * and the POSTed parameters, checked with the SDK's `validateRequest` (imported from its
 * webhooks module alone, not the whole SDK: a faster cold start). The URL is
 * `PUBLIC_BASE_URL` + path + query when set (behind proxies and tunnels), otherwise the
 * request's own URL with `X-Forwarded-Proto` and `X-Forwarded-Host` honoured.
 *
 * @module
 */
import { validateRequest } from "twilio/lib/webhooks/webhooks.js";

/** The URL Twilio signed, as this server can best tell. */
export function signedUrl(request: Request, publicBaseUrl: string | undefined): string {
  const url = new URL(request.url);
  if (publicBaseUrl) return `${publicBaseUrl}${url.pathname}${url.search}`;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim();
  const host = request.headers.get("x-forwarded-host")?.split(",")[0].trim();
  if (proto && /^https?$/.test(proto)) url.protocol = `${proto}:`;
  if (host) {
    url.port = "";
    url.host = host;
  }
  return url.toString();
}

/** Whether `signature` is Twilio's for this URL and these parameters. */
export function validSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!signature) return false;
  try {
    return validateRequest(authToken, signature, url, params);
  } catch {
    return false;
  }
}
