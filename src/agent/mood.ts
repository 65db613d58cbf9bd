/**
 * The customer's mood, and when a conversation goes to staff without being asked. After each
 * turn the latest customer messages are judged _satisfied_, _neutral_ or _frustrated_: by
 * Gemini when configured (one small structured-output call: the mood and a three-line summary
 * of what the customer wants), by a word list in Spanish, English and Portuguese otherwise or
 * when that call fails. The conversation is flagged for attention and handed to staff, with the
 * summary, when the customer is frustrated, repeats themselves, or the agent did not
 * understand twice in a row (a failed turn flags the conversation by itself, inbox/claim.ts).
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * await assessMood(sql, lexiconJudge, 7); // { mood: "frustrated", escalated: "customer frustrated" }
 * ```
 * @module
 */
import type { GoogleGenAI } from "@google/genai";
import type { Client } from "../db/connect.ts";
import { flagForAttention, handToStaff } from "../conversations/handoff.ts";
import { NOT_UNDERSTOOD } from "./offline/answer.ts";
import { z } from "zod";

export const MOODS = ["satisfied", "neutral", "frustrated"] as const;
export type Mood = typeof MOODS[number];

/** What a judge says about the latest customer messages (oldest first). */
export interface Judgement {
  mood: Mood;
  /** What the customer wants, at most three short lines. */
  summary: string;
}

export interface MoodJudge {
  judge(customerTexts: string[]): Promise<Judgement>;
}

/** Customer messages judged at once. */
const RECENT = 3;

/** Words that say a customer is upset, by weight; accents are ignored. */
const ANGRY: [RegExp, number][] = [
  [
    /\b(estafa|vergonzoso|verguenza|inaceptable|indignante|ridiculo|pesimo|horrible|fatal|harto|harta|enfadad[oa]|cabread[oa]|furios[oa])\b/,
    2,
  ],
  [
    /\b(scam|ridiculous|unacceptable|disgusting|terrible|awful|worst|furious|angry|fed up|useless)\b/,
    2,
  ],
  [
    /\b(golpe|absurdo|vergonhoso|inaceitavel|pessimo|horrivel|irritad[oa]|chatead[oa]|farto|farta|ridiculo)\b/,
    2,
  ],
  [
    /\b(molest[oa]|queja|reclamacion|nunca|todavia no|aun no|otra vez|ya os dije|no funciona|devolucion|cancelar|mal)\b/,
    1,
  ],
  [/\b(annoyed|complaint|never|still not|again|not working|refund|cancel|bad|late)\b/, 1],
  [
    /\b(reclamacao|nunca|ainda nao|de novo|outra vez|nao funciona|reembolso|cancelar|ruim|atrasad[oa])\b/,
    1,
  ],
];
const PLEASED =
  /\b(gracias|genial|perfecto|estupendo|encantad[oa]|thanks|thank you|great|perfect|awesome|lovely|obrigad[oa]|otimo|perfeito|maravilh)\b/;

/** The offline judge: weighted word lists, shouting and exclamation marks. */
export const lexiconJudge: MoodJudge = {
  judge: (texts) => Promise.resolve(lexiconJudgement(texts)),
};

/** The lexicon's judgement of `texts` (oldest first). */
export function lexiconJudgement(texts: string[]): Judgement {
  const scores = texts.map(angerOf);
  const angry = scores.filter((s) => s >= 2).length;
  const latest = scores[scores.length - 1] ?? 0;
  const mood: Mood = angry >= 2 || latest >= 3
    ? "frustrated"
    : latest === 0 && PLEASED.test(plain(texts[texts.length - 1] ?? ""))
    ? "satisfied"
    : "neutral";
  return { mood, summary: summaryOf(texts) };
}

function angerOf(text: string): number {
  const words = plain(text);
  let score = 0;
  for (const [pattern, weight] of ANGRY) if (pattern.test(words)) score += weight;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 8 && letters === letters.toUpperCase()) score += 1;
  if (/!{2,}/.test(text)) score += 1;
  return score;
}

/** Lower case without accents, for the word lists. */
function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The customer's own last messages, one line each, as the offline summary. */
function summaryOf(texts: string[]): string {
  return texts.slice(-RECENT).map((t) => {
    const line = t.replace(/\s+/g, " ").trim();
    return line.length > 120 ? `${line.slice(0, 119)}…` : line;
  }).join("\n");
}

const GeminiJudgement = z.object({
  mood: z.enum(MOODS),
  summary: z.string().min(1).max(600),
});

/** The judge on Gemini: one structured-output call; the lexicon when it fails. */
export class GeminiMoodJudge implements MoodJudge {
  readonly #ai: Promise<GoogleGenAI>;

