/**
 * The embedded Postgres: PGlite (Postgres compiled to WebAssembly) in a directory, served on
 * a loopback port by pglite-socket so postgres.js reaches it like any server. The data
 * directory is locked while open, so a second process cannot corrupt it.
 *
 * @module
 */
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DatabaseError } from "./errors.ts";

/** The contrib extensions the migrations create. */
const embeddedExtensions = { unaccent, pg_trgm };

export interface Embedded {
  /** postgres:// URL of the loopback server. */
  url: string;
  /** The whole data directory as a gzipped tarball, to start other databases from. */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the database in `dataDir` and serves it on 127.0.0.1.
 * `dataDir` of `memory://` keeps everything in memory; `snapshot` seeds an in-memory database.
 */
export async function openEmbedded(
  options: { dataDir: string; snapshot?: Blob },
): Promise<Embedded> {
  const inMemory = options.snapshot !== undefined || options.dataDir.startsWith("memory://");
  const lock = inMemory ? undefined : await lockDataDir(options.dataDir);
  try {
    const db = await PGlite.create({
      dataDir: inMemory ? undefined : options.dataDir,
      loadDataDir: options.snapshot,
      extensions: embeddedExtensions,
    });
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      dump: () => db.dumpDataDir("gzip"),
      close: async () => {
        await server.stop();
        await db.close();
        lock?.close();
      },
    };
  } catch (err) {
    lock?.close();
    throw err;
  }
}

/**
 * Takes an exclusive lock on `<dataDir>/.lock`, or fails at once with a clear message when
 * another process holds it.
 */
async function lockDataDir(dataDir: string): Promise<Deno.FsFile> {
  let file: Deno.FsFile;
  try {
    await Deno.mkdir(dataDir, { recursive: true });
    file = await Deno.open(`${dataDir}/.lock`, { create: true, write: true });
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/ \(os error \d+\).*/s, "") : "";
    throw new DatabaseError(
      `Cannot use ${dataDir} for the embedded database (${reason.toLowerCase()}): ` +
        "set DATA_DIR to a directory this user can write, or set DATABASE_URL.",
      { cause: err },
    );
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const locked = await Promise.race([
    file.lock(true).then(() => true),
    new Promise<false>((resolve) => timer = setTimeout(() => resolve(false), 500)),
  ]);
  clearTimeout(timer);
  if (!locked) {
    file.close();
    throw new DatabaseError(
      `The embedded database in ${dataDir} is in use by another process (is the server running?). ` +
        "Stop it first, or set DATABASE_URL to share a Postgres server.",
    );
  }
  return file;
}
