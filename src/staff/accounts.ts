/**
 * Staff accounts (`staff_accounts`): a name, a sign-in name, an argon2id password hash
 * (password.ts) and a role. Owners do everything; staff answer conversations and handle
 * orders. Disabling an account or resetting its password ends its sessions in the same
 * transaction, so a disabled person is signed out at once, on every device.
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * const marta = await createAccount(sql, {
 *   name: "Marta",
 *   login: "marta",
 *   password: "a long password",
 *   role: "staff",
 * });
 * const signedIn = await checkCredentials(sql, "marta", "a long password"); // the account, or null
 * await disableAccount(sql, marta.id);
 * ```
 * @module
 */
import type { Client, Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";
import {
  hashPassword,
  MAX_PASSWORD_CHARS,
  MIN_PASSWORD_CHARS,
  verifyPassword,
} from "./password.ts";

export const ROLES = ["owner", "staff"] as const;
export type Role = typeof ROLES[number];

/** The dashboard's languages. */
export const DASHBOARD_LANGUAGES = ["es", "en", "pt"] as const;
export type DashboardLanguage = typeof DASHBOARD_LANGUAGES[number];

export interface Account {
  id: number;
  name: string;
  login: string;
  role: Role;
  language: DashboardLanguage | null;
  disabledAt: Date | null;
  createdAt: Date;
}

export interface NewAccount {
  name: string;
  login: string;
  password: string;
  role: Role;
  language?: DashboardLanguage | null;
}

const LOGIN = /^[a-z0-9._@+-]{2,100}$/;

/** Creates an account; 400 for a bad name, sign-in name or password, 409 `login_taken`. */
export async function createAccount(sql: Sql, account: NewAccount): Promise<Account> {
  const name = account.name.trim();
  const login = normalLogin(account.login);
  if (name.length < 1 || name.length > 100) {
    throw new AppError("invalid_input", 400, "A name has 1 to 100 characters");
  }
  if (!LOGIN.test(login)) {
    throw new AppError(
      "invalid_input",
      400,
      "A sign-in name has 2 to 100 letters, digits or . _ @ + -",
    );
  }
  checkPassword(account.password);
  const hash = await hashPassword(account.password);
  const [row] = await sql<Account[]>`
    insert into staff_accounts (name, login, password_hash, role, language)
    values (${name}, ${login}, ${hash}, ${account.role}, ${account.language ?? null})
    on conflict (login) do nothing
    returning ${columns(sql)}`;
  if (!row) throw new AppError("login_taken", 409, `The sign-in name «${login}» is taken`);
  return row;
}

/** The enabled account with this sign-in name and password, or null (same time either way). */
export async function checkCredentials(
  sql: Sql,
  login: string,
  password: string,
): Promise<Account | null> {
  const [row] = await sql<(Account & { passwordHash: string })[]>`
    select ${columns(sql)}, password_hash from staff_accounts
    where login = ${normalLogin(login)}`;
  // Hash even for an unknown name, so the answer's timing does not say which names exist.
  const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || row.disabledAt !== null) return null;
  const { passwordHash: _, ...account } = row;
  return account;
}

/** Every account, owners first, then by name. */
export function listAccounts(sql: Sql): Promise<Account[]> {
  return sql<Account[]>`
    select ${columns(sql)} from staff_accounts order by role = 'staff', lower(name), id`;
}

/** One account; 404 when there is none. */
export async function getAccount(sql: Sql, id: number): Promise<Account> {
  const [row] = await sql<Account[]>`select ${columns(sql)} from staff_accounts where id = ${id}`;
  if (!row) throw notFound("Account", id);
  return row;
}

/** Disables the account and ends its sessions; returns how many sessions ended. */
export function disableAccount(sql: Client, id: number): Promise<number> {
  return sql.begin(async (tx) => {
    const rows = await tx`
      update staff_accounts set disabled_at = coalesce(disabled_at, now())
      where id = ${id} returning id`;
    if (rows.length === 0) throw notFound("Account", id);
    const ended = await tx`delete from staff_sessions where staff_id = ${id} returning id`;
    return ended.length;
  });
}

/** Lets a disabled account sign in again. */
export async function enableAccount(sql: Sql, id: number): Promise<void> {
  const rows = await sql`
    update staff_accounts set disabled_at = null where id = ${id} returning id`;
  if (rows.length === 0) throw notFound("Account", id);
}

/** Sets a new password and ends the account's sessions. */
export async function resetPassword(sql: Client, id: number, password: string): Promise<void> {
  checkPassword(password);
  const hash = await hashPassword(password);
  await sql.begin(async (tx) => {
    const rows = await tx`
      update staff_accounts set password_hash = ${hash} where id = ${id} returning id`;
    if (rows.length === 0) throw notFound("Account", id);
    await tx`delete from staff_sessions where staff_id = ${id}`;
  });
}

/** Sets the account's dashboard language (null: the browser's). */
export async function setLanguage(
  sql: Sql,
  id: number,
  language: DashboardLanguage | null,
): Promise<void> {
  await sql`update staff_accounts set language = ${language} where id = ${id}`;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_CHARS || password.length > MAX_PASSWORD_CHARS) {
    throw new AppError(
      "invalid_input",
      400,
      `A password has ${MIN_PASSWORD_CHARS} to ${MAX_PASSWORD_CHARS} characters`,
    );
  }
}

function normalLogin(login: string): string {
  return login.trim().toLowerCase();
}

function columns(sql: Sql) {
  return sql`id, name, login, role, language, disabled_at, created_at`;
}

/** A valid hash of no one's password, verified against when the sign-in name is unknown. */
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$yTQ7EUXj6S0C7+YI31dbsQ$6c9in613pFzT0lhGHnYR9jJy8ZPot+aoqGGSJAGkMg0";
