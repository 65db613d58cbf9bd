/**
 * The layers of `src/`, lowest first, and a reader of imports that names every import pointing
 * up the order or sideways into another folder of the same layer. A folder imports only from
 * itself and from folders of lower layers; the files directly in `src/` compose everything and
 * sit on top.
 *
 * @example
 * ```ts
 * const violations = await checkLayers(new URL("../../src/", import.meta.url));
 * // [] when every import points down
 * ```
 * @module
 */

/**
 * Lowest first. Folders on one line are peers: neither imports the other.
 *
 * shared (config, log, errors, money, ids, metrics, clock) -> db -> jobs (scheduled rows) ->
 * http (router, error mapping,
 * middleware) -> staff (sessions, the admin guard) -> settings (the shop's terms) -> catalog ->
 * customers -> cart -> orders (quotes, statuses, holds) -> payments (providers, their webhooks) ->
 * conversations (the stored thread) -> notify (proactive messages, consent) -> agent (turn loop,
 * journal, models, tools) -> inbox (intake, waiters, workers) -> channels (whatsapp, chat) ->
 * reports -> doctor (integration checks) -> api and dashboard ->
 * the composition files in src/ (runtime, app, background, server).
 */
export const LAYERS: readonly (readonly string[])[] = [
  ["shared"],
  ["db"],
  ["jobs"],
  ["http"],
  ["staff"],
  ["settings"],
  ["catalog"],
  ["customers"],
  ["cart"],
  ["orders"],
  ["payments"],
  ["conversations"],
  ["notify"],
  ["agent"],
  ["inbox"],
  ["whatsapp", "chat"],
  ["reports"],
  ["doctor"],
  ["api", "dashboard"],
  [""],
];

/** One import that breaks the order. */
export interface Violation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

const IMPORT =
  /(?:^|[^\w.])(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

/** Every import under `srcDir` that points up the order or across peers. */
export async function checkLayers(srcDir: URL): Promise<Violation[]> {
  const rank = new Map<string, number>();
  LAYERS.forEach((folders, i) => folders.forEach((f) => rank.set(f, i)));
  const violations: Violation[] = [];
  for await (const path of sourceFiles(srcDir)) {
    // Examples in doc comments show how callers use a module; only the module's own imports count.
    const text = withoutComments(await Deno.readTextFile(new URL(path, srcDir)));
    const from = folderOf(path);
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier.startsWith(".")) continue;
      const line = text.slice(0, match.index).split("\n").length +
        (text.slice(match.index, match.index + 1) === "\n" ? 1 : 0);
      const target = new URL(specifier, new URL(path, srcDir));
      if (!target.href.startsWith(srcDir.href)) {
        violations.push({ file: path, line, specifier, reason: "imports from outside src/" });
        continue;
      }
      const to = folderOf(target.href.slice(srcDir.href.length));
      if (to === from) continue;
      const a = rank.get(from);
      const b = rank.get(to);
      if (a === undefined || b === undefined) {
        const unknown = a === undefined ? from : to;
        violations.push({
          file: path,
          line,
          specifier,
          reason: `folder src/${unknown}/ has no layer (add it to LAYERS)`,
        });
      } else if (b > a) {
        violations.push({
          file: path,
          line,
          specifier,
          reason: `${label(from)} imports ${label(to)}, which is above it`,
        });
      } else if (b === a) {
        violations.push({
          file: path,
          line,
          specifier,
          reason: `${label(from)} imports its peer ${label(to)}`,
        });
      }
    }
  }
  return violations;
}

/** The source with comments blanked out, keeping line numbers (strings are left alone). */
function withoutComments(source: string): string {
  return source.replace(
    /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (match, literal) => literal ?? match.replace(/[^\n]/g, " "),
  );
}

function label(folder: string): string {
  return folder === "" ? "src/ (composition)" : `src/${folder}/`;
}

/** The top folder of a path relative to src/ ("" for files directly in src/). */
function folderOf(path: string): string {
  const slash = path.indexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

async function* sourceFiles(dir: URL, prefix = ""): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isDirectory) {
      yield* sourceFiles(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`);
    } else if (/\.(ts|tsx)$/.test(entry.name)) {
      yield `${prefix}${entry.name}`;
    }
  }
}
