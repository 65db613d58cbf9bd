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
import { es } from "./cases/es.ts";
import { esMore } from "./cases/es_more.ts";
import { pt } from "./cases/pt.ts";
import { ptMore } from "./cases/pt_more.ts";

export const corpus: readonly Case[] = [...es, ...esMore, ...en, ...enMore, ...pt, ...ptMore];
