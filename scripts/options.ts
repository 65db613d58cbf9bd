/**
 * Command-line options of every script: parsed strictly, `--help` answered with the usage, and
 * a wrong option said in one line with exit status 2. Imports nothing but `node:util`, so even
 * the container's health check can use it cheaply.
 *
 * @example
 * ```ts
 * const options = parseCommand({
 *   command: "deno task chat",
 *   summary: "talk to the agent in a terminal.",
 *   options: { phone: { type: "string", default: "+34600000001", help: "the customer's number" } },
 * });
 * options.phone; // "+34600000001" unless --phone says otherwise
 * ```
 * @module
 */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

/** One command-line option: its type, default, and the line `--help` shows for it. */
export interface OptionSpec {
  type: "string" | "boolean";
  /** A boolean is false unless given. */
  default?: string | boolean;
  /** What `--help` says of it. */
  help: string;
  /** The value's placeholder in `--help`, e.g. `<number>`. */
  value?: string;
}

/** A command's name, what it does, its options and any notes, for {@link parseCommand}. */
export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** How it is run, e.g. `deno task chat`. */
  command: string;
  /** One sentence saying what it does. */
  summary: string;
  options: O;
  /** Paragraphs printed after the options. */
  notes?: string[];
  /** What it reads from the environment; by default the server's variables. */
  environment?: string;
}

/** The parsed options: booleans, strings with a default, other strings maybe absent. */
export type Options<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K] extends { type: "boolean" } ? boolean
    : O[K] extends { default: string } ? string
    : string | undefined;
};

const ENVIRONMENT_NOTE =
  "Settings come from environment variables (DATABASE_URL, GOOGLE_API_KEY,\n" +
  "TWILIO_*, ADMIN_TOKEN...): see .env.example and the README's Configuration section.";

/**
 * Parses `args` against `spec`. `--help` (or `-h`) prints the usage and exits 0; an unknown
 * option, a missing value or a stray argument prints one line and exits 2.
 */
export function parseCommand<const O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: string[] = Deno.args,
): Options<O> {
  const options: ParseArgsOptionsConfig = { help: { type: "boolean", short: "h" } };
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = option.type === "boolean"
      ? { type: "boolean", default: option.default === true }
      : option.default === undefined
      ? { type: "string" }
      : { type: "string", default: String(option.default) };
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split(". ")[0] : String(err);
    console.error(`${spec.command}: ${reason}. Run \`${spec.command} --help\` for its options.`);
    Deno.exit(2);
  }
  if (values.help) {
    console.log(usage(spec));
    Deno.exit(0);
  }
  return values as Options<O>;
}

/** The text `--help` prints. */
export function usage(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, o]) => [
    `--${name}${o.type === "string" ? ` ${o.value ?? "<value>"}` : ""}`,
    o.default === undefined || o.type === "boolean" ? o.help : `${o.help} (default ${o.default})`,
  ]);
  rows.push(["-h, --help", "show this help and exit"]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `${spec.command}: ${spec.summary}`,
    "",
    `Usage: ${spec.command}${Object.keys(spec.options).length ? " [options]" : ""}`,
    "",
    "Options:",
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
    "",
    ...(spec.notes ?? []).flatMap((note) => [note, ""]),
    spec.environment ?? ENVIRONMENT_NOTE,
  ].join("\n");
}
