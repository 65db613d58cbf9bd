/**
 * Who may use the dashboard. `GET /admin/login` is the sign-in form; `POST /admin/login` checks
 * the token against `ADMIN_TOKEN` in constant time (only from this server's own page) and sets
 * the session cookie (session.ts): `HttpOnly`, `SameSite=Strict`, `Secure` behind https;
 * `POST /admin/logout` clears it. {@link requireSession} lets through only a browser with a
 * valid session (the others are sent to sign-in) and refuses with 403 any form that does not
 * come from the same origin with the session's CSRF token.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { loadConfig } from "../shared/config.ts";
 * import { createLogger } from "../shared/log.ts";
 * const config = loadConfig(Deno.env.toObject());
 * const log = createLogger("info");
 * const app = new Hono<DashboardEnv>();
 * app.route("/", signInRoutes({ config, log }));
 * app.use("/admin/*", requireSession({ config, log }));
 * ```
 * @module
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Config } from "../shared/config.ts";
import { AppError } from "../shared/errors.ts";
import { tokensEqual } from "../staff/guard.ts";
import type { AppEnv } from "../http/router.ts";
import type { Logger } from "../shared/log.ts";
import { safeNext, SignInForm } from "./forms.ts";
import { noticeOf } from "./notices.ts";
import { fromSameOrigin } from "../staff/origin.ts";
import {
  createSession,
  readSession,
  type Session,
  SESSION_COOKIE,
  SESSION_SECONDS,
  validCsrf,
} from "../staff/session.ts";
import { htmlDocument, type Notice } from "./views/layout.tsx";
import { SignInPage } from "./views/sign-in.tsx";

/** Requests past {@link requireSession} carry their session. */
export type DashboardEnv = {
  Variables: AppEnv["Variables"] & { session: Session };
  Bindings: AppEnv["Bindings"];
};

export interface AccessDeps {
  config: Pick<Config, "adminToken" | "storeName" | "publicBaseUrl">;
  log: Logger;
}

/** Lets only signed-in browsers through; their forms must be same-origin with the CSRF token. */
export function requireSession(deps: AccessDeps): MiddlewareHandler<DashboardEnv> {
  const { config, log } = deps;
  return async (c, next) => {
    const token = config.adminToken;
    const session = token ? readSession(token, getCookie(c, SESSION_COOKIE)) : null;
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
    await next();
  };
}

/** Sign-in and sign-out, mounted at the root. */
export function signInRoutes(deps: AccessDeps) {
  const { config, log } = deps;
  const token = config.adminToken;
  const app = new Hono<DashboardEnv>();
  const signInPage = (c: Context, status: ContentfulStatusCode, notice?: Notice, next = "") =>
    c.html(
      htmlDocument(
        <SignInPage storeName={config.storeName} next={next} notice={notice} disabled={!token} />,
      ),
      status,
    );

  app.get("/admin/login", (c) => {
    if (!token) return signInPage(c, 403);
    const next = c.req.query("next") ?? "";
    if (readSession(token, getCookie(c, SESSION_COOKIE))) return c.redirect(safeNext(next), 303);
    return signInPage(c, 200, noticeOf(c), next);
  });

  app.post("/admin/login", async (c) => {
    if (!token) return signInPage(c, 403);
    if (!fromSameOrigin(c.req.raw, config.publicBaseUrl)) {
      throw new AppError("cross_site", 403, "Sign in from this dashboard's own page.");
    }
    const form = SignInForm.safeParse(await c.req.parseBody());
    if (!form.success || !tokensEqual(form.data.token, token)) {
      log.warn("admin.sign_in_refused", { ip: c.req.header("x-forwarded-for") ?? undefined });
      const next = form.success ? form.data.next : "";
      return signInPage(c, 401, { kind: "error", text: "That is not the admin token." }, next);
    }
    setCookie(c, SESSION_COOKIE, createSession(token), {
      path: "/",
      httpOnly: true,
      secure: isHttps(c, config.publicBaseUrl),
      sameSite: "Strict",
      maxAge: SESSION_SECONDS,
    });
    log.info("admin.signed_in");
    return c.redirect(safeNext(form.data.next), 303);
  });

  app.post("/admin/logout", requireSession(deps), (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c, config.publicBaseUrl) });
    return c.redirect("/admin/login?notice=signed_out", 303);
  });

  return app;
}

/** Whether the browser reached us over https (directly, through a proxy, or per config). */
function isHttps(c: Context, publicBaseUrl: string | undefined): boolean {
  const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  return new URL(c.req.url).protocol === "https:" || forwarded === "https" ||
    (publicBaseUrl?.startsWith("https:") ?? false);
}
