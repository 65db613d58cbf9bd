/**
 * The HTTP listener: `node:http` (Deno's port of Node's server) through Hono's Node adapter,
 * because `Deno.serve` can bound none of what an exposed server must bound (Deno 2.9: no header,
 * body or idle timeout, no connection cap, and its accept loop ends for good on the first
 * `EMFILE`). This one closes a connection that has not sent its headers after
 * `headersTimeoutMs` (a silent connection included), one whose whole request has not arrived
 * after `requestTimeoutMs`, and an idle keep-alive one after `idleTimeoutMs`. It holds at most
 * `maxConnections` (never more than the process's open-file limit leaves room for): when full,
 * a new connection takes the place of the oldest one with no request under way, or is closed
 * when every one is busy, and one log line says the cap was reached. Deno's accept stops
 * without a word after an `EMFILE` (the handle is not polled again), so a timer has it poll its
 * accept queue again every second.
 *
 * @example
 * ```ts
 * import { createLogger } from "../shared/log.ts";
 * const listener = await listen(() => new Response("ok"), {
 *   hostname: "127.0.0.1",
 *   port: 0,
 *   headersTimeoutMs: 10_000,
 *   requestTimeoutMs: 12_000,
 *   idleTimeoutMs: 5_000,
 *   maxConnections: 10_000,
 *   log: createLogger("info"),
 * });
 * await listener.close();
 * ```
 * @module
 */
import { getRequestListener } from "@hono/node-server";
import http from "node:http";
import net from "node:net";
import type { Logger } from "../shared/log.ts";
import { errorText } from "../shared/log.ts";

/** What the handler learns about the connection besides the request. */
export interface PeerInfo {
  /** The address of the other end of the TCP connection (a proxy, when there is one). */
  peer: string;
  /** Whether the client hung up before its request was read whole. */
  clientGone(): boolean;
}

export type FetchHandler = (request: Request, info: PeerInfo) => Response | Promise<Response>;

export interface ListenOptions {
  hostname: string;
  port: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  /** Connections held at once at most (lowered to what the open-file limit allows). */
  maxConnections: number;
  log: Logger;
  /** How often the accept queue is polled again in case an accept failed. Default 1,000. */
  watchdogMs?: number;
  /** The soft open-file limit; default read from /proc/self/limits (null: unknown). */
  openFileLimit?: number | null;
}

export interface Listener {
  hostname: string;
  port: number;
  /** The connection cap in force. */
  maxConnections: number;
  /** The soft open-file limit the cap was fitted to (null when unknown). */
  openFileLimit: number | null;
  /** Open connections now. */
  connections(): number;
  /** Stops accepting, lets the requests under way finish (up to `graceMs`), closes the rest. */
  close(graceMs?: number): Promise<void>;
}

/** File descriptors kept for everything but inbound connections (database, outbound calls, files). */
export const FD_RESERVE = 256;

/** How often timeouts are checked (Node's default is 30 s, too coarse for a 10 s bound). */
const CHECK_INTERVAL_MS = 500;

/** Connections the kernel queues until they are accepted. */
const BACKLOG = 511;

/** The soft limit of open files of this process, from /proc (Linux); null elsewhere. */
export function readOpenFileLimit(): number | null {
  try {
    const limits = Deno.readTextFileSync("/proc/self/limits");
    const match = /^Max open files\s+(\d+|unlimited)\s/m.exec(limits);
    if (!match || match[1] === "unlimited") return null;
    return Number(match[1]);
  } catch {
    return null;
  }
}

/** The connection cap that leaves {@link FD_RESERVE} descriptors free under `limit`. */
export function fittedCap(wanted: number, limit: number | null): number {
  if (limit === null) return wanted;
  return Math.max(16, Math.min(wanted, limit - FD_RESERVE));
}

interface Tracked {
  /** Requests of this connection under way. */
  busy: number;
}

/** Starts serving `handler` and resolves once listening. */
export async function listen(handler: FetchHandler, options: ListenOptions): Promise<Listener> {
  const { log } = options;
  const openFileLimit = options.openFileLimit === undefined
    ? readOpenFileLimit()
    : options.openFileLimit;
  const cap = fittedCap(options.maxConnections, openFileLimit);
  const requestListener = getRequestListener(
    (request, env) => {
      const incoming = env.incoming as http.IncomingMessage;
      return handler(request, {
        peer: peerOf(incoming.socket),
        clientGone: () => (incoming.destroyed && !incoming.complete) || incoming.socket.destroyed,
      });
    },
    { overrideGlobalObjects: false },
  );
  const server = http.createServer({
    headersTimeout: options.headersTimeoutMs,
    requestTimeout: options.requestTimeoutMs,
    keepAliveTimeout: options.idleTimeoutMs,
    connectionsCheckingInterval: CHECK_INTERVAL_MS,
  }, requestListener);

  const open = new Map<net.Socket, Tracked>();
  let capped: { since: number; evicted: number; refused: number } | null = null;

  server.prependListener("connection", (socket: net.Socket) => {
    if (open.size >= cap) {
      if (!capped) {
        capped = { since: Date.now(), evicted: 0, refused: 0 };
        log.warn("http.connection_cap_reached", {
          max_connections: cap,
          open_files_limit: openFileLimit,
          hint:
            "new connections replace the oldest idle ones, or are closed while all are busy (HTTP_MAX_CONNECTIONS)",
        });
      }
      const idle = oldestIdle(open);
      if (!idle) {
        capped.refused++;
        socket.destroy();
        return;
      }
      capped.evicted++;
      open.delete(idle);
      idle.destroy();
    }
    open.set(socket, { busy: 0 });
    socket.once("close", () => {
      open.delete(socket);
      if (capped && open.size < cap * 0.9) {
        log.info("http.connection_cap_cleared", {
          max_connections: cap,
          evicted: capped.evicted,
          refused: capped.refused,
          ms: Date.now() - capped.since,
        });
        capped = null;
      }
    });
  });
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const tracked = open.get(req.socket as net.Socket);
    if (!tracked) return;
    tracked.busy++;
    res.once("close", () => tracked.busy--);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: options.port, host: options.hostname, backlog: BACKLOG }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (err: Error) => log.error("http.listener_error", { error: errorText(err) }));
  const port = (server.address() as net.AddressInfo).port;

  // Listening again on a listening handle is a no-op in libuv; in Deno it also polls the
  // handle's accept queue again, which is what an accept that failed with EMFILE never does.
  const watchdog = setInterval(() => {
    const handle = (server as unknown as { _handle?: { listen?(backlog: number): number } })
      ._handle;
    handle?.listen?.(BACKLOG);
  }, options.watchdogMs ?? 1_000);
  Deno.unrefTimer(watchdog as unknown as number);

  return {
    hostname: options.hostname,
    port,
    maxConnections: cap,
    openFileLimit,
    connections: () => open.size,
    close: async (graceMs = 10_000) => {
      clearInterval(watchdog);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const [socket, tracked] of open) if (tracked.busy === 0) socket.destroy();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, graceMs);
      });
      await Promise.race([closed, late]);
      clearTimeout(timer);
    },
  };
}

/** The connection held longest with no request under way. */
function oldestIdle(open: Map<net.Socket, Tracked>): net.Socket | null {
  for (const [socket, tracked] of open) if (tracked.busy === 0) return socket;
  return null;
}

/** The remote address of a socket, IPv4-mapped IPv6 addresses written as IPv4. */
function peerOf(socket: net.Socket): string {
  const address = socket.remoteAddress ?? "";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
