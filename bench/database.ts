/**
 * A database of its own for each server a bench starts: a fresh database on `DATABASE_URL`'s
 * server when it is set (dropped afterwards), otherwise an embedded one in a temporary folder.
 *
 * @module
 */
import postgres from "postgres";

/** A new database for one server: a fresh database on DATABASE_URL's server, or a temp dir. */
export async function freshDatabase(
  name: string,
): Promise<{ label: string; env: Record<string, string>; drop: () => Promise<void> }> {
  const serverUrl = Deno.env.get("DATABASE_URL");
  if (serverUrl) {
    const db = `bench_${name}_${Date.now()}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${db}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${db}`;
    return {
      label: `PostgreSQL at ${url.host}`,
      env: { DATABASE_URL: url.toString() },
      drop: async () => {
        const a = postgres(serverUrl, { max: 1, onnotice: () => {} });
        await a.unsafe(`drop database if exists ${db} with (force)`);
        await a.end();
      },
    };
  }
  const dir = await Deno.makeTempDir({ prefix: `bench-${name}-` });
  return {
    label: "embedded (PGlite)",
    env: { DATA_DIR: `${dir}/data` },
    drop: () => Deno.remove(dir, { recursive: true }),
  };
}
