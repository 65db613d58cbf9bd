/**
 * A fake Gemini API server that speaks the real `generateContent` wire protocol, so tests can
 * drive the real `@google/genai` SDK against scripted replies.
 *
 * It enforces what the real API enforces for a tool-calling agent: the API key, the shape of
 * `contents`, Gemini 3 thought signatures on replayed function calls, and one function response
 * per function call. Violations are answered like Google does (400 INVALID_ARGUMENT; 403 when
 * the key is missing), in Google's JSON error shape, without consuming a script step. Every
 * request is recorded in {@linkcode FakeGemini.requests}.
 *
 * Inline data (`inlineData` parts) must be of a type Gemini reads, without parameters, in
 * base64; a request over 20 MB is refused, as Gemini refuses it.
 *
 * Each answer carries `usageMetadata` the way Gemini reports it, at four characters a token:
 * `promptTokenCount` for the system instruction, tools and contents; `candidatesTokenCount`; and
 * `cachedContentTokenCount` for the longest prefix (in that order) shared with one of the last
 * 64 requests, when it reaches `minCacheTokens` (Gemini's implicit caching).
 *
 * Like Gemini 3, a reply with several function calls (a parallel set) carries one thought
 * signature, on the first functionCall part; a replayed model turn must bring it back on that
 * same first call. Differences from the real API: every model turn in the history is checked
 * (not only the current one), and "position N" in the missing-signature error is the 1-based
 * index of the offending content.
 *
 * @example
 * ```ts
 * import { GoogleGenAI } from "@google/genai";
 * import { FakeGemini } from "./gemini.ts";
 *
 * await using fake = await FakeGemini.start();
 * fake.script({ calls: [{ name: "view_cart" }] }, { text: "Tu carrito está vacío." });
 * const ai = new GoogleGenAI({ apiKey: "test-key", httpOptions: { baseUrl: fake.url } });
 * const first = await ai.models.generateContent({
 *   model: "gemini-3-flash",
 *   contents: "¿qué tengo?",
 *   config: { tools: [{ functionDeclarations: [{ name: "view_cart" }] }] },
 * });
 * // Replay first.candidates[0].content verbatim, then a user turn with one functionResponse.
 * ```
 *
 * @module
 */
import { z } from "zod";

const Args = z.record(z.string(), z.unknown());
const PartSchema = z.looseObject({
  text: z.string().optional(),
  thought: z.boolean().optional(),
  thoughtSignature: z.string().optional(),
  functionCall: z.looseObject({ name: z.string(), args: Args.optional() }).optional(),
  functionResponse: z.looseObject({ name: z.string(), response: Args.optional() }).optional(),
  inlineData: z.looseObject({ mimeType: z.string(), data: z.string() }).optional(),
});
const ContentSchema = z.looseObject({
  role: z.string().optional(),
  parts: z.array(PartSchema).optional(),
});
const BodySchema = z.looseObject({
  contents: z.array(ContentSchema).optional(),
  systemInstruction: ContentSchema.optional(),
  tools: z.array(z.looseObject({
    functionDeclarations: z.array(z.looseObject({
      name: z.string(),
      description: z.string().optional(),
    })).optional(),
  })).optional(),
  generationConfig: z.record(z.string(), z.unknown()).optional(),
});

/** One part of a content, as sent on the wire (unknown fields are kept). */
export type Part = z.infer<typeof PartSchema>;
/** One conversation turn, as sent on the wire. */
export type Content = z.infer<typeof ContentSchema>;
/** A `generateContent` request body, as sent on the wire (unknown fields are kept). */
export type GenerateContentBody = z.infer<typeof BodySchema>;

/** What the fake answers to one request. */
export type FakeReply =
  | { text: string }
  | {
    /** One functionCall part each; the first carries a fresh thoughtSignature. */
    calls: { name: string; args?: Record<string, unknown> }[];
    /** Optional text part sent before the calls. */
    text?: string;
    /** Allow calling functions the request did not declare (otherwise a 500 script error). */
    allowUndeclared?: boolean;
  }
  | {
    error: number;
    message?: string;
    /** `error.details`, e.g. a `google.rpc.RetryInfo` (see gemini-errors.ts's recorded bodies). */
    details?: Record<string, unknown>[];
  }
  | { hang: true };

