/**
 * A staff member's browser, in tests that go through `app.request`: signs in with the admin
 * token (or as an account, {@link signInAs}) through the sign-in form, keeps the session cookie, and posts forms the way a browser
 * does (same-origin `Sec-Fetch-Site`, the page's CSRF token), unless a test says otherwise.
 *
 * @example
 * ```ts
 * await using t = await testApp();
 * const staff = await signIn(t.request);
 * const page = await staff.get("/admin/conversations");
 * await staff.post("/admin/conversations/1/takeover");
 * ```
 * @module
 */
import assert from "node:assert/strict";
import { ADMIN_TOKEN } from "../helpers/app.ts";

type Request = (path: string, init?: RequestInit) => Promise<Response>;

export interface PostOptions {
  /** `Sec-Fetch-Site` to send; null sends none. Default `same-origin`. */
  site?: string | null;
  /** `Origin` to send; default none. */
  origin?: string;
  /** CSRF token to send; null sends none. Default the session's. */
  csrf?: string | null;
}

export interface Staff {
  /** `name=value` of the session cookie. */
  cookie: string;
  /** The session's CSRF token, as the pages carry it. */
  csrf: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, fields?: Record<string, string>, options?: PostOptions): Promise<Response>;
}

/** Signs in through the form with the admin token and returns the signed-in browser. */
export function signIn(request: Request, token = ADMIN_TOKEN): Promise<Staff> {
  return signInWith(request, { token, next: "" });
}

/** Signs in through the form as a staff account. */
export function signInAs(request: Request, login: string, password: string): Promise<Staff> {
  return signInWith(request, { login, password, next: "" });
}

async function signInWith(request: Request, fields: Record<string, string>): Promise<Staff> {
  const res = await request("/admin/login", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "sec-fetch-site": "same-origin",
    },
    body: new URLSearchParams(fields),
  });
  assert.equal(res.status, 303, "signing in redirects");
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  assert.match(cookie, /^admin_session=/);
  const page = await request("/admin/conversations", { headers: { cookie } });
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1];
  assert.ok(csrf, "the page carries the CSRF token");
  return {
    cookie,
    csrf,
    get: (path, headers = {}) =>
      request(path, { headers: { ...headers, cookie }, redirect: "manual" }),
    post: (path, fields = {}, options = {}) => {
      const headers: Record<string, string> = {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
      };
      const site = options.site === undefined ? "same-origin" : options.site;
      if (site !== null) headers["sec-fetch-site"] = site;
      if (options.origin) headers.origin = options.origin;
      const token = options.csrf === undefined ? csrf : options.csrf;
      const body = new URLSearchParams(token === null ? fields : { ...fields, csrf: token });
      return request(path, { method: "POST", headers, body, redirect: "manual" });
    },
  };
}

/** The text of an HTML page with tags removed and entities decoded (what a person reads). */
export function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, " ")
    .replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'").replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");
}
