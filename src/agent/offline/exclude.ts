/**
 * What a customer says they do not want beside what they ask about: «algo dulce que no sea
 * chocolate», «for someone who drinks tea but hates coffee», «pra quem não toma café». The words
 * saying it are taken out of the message, so they are neither searched nor added, and what they
 * name (a category, or a product's word) is left out of the products shown.
 *
 * @example
 * ```ts
 * exclusionIn("teneis algo dulce que no sea chocolate?");
 * // { rest: "teneis algo dulce ?", excluding: { words: ["chocolate"], categories: [] } }
 * ```
 * @module
 */
import { normalize, stem } from "./text.ts";
import { vocabulary as V } from "./vocabulary.ts";

/** The catalog's words and categories a customer does not want. */
export interface Excluded {
  words: string[];
  categories: string[];
}

const SAYING_NOT = [
  // «que no sea chocolate», «mi mujer no toma café», «todo menos el té»
  /\b(?:(?:que|q) no (?:sea|sean|tenga|tengan|lleve|lleven|contenga|contengan)(?: de)?|no (?:toma|toman|bebe|beben|come|comen|puede tomar|puede comer|le gusta|le gustan|soporta|tolera)|menos|excepto|salvo|quitando)\s+(?:(?:el|la|los|las|nada de|de)\s+)?(\p{L}+)/u,
  // «that isn't coffee», «but hates coffee», «she doesn't drink coffee», «except chocolate»
  /\b(?:(?:that|which) (?:isnt|is not|arent|are not|aint)|(?:but )?(?:hates?|doesnt (?:drink|like|eat)|does not (?:drink|like|eat)|dont (?:drink|like|eat)|do not (?:drink|like|eat)|cant (?:have|drink|eat|stand)|cannot (?:have|drink|eat)|(?:is )?allergic to)|except(?: for)?|other than|apart from)\s+(?:(?:a|an|the|any)\s+)?(\p{L}+)/u,
  // «que não seja chocolate», «pra quem não toma café», «tudo menos chá»
  /\b(?:(?:que|q) (?:nao|n) (?:seja|sejam|tenha|tenham|leve|levem)(?: de)?|(?:nao|n) (?:toma|tomam|bebe|bebem|come|comem|gosta de|curte|pode tomar|pode comer|suporta)|exceto|tirando|menos)\s+(?:(?:o|a|os|as|de|do|da)\s+)?(\p{L}+)/u,
];

/** The words the vocabulary translates into: the catalog's own words. */
const CATALOG_WORDS = new Set(V.synonyms.values());

/** The message without the words saying what is not wanted, and what they name; null if none. */
export function exclusionIn(raw: string): { rest: string; excluding: Excluded } | null {
  const text = normalize(raw);
  const excluding: Excluded = { words: [], categories: [] };
  const cuts: string[][] = [];
  for (const re of SAYING_NOT) {
    const m = re.exec(text);
    if (!m) continue;
    const word = m[1];
    const category = V.categories.get(word) ?? V.categories.get(stem(word));
    const product = V.synonyms.get(word) ?? V.synonyms.get(stem(word)) ??
      [word, stem(word)].find((w) => CATALOG_WORDS.has(w));
    if (category) excluding.categories.push(category);
    else if (product) excluding.words.push(product);
    else continue;
    cuts.push(m[0].split(" "));
  }
  const rest = cuts.reduce(cut, raw);
  // Nothing could be cut from the message as written: no exclusion to read apart.
  return rest === raw ? null : { rest, excluding };
}

/** The raw message without the words `said` (normalized), matched word by word. */
function cut(raw: string, said: string[]): string {
  const tokens = [...raw.matchAll(/[\p{L}\p{N}'’´`]+/gu)];
  for (let i = 0; i + said.length <= tokens.length; i++) {
    if (said.every((w, k) => normalize(tokens[i + k][0]) === w)) {
      const from = tokens[i].index;
      const last = tokens[i + said.length - 1];
      return `${raw.slice(0, from)}${raw.slice(last.index + last[0].length)}`
        .replace(/\s+([?!.,])/g, "$1").replace(/\s{2,}/g, " ").trim();
    }
  }
  return raw;
}

/** Whether a product found is one the customer does not want. */
export function excluded(
  product: { name?: unknown; category?: unknown },
  excluding: Excluded,
): boolean {
  if (excluding.categories.includes(String(product.category ?? ""))) return true;
  const name = normalize(String(product.name ?? "")).split(" ").map(stem);
  return excluding.words.some((w) => name.includes(stem(w)));
}