/** One scripted answer: a reply, a delayed reply, or a function of the request. */
export type FakeStep =
  | FakeReply
  | { delayMs: number; reply: FakeReply }
  | ((req: RecordedRequest) => FakeReply | Promise<FakeReply>);

/** A request the fake received, valid or not. */
export interface RecordedRequest {
  /** Model name from the path, e.g. `gemini-3-flash` ("" when the path did not match). */
  model: string;
  path: string;
  /** The `x-goog-api-key` header. */
  apiKey: string | null;
  /** The parsed body; `{}` when it was not JSON of the expected shape (see `rawBody`). */
  body: GenerateContentBody;
  rawBody: string;
  receivedAt: number;
  /** HTTP status sent; undefined while pending, or when a hang or delay was cut short by close. */
  status?: number;
}

type HttpAnswer = { status: number; json: unknown };
type Answer = HttpAnswer | "hang";

const ROUTE = /^\/(v1|v1beta)\/models\/([^/:]+):generateContent$/;

const ERRORS: Record<number, [status: string, message: string]> = {
  400: ["INVALID_ARGUMENT", "Request contains an invalid argument."],
  403: ["PERMISSION_DENIED", "The caller does not have permission"],
  404: ["NOT_FOUND", "Requested entity was not found."],
  429: ["RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."],
  500: ["INTERNAL", "An internal error has occurred. Please retry or report the problem."],
  503: ["UNAVAILABLE", "The model is overloaded. Please try again later."],
  504: ["DEADLINE_EXCEEDED", "Deadline expired before operation could complete."],
};

/** Gemini's limit on a whole `generateContent` request (inline data included). */
const MAX_REQUEST_BYTES = 20 * 1024 * 1024;
/** MIME types Gemini reads as inline data (images, audio, PDF; parameters not allowed). */
const INLINE_TYPES = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
  "audio/ogg",
  "audio/mpeg",
  "audio/mp3",
  "audio/wav",
  "audio/aac",
  "audio/flac",
  "audio/aiff",
  "application/pdf",
]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const COUNT_MISMATCH = "Please ensure that the number of function response parts is equal to " +
  "the number of function call parts of the function call turn.";

/** A scriptable fake of the Gemini `generateContent` endpoint. See the module docs. */
export class FakeGemini {
  /** Base URL for `httpOptions.baseUrl` (or GEMINI_BASE_URL), e.g. `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Every request received, including rejected ones. */
  readonly requests: RecordedRequest[] = [];
  /**
   * Structured-output requests (`responseMimeType: application/json`, the mood judge's), kept
   * apart from the agent's and answered from their own queue ({@link scriptStructured}).
   */
  readonly structuredRequests: RecordedRequest[] = [];
  #structured: FakeStep[] = [];

  #apiKey: string;
  #server: Deno.HttpServer<Deno.NetAddr>;
  #closer = new AbortController();
  #closing?: Promise<void>;
  #queue: FakeStep[] = [];
  #fallback: FakeStep = { text: "ok" };
  #delayMs = 0;
  /** Issued thought signatures → the call they were issued for (see `callKey`). */
  #signatures = new Map<string, string>();
  #minCacheTokens: number;
  /** The prompts of recent valid requests, in cache order (see `promptText`). */
  #recentPrompts: string[] = [];

