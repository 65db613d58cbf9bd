/**
 * The real server as a child process (`deno run main.ts`), for crash and multi-process tests:
 * started with its own environment, found by the `server.started` log line (its `listening`
 * address), killed for real;
 * and a database such processes can use in turn.
 *
 * @example
 * ```ts
 * const server = await spawnServer({ DATABASE_URL: url, PORT: "0" });
 * await fetch(`${server.url}/healthz`);
 * await server.kill("SIGKILL");
 * ```
 * @module
 */
import { emptyServerDatabase } from "./db.ts";

export interface ServerProcess {
  url: string;
  pid: number;
  /** The last log lines printed (at most 1,000). */
  lines: string[];
  /** Whether the process has ended (by itself or killed). */
  exited(): boolean;
  kill(signal?: Deno.Signal): Promise<Deno.CommandStatus>;
}

const root = new URL("../..", import.meta.url);

/**
 * Starts `main.ts` (or another `script` that logs `server.started` with `listening`) with `env`
 * (PORT defaults to 0) and waits until it listens. `flags` go to `deno run` (default `-A`).
 * `prefix` runs it through a command that execs it, such as
 * `["prlimit", "--nofile=1024:1024", "--"]` (the pid stays the server's); `args` replaces
 * `run <flags> <script>` (`["task", "start"]`).
 */
export async function spawnServer(
  env: Record<string, string>,
  options: {
    script?: string;
    timeoutMs?: number;
    flags?: string[];
    prefix?: string[];
    args?: string[];
  } = {},
): Promise<ServerProcess> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const [program, ...before] = [...(options.prefix ?? []), Deno.execPath()];
  const child = new Deno.Command(program, {
    args: [
      ...before,
      ...(options.args ?? ["run", ...options.flags ?? ["-A"], options.script ?? "main.ts"]),
    ],
    cwd: root,
    env: { ...inherited(), PORT: "0", LOG_LEVEL: "info", ...env },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const lines: string[] = [];
  let ended = false;
  child.status.then(() => ended = true);
  let resolveUrl: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => resolveUrl = resolve);
  (async () => {
    const decoder = new TextDecoderStream();
    let buffer = "";
    for await (const chunk of child.stdout.pipeThrough(decoder)) {
      buffer += chunk;
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 1000) lines.splice(0, lines.length - 500);
        if (line.includes('"server.started"')) {
          const port = String(JSON.parse(line).listening).split(":").pop();
          resolveUrl(`http://127.0.0.1:${port}`);
        }
      }
    }
  })();
  const stderr = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  (async () => {
    for (let r = await stderr.read(); !r.done; r = await stderr.read()) lines.push(r.value);
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`server did not start:\n${lines.join("\n")}`)),
      timeoutMs,
    );
  });
  try {
    const started = await Promise.race([url, timeout]);
    return {
      url: started,
      pid: child.pid,
      lines,
      exited: () => ended,
      kill: async (signal: Deno.Signal = "SIGTERM") => {
        try {
          child.kill(signal);
        } catch {
          // already exited
        }
        return await child.status;
      },
    };
  } catch (err) {
    child.kill("SIGKILL");
    await child.status;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** A database two server processes can use in turn: real Postgres, or an embedded directory. */
export async function sharedDatabase(): Promise<
  { env: Record<string, string>; url: string | null; drop: () => Promise<void> }
> {
  const serverUrl = Deno.env.get("DATABASE_URL");
  if (serverUrl) {
    const db = await emptyServerDatabase(serverUrl);
    return { env: { DATABASE_URL: db.url }, url: db.url, drop: db.drop };
  }
  const dir = await Deno.makeTempDir();
  return {
    env: { DATA_DIR: `${dir}/data` },
    url: null,
    drop: () => Deno.remove(dir, { recursive: true }),
  };
}

/** What a child needs from this environment to run Deno at all (no app settings). */
function inherited(): Record<string, string> {
  const keep = ["HOME", "PATH", "DENO_DIR", "TMPDIR", "XDG_CACHE_HOME"];
  return Object.fromEntries(
    keep.flatMap((k) => {
      const v = Deno.env.get(k);
      return v === undefined ? [] : [[k, v]];
    }),
  );
}
