/**
 * The messages a page shows after an action. A redirect names one by key (`?notice=reply_queued`),
 * so no text travels in a URL and nothing a link carries is ever shown.
 *
 * @module
 */
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { DashboardEnv } from "./access.tsx";
import { LANGUAGE_COOKIE, pickLanguage, translator } from "./i18n.ts";
import type { Notice } from "./views/layout.tsx";

const NOTICES = [
  "taken_over",
  "handed_back",
  "reply_queued",
  "order_updated",
  "settings_saved",
  "product_saved",
  "product_created",
  "variant_added",
  "signed_out",
  "signed_out_everywhere",
  "account_created",
  "account_disabled",
  "account_enabled",
  "password_set",
] as const;

type NoticeKey = typeof NOTICES[number];

/** The notice the request's `?notice=` names, if it names one, in the page's language. */
export function noticeOf(c: Context<DashboardEnv>): Notice | undefined {
  const key = c.req.query("notice");
  if (!key || !(NOTICES as readonly string[]).includes(key)) return undefined;
  const language = pickLanguage(
    [c.get("session")?.language, getCookie(c, LANGUAGE_COOKIE)],
    c.req.header("accept-language"),
  );
  return { kind: "ok", text: translator(language)(`notice.${key as NoticeKey}`) };
}