  private constructor(apiKey: string, port: number, minCacheTokens: number) {
    this.#apiKey = apiKey;
    this.#minCacheTokens = minCacheTokens;
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port, onListen() {} },
      (req) => this.#handle(req),
    );
    this.url = `http://127.0.0.1:${this.#server.addr.port}`;
  }

  /**
   * Starts a server on 127.0.0.1 (port 0 = any free port) accepting `apiKey` ("test-key").
   * `minCacheTokens` is the smallest prefix reported as cached (Gemini's minimum for implicit
   * caching is 1,024 to 4,096 tokens by model; default 1,024).
   */
  static start(
    options: { apiKey?: string; port?: number; minCacheTokens?: number } = {},
  ): Promise<FakeGemini> {
    return Promise.resolve(
      new FakeGemini(
        options.apiKey ?? "test-key",
        options.port ?? 0,
        options.minCacheTokens ?? 1024,
      ),
    );
  }

  /** Queues steps, consumed one per valid request, in order. */
  script(...steps: FakeStep[]): void {
    this.#queue.push(...steps);
  }

  /** Queues answers to structured-output requests; with none queued they are answered 503. */
  scriptStructured(...steps: FakeStep[]): void {
    this.#structured.push(...steps);
  }

  /** Sets the step used when the queue is empty (default: `{ text: "ok" }`). */
  fallback(step: FakeStep): void {
    this.#fallback = step;
  }

  /** Adds latency before every answer, errors included. */
  setDelay(ms: number): void {
    this.#delayMs = ms;
  }

  /** Clears the queue, the recorded requests, the fallback and the delay. */
  reset(): void {
    this.#queue = [];
    this.#structured = [];
    this.requests.length = 0;
    this.structuredRequests.length = 0;
    this.#fallback = { text: "ok" };
    this.#delayMs = 0;
  }

  /** Stops the server; requests still waiting are answered 503. Safe to call twice. */
  close(): Promise<void> {
    this.#closing ??= (() => {
      this.#closer.abort();
      return this.#server.shutdown();
    })();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #handle(req: Request): Promise<Response> {
    const path = new URL(req.url).pathname;
    const route = req.method === "POST" ? ROUTE.exec(path) : null;
    const rawBody = await req.text();
    const parsed = parseBody(rawBody);
    const record: RecordedRequest = {
      model: route?.[2] ?? "",
      path,
      apiKey: req.headers.get("x-goog-api-key"),
      body: "body" in parsed ? parsed.body : {},
      rawBody,
      receivedAt: Date.now(),
    };
    const structured = "body" in parsed &&
      parsed.body.generationConfig?.responseMimeType === "application/json";
    (structured ? this.structuredRequests : this.requests).push(record);

    let delayMs = this.#delayMs;
    let answer: Answer | null = route
      ? this.#authenticate(record.apiKey) ??
        (rawBody.length > MAX_REQUEST_BYTES
          ? badRequest(`Request payload size exceeds the limit: ${MAX_REQUEST_BYTES} bytes.`)
          : null) ??
        ("error" in parsed
          ? badRequest(parsed.error)
          : checkThinking(record.model, record.body) ?? this.#checkHistory(record.body))
      : error(404, `FakeGemini only serves POST /v1[beta]/models/MODEL:generateContent.`);
    if (!answer) {
      const step = structured
        ? this.#structured.shift() ?? { error: 503 }
        : this.#queue.shift() ?? this.#fallback;
      if (typeof step === "function") {
        answer = this.#answer(await step(record), record);
      } else if ("reply" in step) {
        delayMs += step.delayMs;
        answer = this.#answer(step.reply, record);
      } else {
        answer = this.#answer(step, record);
      }
    }

    const signal = this.#closer.signal;
    if (delayMs > 0) await waitFor(signal, delayMs);
    if (answer === "hang") await waitFor(signal);
    if (answer === "hang" || signal.aborted) {
      return Response.json(error(503, "FakeGemini is shutting down.").json, { status: 503 });
    }
    record.status = answer.status;
    return Response.json(answer.json, { status: answer.status });
  }

  #authenticate(apiKey: string | null): HttpAnswer | null {
    if (apiKey === null) {
      return error(
        403,
        "Method doesn't allow unregistered callers (callers without established identity). " +
          "Please use API Key or other form of API consumer identity to call this API.",
      );
    }
    return apiKey === this.#apiKey
      ? null
      : badRequest("API key not valid. Please pass a valid API key.");
  }

  /** Checks roles, parts, thought signatures and call/response pairing; null when valid. */
  #checkHistory({ contents = [] }: GenerateContentBody): HttpAnswer | null {
    if (contents.length === 0) {
      return badRequest("* GenerateContentRequest.contents: contents is not specified");
    }
    let pendingCalls: string[] | null = null;
    for (const [i, { role, parts = [] }] of contents.entries()) {
      if (role !== "user" && role !== "model") {
        return badRequest(
          `Please use a valid role: user, model. Got ${JSON.stringify(role)} at contents[${i}].`,
        );
      }
      if (parts.length === 0) {
        return badRequest(
          `* GenerateContentRequest.contents[${i}].parts: contents.parts must not be empty.`,
        );
      }
      const inline = parts.find((p) =>
        p.inlineData &&
        (!INLINE_TYPES.has(p.inlineData.mimeType) || !BASE64.test(p.inlineData.data) ||
          p.inlineData.data.length % 4 !== 0)
      )?.inlineData;
      if (inline) {
        return badRequest(
          `Unable to process input: inline_data of mime type ${
            JSON.stringify(inline.mimeType)
          } at contents[${i}] is not supported or its data is not base64.`,
        );
      }
      const responses = parts.flatMap((p) => p.functionResponse ? [p.functionResponse.name] : []);
      if (pendingCalls) {
        if (role !== "user" || responses.length !== pendingCalls.length) {
          return badRequest(COUNT_MISMATCH);
        }
        if (responses.join() !== pendingCalls.join()) {
          return badRequest(
            `Function response parts must answer the function call parts in order: expected ` +
              `[${pendingCalls}], got [${responses}] at contents[${i}].`,
          );
        }
        pendingCalls = null;
      } else if (responses.length > 0) {
        return badRequest(
          "Please ensure that function response turn comes immediately after a function call turn.",
        );
      }
      if (role !== "model") continue;
      const calls = parts.flatMap((p) =>
        p.functionCall ? [{ ...p, functionCall: p.functionCall }] : []
      );
      for (const { functionCall, thoughtSignature } of calls.slice(0, 1)) {
        const call = `function call \`default_api:${functionCall.name}\` , position ${i + 1}`;
        if (thoughtSignature === undefined) {
          return badRequest(
            "Function call is missing a thought_signature in functionCall parts. This is required for " +
              "tools to work correctly, and missing thought_signature may lead to degraded model " +
              `performance. Additional data, ${call}. Please refer to ` +
              "https://ai.google.dev/gemini-api/docs/thought-signatures for more details.",
          );
        }
        if (this.#signatures.get(thoughtSignature) !== callKey(functionCall)) {
          return badRequest(
            `Corrupted thought signature. (FakeGemini: the thoughtSignature on ${call} was not ` +
              "issued for this call; replay functionCall parts verbatim.)",
          );
        }
      }
      if (calls.length > 0) pendingCalls = calls.map((p) => p.functionCall.name);
    }
    return pendingCalls ? badRequest(COUNT_MISMATCH) : null;
  }

  #answer(reply: FakeReply, record: RecordedRequest): Answer {
    if ("hang" in reply) return "hang";
    if ("error" in reply) return error(reply.error, reply.message, reply.details);
    const parts: Part[] = [];
    if ("calls" in reply) {
      const declared = new Set(
        (record.body.tools ?? []).flatMap((t) => t.functionDeclarations ?? []).map((d) => d.name),
      );
      const undeclared = reply.calls.find((c) => !declared.has(c.name));
      if (undeclared && !reply.allowUndeclared) {
        return error(
          500,
          `FakeGemini script error: \`${undeclared.name}\` is not declared in this request's tools ` +
            `([${[...declared]}]); set allowUndeclared: true to send it anyway.`,
        );
      }
      if (reply.text !== undefined) parts.push({ text: reply.text });
      for (const { name, args = {} } of reply.calls) parts.push({ functionCall: { name, args } });
    } else {
      parts.push({ text: reply.text });
    }
    const prompt = promptText(record.body);
    const promptTokenCount = Math.ceil(prompt.length / 4);
    const cachedContentTokenCount = this.#cachedTokens(prompt);
    const candidatesTokenCount = Math.ceil(JSON.stringify(parts).length / 4);
    const first = parts.find((p) => p.functionCall);
    if (first?.functionCall) {
      first.thoughtSignature = randomToken(32);
      this.#signatures.set(first.thoughtSignature, callKey(first.functionCall));
    }
    return {
      status: 200,
      json: {
        candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
        usageMetadata: {
          promptTokenCount,
          candidatesTokenCount,
          totalTokenCount: promptTokenCount + candidatesTokenCount,
          ...(cachedContentTokenCount > 0 ? { cachedContentTokenCount } : {}),
        },
        modelVersion: record.model,
        responseId: randomToken(16),
      },
    };
  }

  /**
   * Like Gemini's implicit cache: the longest prefix this prompt shares with a recent request's,
   * at four characters a token, when it is at least the minimum cacheable size.
   */
  #cachedTokens(prompt: string): number {
    let longest = 0;
    for (const earlier of this.#recentPrompts) {
      longest = Math.max(longest, commonPrefix(prompt, earlier));
    }
    this.#recentPrompts.push(prompt);
    if (this.#recentPrompts.length > 64) this.#recentPrompts.shift();
    const tokens = Math.floor(longest / 4);
    return tokens >= this.#minCacheTokens ? tokens : 0;
  }
}

