import assert from "node:assert/strict";
import { MAX_BODY, splitText, toWhatsAppMessages } from "../../src/conversations/outbound.ts";

Deno.test("short text stays one message; empty text none", () => {
  assert.deepEqual(splitText("  Hola  "), ["Hola"]);
  assert.deepEqual(splitText(""), []);
});

Deno.test("long text splits at paragraphs first, keeping every word, in order", () => {
  const paragraphs = [...Array(5)].map((_, i) => `${i}: ${"palabra ".repeat(90).trim()}.`);
  const parts = splitText(paragraphs.join("\n\n"));
  assert.ok(parts.length >= 3);
  assert.ok(parts.every((p) => p.length <= MAX_BODY));
  assert.equal(parts.join("\n\n"), paragraphs.join("\n\n"));
  assert.ok(parts.every((p) => /^\d: /.test(p)), "each part starts at a paragraph");
});

Deno.test("a paragraph longer than the limit splits at sentences, then words", () => {
  const sentence = `${"muy ".repeat(40).trim()} largo.`;
  const text = Array(20).fill(sentence).join(" ");
  const parts = splitText(text);
  assert.ok(parts.every((p) => p.length <= MAX_BODY && p.endsWith(".")));
  assert.equal(parts.join(" "), text);
  const words = splitText("x".repeat(10) + " " + "y".repeat(1700));
  assert.ok(words.every((p) => p.length <= MAX_BODY));
  assert.equal(words.join("").replaceAll(" ", ""), "x".repeat(10) + "y".repeat(1700));
});

Deno.test("images go one per message, the first with the first text part", () => {
  assert.deepEqual(toWhatsAppMessages("Aquí está", ["https://x/1.jpg"]), [
    { body: "Aquí está", mediaUrl: "https://x/1.jpg" },
  ]);
  assert.deepEqual(
    toWhatsAppMessages("Dos", ["https://x/1.jpg", "https://x/2.jpg", "https://x/1.jpg"]),
    [
      { body: "Dos", mediaUrl: "https://x/1.jpg" },
      { body: "", mediaUrl: "https://x/2.jpg" },
    ],
  );
});
