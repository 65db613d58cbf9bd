/**
 * Dashboard sessions, kept in Postgres (`staff_sessions`): signing in stores a row and gives
 * the browser a random secret as its cookie; every request looks the row up by the secret's
 * SHA-256; signing out deletes the row, so the cookie stops working at once, wherever it was
 * copied to. A session belongs to a staff account (accounts.ts), or to the admin token, which
 * signs in as an owner; a disabled account's sessions count as none. Sessions expire after {@link SESSION_SECONDS}; a session opened under another
 * `ADMIN_TOKEN` counts as none. Each session has its own CSRF token, carried by every
 * dashboard form.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const adminToken = "the-admin-token-of-16-chars";
 * const { cookie } = await createSession(sql, adminToken, { client: "203.0.113.7" });
 * const session = await readSession(sql, adminToken, cookie); // null once signed out or expired
 * if (session) await endSession(sql, session.id);
 * ```
 * @module
 */
import { Buffer } from "node:buffer";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Sql } from "../db/connect.ts";
import type { DashboardLanguage, Role } from "./accounts.ts";

/** The cookie that carries the session. */
export const SESSION_COOKIE = "admin_session";
/** How long a sign-in lasts. */
export const SESSION_SECONDS = 12 * 60 * 60;

/** A valid, unexpired session. */
export interface Session {
  /** The stored id (the SHA-256 of the cookie's secret). */
  id: string;
  expiresAt: Date;
  /** The token this session's forms and cookie-authenticated API calls must carry. */
  csrf: string;
  /** The staff account; null for a sign-in with the admin token (the owner's bootstrap). */
  staffId: number | null;
  /** The account's role; the admin token signs in as an owner. */
  role: Role;
  /** The account's name; null for the admin token. */
  staffName: string | null;
  /** The account's dashboard language; null: the browser's. */
  language: DashboardLanguage | null;
}

const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

/** Opens a session; `cookie` is the value to set in the browser. */
export async function createSession(
  sql: Sql,
  adminToken: string,
  about: { client?: string; userAgent?: string; staffId?: number | null } = {},
): Promise<{ cookie: string; session: Session }> {
  const cookie = randomToken();
  await sql`
    insert into staff_sessions (id, csrf, token_tag, staff_id, client, user_agent, expires_at)
    values (${hashOf(cookie)}, ${randomToken()}, ${tagOf(adminToken)}, ${about.staffId ?? null},
      ${about.client ?? null}, ${about.userAgent?.slice(0, 500) ?? null},
      now() + make_interval(secs => ${SESSION_SECONDS}))`;
  const session = await readSession(sql, adminToken, cookie);
  if (!session) throw new Error("A session just opened could not be read back");
  return { cookie, session };
}

/** The session a cookie value stands for, or null when it is unknown, ended or expired. */
export async function readSession(
  sql: Sql,
  adminToken: string,
  cookie: string | undefined,
): Promise<Session | null> {
  if (!cookie || !COOKIE_VALUE.test(cookie)) return null;
  const [row] = await sql<Session[]>`
    select s.id, s.expires_at, s.csrf, s.staff_id, coalesce(a.role, 'owner') as role,
      a.name as staff_name, a.language
    from staff_sessions s left join staff_accounts a on a.id = s.staff_id
    where s.id = ${hashOf(cookie)} and s.token_tag = ${tagOf(adminToken)}
      and s.expires_at > now() and (s.staff_id is null or a.disabled_at is null)`;
  return row ?? null;
}

/** Ends one session (sign out). */
export async function endSession(sql: Sql, id: string): Promise<void> {
  await sql`delete from staff_sessions where id = ${id}`;
}

/** Ends every session (sign out everywhere); returns how many there were. */
export async function endAllSessions(sql: Sql): Promise<number> {
  const rows = await sql`delete from staff_sessions returning id`;
  return rows.length;
}

/** Deletes sessions that expired (the periodic cleanup). */
export async function deleteExpiredSessions(sql: Sql): Promise<number> {
  const rows = await sql`delete from staff_sessions where expires_at <= now() returning id`;
  return rows.length;
}

/** Whether `given` is the session's CSRF token (constant time). */
export function validCsrf(session: Session, given: string | undefined): boolean {
  if (typeof given !== "string" || given.length !== session.csrf.length) return false;
  return timingSafeEqual(new TextEncoder().encode(given), new TextEncoder().encode(session.csrf));
}

function hashOf(cookie: string): string {
  return createHash("sha256").update(cookie).digest("base64url");
}

function tagOf(adminToken: string): string {
  return createHmac("sha256", adminToken).update("dashboard session tag v2").digest("base64url")
    .slice(0, 22);
}

function randomToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}
