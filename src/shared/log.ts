/**
 * Structured logging: one JSON object per line on standard output, with a level filter.
 *
 * @example
 * ```ts
 * const log = createLogger("info");
 * log.info("server.started", { port: 8000 });
 * // {"time":"…","level":"info","msg":"server.started","port":8000}
 * ```
 * @module
 */

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Writes structured log lines at or above its level. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Creates a logger that writes lines through `write` (standard output by default), each line
 * passed through `redact` first (shared/redact.ts) so no secret reaches a log.
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => console.log(line),
  redact: (line: string) => string = (line) => line,
): Logger {
  const emit =
    (at: Exclude<LogLevel, "silent">) => (msg: string, fields?: Record<string, unknown>) => {
      if (rank[at] < rank[level]) return;
      write(redact(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields })));
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** The text of any thrown value, for a log field. */
export function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
