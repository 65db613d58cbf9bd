/**
 * A database that cannot be opened, said in one line that names the problem and the fix, the
 * way configuration errors are: commands print it and exit instead of showing a stack trace.
 *
 * @example
 * ```ts
 * const err = describeConnectError(
 *   Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
 *   "postgres://shop@127.0.0.1:5432/shop",
 * );
 * err.message; // "Cannot reach the database at 127.0.0.1:5432 (connection refused): ..."
 * ```
 * @module
 */

/** The database cannot be used; `message` is the one line to print. */
export class DatabaseError extends Error {
  override name = "DatabaseError";
}

/**
 * The {@link DatabaseError} for a failure to connect to `url` (credentials never shown), with
 * the fix worded for the setting the URL came from.
 */
export function describeConnectError(
  err: unknown,
  url: string,
  setting: "DATABASE_URL" | "DATABASE_MIGRATION_URL" = "DATABASE_URL",
): DatabaseError {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  const parsed = new URL(url);
  const socketDir = parsed.searchParams.get("host");
  const where = socketDir?.startsWith("/")
    ? `${socketDir}/.s.PGSQL.${parsed.port || "5432"}`
    : `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
  const database = decodeURIComponent(parsed.pathname.slice(1)) || parsed.username || "postgres";
  const user = decodeURIComponent(parsed.username) || "postgres";
  const fixUrl = setting === "DATABASE_URL"
    ? "check DATABASE_URL, or unset it to use the embedded database"
    : "check DATABASE_MIGRATION_URL, or unset it to migrate through DATABASE_URL";
  const reasons: Record<string, string> = {
    ECONNREFUSED:
      `Cannot reach the database at ${where} (connection refused): is PostgreSQL running there? ${fixUrl}.`,
    ENOTFOUND: `Cannot reach the database at ${where} (unknown host): ${fixUrl}.`,
    ENOENT:
      `Cannot reach the database at ${where} (no such socket): is PostgreSQL running there? ${fixUrl}.`,
    EAI_AGAIN:
      `Cannot reach the database at ${where} (the host name does not resolve now): ${fixUrl}.`,
    ETIMEDOUT:
      `Cannot reach the database at ${where} (timed out): is it running and reachable? ${fixUrl}.`,
    CONNECT_TIMEOUT:
      `Cannot reach the database at ${where} (timed out): is it running and reachable? ${fixUrl}.`,
    "3D000":
      `The database "${database}" does not exist at ${where}: create it (createdb ${database}) or ${fixUrl}.`,
    "28P01": `The database at ${where} refused the password of user "${user}": ${fixUrl}.`,
    "28000": `The database at ${where} does not let user "${user}" in: ${fixUrl}.`,
    "42501":
      `User "${user}" may not connect to "${database}" at ${where}: grant it CONNECT or ${fixUrl}.`,
  };
  const message = typeof e.message === "string" ? e.message : String(err);
  return new DatabaseError(
    reasons[code] ?? `Cannot open the database at ${where}: ${message.split("\n")[0]}. ${fixUrl}.`,
    { cause: err },
  );
}
