/**
 * The README's examples run as written: its marked shell blocks (`<!-- readme-test: name -->`
 * before a sh block) run in order with `sh -eu`, then bash, against a live server; every command
 * must succeed (`curl -fsS`), and the state they leave is checked. Its links and the paths it
 * names exist.
 */
import assert from "node:assert/strict";
import { dirname } from "node:path";
import { LAYERS } from "./architecture/layers.ts";
import { emptyServerDatabase } from "./helpers/db.ts";
import { spawnServer } from "./helpers/process.ts";

const root = new URL("..", import.meta.url);
const readme = await Deno.readTextFile(new URL("README.md", root));

/** The sh block after `<!-- readme-test: name -->`. */
function block(name: string): string {
  const match = new RegExp(`<!-- readme-test: ${name} -->\\s*\`\`\`sh\\n([^]*?)\`\`\``).exec(
    readme,
  );
  assert.ok(match, `README.md marks a sh block "${name}"`);
  return match[1];
}

/** Characters zsh (and other shells) expand when unquoted: `?`, `*`, `[`. */
function unquotedGlobs(script: string): string[] {
  const found: string[] = [];
  for (const line of script.split("\n")) {
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quote) {
        if (ch === quote) quote = null;
        else if (ch === "\\" && quote === '"') i++;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === "\\") i++;
      else if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]))) break;
      else if ("?*[".includes(ch)) found.push(line);
    }
  }
  return found;
}

async function runBlocks(names: string[], env: Record<string, string>) {
  const script = ["setup", ...names].map(block).join("\n");
  const results: Record<string, { code: number; stderr: string }> = {};
  for (const shell of ["sh", "bash"]) {
    const out = await new Deno.Command(shell, {
      args: ["-eux", "-c", script],
      cwd: root,
      env,
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).output();
    results[shell] = { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
    if (out.code !== 0) break;
  }
  return results;
}

Deno.test("the README's shell examples quote every URL and argument a shell would expand", () => {
  for (const name of ["setup", "rest-api", "dashboard-api"]) {
    assert.deepEqual(unquotedGlobs(block(name)), [], name);
  }
});

Deno.test("the README's API examples run as written, top to bottom, against a fresh server", async () => {
  const token = /^export ADMIN_TOKEN=(\S+)/m.exec(block("setup"))?.[1];
  assert.ok(token, "the setup block sets ADMIN_TOKEN");
  const serverUrl = Deno.env.get("DATABASE_URL");
  const dir = await Deno.makeTempDir();
  const db = serverUrl ? await emptyServerDatabase(serverUrl) : undefined;
  const server = await spawnServer({
    ...(db ? { DATABASE_URL: db.url } : { DATA_DIR: `${dir}/data` }),
    ADMIN_TOKEN: token,
    DEV_MODE: "1",
  });
  const env = {
    BASE: server.url,
    PATH: `${dirname(Deno.execPath())}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`,
    HOME: Deno.env.get("HOME") ?? dir,
    ...(Deno.env.get("DENO_DIR") ? { DENO_DIR: String(Deno.env.get("DENO_DIR")) } : {}),
    NO_COLOR: "1",
  };
  const admin = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(res.status, 200, path);
    return await res.json();
  };
  try {
    for (const [shell, r] of Object.entries(await runBlocks(["rest-api"], env))) {
      assert.equal(r.code, 0, `${shell}: ${r.stderr}`);
    }
    const paid = await admin("/api/admin/orders?status=paid");
    assert.equal(paid.items.length, 2, "one order from each shell's run");
    for (const order of paid.items) {
      assert.equal(order.status, "paid");
      assert.deepEqual(
        order.items.map((
          l: { product_id: number; quantity: number },
        ) => [l.product_id, l.quantity]),
        [[1, 3]],
      );
    }
    const products = (await admin("/api/admin/products?limit=200")).items;
    const own = products.filter((p: { sku: string }) => p.sku.startsWith("TAZ-"));
    assert.equal(own.length, 2, "each run made its own product");
    for (const p of own) {
      assert.deepEqual([p.active, p.price_minor, p.stock], [false, 1290, 12]);
    }
    assert.ok(
      products.filter((p: { sku: string }) => !p.sku.startsWith("TAZ-"))
        .every((p: { active: boolean }) => p.active),
      "the sample catalog is left for customers to buy",
    );

    for (const [shell, r] of Object.entries(await runBlocks(["dashboard-api"], env))) {
      assert.equal(r.code, 0, `${shell}: ${r.stderr}`);
    }
    const conversations = (await admin("/api/admin/conversations?q=ana")).items;
    assert.equal(conversations.length, 1);
    const thread = await admin(`/api/admin/conversations/${conversations[0].id}`);
    assert.equal(thread.conversation.handler, "agent", "taken over, then handed back");
    assert.deepEqual(
      thread.cart.items.map((
        l: { product_id: number; quantity: number },
      ) => [l.product_id, l.quantity]),
      [[1, 2]],
      "the agent answered the customer's message once, though both shells sent it",
    );
  } finally {
    await server.kill();
    await db?.drop();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("every link and repository path in the README and docs/ exists", async () => {
  const ignored = (await Deno.readTextFile(new URL(".gitignore", root))).split("\n")
    .filter((line) => line.endsWith("/"));
  const pages = [
    "README.md",
    ...[...Deno.readDirSync(new URL("docs/", root))].map((e) => `docs/${e.name}`),
  ];
  for (const page of pages) {
    const text = await Deno.readTextFile(new URL(page, root));
    const base = new URL(page, root);
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [path, anchor] = target.split("#");
      const file = path ? new URL(path, base) : base;
      const linked = await Deno.readTextFile(file).catch(() => null);
      assert.ok(linked !== null, `${page} links ${target}, which does not exist`);
      if (anchor) {
        assert.ok(anchorsOf(linked).includes(anchor), `${page} links ${target}: no such heading`);
      }
    }
    for (
      const [, path] of text.matchAll(/`((?:src|tests|scripts|docs|bench|sql|\.ci)\/[^`\s*]*)`/g)
    ) {
      if (ignored.some((dir) => path.startsWith(dir))) continue;
      const exists = await Deno.stat(new URL(path, root)).then(() => true, () => false);
      assert.ok(exists, `${page} names ${path}, which does not exist`);
    }
  }
});

/** GitHub's anchors of a page's headings. */
function anchorsOf(markdown: string): string[] {
  return [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1].toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-")
  );
}

Deno.test("the README's Architecture lists the layers in the order the layer test enforces", () => {
  const section = /\n## Architecture\n([^]*?)(?:\n## |$)/.exec(readme)?.[1] ?? "";
  const listed = [...section.matchAll(/^\d+\. (.+?): /gm)].map((m) =>
    m[1] === "`src/*.ts`" ? [""] : [...m[1].matchAll(/`([a-z]+)\/`/g)].map((f) => f[1])
  );
  assert.deepEqual(listed, LAYERS.map((layer) => [...layer]));
});
