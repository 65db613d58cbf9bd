/**
 * Narrows deno.json's `imports` and deno.lock to the packages the server and its scripts import,
 * for the container image: `deno install --frozen` then installs exactly those, as locked,
 * and none of the test-only ones (fast-check, playwright-core...). Deno 2.9 installs every
 * package of the lockfile whatever `--entrypoint` says, so the narrowing is done on the files.
 * Run in the image's build directory: it rewrites deno.json and deno.lock there.
 *
 * @example
 * ```ts
 * const kept = productionImports(
 *   { "hono": "npm:hono@4.13.19", "fast-check": "npm:fast-check@4.6.0" },
 *   ['import { Hono } from "hono";'],
 * );
 * Object.keys(kept); // ["hono"]
 * ```
 * @module
 */
import { parseCommand } from "./options.ts";

/** The parts of a deno.lock (version 5) that name npm packages. */
export interface Lock {
  version: string;
  specifiers: Record<string, string>;
  npm: Record<string, { dependencies?: string[]; optionalDependencies?: string[] }>;
  workspace?: { dependencies?: string[] };
}

/** Source roots of the image: what `deno task start` and the scripts load. */
const SOURCES = ["main.ts", "src", "scripts"];

/** The entries of `imports` that some bare specifier in `sources` resolves through. */
export function productionImports(
  imports: Record<string, string>,
  sources: string[],
): Record<string, string> {
  const used = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"'./][^"']*)["']/g)) {
      used.add(m[1]);
    }
  }
  const packages = new Set(
    Object.entries(imports)
      .filter(([key]) => [...used].some((s) => key.endsWith("/") ? s.startsWith(key) : s === key))
      .map(([, target]) => packageOf(target)),
  );
  return Object.fromEntries(
    Object.entries(imports).filter(([, target]) => packages.has(packageOf(target))),
  );
}

/** `lock` with only the npm packages `imports` reach, directly or as dependencies. */
export function narrowLock(lock: Lock, imports: Record<string, string>): Lock {
  const roots = [...new Set(Object.values(imports).map(packageOf))];
  const keys = Object.keys(lock.npm);
  const resolve = (dependency: string): string | undefined =>
    lock.npm[dependency]
      ? dependency
      : keys.find((k) => k.startsWith(`${dependency}_`) || nameOf(k) === dependency);
  const reached = new Set<string>();
  const queue = roots.map((r) => resolve(`${nameOf(r)}@${lock.specifiers[r]}`)).filter(
    (k): k is string => k !== undefined,
  );
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (reached.has(key)) continue;
    reached.add(key);
    const entry = lock.npm[key];
    for (const d of [...entry.dependencies ?? [], ...entry.optionalDependencies ?? []]) {
      const found = resolve(d);
      if (found) queue.push(found);
    }
  }
  return {
    ...lock,
    specifiers: Object.fromEntries(
      Object.entries(lock.specifiers).filter(([s]) => roots.includes(s)),
    ),
    npm: Object.fromEntries(Object.entries(lock.npm).filter(([k]) => reached.has(k))),
    ...(lock.workspace
      ? {
        workspace: {
          ...lock.workspace,
          dependencies: lock.workspace.dependencies?.filter((d) => roots.includes(d)),
        },
      }
      : {}),
  };
}

/** `npm:/@scope/name@1.2.3/` and `npm:@scope/name@1.2.3` are both `npm:@scope/name@1.2.3`. */
function packageOf(target: string): string {
  return target.replace(/^npm:\//, "npm:").replace(/\/$/, "");
}

/** The package name of a lock key or specifier: `@hono/zod-openapi@1.6.3_hono@...` → `@hono/zod-openapi`. */
function nameOf(key: string): string {
  const bare = key.replace(/^npm:/, "");
  const at = bare.indexOf("@", 1);
  return at === -1 ? bare : bare.slice(0, at);
}

async function* sourceTexts(path: string): AsyncGenerator<string> {
  const info = await Deno.stat(path);
  if (info.isFile) {
    if (/\.(ts|tsx)$/.test(path)) yield await Deno.readTextFile(path);
    return;
  }
  for await (const entry of Deno.readDir(path)) yield* sourceTexts(`${path}/${entry.name}`);
}

if (import.meta.main) {
  parseCommand({
    command: "deno run scripts/production-imports.ts",
    summary: "narrow deno.json and deno.lock here to what the server imports (image builds).",
    options: {},
    environment: "It reads main.ts, src/ and scripts/ and rewrites deno.json and deno.lock.",
  });
  const config = JSON.parse(await Deno.readTextFile("deno.json"));
  const lock: Lock = JSON.parse(await Deno.readTextFile("deno.lock"));
  const sources: string[] = [];
  for (const root of SOURCES) for await (const text of sourceTexts(root)) sources.push(text);
  const imports = productionImports(config.imports, sources);
  const dropped = Object.keys(config.imports).filter((k) => !(k in imports));
  await Deno.writeTextFile("deno.json", JSON.stringify({ ...config, imports }, null, 2) + "\n");
  await Deno.writeTextFile(
    "deno.lock",
    JSON.stringify(narrowLock(lock, imports), null, 2) + "\n",
  );
  console.log(`Left out of the image: ${dropped.join(", ") || "nothing"}`);
}
