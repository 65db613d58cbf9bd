/**
 * The turn loop: for one customer message, load the history window, call the model, run the
 * tools it asks for, feed the results back, and repeat until it answers in text or the step
 * limit is reached. Each tool step is stored with its effects (journal.ts), so a
 * turn interrupted by a crash resumes where it stopped. A model that fails (after its own
 * retries) ends the turn with an apology in the customer's language, unless it only asks to
 * wait: then the turn says how long, and the inbox answers later.
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * import { createLogger } from "../shared/log.ts";
 * import { OfflineModel } from "./offline/model.ts";
 * import { shopTools } from "./shop-tools.ts";
 * import { ToolRegistry } from "./tools.ts";
 * declare const sql: Client;
 * const agent = new Agent(sql, {
 *   model: new OfflineModel({ storeName: "Mi Tienda" }),
 *   tools: new ToolRegistry(shopTools),
 *   storeName: "Mi Tienda",
 *   currency: "EUR",
 *   log: createLogger("info"),
 * });
 * const answer = await agent.runTurn(
 *   { conversationId: 1, turnId: 7, leaseOwner: "worker-1", leaseSeconds: 30, customerId: 1, language: "es" },
 *   [{ id: 7, kind: "customer", turnId: 7, text: "ver carrito", parts: null, media: [], size: 51 }],
 * );
 * answer.text; // the reply to send
 * ```
 * @module
 */
import { type HistoryRow, textOf } from "../conversations/thread.ts";
import type { Client, Sql } from "../db/connect.ts";
import { type Clock, systemClock } from "../shared/clock.ts";
import { errorText, type Logger } from "../shared/log.ts";
import type { Redact } from "../shared/redact.ts";
import type { Metrics } from "../shared/metrics.ts";
import {
  type ModelStep,
  recordToolSteps,
  type ToolStep,
  type TurnEnd,
  type TurnRef,
} from "./journal.ts";
import {
  describeMedia,
  type MediaFetcher,
  readMedia,
  saveMediaText,
  scheduleMediaRead,
} from "./media.ts";
import { turnHistory } from "./window.ts";
import { optOut, optOutLanguage } from "../notify/opt-out.ts";
import { optOutConfirmation } from "../notify/texts.ts";
import { apology, type Language, stepLimitReply } from "./language.ts";
import { type ChatModel, ModelError, type ModelResponse, type Part } from "./model.ts";
import { systemPrompt } from "./prompt.ts";
import type { ToolContext, ToolRegistry } from "./tools.ts";

export interface AgentOptions {
  model: ChatModel;
  tools: ToolRegistry;
  storeName: string;
  currency: string;
  /** Where tools read "now" (default the system clock). */
  clock?: Clock;
  /** The tools' view of payments (default: no provider, no public URL). */
  sale?: ToolContext["sale"];
  /** Model calls allowed for one customer message. Default 6. */
  maxSteps?: number;
  /** Characters of history the model sees at most. Default 12,000. */
  historyBudgetChars?: number;
  log: Logger;
  /** Where token counts go (default: none). */
  metrics?: Metrics;
  /** Takes secrets out of a failure's text before it is stored or logged (default: none). */
  redact?: Redact;
  /**
   * Downloads customers' media so the model sees it (media.ts). Unset (the offline model,
   * no Twilio credentials): the model is told what was sent but cannot see it.
   */
  media?: MediaFetcher | null;
}

export interface TurnInput extends TurnRef {
  customerId: number;
  language: Language;
  /** Called as each step (a model call, a round of tools) begins: the turn is alive. */
  progress?: () => void;
}

/** How the turn ended, plus the product images the answer should carry. */
export interface TurnAnswer extends TurnEnd {
  media: string[];
  /**
   * The answer asks the customer to confirm a complete quote (review_order gave a quote_id
   * and nothing was placed after it): a channel may offer it as buttons.
   */
  confirm?: boolean;
  /**
   * The model is unavailable for this long (quota, overload) and no answer was given: the
   * message is to be answered again once it has passed (inbox/defer.ts), not apologised for.
   */
  retryAfterMs?: number;
}

