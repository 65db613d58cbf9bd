/**
 * Twilio webhook signatures: `X-Twilio-Signature` is an HMAC-SHA1 of the URL Twilio called
 * and the POSTed parameters, checked with the SDK's `validateRequest` (imported from its
 * webhooks module alone, not the whole SDK: a faster cold start). The URL is
 * `PUBLIC_BASE_URL` + path + query when set (behind proxies and tunnels); otherwise the
 * request's own URL, where `X-Forwarded-Proto` and `X-Forwarded-Host` count only with
 * `TRUSTED_PROXIES` set, and then only the values the nearest proxy wrote (http/client.ts): a
 * client cannot name another URL of the same account to replay a request signed for it.
 *
 * @module
 */
import { validateRequest } from "twilio/lib/webhooks/webhooks.js";
import { type ProxyTrust, publicOrigin } from "../http/client.ts";

/** The URL Twilio signed, as this server can best tell. */
export function signedUrl(request: Request, trust: ProxyTrust): string {
  const url = new URL(request.url);
  const base = trust.publicBaseUrl ?? publicOrigin(request, trust);
  return `${base}${url.pathname}${url.search}`;
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
