/**
 * Typed tools: a name, a description the model reads, a zod input schema and a handler.
 * The registry gives Gemini its declarations from the schemas and validates every argument
 * the model sends with the same schemas. Bad arguments, an unknown tool or a failing handler
 * become a result that tells the model what was wrong; the turn goes on.
 *
 * The handler's context (customer, conversation, language, transaction) comes from the
 * conversation, never from the model: no argument can name another customer.
 *
 * A tool declares what its result carries besides the response the model reads: the images the
 * answer should attach (`media`), so the turn loop never needs to know a tool by name.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const ctx = {
 *   sql,
 *   customerId: 1,
 *   conversationId: 1,
 *   turnId: 7,
 *   language: "es",
 *   currency: "EUR",
 *   now: new Date(),
 *   sale: {
 *     providers: { card: false, mercadopago: false },
 *     publicBaseUrl: null,
 *     timeZone: "UTC",
 *   },
 * } as const;
 * const showProduct = defineTool({
 *   name: "show_product",
 *   description: "One product with its picture.",
 *   input: z.strictObject({ product_id: z.int() }),
 *   effects: "none",
 *   run: async (_ctx, { product_id }) => ({ id: product_id, image_url: "https://…/1.jpg" }),
 *   media: (output) => [output.image_url],
 * });
 * const registry = new ToolRegistry([showProduct]);
 * await registry.call(ctx, "show_product", { product_id: 1 }); // { ok: true, response, media }
 * ```
 * @module
 */
import { z } from "zod";
import type { Sql } from "../db/connect.ts";
import { AppError, type ErrorCode } from "../shared/errors.ts";
import type { Language } from "../shared/language.ts";
import type { Providers } from "../settings/terms.ts";
import type { FunctionDeclaration } from "./model.ts";

/** What a tool knows about the conversation it serves. */
export interface ToolContext {
  /**
   * The step's transaction when the step writes (a tool's effects commit with the step that
   * records them), the plain client when every tool of the step only reads.
   */
  sql: Sql;
  customerId: number;
  conversationId: number;
  /** The customer message this turn answers. */
  turnId: number;
  language: Language;
  currency: string;
  /** When the step runs (the runtime's clock). */
  now: Date;
  /**
   * How the shop sells: the configured payment providers, this server's public URL (payment
   * links), and the store's time zone (times told to customers).
   */
  sale: { providers: Providers; publicBaseUrl: string | null; timeZone: string };
}

/** What a tool returns to the model: a JSON object. */
export type ToolResponse = Record<string, unknown>;

export interface Tool {
  name: string;
  description: string;
  input: z.ZodObject;
  /**
   * What the handler changes: `none` (only reads: no transaction needed), `single` (one
   * statement: it changes everything or nothing), `multiple` (run in a savepoint so a failure
   * halfway leaves nothing behind). Default `multiple`.
   */
  effects?: Effects;
  run(ctx: ToolContext, input: unknown): Promise<ToolResponse>;
  /** The media URLs the answer carries when the call succeeded (default none). */
  media?: (output: ToolResponse) => string[];
}

export type Effects = "none" | "single" | "multiple";

/** Defines a tool whose handler receives its parsed, typed input and whose output is typed. */
export function defineTool<S extends z.ZodObject, O extends ToolResponse>(tool: {
  name: string;
  description: string;
  input: S;
  effects?: Effects;
  run(ctx: ToolContext, input: z.output<S>): Promise<O>;
  media?: (output: O) => string[];
}): Tool {
  return tool as unknown as Tool;
}

/** The outcome of one call: the response the model will see, and the media it brings. */
export interface ToolResult {
  ok: boolean;
  response: ToolResponse;
  media: string[];
}

/** A fixed set of tools. */
export class ToolRegistry {
  readonly #tools: Map<string, Tool>;
  readonly #declarations: FunctionDeclaration[];
  readonly #onUnexpected: (tool: string, err: unknown) => void;

  /** `onUnexpected` hears of handler failures other than {@link AppError} (default: none). */
  constructor(
    tools: Tool[],
    options: { onUnexpected?: (tool: string, err: unknown) => void } = {},
  ) {
    this.#onUnexpected = options.onUnexpected ?? (() => {});
    this.#tools = new Map(tools.map((t) => [t.name, t]));
    this.#declarations = tools.map((t) => {
      const { $schema: _, ...schema } = z.toJSONSchema(t.input, { io: "input" });
      return { name: t.name, description: t.description, parametersJsonSchema: schema };
    });
  }

  /** Gemini function declarations, one per tool. */
  declarations(): FunctionDeclaration[] {
    return this.#declarations;
  }

  names(): string[] {
    return [...this.#tools.keys()];
  }

  /** Whether calling `name` may write (unknown names do not: they are refused). */
  writes(name: string): boolean {
    const tool = this.#tools.get(name);
    return tool !== undefined && tool.effects !== "none";
  }

  /**
   * Validates `args` and runs the tool; one with multiple effects runs inside a savepoint of
   * the step's transaction, so a failing tool leaves no partial effect behind and the
   * transaction stays usable.
   */
  async call(ctx: ToolContext, name: string, args: unknown): Promise<ToolResult> {
    const tool = this.#tools.get(name);
    if (!tool) {
      return failure(
        "unknown_tool",
        `There is no tool named "${name}". Available: ${this.names().join(", ")}`,
      );
    }
    const parsed = tool.input.safeParse(args ?? {});
    if (!parsed.success) {
      return failure(
        "invalid_arguments",
        parsed.error.issues
          .map((i) => `${i.path.length ? i.path.join(".") + ": " : ""}${i.message}`)
          .join("; "),
      );
    }
    try {
      const sql = ctx.sql;
      const response = (tool.effects ?? "multiple") === "multiple" && "savepoint" in sql
        ? await sql.savepoint((sp) => tool.run({ ...ctx, sql: sp }, parsed.data))
        : await tool.run(ctx, parsed.data);
      return { ok: true, response, media: tool.media?.(response) ?? [] };
    } catch (err) {
      if (err instanceof AppError) return failure(err.code, err.message, err.details);
      this.#onUnexpected(name, err);
      return failure("tool_failed", `${name} failed unexpectedly; nothing was changed`);
    }
  }
}

function failure(code: ErrorCode, message: string, details?: unknown): ToolResult {
  return {
    ok: false,
    response: { error: details === undefined ? { code, message } : { code, message, details } },
    media: [],
  };
}
