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
import { enSixth } from "./cases/en_sixth.ts";
import { enSeventh } from "./cases/en_seventh.ts";
import { enEighth } from "./cases/en_eighth.ts";
import { enNinth } from "./cases/en_ninth.ts";
import { enTenth } from "./cases/en_tenth.ts";
import { enEleventh } from "./cases/en_eleventh.ts";
import { enTwelfth } from "./cases/en_twelfth.ts";
import { enThirteenth } from "./cases/en_thirteenth.ts";
import { enFourteenth } from "./cases/en_fourteenth.ts";
import { enFifteenth } from "./cases/en_fifteenth.ts";
import { enSixteenth } from "./cases/en_sixteenth.ts";
import { enSeventeenth } from "./cases/en_seventeenth.ts";
import { enEighteenth } from "./cases/en_eighteenth.ts";
import { enNineteenth } from "./cases/en_nineteenth.ts";
import { enTwentieth } from "./cases/en_twentieth.ts";
import { enTwentyFirst } from "./cases/en_twentyfirst.ts";
import { enTwentySecond } from "./cases/en_twentysecond.ts";
import { enTwentyThird } from "./cases/en_twentythird.ts";
import { es } from "./cases/es.ts";
import { esMore } from "./cases/es_more.ts";
import { esThird } from "./cases/es_third.ts";
import { esFourth } from "./cases/es_fourth.ts";
import { esFifth } from "./cases/es_fifth.ts";
import { esSixth } from "./cases/es_sixth.ts";
import { esSeventh } from "./cases/es_seventh.ts";
import { esEighth } from "./cases/es_eighth.ts";
import { esNinth } from "./cases/es_ninth.ts";
import { esTenth } from "./cases/es_tenth.ts";
import { esEleventh } from "./cases/es_eleventh.ts";
import { esTwelfth } from "./cases/es_twelfth.ts";
import { esThirteenth } from "./cases/es_thirteenth.ts";
import { esFourteenth } from "./cases/es_fourteenth.ts";
import { esFifteenth } from "./cases/es_fifteenth.ts";
import { esSixteenth } from "./cases/es_sixteenth.ts";
import { esSeventeenth } from "./cases/es_seventeenth.ts";
import { esEighteenth } from "./cases/es_eighteenth.ts";
import { esNineteenth } from "./cases/es_nineteenth.ts";
import { esTwentieth } from "./cases/es_twentieth.ts";
import { esTwentyFirst } from "./cases/es_twentyfirst.ts";
import { esTwentySecond } from "./cases/es_twentysecond.ts";
import { esTwentyThird } from "./cases/es_twentythird.ts";
import { pt } from "./cases/pt.ts";
import { ptMore } from "./cases/pt_more.ts";
import { ptThird } from "./cases/pt_third.ts";
import { ptFourth } from "./cases/pt_fourth.ts";
import { ptFifth } from "./cases/pt_fifth.ts";
import { ptSixth } from "./cases/pt_sixth.ts";
import { ptSeventh } from "./cases/pt_seventh.ts";
import { ptEighth } from "./cases/pt_eighth.ts";
import { ptNinth } from "./cases/pt_ninth.ts";
import { ptTenth } from "./cases/pt_tenth.ts";
import { ptEleventh } from "./cases/pt_eleventh.ts";
import { ptTwelfth } from "./cases/pt_twelfth.ts";
import { ptThirteenth } from "./cases/pt_thirteenth.ts";
import { ptFourteenth } from "./cases/pt_fourteenth.ts";
import { ptFifteenth } from "./cases/pt_fifteenth.ts";
import { ptSixteenth } from "./cases/pt_sixteenth.ts";
import { ptSeventeenth } from "./cases/pt_seventeenth.ts";
import { ptEighteenth } from "./cases/pt_eighteenth.ts";
import { ptNineteenth } from "./cases/pt_nineteenth.ts";
import { ptTwentieth } from "./cases/pt_twentieth.ts";
import { ptTwentyFirst } from "./cases/pt_twentyfirst.ts";
import { ptTwentySecond } from "./cases/pt_twentysecond.ts";
import { ptTwentyThird } from "./cases/pt_twentythird.ts";

