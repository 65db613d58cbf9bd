/**
 * What every command that opens the database shares: configuration from the environment, a
 * logger, and a failure printed as one clear line with exit status 1 instead of a stack trace.
 *
 * @module
 */
import { type Config, ConfigError, loadConfig } from "../src/shared/config.ts";
import { DatabaseError } from "../src/db/errors.ts";
import { MigrationError } from "../src/db/migrate.ts";
import { AppError } from "../src/shared/errors.ts";
import { createLogger, type Logger } from "../src/shared/log.ts";
import { redactor, secretsOf } from "../src/shared/redact.ts";

/** Runs a command body; known failures end the process with their message. */
export async function runCli(
  body: (ctx: { config: Config; log: Logger }) => Promise<void>,
): Promise<void> {
  try {
    const config = loadConfig(Deno.env.toObject());
    const log = createLogger(config.logLevel, undefined, redactor(secretsOf(config)));
    await body({ config, log });
  } catch (err) {
    if (
      err instanceof ConfigError || err instanceof MigrationError || err instanceof DatabaseError ||
      err instanceof AppError
    ) {
      console.error(err.message);
      Deno.exit(1);
    }
    throw err;
  }
}
