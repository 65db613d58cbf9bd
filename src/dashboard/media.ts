/**
 * The media customers sent, served to signed-in staff: `GET /admin/media/:message/:index`
 * downloads item `index` of a customer message from Twilio (whatsapp/media.ts: Twilio's host
 * only, capped, with the account's credentials, which the browser never sees) and serves it
 * with its type. Types a browser could run (HTML, SVG, anything not an image, audio, video or
 * PDF) are served as a download. Mounted behind the dashboard's session check.
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * const app = mediaRoutes({ sql, media: null }); // 503 for every file without Twilio credentials
 * ```
 * @module
 */
import { Hono } from "hono";
import type { MediaFetcher } from "../agent/media.ts";
import type { Media } from "../conversations/thread.ts";
import type { Client } from "../db/connect.ts";
import type { Logger } from "../shared/log.ts";
import type { DashboardEnv } from "./access.tsx";

export interface MediaRoutesDeps {
  sql: Client;
  /** Twilio's media, with the account's credentials; null without them. */
  media: MediaFetcher | null;
  log?: Logger;
}

const SHOWN =
  /^(image\/(jpeg|png|webp|gif|heic|heif)|audio\/[\w.+-]+|video\/[\w.+-]+|application\/pdf)$/;

/** The link staff open for item `index` of customer message `messageId`. */
export function mediaPath(messageId: number, index: number): string {
  return `/admin/media/${messageId}/${index}`;
}

/** The media route (mount behind the session check). */
export function mediaRoutes(deps: MediaRoutesDeps) {
  const app = new Hono<DashboardEnv>();
  app.get("/admin/media/:message{[0-9]{1,15}}/:index{[0-9]{1,2}}", async (c) => {
    const messageId = Number(c.req.param("message"));
    const index = Number(c.req.param("index"));
    const [row] = await deps.sql<{ media: Media[] | null }[]>`
      select media from messages where id = ${messageId} and kind = 'customer'`;
    const item = row?.media?.[index];
    if (!item) return c.text("No such media", 404);
    if (!deps.media) return c.text("Set the Twilio credentials to open customers' media", 503);
    let file;
    try {
      file = await deps.media.fetch(item);
    } catch (err) {
      deps.log?.warn("dashboard.media_failed", { message: messageId, error: String(err) });
      return c.text("Twilio did not give the file (it may have been deleted)", 502);
    }
    const type = file.contentType.split(";")[0].trim().toLowerCase();
    const shown = SHOWN.test(type);
    return c.body(file.bytes, 200, {
      "content-type": shown ? file.contentType : "application/octet-stream",
      "content-disposition": shown
        ? "inline"
        : `attachment; filename="media-${messageId}-${index}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
  });
  return app;
}
