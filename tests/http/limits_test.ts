import assert from "node:assert/strict";
import { Hono } from "hono";
import { limitBody } from "../../src/http/limits.ts";
import { listen } from "../../src/http/listener.ts";
import { AppError } from "../../src/shared/errors.ts";
import { createLogger } from "../../src/shared/log.ts";

/** A server on the real listener echoing the size of the body it was given. */
async function echoServer() {
  const app = new Hono();
  app.use("/echo", limitBody(1024));
  app.post("/echo", async (c) => c.text(String((await c.req.arrayBuffer()).byteLength)));
  app.onError((err, c) =>
    c.text(err instanceof AppError ? `${err.status} ${err.message}` : "500", 200)
  );
  const listener = await listen((request, info) => app.fetch(request, info), {
    hostname: "127.0.0.1",
    port: 0,
    headersTimeoutMs: 5000,
    requestTimeoutMs: 10_000,
    idleTimeoutMs: 1000,
    maxConnections: 100,
    log: createLogger("silent"),
  });
  return {
    url: `http://127.0.0.1:${listener.port}/echo`,
    port: listener.port,
    [Symbol.asyncDispose]: () => listener.close(),
  };
}

/** One raw HTTP/1.1 request on its own connection; the whole answer as text. */
async function raw(port: number, request: string): Promise<string> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(new TextEncoder().encode(request));
  let text = "";
  const buf = new Uint8Array(4096);
  for (let n = await conn.read(buf); n !== null; n = await conn.read(buf)) {
    text += new TextDecoder().decode(buf.subarray(0, n));
    if (/\r\n\r\n[\s\S]*\S/.test(text) && !text.includes("Transfer-Encoding: chunked")) break;
    if (text.endsWith("0\r\n\r\n")) break;
  }
  conn.close();
  return text;
}

Deno.test("through the node:http listener, bodies without a length are limited and handed on", async () => {
  await using server = await echoServer();
  const chunked = (bytes: number) =>
    fetch(server.url, {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      }),
    }).then((r) => r.text());
  assert.equal(await chunked(900), "900");
  assert.match(await chunked(2000), /^413 The request body is larger than 1 KB$/);
  assert.equal(await (await fetch(server.url, { method: "POST", body: "abc" })).text(), "3");
  const declared = await fetch(server.url, { method: "POST", body: new Uint8Array(5000) });
  assert.match(await declared.text(), /^413/);
  const noBody = await raw(
    server.port,
    "POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
  );
  assert.match(noBody, /^HTTP\/1\.1 200/);
  assert.match(noBody, /\r\n\r\n(1\r\n)?0(\r\n)?/);
});
