/**
 * Text as the offline model reads it: lower case, without accents or punctuation, split into
 * words; plural and diminutive endings dropped; near spellings compared.
 *
 * @example
 * ```ts
 * normalize("¿Cuánto cuesta el Termo?"); // "cuanto cuesta el termo"
 * stem("galletitas"); // "galleta"
 * ```
 * @module
 */

/**
 * Lower case, no accents, apostrophes dropped, a letter drawn out («holaaa», «siii») written
 * once; commas (and «+», «&», «;») kept as a word of their own, since they separate items;
 * anything else but letters, digits, %, @ and # a space.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’`´]/g, "")
    .replace(/([a-jl-z])\1{2,}/g, "$1")
    // «holaa», «sii»: a last vowel typed twice, which no word of these languages ends in.
    .replace(/(?<=\p{L}{2})(a|i)\1\b/gu, "$1")
    .replace(
      /\b(?:k{2,}|(?:ja){2,}j?|(?:ha){2,}h?|(?:rs){2,})\b/g,
      (laugh) => laugh.slice(0, 2).repeat(2),
    )
    .replace(/[,;+&]+/g, " , ")
    .replace(/\b(?:x\s?(\d{1,2})|(\d{1,2})\s?x)\b/g, " $1$2 ")
    .replace(/[^a-z0-9%@#,\s]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a normalized text. */
export function words(normalized: string): string[] {
  return normalized.split(" ").filter((w) => w.length > 0 && w !== ",");
}

/** A word without its plural or diminutive ending: «galletitas» and «galletas» are «galleta». */
export function stem(word: string): string {
  let w = word;
  // «dulcecitos», «cafecito», «tecito»: the word before «-ecito» ends in «e».
  const ecito = /^(\w+?)ecit[oa]s?$/.exec(w);
  if (ecito && ecito[1].length >= 1 && w.length >= 6) return `${ecito[1]}e`;
  // «canequinhas» is «caneca», «cafezinho» «cafe».
  const quinho = /^(\w{3,}?)(qu|z)inh([ao])s?$/.exec(w);
  if (quinho) return quinho[2] === "qu" ? `${quinho[1]}c${quinho[3]}` : quinho[1];
  for (const [end, to] of [["itas", "a"], ["itos", "o"], ["inhas", "a"], ["inhos", "o"]]) {
    if (w.length > end.length + 3 && w.endsWith(end)) return w.slice(0, -end.length) + to;
  }
  // «tacita» is «taza», «termito» «termo»: a short word's diminutive.
  const zita = /^(\w{2,})cit([ao])s?$/.exec(w);
  if (zita && w.length >= 6) return `${zita[1]}z${zita[2]}`;
  const shortSmall = /^(\w{3,4})it([ao])$/.exec(w);
  if (shortSmall) return `${shortSmall[1]}${shortSmall[2]}`;
  // «galletita», «chocolatinho»: a long word's diminutive, the vowel kept.
  const small = /^(\w{5,})(?:it|inh)([ao])$/.exec(w);
  if (small) return `${small[1]}${small[2]}`;
  if (w.length > 5 && /(ces)$/.test(w)) return w.slice(0, -3) + "z";
  if (w.length > 4 && /[^aeiou]es$/.test(w) && !/(tes|des|les)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

/**
 * How closely two stems match: 3 the same, 2 one starts the other or one letter apart, 1 two
 * letters apart in a long word («molinio», «molinillo») or the start of a much longer one, else 0.
 */
export function closeness(a: string, b: string): number {
  if (a === b) return 3;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // «choco» is «chocolate»; «cafe» only starts «cafetiere», a weaker match.
  if (short.length >= 4 && long.startsWith(short)) return long.length - short.length >= 5 ? 1 : 2;
  if (short.length >= 5 && long.length - short.length <= 1 && editDistance(a, b) <= 1) return 2;
  if (short.length >= 7 && long.length - short.length <= 2 && editDistance(a, b) <= 2) return 1;
  return 0;
}

/** The letters to change, add or drop to turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}

/** A normalized text with shorthand written out (the vocabulary's `spelling`, phrases too). */
export function respell(normalized: string, spelling: ReadonlyMap<string, string>): string {
  let text = normalized.split(" ").map((w) => spelling.get(w) ?? w).join(" ");
  for (const [phrase, to] of spelling) {
    if (phrase.includes(" ")) text = text.replaceAll(new RegExp(`\\b${phrase}\\b`, "g"), to);
  }
  return text;
}