/** The cases by the round they were written in (tests/eval/README.md), in each language. */
export const rounds: readonly (readonly Case[])[] = [
  [...es, ...en, ...pt],
  [...esMore, ...enMore, ...ptMore],
  [...esThird, ...enThird, ...ptThird],
  [...esFourth, ...enFourth, ...ptFourth],
  [...esFifth, ...enFifth, ...ptFifth],
  [...esSixth, ...enSixth, ...ptSixth],
  [...esSeventh, ...enSeventh, ...ptSeventh],
  [...esEighth, ...enEighth, ...ptEighth],
  [...esNinth, ...enNinth, ...ptNinth],
  [...esTenth, ...enTenth, ...ptTenth],
  [...esEleventh, ...enEleventh, ...ptEleventh],
  [...esTwelfth, ...enTwelfth, ...ptTwelfth],
  [...esThirteenth, ...enThirteenth, ...ptThirteenth],
  [...esFourteenth, ...enFourteenth, ...ptFourteenth],
  [...esFifteenth, ...enFifteenth, ...ptFifteenth],
  [...esSixteenth, ...enSixteenth, ...ptSixteenth],
  [...esSeventeenth, ...enSeventeenth, ...ptSeventeenth],
  [...esEighteenth, ...enEighteenth, ...ptEighteenth],
  [...esNineteenth, ...enNineteenth, ...ptNineteenth],
  [...esTwentieth, ...enTwentieth, ...ptTwentieth],
  [...esTwentyFirst, ...enTwentyFirst, ...ptTwentyFirst],
  [...esTwentySecond, ...enTwentySecond, ...ptTwentySecond],
  [...esTwentyThird, ...enTwentyThird, ...ptTwentyThird],
];

export const corpus: readonly Case[] = [
  ...es,
  ...esMore,
  ...esThird,
  ...esFourth,
  ...esFifth,
  ...esSixth,
  ...esSeventh,
  ...esEighth,
  ...esNinth,
  ...esTenth,
  ...esEleventh,
  ...esTwelfth,
  ...esThirteenth,
  ...esFourteenth,
  ...esFifteenth,
  ...esSixteenth,
  ...esSeventeenth,
  ...esEighteenth,
  ...esNineteenth,
  ...esTwentieth,
  ...esTwentyFirst,
  ...esTwentySecond,
  ...esTwentyThird,
  ...en,
  ...enMore,
  ...enThird,
  ...enFourth,
  ...enFifth,
  ...enSixth,
  ...enSeventh,
  ...enEighth,
  ...enNinth,
  ...enTenth,
  ...enEleventh,
  ...enTwelfth,
  ...enThirteenth,
  ...enFourteenth,
  ...enFifteenth,
  ...enSixteenth,
  ...enSeventeenth,
  ...enEighteenth,
  ...enNineteenth,
  ...enTwentieth,
  ...enTwentyFirst,
  ...enTwentySecond,
  ...enTwentyThird,
  ...pt,
  ...ptMore,
  ...ptThird,
  ...ptFourth,
  ...ptFifth,
  ...ptSixth,
  ...ptSeventh,
  ...ptEighth,
  ...ptNinth,
  ...ptTenth,
  ...ptEleventh,
  ...ptTwelfth,
  ...ptThirteenth,
  ...ptFourteenth,
  ...ptFifteenth,
  ...ptSixteenth,
  ...ptSeventeenth,
  ...ptEighteenth,
  ...ptNineteenth,
  ...ptTwentieth,
  ...ptTwentyFirst,
  ...ptTwentySecond,
  ...ptTwentyThird,
];