/**
 * Checks `generationConfig.thinkingConfig` the way Gemini does: a level or a budget, not both;
 * a level only on Gemini 3 models, and on Pro only low or high.
 */
function checkThinking(model: string, body: GenerateContentBody): HttpAnswer | null {
  const thinking = body.generationConfig?.thinkingConfig as
    | { thinkingLevel?: string; thinkingBudget?: number }
    | undefined;
  if (!thinking) return null;
  if (thinking.thinkingLevel !== undefined && thinking.thinkingBudget !== undefined) {
    return badRequest("You can only set one of thinking budget and thinking level.");
  }
  const level = thinking.thinkingLevel?.toUpperCase();
  if (level === undefined) return null;
  if (Number(/^gemini-(\d+)/.exec(model)?.[1] ?? 0) < 3) {
    return badRequest("Thinking level is not supported for this model.");
  }
  const allowed = /-pro/.test(model) ? ["LOW", "HIGH"] : ["MINIMAL", "LOW", "MEDIUM", "HIGH"];
  return allowed.includes(level)
    ? null
    : badRequest(`Thinking level ${level} is not supported for this model.`);
}

/** The prompt in the order Gemini caches it: system instruction, tools, then the contents. */
function promptText(body: GenerateContentBody): string {
  return [
    JSON.stringify(body.systemInstruction ?? null),
    JSON.stringify(body.tools ?? null),
    ...(body.contents ?? []).map((c) => JSON.stringify(c)),
  ].join("\n");
}

