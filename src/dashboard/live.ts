/**
 * Live pages: `GET /admin/events` is a stream of Server-Sent Events, one `change` event (its
 * `id` the change's) whenever a message is stored, a delivery moves or a conversation is handed
 * over or flagged — in one conversation with `?conversation=ID`, anywhere without. One
 * {@link LiveFeed} per server polls Postgres for every open stream (conversations/changes.ts),
 * so it works with several instances and on the embedded database alike; it polls only while
 * a stream is open. `since` (the change the page was rendered after) or the browser's
 * `Last-Event-ID` makes a reconnecting page catch up. A stream ends after
 * {@link STREAM_SECONDS}; browsers reconnect by themselves.
 *
 * The pages carry `live.js` ({@link LIVE_SCRIPT}): on a change it fetches the page again and
 * swaps in its `data-live` regions, leaving what staff are typing alone. Without it the pages
 * work as before.
 *
 * @module
 */
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { Client } from "../db/connect.ts";
import {
  type Change,
  changedSince,
  ChangeReader,
  latestChangeId,
} from "../conversations/changes.ts";
import type { Logger } from "../shared/log.ts";
import type { DashboardEnv } from "./access.tsx";

/** How often the feed asks the database while a stream is open. */
export const POLL_MS = 1_000;
/** How long one stream lasts before the browser reconnects. */
export const STREAM_SECONDS = 60;
const HEARTBEAT_MS = 15_000;

type Listener = (changes: Change[]) => void;

/** Polls the change table while anyone listens, and tells every listener. */
export class LiveFeed {
  #listeners = new Set<Listener>();
  #reader: ChangeReader | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** The first poll after the feed was idle, which sets where its changes start. */
  #first: Promise<void> | null = null;

  constructor(private sql: Client, private log: Logger, private pollMs = POLL_MS) {}

  /**
   * Calls `listener` with each batch of changes made from now on; resolves to the unsubscribe
   * function once the feed knows where "now" is (a change made after that reaches the
   * listener, however soon).
   */
  async subscribe(listener: Listener): Promise<() => void> {
    this.#listeners.add(listener);
    if (this.#timer === null && this.#first === null) {
      this.#reader = null;
      this.#first = this.#tick().finally(() => this.#first = null);
    }
    await this.#first;
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0 && this.#timer !== null) {
        clearTimeout(this.#timer);
        this.#timer = null;
        this.#reader = null;
      }
    };
  }

  #schedule(): void {
    this.#timer = setTimeout(() => this.#tick(), this.#reader ? this.pollMs : 0);
  }

  async #tick(): Promise<void> {
    try {
      if (this.#reader === null) {
        this.#reader = new ChangeReader(await latestChangeId(this.sql));
      } else {
        const changes = await this.#reader.read(this.sql);
        if (changes.length > 0) { for (const listener of this.#listeners) listener(changes); }
      }
    } catch (err) {
      this.log.warn("dashboard.live_poll_failed", { error: String(err) });
    }
    if (this.#listeners.size > 0) this.#schedule();
    else this.#timer = null;
  }
}

const EventsQuery = z.object({
  conversation: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional()
    .catch(undefined),
  since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
});

/** The events route; mount after the session check. */
export function liveRoutes({ sql, feed }: { sql: Client; feed: LiveFeed }) {
  const app = new Hono<DashboardEnv>();
  app.get("/admin/assets/live.js", (c) =>
    c.body(LIVE_SCRIPT, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=3600",
    }));
  app.get("/admin/events", (c) => {
    const query = EventsQuery.parse(c.req.query());
    const conversation = query.conversation ?? null;
    const lastEventId = Number(c.req.header("last-event-id"));
    const since = Number.isSafeInteger(lastEventId) && lastEventId > 0 ? lastEventId : query.since;
    return streamSSE(c, async (stream) => {
      const pending: Change[] = [];
      let wake = () => {};
      const unsubscribe = await feed.subscribe((changes) => {
        pending.push(
          ...changes.filter((ch) => conversation === null || ch.conversationId === conversation),
        );
        wake();
      });
      stream.onAbort(() => wake());
      try {
        await stream.writeSSE({ event: "ready", data: "", retry: 1000 });
        if (since !== undefined && await changedSince(sql, since, conversation)) {
          await stream.writeSSE({ event: "change", data: JSON.stringify({ conversation }) });
        }
        const until = Date.now() + STREAM_SECONDS * 1000;
        while (!stream.aborted && Date.now() < until) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(done, Math.min(HEARTBEAT_MS, until - Date.now()));
            function done() {
              clearTimeout(timer);
              resolve();
            }
            wake = done;
          });
          if (stream.aborted) break;
          const batch = pending.splice(0);
          if (batch.length === 0) {
            await stream.write(": ping\n\n");
            continue;
          }
          const last = batch[batch.length - 1];
          await stream.writeSSE({
            event: "change",
            id: String(last.id),
            data: JSON.stringify({
              conversations: [...new Set(batch.map((ch) => ch.conversationId))],
            }),
          });
        }
      } finally {
        unsubscribe();
      }
    });
  });
  return app;
}

/** The pages' script: follows the events and refreshes the page's live regions. */
export const LIVE_SCRIPT = `"use strict";
(() => {
  const body = document.body;
  if (!window.EventSource || !document.querySelector("[data-live]")) return;
  const params = new URLSearchParams({ since: body.dataset.liveSince || "0" });
  if (body.dataset.conversation) params.set("conversation", body.dataset.conversation);
  const source = new EventSource("/admin/events?" + params);
  let queued = false;
  const refresh = async () => {
    queued = false;
    const res = await fetch(location.href, { credentials: "same-origin" });
    if (!res.ok || res.redirected) return;
    const fresh = new DOMParser().parseFromString(await res.text(), "text/html");
    for (const region of document.querySelectorAll("[data-live]")) {
      const next = fresh.getElementById(region.id);
      if (next) region.replaceWith(document.importNode(next, true));
    }
    body.dataset.liveUpdated = String(Date.now());
  };
  source.addEventListener("change", () => {
    if (!queued) {
      queued = true;
      setTimeout(refresh, 100);
    }
  });
})();
`;
