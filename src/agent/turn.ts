/**
 * The turn loop: for one customer message, load the history window, call the model, run the
 * tools it asks for, feed the results back, and repeat until it answers in text or the step
 * limit is reached. Each tool step is stored with its effects (journal.ts), so a
 * turn interrupted by a crash resumes where it stopped. A model that fails (after its own
 * retries) ends the turn with an apology in the customer's language.
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
import { turnHistory } from "./window.ts";
import { apology, type Language, stepLimitReply } from "./language.ts";
import type { ChatModel, ModelResponse, Part } from "./model.ts";
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
}

export interface TurnInput extends TurnRef {
  customerId: number;
  language: Language;
}

/** How the turn ended, plus the product images the answer should carry. */
export interface TurnAnswer extends TurnEnd {
  media: string[];
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
    const history = turnHistory(newestFirst, input.turnId, this.#budget);
    const contents = history.contents;
    const media: string[] = [];
    // Read-only tool steps are stored with the next write or the answer: if the turn is cut
    // short before, running them again changes nothing.
    let unsaved: ToolStep[] = [];
    for (let steps = history.stepsDone; steps < this.#maxSteps; steps++) {
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
        return failedAnswer(input.language, `model failed: ${error}`, unsaved);
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
      const step: ModelStep = {
        parts: response.parts,
        model: response.model ?? model.name,
        latencyMs: Math.round(performance.now() - started),
        inputTokens: response.usage.inputTokens,
        outputTokens: response.usage.outputTokens,
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
        };
      }
      let results: Part[];
      if (calls.some((p) => tools.writes(p.functionCall?.name ?? ""))) {
        results = await recordToolSteps(
          this.sql,
          input,
          unsaved,
          step,
          (tx) => this.#runCalls(tx, input, calls, media),
        );
        unsaved = [];
      } else {
        results = await this.#runCalls(this.sql, input, calls, media);
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

  async #runCalls(
    sql: Sql,
    input: TurnInput,
    calls: Part[],
    media: string[],
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
