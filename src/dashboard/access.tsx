/**
 * Who may use the dashboard. `GET /admin/login` is the sign-in form; `POST /admin/login` checks
 * a staff account's sign-in name and password (staff/accounts.ts), or the token against
 * `ADMIN_TOKEN` in constant time, which signs in as an owner (only from this server's own
 * page), records the sign-in in the audit log, opens a
 * stored session and sets its cookie (session.ts): `HttpOnly`, `SameSite=Strict`, `Secure`
 * behind https. Wrong tokens are throttled per client address (staff/throttle.ts: 429 with
 * `Retry-After`), and logged with the connection's peer address. `POST /admin/logout` ends the
 * session (its cookie stops working everywhere at once); `POST /admin/logout-everywhere` ends
 * every session. {@link requireSession} lets through only a browser whose session is stored
 * (the others are sent to sign-in) and refuses with 403 any form that does not come from the
 * same origin with the session's CSRF token.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { loadConfig } from "../shared/config.ts";
 * import { createLogger } from "../shared/log.ts";
 * const config = loadConfig(Deno.env.toObject());
 * const log = createLogger("info");
 * import type { Client } from "../db/connect.ts";
 * declare const sql: Client;
 * const app = new Hono<DashboardEnv>();
 * app.route("/", signInRoutes({ sql, config, log }));
 * app.use("/admin/*", requireSession({ sql, config, log }));
 * ```
 * @module
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import type { Client } from "../db/connect.ts";
import { clientOf, peerAddress } from "../http/client.ts";
import { blockedFor, clearFailures, recordFailure } from "../staff/throttle.ts";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Config } from "../shared/config.ts";
import { AppError } from "../shared/errors.ts";
import { tokensEqual } from "../staff/guard.ts";
import { checkCredentials } from "../staff/accounts.ts";
import { countNeedingAttention } from "../conversations/listing.ts";
import { type Actor, recordAudit } from "../staff/audit.ts";
import type { AppEnv } from "../http/router.ts";
import type { Logger } from "../shared/log.ts";
import { safeNext, SignInForm } from "./forms.ts";
import { noticeOf } from "./notices.ts";
import { fromSameOrigin } from "../staff/origin.ts";
import {
  createSession,
  endAllSessions,
  endSession,
  readSession,
  type Session,
  SESSION_COOKIE,
  SESSION_SECONDS,
  validCsrf,
} from "../staff/session.ts";
import { htmlDocument, type Notice } from "./views/layout.tsx";
import { SignInPage } from "./views/sign-in.tsx";
import { isLanguage, LANGUAGE_COOKIE, pickLanguage, translator } from "./i18n.ts";
import { type DashboardLanguage, setLanguage } from "../staff/accounts.ts";

/** Requests past {@link requireSession} carry their session. */
export type DashboardEnv = {
  Variables: AppEnv["Variables"] & {
    session: Session;
    /** Conversations that need attention, counted for the navigation of a page (GET). */
    attention?: number;
  };
  Bindings: AppEnv["Bindings"];
};

export interface AccessDeps {
  sql: Client;
  config: Pick<Config, "adminToken" | "storeName" | "publicBaseUrl" | "trustedProxies">;
  log: Logger;
}

/** Lets only signed-in browsers through; their forms must be same-origin with the CSRF token. */
export function requireSession(deps: AccessDeps): MiddlewareHandler<DashboardEnv> {
  const { sql, config, log } = deps;
  return async (c, next) => {
    const token = config.adminToken;
    const session = token ? await readSession(sql, token, getCookie(c, SESSION_COOKIE)) : null;
    if (!session) {
      const url = new URL(c.req.url);
      const back = c.req.method === "GET" ? `${url.pathname}${url.search}` : "";
      return c.redirect(
        back ? `/admin/login?${new URLSearchParams({ next: back })}` : "/admin/login",
        303,
      );
    }
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      const body = await c.req.parseBody();
      const csrf = typeof body.csrf === "string" ? body.csrf : undefined;
      if (!fromSameOrigin(c.req.raw, config.publicBaseUrl) || !validCsrf(session, csrf)) {
        log.warn("admin.csrf_refused", { path: c.req.path });
        throw new AppError(
          "csrf_failed",
          403,
          "This form could not be verified as coming from the dashboard. Reload the page and try again.",
        );
      }
    }
    c.set("session", session);
    if (c.req.method === "GET") c.set("attention", await countNeedingAttention(sql));
    await next();
  };
}

/** The language of a page: the account's, this browser's choice, its `Accept-Language`, English. */
export function languageOf(c: Context, session?: Session): DashboardLanguage {
  return pickLanguage(
    [session?.language, getCookie(c, LANGUAGE_COOKIE)],
    c.req.header("accept-language"),
  );
}

/** Lets only owners through (staff get 403); mount after {@link requireSession}. */
export function requireOwner(): MiddlewareHandler<DashboardEnv> {
  return async (c, next) => {
    if (c.get("session").role !== "owner") {
      throw new AppError("forbidden", 403, "Only the shop's owners can open this page.");
    }
    await next();
  };
}