/** Length of the common prefix: whole 1,024-character chunks compared natively, then chars. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + 1024 <= n && a.slice(i, i + 1024) === b.slice(i, i + 1024)) i += 1024;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function parseBody(raw: string): { body: GenerateContentBody } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { error: `Invalid JSON payload received. ${e}` };
  }
  const result = BodySchema.safeParse(json);
  if (result.success) return { body: result.data };
  const [issue] = result.error.issues;
  const at = issue.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("");
  const where = at.replace(/^\./, "") || "(body)";
  return { error: `Invalid JSON payload received. Invalid value at '${where}': ${issue.message}.` };
}

function error(code: number, message?: string, details?: Record<string, unknown>[]): HttpAnswer {
  const [status, defaultMessage] = ERRORS[code] ?? ["UNKNOWN", "Unknown error."];
  return {
    status: code,
    json: {
      error: { code, message: message ?? defaultMessage, status, ...(details ? { details } : {}) },
    },
  };
}

function badRequest(message: string): HttpAnswer {
  return error(400, message);
}

/** Identifies a function call by name and args, ignoring key order. */
function callKey(call: { name: string; args?: Record<string, unknown> }): string {
  return JSON.stringify([call.name, canonical(call.args ?? {})]);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1).map(([k, v]) => [k, canonical(v)]),
  );
}

function randomToken(bytes: number): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))));
}

/** Resolves after `ms` (forever when omitted), or as soon as `signal` aborts. */
function waitFor(signal: AbortSignal, ms?: number): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    signal.addEventListener("abort", done);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
