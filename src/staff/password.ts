/**
 * Staff passwords, kept only as argon2id hashes (RFC 9106) in the PHC string format
 * (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), with OWASP's minimum parameters: 19 MiB of
 * memory, two passes. Hashing is `@noble/hashes` (audited, pure JavaScript, so it runs on Deno
 * Deploy too); a stored hash keeps its own parameters, so raising them later still verifies
 * the old ones.
 *
 * @example
 * ```ts
 * const stored = await hashPassword("correct horse battery staple");
 * await verifyPassword("correct horse battery staple", stored); // true
 * ```
 * @module
 */
import { Buffer } from "node:buffer";
import { timingSafeEqual } from "node:crypto";
import { argon2idAsync } from "@noble/hashes/argon2.js";

/** The shortest password an account may have. */
export const MIN_PASSWORD_CHARS = 10;
/** The longest password read (longer input is refused before hashing). */
export const MAX_PASSWORD_CHARS = 200;

const PARAMS = { m: 19_456, t: 2, p: 1 };
const HASH_BYTES = 32;
const PHC =
  /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** The argon2id hash of `password` with a fresh random salt, as a PHC string. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await argon2idAsync(password, salt, { ...PARAMS, dkLen: HASH_BYTES });
  return `$argon2id$v=19$m=${PARAMS.m},t=${PARAMS.t},p=${PARAMS.p}$${b64(salt)}$${b64(hash)}`;
}

/** Whether `password` is the one `stored` was made from (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = PHC.exec(stored);
  if (!match || password.length > MAX_PASSWORD_CHARS) return false;
  const [, m, t, p, salt, expected] = match;
  const want = Buffer.from(expected, "base64");
  const got = await argon2idAsync(password, Buffer.from(salt, "base64"), {
    m: Number(m),
    t: Number(t),
    p: Number(p),
    dkLen: want.length,
  });
  return got.length === want.length && timingSafeEqual(got, want);
}

/** PHC strings use base64 without padding. */
function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64").replace(/=+$/, "");
}