/** Runs turns for one shop. */
export class Agent {
  readonly #system: string;
  readonly #maxSteps: number;
  readonly #budget: number;

  constructor(private readonly sql: Client, private readonly options: AgentOptions) {
    this.#system = systemPrompt({ storeName: options.storeName, currency: options.currency });
    this.#maxSteps = options.maxSteps ?? 6;
    this.#budget = options.historyBudgetChars ?? 12_000;
  }

  /**
   * Answers one customer message, given its history (newest first, as claimed with it).
   * Throws only `LeaseLost` (and database failures).
   */
  async runTurn(input: TurnInput, newestFirst: HistoryRow[]): Promise<TurnAnswer> {
    const { model, tools, log } = this.options;
    const opening = turnHistory(newestFirst, input.turnId, this.#budget);
    if (opening.stepsDone === 0) {
      const optedOut = await this.#optOut(input, newestFirst);
      if (optedOut) return optedOut;
    }
    const inline = await this.#seeMedia(input, newestFirst);
    // Again once the media are read: their text (a contact card's, say) is part of the history.
    const history = turnHistory(newestFirst, input.turnId, this.#budget, inline);
    const contents = history.contents;
    const media: string[] = [];
    const asked = { quoted: false };
    // Read-only tool steps are stored with the next write or the answer: if the turn is cut
    // short before, running them again changes nothing.
    let unsaved: ToolStep[] = [];
    for (let steps = history.stepsDone; steps < this.#maxSteps; steps++) {
      input.progress?.();
      const started = performance.now();
      let response: ModelResponse;
      try {
        response = await model.generate({
          system: this.#system,
          contents,
          tools: tools.declarations(),
        });
      } catch (err) {
        const error = this.options.redact?.(errorText(err)) ?? errorText(err);
        log.warn("agent.model_failed", { turn: input.turnId, error });
        const failed = failedAnswer(input.language, `model failed: ${error}`, unsaved);
        const wait = err instanceof ModelError && err.kind === "unavailable" && err.retryAfterMs;
        return wait ? { ...failed, retryAfterMs: wait } : failed;
      }
      this.options.metrics?.count(
        "model_tokens_total",
        { direction: "input" },
        response.usage.inputTokens,
      );
      this.options.metrics?.count(
        "model_tokens_total",
        { direction: "output" },
        response.usage.outputTokens,
      );
      const cachedTokens = response.usage.cachedTokens ?? 0;
      this.options.metrics?.count("model_tokens_total", { direction: "cached" }, cachedTokens);
      const step: ModelStep = {
        parts: response.parts,
        model: response.model ?? model.name,
        latencyMs: Math.round(performance.now() - started),
        inputTokens: response.usage.inputTokens,
        outputTokens: response.usage.outputTokens,
        cachedTokens,
      };
      const calls = response.parts.filter((p) => p.functionCall);
      if (calls.length === 0) {
        const text = textOf(response.parts);
        if (text.length === 0) {
          return failedAnswer(input.language, "the model gave an empty answer", unsaved);
        }
        const { parts: _, ...cost } = step;
        return {
          status: "done",
          error: null,
          kind: "model",
          text,
          parts: response.parts,
          step: cost,
          unsaved,
          media,
          confirm: asked.quoted,
        };
      }
      input.progress?.();
      let results: Part[];
      if (calls.some((p) => tools.writes(p.functionCall?.name ?? ""))) {
        results = await recordToolSteps(
          this.sql,
          input,
          unsaved,
          step,
          (tx) => this.#runCalls(tx, input, calls, media, asked),
        );
        unsaved = [];
      } else {
        results = await this.#runCalls(this.sql, input, calls, media, asked);
        unsaved.push({ step, responses: results });
      }
      contents.push({ role: "model", parts: response.parts }, { role: "user", parts: results });
    }
    return {
      status: "failed",
      error: `step limit (${this.#maxSteps}) reached`,
      kind: "system",
      text: stepLimitReply(input.language),
      parts: null,
      step: null,
      unsaved,
      media,
    };
  }

  /**
   * The inline media of the turn's customer messages, by message id, when the turn starts
   * (a resumed turn reads the stored text instead). A message whose media has no text yet gets
   * it first, from one model call, stored with the message.
   */
  async #seeMedia(input: TurnInput, newestFirst: HistoryRow[]): Promise<Map<number, Part[]>> {
    const inline = new Map<number, Part[]>();
    const fetcher = this.options.media;
    const own = newestFirst.filter((r) => r.turnId === input.turnId);
    if (!fetcher || own.some((r) => r.kind === "model")) return inline;
    for (const row of own) {
      if (row.kind !== "customer" || !row.media?.length) continue;
      const seen = await readMedia(fetcher, row.media);
      for (const { media, reason } of seen.skipped) {
        this.options.log.warn("agent.media_skipped", {
          turn: input.turnId,
          contentType: media.contentType,
          reason,
        });
      }
      if (seen.parts.length > 0) inline.set(row.id, seen.parts);
      if (!row.mediaText && seen.skipped.some((s) => s.retry)) {
        // Answered now without it; read again in the background for staff and later turns.
        await scheduleMediaRead(this.sql, row.id, (this.options.clock ?? systemClock).now());
        continue;
      }
      if (row.mediaText || (seen.parts.length === 0 && seen.texts.length === 0)) continue;
      let described: string | null = null;
      try {
        if (seen.parts.length > 0) described = await describeMedia(this.options.model, seen.parts);
      } catch (err) {
        this.options.log.warn("agent.media_undescribed", {
          turn: input.turnId,
          error: this.options.redact?.(errorText(err)) ?? errorText(err),
        });
      }
      const text = [described, ...seen.texts].filter((t) => t).join("\n");
      if (text) {
        await saveMediaText(this.sql, row.id, text);
        row.mediaText = text;
      }
    }
    return inline;
  }

  /** A message that is only a stop word: recorded and confirmed without the model (notify/). */
  async #optOut(input: TurnInput, newestFirst: HistoryRow[]): Promise<TurnAnswer | null> {
    const message = newestFirst.find((r) => r.id === input.turnId && r.kind === "customer");
    const words = message?.text ? optOutLanguage(message.text) : null;
    if (!words) return null;
    await optOut(this.sql, input.customerId, "keyword");
    this.options.log.info("agent.opted_out", { turn: input.turnId });
    return {
      status: "done",
      error: null,
      kind: "system",
      // "STOP" is said in every language: confirmed in the conversation's, or in Portuguese.
      text: optOutConfirmation(words === "pt" ? "pt" : input.language),
      parts: null,
      step: null,
      unsaved: [],
      media: [],
    };
  }