/** The name the admin token acts under in the audit log and the thread. */
export const TOKEN_ACTOR = "Owner (admin token)";

/** Who a session acts as. */
export function actorOf(session: Session): Actor {
  return { staffId: session.staffId, name: session.staffName ?? TOKEN_ACTOR };
}

/** Sign-in and sign-out, mounted at the root. */
export function signInRoutes(deps: AccessDeps) {
  const { sql, config, log } = deps;
  const token = config.adminToken;
  const app = new Hono<DashboardEnv>();
  const signInPage = (c: Context, status: ContentfulStatusCode, notice?: Notice, next = "") => {
    const lang = languageOf(c);
    return c.html(
      htmlDocument(
        <SignInPage
          storeName={config.storeName}
          next={next}
          notice={notice}
          disabled={!token}
          lang={lang}
          t={translator(lang)}
        />,
      ),
      status,
    );
  };

  app.get("/admin/login", async (c) => {
    if (!token) return signInPage(c, 403);
    const next = c.req.query("next") ?? "";
    if (await readSession(sql, token, getCookie(c, SESSION_COOKIE))) {
      return c.redirect(safeNext(next), 303);
    }
    return signInPage(c, 200, noticeOf(c), next);
  });

  app.post("/admin/login", async (c) => {
    if (!token) return signInPage(c, 403);
    if (!fromSameOrigin(c.req.raw, config.publicBaseUrl)) {
      throw new AppError("cross_site", 403, "Sign in from this dashboard's own page.");
    }
    const form = SignInForm.safeParse(await c.req.parseBody());
    const next = form.success ? form.data.next : "";
    const client = clientOf(c, config.trustedProxies);
    const wait = await blockedFor(sql, client);
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      const text = translator(languageOf(c))("signin.too_many", { n: wait });
      return signInPage(c, 429, { kind: "error", text }, next);
    }
    const byToken = !form.success || form.data.token !== undefined;
    const account = form.success && !byToken
      ? await checkCredentials(sql, form.data.login, form.data.password)
      : null;
    if (!form.success || (byToken ? !tokensEqual(form.data.token ?? "", token) : !account)) {
      const blocked = await recordFailure(sql, client);
      log.warn("admin.sign_in_refused", {
        peer: peerAddress(c),
        client,
        blocked_s: blocked || undefined,
      });
      const text = translator(languageOf(c))(
        byToken ? "signin.wrong_token" : "signin.wrong_password",
      );
      return signInPage(c, 401, { kind: "error", text }, next);
    }
    await clearFailures(sql, client);
    const { cookie, session } = await createSession(sql, token, {
      client,
      userAgent: c.req.header("user-agent"),
      staffId: account?.id ?? null,
    });
    await recordAudit(sql, actorOf(session), "signed_in", null, { client });
    setCookie(c, SESSION_COOKIE, cookie, {
      path: "/",
      httpOnly: true,
      secure: isHttps(c, config.publicBaseUrl),
      sameSite: "Strict",
      maxAge: SESSION_SECONDS,
    });
    log.info("admin.signed_in", { peer: peerAddress(c), client });
    return c.redirect(safeNext(form.data.next), 303);
  });

  app.post("/admin/language", requireSession(deps), async (c) => {
    const body = await c.req.parseBody();
    if (!isLanguage(body.language)) {
      throw new AppError("invalid_input", 400, "The dashboard speaks es, en or pt.");
    }
    const session = c.get("session");
    if (session.staffId !== null) await setLanguage(sql, session.staffId, body.language);
    setCookie(c, LANGUAGE_COOKIE, body.language, {
      path: "/admin",
      httpOnly: true,
      secure: isHttps(c, config.publicBaseUrl),
      sameSite: "Strict",
      maxAge: 365 * 24 * 60 * 60,
    });
    return c.redirect(safeNext(typeof body.next === "string" ? body.next : ""), 303);
  });

  app.post("/admin/logout", requireSession(deps), async (c) => {
    await endSession(sql, c.get("session").id);
    await recordAudit(sql, actorOf(c.get("session")), "signed_out");
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c, config.publicBaseUrl) });
    return c.redirect("/admin/login?notice=signed_out", 303);
  });

  app.post("/admin/logout-everywhere", requireSession(deps), async (c) => {
    const ended = await endAllSessions(sql);
    await recordAudit(sql, actorOf(c.get("session")), "signed_out_everywhere", null, { ended });
    log.info("admin.signed_out_everywhere", { sessions: ended, peer: peerAddress(c) });
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c, config.publicBaseUrl) });
    return c.redirect("/admin/login?notice=signed_out_everywhere", 303);
  });

  return app;
}

/** Whether the browser reached us over https (directly, through a proxy, or per config). */
function isHttps(c: Context, publicBaseUrl: string | undefined): boolean {
  const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  return new URL(c.req.url).protocol === "https:" || forwarded === "https" ||
    (publicBaseUrl?.startsWith("https:") ?? false);
}
