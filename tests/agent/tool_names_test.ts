import assert from "node:assert/strict";
import { shopTools } from "../../src/agent/shop-tools.ts";
import { ToolRegistry } from "../../src/agent/tools.ts";
import { ToolCall } from "../eval/schema.ts";

/** What the evaluation corpus names that other work adds (sizes). */
const LATER = new Set(["add_to_cart.size"]);

Deno.test("the agent's tools and their arguments are the ones the evaluation corpus uses", () => {
  const declared = new Map(
    new ToolRegistry(shopTools).declarations().map((d) => {
      const schema = d.parametersJsonSchema as { properties?: Record<string, unknown> };
      return [d.name ?? "", Object.keys(schema.properties ?? {})];
    }),
  );
  const corpus = ToolCall.options.map((option) => ({
    name: String(option.shape.tool.value),
    args: Object.keys(option.shape.args.shape),
  }));
  for (const { name, args } of corpus) {
    if (LATER.has(name)) continue;
    const have = declared.get(name);
    assert.ok(have, `the agent has no tool ${name}`);
    for (const arg of args.filter((a) => !LATER.has(`${name}.${a}`))) {
      assert.ok(have.includes(arg), `${name} takes no ${arg}`);
    }
  }
  assert.deepEqual(
    [...declared.keys()].filter((name) => !corpus.some((c) => c.name === name)),
    [],
    "every tool of the agent is in the corpus",
  );
  assert.deepEqual(declared.get("place_order"), ["quote_id"]);
  assert.deepEqual(declared.get("review_order"), ["fulfilment", "payment"]);
});