  async #runCalls(
    sql: Sql,
    input: TurnInput,
    calls: Part[],
    media: string[],
    asked: { quoted: boolean },
  ): Promise<Part[]> {
    const ctx: ToolContext = {
      sql,
      customerId: input.customerId,
      conversationId: input.conversationId,
      turnId: input.turnId,
      language: input.language,
      currency: this.options.currency,
      now: (this.options.clock ?? systemClock).now(),
      sale: this.options.sale ?? NO_SALE,
    };
    const results: Part[] = [];
    for (const part of calls) {
      const call = part.functionCall!;
      const name = call.name ?? "";
      const result = await this.options.tools.call(ctx, name, call.args);
      media.push(...result.media);
      if (name === "review_order") asked.quoted = Boolean(result.response.quote_id);
      if (name === "place_order") asked.quoted = false;
      results.push({
        functionResponse: { ...(call.id ? { id: call.id } : {}), name, response: result.response },
      });
    }
    return results;
  }
}

const NO_SALE: ToolContext["sale"] = {
  providers: { card: false, mercadopago: false },
  publicBaseUrl: null,
  timeZone: "UTC",
};

/** The answer of a turn that could not be completed: an apology, no media. */
export function failedAnswer(
  language: Language,
  error: string,
  unsaved: ToolStep[] = [],
): TurnAnswer {
  return {
    status: "failed",
    error,
    kind: "system",
    text: apology(language),
    parts: null,
    step: null,
    unsaved,
    media: [],
  };
}
