/**
 * Intents read from their cue words when no phrase of the vocabulary matched: «this bot is
 * useless, get me someone from the shop» has no handoff phrase but says «someone» and «get».
 * Each intent's words weigh 2 (core) or 1 (support); an intent needing a word («order» for a
 * cancellation) counts only with it. The best intent wins at 3 or more, ahead of the next.
 *
 * @example
 * ```ts
 * cueIntent("this bot is useless get me someone from the shop".split(" ")); // "handoff"
 * cueIntent(["hola"]); // null
 * ```
 * @module
 */
import { stem } from "./text.ts";
import { vocabulary as V } from "./vocabulary.ts";

const NEGATION = new Set(
  "no not dont nao nunca never stop basta chega enough quit unsubscribe parem paren parar pare dejen dejad baja borrar borrame quitame sacame tira tirar remove off"
    .split(" "),
);

const sets = new Map(
  [...V.cues].map(([name, cue]) => [name, {
    core: new Set(cue.core.map(stem)),
    support: new Set(cue.support.map(stem)),
    needs: new Set(cue.needs.map(stem)),
  }]),
);

/**
 * The intent the words (normalized, not stemmed) point to, or null when none clearly does;
 * `least` is the score it needs (3 by default).
 */
export function cueIntent(ws: readonly string[], least = 3): string | null {
  const stems = new Set(ws.map(stem));
  const negated = ws.some((w) => NEGATION.has(w));
  const scores: [string, number][] = [];
  for (const [name, cue] of sets) {
    if (cue.needs.size > 0 && ![...stems].some((w) => cue.needs.has(w))) continue;
    // Offers asked for and offers refused share their words; a negation tells them apart.
    if (name === "optIn" && negated) continue;
    if (name === "optOut" && !negated) continue;
    let score = 0;
    let core = false;
    for (const w of stems) {
      if (cue.core.has(w)) {
        score += 2;
        core = true;
      } else if (cue.support.has(w) || cue.needs.has(w)) score += 1;
    }
    if (core) scores.push([name, score]);
  }
  scores.sort((a, b) => b[1] - a[1]);
  const [best, next] = scores;
  if (!best || best[1] < least || (next && next[1] === best[1])) return null;
  return best[0];
}

/** The stems of an intent's cue words, to tell them from the words naming a product. */
export function cueWords(name: string): ReadonlySet<string> {
  const cue = sets.get(name);
  return new Set([...cue?.core ?? [], ...cue?.support ?? []]);
}
