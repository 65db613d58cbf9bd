/**
 * Matching the words a customer used for a product against the products the catalog returned
 * (search results or cart lines): a product covers a word when its name or category has it,
 * spelled alike. The product covering most words wins; a tie is broken by the word standing
 * first in the product's name (its noun), a word for a container («bolsa», «box») weighing
 * half, and a tie after that is a question to the customer.
 *
 * @example
 * ```ts
 * const products = [{ id: 1, name: "Café molido 250 g" }, { id: 8, name: "Molinillo de café" }];
 * rank(["cafe", "molido"], products); // [{ id: 1, name: "Café molido 250 g" }]
 * ```
 * @module
 */
import { closeness, normalize, stem, words } from "./text.ts";

/** A product as the tools return it (search results, cart lines). */
export interface Found {
  id: number;
  name: string;
  category?: string;
  price?: string;
  price_minor?: number;
  available?: boolean;
  stock?: number;
  quantity?: number;
  /** A product sold in sizes or colours lists them. */
  variants?: unknown[];
}

const stems = (s: string) => words(normalize(s)).map(stem);

/** Words for what a product comes in (stems, as segments hold them), never the product. */
export const PACKS = /^(bolsa|bag|pack|paquete|caja|box|saco|pacote|caixa|tarro|pote|jar)$/;

/** The best matches for `wanted` among `products`: one when clear, several on a tie, none. */
export function rank<T extends Found>(wanted: readonly string[], products: readonly T[]): T[] {
  if (wanted.length === 0) return [];
  let best: { coverage: number; score: number } = { coverage: 0, score: 0 };
  let top: T[] = [];
  for (const p of unique(products)) {
    const name = stems(p.name);
    const category = stems(p.category ?? "");
    let coverage = 0;
    let score = 0;
    for (const w of wanted) {
      let here = 0;
      name.forEach((n, i) => {
        const c = closeness(w, n);
        if (c > 0) here = Math.max(here, c * (i === 0 ? 1.5 : 1));
      });
      // «once you open the bag» beside «the ground stuff»: the bag holds it, it is not the tote.
      if (PACKS.test(w)) here /= 2;
      const inCategory = category.some((n) => closeness(w, n) === 3);
      if (here > 0 || inCategory) coverage++;
      score += here;
    }
    if (coverage === 0) continue;
    if (coverage > best.coverage || (coverage === best.coverage && score > best.score)) {
      best = { coverage, score };
      top = [p];
    } else if (coverage === best.coverage && score === best.score) {
      top.push(p);
    }
  }
  return top;
}

/** Whether every one of `wanted` is in the product's name or category. */
export function covers(p: Found, wanted: readonly string[]): boolean {
  const name = [...stems(p.name), ...stems(p.category ?? "")];
  return wanted.every((w) => name.some((n) => closeness(w, n) > 0));
}

function unique<T extends Found>(products: readonly T[]): T[] {
  const seen = new Map<number, T>();
  for (const p of products) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}
