import assert from "node:assert/strict";
import { openEmbedded } from "../../src/db/embedded.ts";
import { emptyServerDatabase } from "../helpers/db.ts";
import { spawnServer } from "../helpers/process.ts";

const EMBEDDED = /@electric-sql[+/]pglite/;

/**
 * Every script V8 compiled in a running `main.ts` started with `env`, read through the V8
 * inspector: `Debugger.enable` reports each script already parsed (`Debugger.scriptParsed`)
 * before it answers.
 */
async function loadedScripts(env: Record<string, string>): Promise<string[]> {
  const server = await spawnServer(env, { flags: ["-A", "--inspect=127.0.0.1:0"] });
  try {
    const endpoint = /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(server.lines.join("\n"))?.[0];
    assert.ok(endpoint, "the inspector's address is printed");
    const socket = new WebSocket(endpoint);
    const urls: string[] = [];
    await new Promise<void>((resolve, reject) => {
      socket.onerror = () => reject(new Error("inspector connection failed"));
      socket.onopen = () => socket.send(JSON.stringify({ id: 1, method: "Debugger.enable" }));
      socket.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.method === "Debugger.scriptParsed") urls.push(message.params.url);
        if (message.id === 1) resolve();
      };
    });
    socket.close();
    return urls;
  } finally {
    await server.kill("SIGKILL");
  }
}

Deno.test("with DATABASE_URL the server loads none of the embedded database's modules", async () => {
  // A Postgres server for the child: the real one when the suite runs on it, otherwise an
  // embedded database served by this test process (so only the child's imports are observed).
  const serverUrl = Deno.env.get("DATABASE_URL");
  const empty = serverUrl ? await emptyServerDatabase(serverUrl) : null;
  const embedded = serverUrl ? null : await openEmbedded({ dataDir: "memory://" });
  try {
    const scripts = await loadedScripts({
      DATABASE_URL: empty?.url ?? embedded!.url,
      DATABASE_POOL_SIZE: "1",
    });
    // npm packages are reported like any module (with a static import of embedded.ts, this
    // test lists pglite's index.js, its two contrib modules and pglite-socket's index.js).
    assert.ok(scripts.some((url) => url.includes("/postgres/src/")), "postgres.js is there");
    assert.deepEqual(scripts.filter((url) => EMBEDDED.test(url)), []);
  } finally {
    await empty?.drop();
    await embedded?.close();
  }
});
