import assert from "node:assert/strict";
import { listen } from "../../src/http/listener.ts";
import { createLogger } from "../../src/shared/log.ts";
import { testApp } from "../helpers/app.ts";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

Deno.test("a client that hangs up during a slow upload is logged as a 499 client abort, not a server error", async () => {
  await using t = await testApp({ DEV_MODE: "1" }, { captureLog: true });
  const listener = await listen((request, info) => t.app.fetch(request, info), {
    hostname: "127.0.0.1",
    port: 0,
    headersTimeoutMs: 5000,
    requestTimeoutMs: 10000,
    idleTimeoutMs: 5000,
    maxConnections: 100,
    log: createLogger("silent"),
  });
  try {
    for (const path of ["/webhook", "/api/carts/00000000-0000-4000-8000-000000000000/items"]) {
      const conn = await Deno.connect({ hostname: "127.0.0.1", port: listener.port });
      const type = path === "/webhook" ? "application/x-www-form-urlencoded" : "application/json";
      await conn.write(new TextEncoder().encode(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\n` +
          "Content-Length: 50000\r\n\r\nBody=hola",
      ));
      await sleep(300);
      conn.close();
    }
    const deadline = Date.now() + 5000;
    const http = () => t.logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === "http");
    while (http().length < 2 && Date.now() < deadline) await sleep(100);
    assert.deepEqual(http().map((l) => [l.level, l.status, l.path.split("/")[1]]), [
      ["info", 499, "webhook"],
      ["info", 499, "api"],
    ]);
    assert.ok(http().every((l) => l.peer === "127.0.0.1"), "the access log names the peer");
    const errors = t.logLines.map((l) => JSON.parse(l)).filter((l) => l.level === "error");
    assert.deepEqual(errors, []);
  } finally {
    await listener.close();
  }
});
