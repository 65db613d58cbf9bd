/**
 * The evaluation corpus for the shop agent: customers' WhatsApp messages in Spanish, English
 * and Brazilian Portuguese with what an ideal agent does with each (see README.md). Cases with
 * `heldOut` were written apart from the rest, to measure whether a model tuned on the others
 * generalises. corpus_test.ts checks every case against schema.ts.
 * @module
 */
import type { Case } from "./schema.ts";
import { en } from "./cases/en.ts";
import { enMore } from "./cases/en_more.ts";
import { enThird } from "./cases/en_third.ts";
import { enFourth } from "./cases/en_fourth.ts";
import { enFifth } from "./cases/en_fifth.ts";
import { es } from "./cases/es.ts";
import { esMore } from "./cases/es_more.ts";
import { esThird } from "./cases/es_third.ts";
import { esFourth } from "./cases/es_fourth.ts";
import { esFifth } from "./cases/es_fifth.ts";
import { pt } from "./cases/pt.ts";
import { ptMore } from "./cases/pt_more.ts";
import { ptThird } from "./cases/pt_third.ts";
import { ptFourth } from "./cases/pt_fourth.ts";
import { ptFifth } from "./cases/pt_fifth.ts";

/** The cases by the round they were written in (tests/eval/README.md), in each language. */
export const rounds: readonly (readonly Case[])[] = [
  [...es, ...en, ...pt],
  [...esMore, ...enMore, ...ptMore],
  [...esThird, ...enThird, ...ptThird],
  [...esFourth, ...enFourth, ...ptFourth],
  [...esFifth, ...enFifth, ...ptFifth],
];

export const corpus: readonly Case[] = [
  ...es,
  ...esMore,
  ...esThird,
  ...esFourth,
  ...esFifth,
  ...en,
  ...enMore,
  ...enThird,
  ...enFourth,
  ...enFifth,
  ...pt,
  ...ptMore,
  ...ptThird,
  ...ptFourth,
  ...ptFifth,
];
