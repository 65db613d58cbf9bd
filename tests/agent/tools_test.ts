import assert from "node:assert/strict";
import { z } from "zod";
import { defineTool, ToolRegistry } from "../../src/agent/tools.ts";
import { AppError } from "../../src/shared/errors.ts";
import { testDatabase } from "../helpers/db.ts";

const echo = defineTool({
  name: "echo",
  description: "Echoes a word.",
  input: z.strictObject({ word: z.string().max(5), times: z.int().min(1).default(1) }),
  run: (_ctx, input) => Promise.resolve({ echoed: input.word.repeat(input.times) }),
});

const breaks = defineTool({
  name: "breaks",
  description: "Changes a product, then fails.",
  input: z.strictObject({ how: z.enum(["app", "bug"]) }),
  run: async (ctx, input) => {
    await ctx.sql`update products set stock = 0 where id = 1`;
    if (input.how === "app") throw new AppError("out_of_stock", 409, "Not today", { why: "test" });
    throw new TypeError("undefined is not a function");
  },
});

Deno.test("declarations come from the zod schemas", () => {
  const registry = new ToolRegistry([echo]);
  assert.deepEqual(registry.declarations(), [{
    name: "echo",
    description: "Echoes a word.",
    parametersJsonSchema: {
      type: "object",
      properties: {
        word: { type: "string", maxLength: 5 },
        times: { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER, default: 1 },
      },
      required: ["word"],
      additionalProperties: false,
    },
  }]);
});

Deno.test("arguments are validated by the same schema; failures become results", async () => {
  await using db = await testDatabase();
  const unexpected: string[] = [];
  const registry = new ToolRegistry([echo, breaks], {
    onUnexpected: (tool, err) => unexpected.push(`${tool}: ${err}`),
  });
  await db.sql.begin(async (tx) => {
    const ctx = {
      sql: tx,
      customerId: 1,
      conversationId: 1,
      turnId: 1,
      language: "es" as const,
      currency: "EUR",
      now: new Date(),
      sale: {
        providers: { card: false, mercadopago: false },
        publicBaseUrl: null,
        timeZone: "UTC",
      },
    };
    assert.deepEqual(await registry.call(ctx, "echo", { word: "ab", times: 2 }), {
      ok: true,
      response: { echoed: "abab" },
      media: [],
    });
    const tooLong = await registry.call(ctx, "echo", { word: "abcdefgh" });
    assert.equal(tooLong.ok, false);
    assert.match(JSON.stringify(tooLong.response), /invalid_arguments.*word/);
    const extra = await registry.call(ctx, "echo", { word: "a", price_minor: 0 });
    assert.match(JSON.stringify(extra.response), /Unrecognized key/);
    assert.match(JSON.stringify(await registry.call(ctx, "nope", {})), /unknown_tool/);
    assert.deepEqual(await registry.call(ctx, "breaks", { how: "app" }), {
      ok: false,
      response: { error: { code: "out_of_stock", message: "Not today", details: { why: "test" } } },
      media: [],
    });
    const bug = await registry.call(ctx, "breaks", { how: "bug" });
    assert.deepEqual(bug.response, {
      error: { code: "tool_failed", message: "breaks failed unexpectedly; nothing was changed" },
    });
    // Both failures were rolled back to their savepoints; the transaction is still usable.
    const [{ stock }] = await tx`select stock from products where id = 1`;
    assert.equal(stock, 50);
  });
  assert.deepEqual(unexpected, ["breaks: TypeError: undefined is not a function"]);
});
