/**
 * Who is on the other end of a request, believing only what can be believed. The peer is the
 * TCP connection's remote address. Forwarded headers (`X-Forwarded-For`, `-Proto`, `-Host`)
 * count only with `TRUSTED_PROXIES` = n > 0, the number of proxies in front of the server that
 * append to them, and then only what those proxies wrote: the client is the n-th
 * `X-Forwarded-For` entry from the right (the address the outermost proxy saw), and the scheme
 * and host are the rightmost values (written by the nearest proxy). Anything further left was
 * written by the client and is ignored. `PUBLIC_BASE_URL`, when set, decides the origin alone.
 *
 * @example
 * ```ts
 * const request = new Request("http://10.0.0.5:8000/webhook", {
 *   headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-forwarded-host": "evil.example, shop.example" },
 * });
 * clientAddress(request, "10.0.0.2", 1); // "203.0.113.7"
 * publicOrigin(request, { trustedProxies: 1 }); // "http://shop.example"
 * ```
 * @module
 */
import type { Context } from "hono";
import type { PeerInfo } from "./listener.ts";

/** How far forwarded headers are believed. */
export interface ProxyTrust {
  /** Proxies in front of this server that append to the forwarded headers (0: none). */
  trustedProxies: number;
  /** This server's public URL; when set it is the origin, whatever the headers say. */
  publicBaseUrl?: string;
}

/** The TCP peer of the request, when it came over a socket (not `app.request` in tests). */
export function peerAddress(c: Context): string | undefined {
  const env = c.env as Partial<PeerInfo> | undefined;
  return env?.peer || undefined;
}

/** Whether the client hung up before its request was read (only known over a socket). */
export function clientGone(c: Context): boolean {
  const env = c.env as Partial<PeerInfo> | undefined;
  return env?.clientGone?.() ?? false;
}

/** The client's address: the peer, or what the outermost trusted proxy saw. */
export function clientAddress(
  request: Request,
  peer: string | undefined,
  trustedProxies: number,
): string {
  if (trustedProxies > 0) {
    const hops = list(request.headers.get("x-forwarded-for"));
    if (hops.length > 0) return hops[Math.max(0, hops.length - trustedProxies)];
  }
  return peer ?? "unknown";
}

/** The client's address for a request handled by Hono. */
export function clientOf(c: Context, trustedProxies: number): string {
  return clientAddress(c.req.raw, peerAddress(c), trustedProxies);
}

/** The origin the client reached (`https://shop.example`), as far as it can be believed. */
export function publicOrigin(request: Request, trust: ProxyTrust): string {
  if (trust.publicBaseUrl) return new URL(trust.publicBaseUrl).origin;
  const url = new URL(request.url);
  if (trust.trustedProxies > 0) {
    const proto = list(request.headers.get("x-forwarded-proto")).at(-1)?.toLowerCase();
    const host = list(request.headers.get("x-forwarded-host")).at(-1);
    if (proto === "http" || proto === "https") url.protocol = `${proto}:`;
    if (host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) {
      url.port = "";
      url.host = host;
    }
  }
  return url.origin;
}

function list(header: string | null): string[] {
  return (header ?? "").split(",").map((v) => v.trim()).filter((v) => v !== "");
}
