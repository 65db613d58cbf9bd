/**
 * The page frame's data for a signed-in request: the shop, the CSRF token, the section, who is
 * signed in and with which role, how many conversations need attention, and the language.
 *
 * @module
 */
import type { Context } from "hono";
import type { Config } from "../shared/config.ts";
import { actorOf, type DashboardEnv, languageOf } from "./access.tsx";
import { translator } from "./i18n.ts";
import type { Chrome, Section } from "./views/layout.tsx";

export function pageChrome(
  c: Context<DashboardEnv>,
  config: Pick<Config, "storeName" | "storeTimeZone">,
  section: Section,
): Chrome {
  const session = c.get("session");
  const lang = languageOf(c, session);
  const url = new URL(c.req.url);
  return {
    storeName: config.storeName,
    csrf: session.csrf,
    timeZone: config.storeTimeZone,
    section,
    role: session.role,
    who: actorOf(session).name,
    attention: c.get("attention"),
    lang,
    t: translator(lang),
    path: `${url.pathname}${url.search}`,
  };
}
