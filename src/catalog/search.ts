/**
 * What a customer's search means: its words without stop words (Spanish, English, Portuguese),
 * stemmed by the database's `catalog_stems()` (sql/0035) exactly as product texts are, each word
 * widened to the stems it may have meant: its prefix (a partial name) and, for a word the
 * catalog has never used, the vocabulary's nearest stems by trigram similarity (a typo).
 * The result is one `tsquery` per word; service.ts ranks products with them.
 *
 * @module
 */
import type { Sql } from "../db/connect.ts";

/** The tsquery texts of one search word: anywhere, in the name (A), in the category (B). */
export interface WordQuery {
  any: string;
  name: string;
  category: string;
}

const MAX_WORDS = 8;
/** Stems shorter than this are matched whole: «te» is tea, not «termo». */
const MIN_PREFIX = 4;
/** Typos are looked for in stems of at least this length. */
const MIN_TYPO = 4;
const TYPO_CANDIDATES = 3;
/** Above pg_trgm's 0.3: «nothing» is not a typo of «not». */
const TYPO_SIMILARITY = 0.4;

/**
 * Function words, shopping phrases and praise that say nothing about which product: «una taza
 * bonita para regalo» is a mug («bonita» would stem like «Boné»).
 */
const STOP_WORDS = new Set(
  [
    // es
    "a al algo alguna alguno algun busco buscando comprar con de del el ella en es esta este",
    "estoy hay la las lo los me mi mis muy necesito o para por que quiero quisiera se sin su",
    "sus tiene tienen tienes un una unas uno unos vendes venden y ya favor bonito bonita bonitos",
    "bonitas lindo linda bueno buena buenos buenas barato barata regalo regalar",
    // en
    "an and any are buy do for from have i im in is it looking me my need of on or please",
    "some the to want with would you your nice good cheap gift pretty lovely",
    // pt
    "as da das do dos e em na nas no nos os ou preciso procuro quero tem voce voces um uma",
    "umas uns bom boa bonitos presente lindos",
  ].join(" ").split(" "),
);

/** Lower case, no accents, split into words: the same first step `catalog_stems()` takes. */
function plainWords(q: string): string[] {
  return q
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * The per-word queries of a search, or `[]` when it has no words at all («%», «¿?»). A search
 * made only of stop words keeps them.
 */
export async function wordQueries(sql: Sql, q: string): Promise<WordQuery[]> {
  const words = plainWords(q);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, MAX_WORDS);
  if (chosen.length === 0) return [];
  const rows = await sql<{ stem: string; near: string[] }[]>`
    with stems as (
      select distinct catalog_stems(w) as stem from unnest(${chosen}::text[]) as w
    )
    select stem,
      case when char_length(stem) < ${MIN_TYPO}
        or exists (select 1 from catalog_words where word = stem) then '{}'::text[]
      else array(
        select word from catalog_words
        where word % stem and similarity(word, stem) >= ${TYPO_SIMILARITY}
        order by similarity(word, stem) desc, word limit ${TYPO_CANDIDATES}
      ) end as near
    from stems where stem <> ''`;
  return rows.map((row) => {
    const alternatives = [
      row.stem.length >= MIN_PREFIX ? `${row.stem}:*` : row.stem,
      ...row.near.filter((w) => /^[a-z0-9]+$/.test(w)),
    ];
    const weighted = (weight: string) =>
      alternatives.map((a) => a.endsWith(":*") ? `${a}${weight}` : `${a}:${weight}`).join(" | ");
    return { any: alternatives.join(" | "), name: weighted("A"), category: weighted("B") };
  });
}