  constructor(
    private readonly options: {
      apiKey: string;
      model: string;
      baseUrl?: string;
      timeoutMs?: number;
      onError?: (error: string) => void;
    },
  ) {
    this.#ai = import("@google/genai").then(({ GoogleGenAI }) =>
      new GoogleGenAI({
        apiKey: options.apiKey,
        httpOptions: { baseUrl: options.baseUrl, timeout: options.timeoutMs ?? 5_000 },
      })
    );
  }

  async judge(texts: string[]): Promise<Judgement> {
    try {
      const response = await (await this.#ai).models.generateContent({
        model: this.options.model,
        contents: [{
          role: "user",
          parts: [{
            text: "A shop's customer wrote these WhatsApp messages, oldest first:\n\n" +
              texts.map((t) => `- ${t}`).join("\n") +
              "\n\nJudge the customer's mood now (satisfied, neutral or frustrated) and say what " +
              "they want in at most three short lines, in their language.",
          }],
        }],
        config: {
          responseMimeType: "application/json",
          responseSchema: {
            type: "object",
            properties: {
              mood: { type: "string", enum: [...MOODS] },
              summary: { type: "string" },
            },
            required: ["mood", "summary"],
          },
        },
      });
      const judged = GeminiJudgement.parse(JSON.parse(response.text ?? ""));
      return { mood: judged.mood, summary: judged.summary.split("\n").slice(0, 3).join("\n") };
    } catch (err) {
      this.options.onError?.(err instanceof Error ? err.message : String(err));
      return lexiconJudgement(texts);
    }
  }
}

/** What {@link assessMood} found, and why the conversation went to staff, if it did. */
export interface Assessment {
  mood: Mood;
  escalated: string | null;
}

/** Judges the conversation's mood, stores it, and escalates to staff when a rule says so. */
export async function assessMood(
  sql: Client,
  judge: MoodJudge,
  conversationId: number,
): Promise<Assessment | null> {
  const rows = await sql<{ kind: string; text: string | null; status: string | null }[]>`
    select kind, text, status from messages
    where conversation_id = ${conversationId} and kind in ('customer', 'model', 'system')
      and id >= coalesce((
        select min(id) from (
          select id from messages where conversation_id = ${conversationId} and kind = 'customer'
          order by id desc limit ${RECENT}
        ) recent
      ), 0)
    order by turn_id, id`;
  const customer = rows.filter((r) => r.kind === "customer" && r.text);
  // A failed turn flags the conversation by itself (and the model may be down): no judging.
  if (customer.length === 0 || customer[customer.length - 1].status === "failed") return null;
  const texts = customer.map((r) => r.text!);
  const judgement = await judge.judge(texts);
  const reason = escalationOf(judgement.mood, rows);
  const escalated = reason !== null && await escalate(sql, conversationId, reason, judgement);
  // The mood's time last: once it is set, the whole judgement is stored.
  await sql`
    update conversations set mood = ${judgement.mood}, mood_at = now()
    where id = ${conversationId}`;
  return { mood: judgement.mood, escalated: escalated ? reason : null };
}

/**
 * Hands the conversation to staff with the summary, unless staff have it or it is flagged. A
 * customer repeating themselves is only flagged: the repeat may be meant ("one more, please"), so
 * the agent keeps answering while staff see the conversation first.
 */
async function escalate(
  sql: Client,
  conversationId: number,
  reason: string,
  judgement: Judgement,
): Promise<boolean> {
  const [current] = await sql<{ handler: string; needsAttention: boolean }[]>`
    select handler, needs_attention from conversations where id = ${conversationId}`;
  if (!current || current.needsAttention || current.handler === "staff") return false;
  if (reason === REPEATING) await flagForAttention(sql, conversationId, reason);
  else await handToStaff(sql, conversationId, reason);
  await sql`
    update conversations set attention_summary = ${judgement.summary.slice(0, 1000)}
    where id = ${conversationId}`;
  return true;
}

const REPEATING = "customer repeating themselves";

function escalationOf(
  mood: Mood,
  rows: { kind: string; text: string | null; status: string | null }[],
): string | null {
  if (mood === "frustrated") return "customer frustrated";
  // Repeating counts when the agent had answered the first time (not while staff had it).
  const answered = rows.filter((r) => r.kind === "customer" && r.text && r.status === "done");
  const [before, last] = answered.slice(-2).map((r) => plain(r.text!)).map((t) =>
    t.replace(/[^\p{L}\p{N}]+/gu, " ").trim()
  );
  if (before && last && before.length >= 6 && before === last) {
    return REPEATING;
  }
  // The answers customers read (a step that only called tools has no text).
  const answers = rows.filter((r) => r.kind !== "customer" && r.text).slice(-2);
  const misunderstood = (r: { text: string | null; status: string | null }) =>
    Object.values(NOT_UNDERSTOOD).some((start) => (r.text ?? "").startsWith(start));
  if (answers.length === 2 && answers.every(misunderstood)) {
    return "the agent did not understand twice";
  }
  return null;
}
