/**
 * The offline model's vocabulary: for each language, a data file (vocabulary/*.json) of number
 * words, filler words, words that translate into the catalog's words, categories, sizes, and
 * the phrases that carry each intent (regular expressions over normalized text). The model
 * reads every language at once, since customers mix them; the reply language is decided apart.
 *
 * @module
 */
import en from "./vocabulary/en.json" with { type: "json" };
import es from "./vocabulary/es.json" with { type: "json" };
import pt from "./vocabulary/pt.json" with { type: "json" };

interface VocabularyFile {
  numbers: Record<string, number>;
  fillers: string[];
  synonyms: Record<string, string>;
  units: string[];
  categories: Record<string, string>;
  sizes: Record<string, string>;
  /** Categories whose products come in sizes. */
  clothing: string[];
  intents: Record<string, string[]>;
  /** Words that point to an intent however the sentence is built (cues.ts). */
  cues: Record<string, Cue>;
  /** Shorthand and misspellings written out: «vdd» is «verdade», «u» is «you». */
  spelling: Record<string, string>;
  /** Products described by what they are for: the phrases, and the catalog words to look for. */
  uses: Use[];
}

/** A use a customer describes («algo para llevar el café al curro») and what serves it. */
interface Use {
  says: string[];
  /** The catalog's words to search for («termo»). */
  words?: string[];
  /** Or the category to show. */
  category?: string;
}

/** An intent's cue words: `core` weigh 2, `support` 1; some word of `needs` must be there. */
export interface Cue {
  core: string[];
  support: string[];
  needs?: string[];
}

const FILES: VocabularyFile[] = [es, en, pt];

/** What the phrase files say, merged over the three languages. */
export interface Vocabulary {
  /** Number words, longest phrases first ("media docena" before "docena"). */
  numbers: [string, number][];
  fillers: Set<string>;
  synonyms: Map<string, string>;
  units: Set<string>;
  categories: Map<string, string>;
  /** Size words to the size they mean ("grande" -> "L", "gg" -> "XL"). */
  sizes: Map<string, string>;
  clothing: Set<string>;
  /** Shorthand to the words it stands for. */
  spelling: Map<string, string>;
  /** Each intent's cue words, over the three languages. */
  cues: Map<string, Required<Cue>>;
  /** Whether the normalized text says the intent in any language. */
  says(intent: string, text: string): boolean;
  /** The first match of the intent's phrases. */
  match(intent: string, text: string): RegExpExecArray | null;
  /** What serves the use the normalized text describes, if it describes one. */
  useOf(text: string): { words: string[]; category: string | null } | null;
}

function build(): Vocabulary {
  const numbers = new Map<string, number>();
  const fillers = new Set<string>();
  const synonyms = new Map<string, string>();
  const units = new Set<string>();
  const categories = new Map<string, string>();
  const sizes = new Map<string, string>();
  const clothing = new Set<string>();
  const intents = new Map<string, RegExp[]>();
  const cues = new Map<string, Required<Cue>>();
  const spelling = new Map<string, string>();
  const uses: { says: RegExp[]; words: string[]; category: string | null }[] = [];
  for (const file of FILES) {
    for (const use of file.uses) {
      uses.push({
        says: use.says.map((s) => new RegExp(s)),
        words: use.words ?? [],
        category: use.category ?? null,
      });
    }
    for (const [w, to] of Object.entries(file.spelling)) spelling.set(w, to);
    for (const [name, cue] of Object.entries(file.cues)) {
      const all = cues.get(name) ?? { core: [], support: [], needs: [] };
      all.core.push(...cue.core);
      all.support.push(...cue.support);
      all.needs.push(...cue.needs ?? []);
      cues.set(name, all);
    }
    for (const [w, n] of Object.entries(file.numbers)) numbers.set(w, n);
    for (const w of file.fillers) fillers.add(w);
    for (const [w, to] of Object.entries(file.synonyms)) if (!synonyms.has(w)) synonyms.set(w, to);
    for (const w of file.units) units.add(w);
    for (const [w, c] of Object.entries(file.categories)) categories.set(w, c);
    for (const [w, to] of Object.entries(file.sizes)) sizes.set(w, to);
    for (const c of file.clothing) clothing.add(c);
    for (const [name, sources] of Object.entries(file.intents)) {
      const list = intents.get(name) ?? [];
      list.push(...sources.map((s) => new RegExp(s)));
      intents.set(name, list);
    }
  }
  const match = (intent: string, text: string) => {
    for (const re of intents.get(intent) ?? []) {
      const m = re.exec(text);
      if (m) return m;
    }
    return null;
  };
  return {
    numbers: [...numbers].sort((a, b) => b[0].length - a[0].length),
    fillers,
    synonyms,
    units,
    categories,
    sizes,
    clothing,
    cues,
    spelling,
    says: (intent, text) => match(intent, text) !== null,
    match,
    useOf: (text) => {
      const use = uses.find((u) => u.says.some((re) => re.test(text)));
      return use ? { words: use.words, category: use.category } : null;
    },
  };
}

export const vocabulary: Vocabulary = build();
