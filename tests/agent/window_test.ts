import assert from "node:assert/strict";
import type { HistoryRow } from "../../src/conversations/thread.ts";
import { fitWindow, toContents } from "../../src/agent/window.ts";

let nextId = 1;
function row(
  kind: HistoryRow["kind"],
  turnId: number,
  text: string,
  parts?: unknown[],
): HistoryRow {
  return {
    id: nextId++,
    kind,
    turnId,
    text,
    parts: (parts ?? null) as HistoryRow["parts"],
    media: null,
    size: parts ? JSON.stringify(parts).length : text.length + 40,
  };
}

function turn(id: number, size: number): HistoryRow[] {
  return [
    row("customer", id, "q".repeat(size)),
    row("model", id, "", [{
      functionCall: { name: "view_cart", args: {} },
      thoughtSignature: "s",
    }]),
    row("tool", id, "", [{ functionResponse: { name: "view_cart", response: { ok: true } } }]),
    row("model", id, "a", [{ text: "a".repeat(size) }]),
  ];
}

Deno.test("the window keeps whole turns from a customer message, within the budget", () => {
  const rows = [...turn(1, 500), ...turn(5, 500), ...turn(9, 500)];
  const kept = fitWindow([...rows].reverse(), 9, 2600);
  assert.equal(kept[0].kind, "customer");
  assert.ok(kept.every((r) => r.turnId >= 5));
  assert.deepEqual(kept.map((r) => r.turnId), [5, 5, 5, 5, 9, 9, 9, 9]);
});

Deno.test("the current turn is kept even when it alone is over the budget", () => {
  const rows = [...turn(1, 100), ...turn(2, 5000)];
  const kept = fitWindow([...rows].reverse(), 2, 2000);
  assert.deepEqual(kept.map((r) => r.turnId), [2, 2, 2, 2]);
});

Deno.test("contents alternate roles; model parts pass through untouched", () => {
  const rows = [
    ...turn(1, 3),
    row("customer", 5, "¿hay alguien?"),
    row("staff", 6, "Hola, soy Ana"),
    row("customer", 7, "gracias"),
  ];
  rows[rows.length - 1].media = [{ url: "https://x/1.jpg", contentType: "image/jpeg" }];
  const contents = toContents(rows);
  assert.deepEqual(contents.map((c) => c.role), [
    "user",
    "model",
    "user",
    "model",
    "user",
    "model",
    "user",
  ]);
  assert.deepEqual(contents[1].parts, [{
    functionCall: { name: "view_cart", args: {} },
    thoughtSignature: "s",
  }]);
  assert.deepEqual(contents[4].parts, [{ text: "¿hay alguien?" }]);
  assert.deepEqual(contents[5].parts, [{ text: "[Staff of the shop wrote:] Hola, soy Ana" }]);
  assert.equal(
    contents[6].parts?.[0].text,
    "gracias\n[The customer sent an image (image/jpeg), which you cannot see]",
  );
});
