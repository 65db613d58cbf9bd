/**
 * Every operation `/openapi.json` documents, attacked with invalid requests (see
 * requests.ts): each answer is a 4xx in the API's error shape without a stack trace, and
 * after each batch the stored data is exactly as before.
 *
 * @module
 */
import assert from "node:assert/strict";
import { checkAnswer, send } from "./http.ts";
import { plansFor } from "./requests.ts";
import { batches, fuzz, printTally } from "./run.ts";
import { fuzzShop } from "./shop.ts";

/** Operations every well-formed request may use (fuzzed in routing_test.ts). */
const ALWAYS_VALID = ["POST /api/carts"];

Deno.test("every documented operation refuses invalid requests and changes nothing", async (t) => {
  await using shop = await fuzzShop();
  for (const operation of shop.operations) {
    const plans = plansFor(operation, shop.target);
    const invalidating = plans.filter((p) => p.strategy !== "size");
    assert.ok(
      invalidating.length > 0 || ALWAYS_VALID.includes(operation.route),
      `${operation.route}: no way to make a request invalid; fuzz it on its own`,
    );
    for (const plan of plans) {
      await t.step(
        plan.name,
        () =>
          fuzz(
            plan.name,
            batches(plan.requests),
            async (batch) => {
              for (const request of batch) {
                checkAnswer(await send(shop.request, request), plan.expected);
              }
              await shop.unchanged();
            },
            { runs: 25 },
          ),
      );
    }
  }
  printTally("api");
});
