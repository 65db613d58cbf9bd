import assert from "node:assert/strict";
import { emptyServerDatabase } from "./helpers/db.ts";
import { spawnServer } from "./helpers/process.ts";

/** `deno task start`'s environment on a database of its own; `drop` removes it. */
async function ownDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const serverUrl = Deno.env.get("DATABASE_URL");
  if (serverUrl) {
    const db = await emptyServerDatabase(serverUrl);
    return { env: { DATABASE_URL: db.url }, drop: db.drop };
  }
  const dir = await Deno.makeTempDir();
  return { env: { DATA_DIR: `${dir}/data` }, drop: () => Deno.remove(dir, { recursive: true }) };
}

function startedLine(lines: string[]) {
  const line = lines.find((l) => l.includes('"server.started"'));
  assert.ok(line, lines.join("\n"));
  return JSON.parse(line);
}

Deno.test("the start-up log names the address listened on and the URLs to open", async () => {
  const db = await ownDatabase();
  try {
    const server = await spawnServer({ ...db.env, ADMIN_TOKEN: "a-token-of-sixteen-chars" });
    try {
      const started = startedLine(server.lines);
      const port = Number(new URL(server.url).port);
      assert.equal(started.listening, `0.0.0.0:${port}`);
      assert.equal(started.url, `http://localhost:${port}`);
      assert.equal(started.docs, `http://localhost:${port}/docs`);
      assert.equal(started.dashboard, `http://localhost:${port}/admin`);
      assert.equal(started.webhook, `http://localhost:${port}/webhook`);
      const page = await fetch(`${server.url}/`);
      assert.equal(page.status, 200);
      assert.match(
        await page.text(),
        new RegExp(`webhook to <code>http://127\\.0\\.0\\.1:${port}/webhook`),
      );
      assert.equal((await fetch(started.docs.replace("localhost", "127.0.0.1"))).status, 200);
    } finally {
      await server.kill();
    }

    const later = await spawnServer({ ...db.env, PUBLIC_BASE_URL: "https://shop.example.com" });
    try {
      const started = startedLine(later.lines);
      assert.equal(started.dashboard, "off: set ADMIN_TOKEN to turn it on");
      assert.equal(started.webhook, "https://shop.example.com/webhook", "what Twilio calls");
    } finally {
      await later.kill();
    }
  } finally {
    await db.drop();
  }
});
