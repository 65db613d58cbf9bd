import assert from "node:assert/strict";
import { checkLayers } from "./layers.ts";

Deno.test("every import under src/ points down the layer order", async () => {
  const violations = await checkLayers(new URL("../../src/", import.meta.url));
  assert.deepEqual(
    violations.map((v) => `src/${v.file}:${v.line} imports "${v.specifier}": ${v.reason}`),
    [],
  );
});

Deno.test("an upward or sideways import is named with its file and line", async () => {
  const root = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${root}/src/catalog`, { recursive: true });
    await Deno.mkdir(`${root}/src/agent`, { recursive: true });
    await Deno.mkdir(`${root}/src/whatsapp`, { recursive: true });
    await Deno.mkdir(`${root}/src/chat`, { recursive: true });
    await Deno.writeTextFile(`${root}/src/agent/turn.ts`, "export const turn = 1;\n");
    await Deno.writeTextFile(`${root}/src/chat/ask.ts`, "export const ask = 1;\n");
    await Deno.writeTextFile(
      `${root}/src/catalog/service.ts`,
      '/** doc */\nimport { z } from "zod";\nimport { turn } from "../agent/turn.ts";\n',
    );
    await Deno.writeTextFile(
      `${root}/src/whatsapp/webhook.ts`,
      'import type { ask } from "../chat/ask.ts";\nexport const x = import("../agent/turn.ts");\n',
    );
    const found = await checkLayers(new URL(`file://${root}/src/`));
    const shown = found.map((v) => `${v.file}:${v.line} ${v.reason}`).sort();
    assert.deepEqual(shown, [
      "catalog/service.ts:3 src/catalog/ imports src/agent/, which is above it",
      "whatsapp/webhook.ts:1 src/whatsapp/ imports its peer src/chat/",
    ]);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("imports shown in doc comments do not count, imports in code do", async () => {
  const root = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${root}/src/catalog`, { recursive: true });
    await Deno.mkdir(`${root}/src/agent`, { recursive: true });
    await Deno.writeTextFile(`${root}/src/agent/turn.ts`, "export const turn = 1;\n");
    await Deno.writeTextFile(
      `${root}/src/catalog/service.ts`,
      '/**\n * @example\n * ```ts\n * import { turn } from "../agent/turn.ts";\n * ```\n */\n' +
        '// import { turn } from "../agent/turn.ts";\n' +
        'const s = "/* not a comment */";\nimport { turn } from "../agent/turn.ts";\n',
    );
    const found = await checkLayers(new URL(`file://${root}/src/`));
    assert.deepEqual(found.map((v) => `${v.file}:${v.line}`), ["catalog/service.ts:9"]);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
