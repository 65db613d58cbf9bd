/**
 * Dashboard sessions: a stateless cookie `<expires>.<id>.<signature>`, signed with HMAC-SHA256
 * under a key derived from `ADMIN_TOKEN`, so changing the token signs everyone out. The expiry
 * is inside the signed value; nothing is stored on the server. Each session has its own CSRF
 * token (an HMAC of the session id) that every dashboard form carries.
 *
 * @example
 * ```ts
 * const adminToken = "the-admin-token-of-16-chars";
 * const value = createSession(adminToken);          // the cookie's value
 * const session = readSession(adminToken, value);   // null when forged or expired
 * session?.csrf;                                           // for the hidden form field
 * ```
 * @module
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** The cookie that carries the session. */
export const SESSION_COOKIE = "admin_session";
/** How long a sign-in lasts. */
export const SESSION_SECONDS = 12 * 60 * 60;

/** A valid, unexpired session. */
export interface Session {
  id: string;
  expiresAt: Date;
  /** The token this session's forms and cookie-authenticated API calls must carry. */
  csrf: string;
}

/** A new session's cookie value, valid for {@link SESSION_SECONDS} from `now`. */
export function createSession(adminToken: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + SESSION_SECONDS;
  const id = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const body = `${expires}.${id}`;
  return `${body}.${sign(adminToken, `session.${body}`)}`;
}

/** The session a cookie value stands for, or null when it is malformed, forged or expired. */
export function readSession(
  adminToken: string,
  value: string | undefined,
  now = new Date(),
): Session | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value ?? "");
  if (!match) return null;
  const [, expires, id, signature] = match;
  const expected = sign(adminToken, `session.${expires}.${id}`);
  if (!timingSafeEqual(new TextEncoder().encode(signature), new TextEncoder().encode(expected))) {
    return null;
  }
  const expiresAt = new Date(Number(expires) * 1000);
  if (expiresAt <= now) return null;
  return { id, expiresAt, csrf: sign(adminToken, `csrf.${id}`) };
}

/** Whether `given` is the session's CSRF token (constant time). */
export function validCsrf(session: Session, given: string | undefined): boolean {
  if (typeof given !== "string" || given.length !== session.csrf.length) return false;
  return timingSafeEqual(new TextEncoder().encode(given), new TextEncoder().encode(session.csrf));
}

function sign(adminToken: string, message: string): string {
  const key = createHmac("sha256", adminToken).update("dashboard session key v1").digest();
  return base64url(createHmac("sha256", key).update(message).digest());
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_")
    .replace(/=+$/, "");
}
