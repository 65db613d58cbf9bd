/**
 * The sign-in page: a staff account's sign-in name and password, and below it the admin token
 * (the owner's first sign-in, before there are accounts). It says nothing about how close a
 * wrong attempt was, and says so plainly when the dashboard is disabled.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { DashboardLanguage } from "../../staff/accounts.ts";
import type { Translate } from "../i18n.ts";
import { Head, type Notice } from "./layout.tsx";

export const SignInPage: FC<
  {
    storeName: string;
    next: string;
    notice?: Notice;
    disabled?: boolean;
    lang: DashboardLanguage;
    t: Translate;
  }
> = ({ storeName, next, notice, disabled, lang, t }) => (
  <html lang={lang}>
    <Head title={t("signin.title")} storeName={storeName} />
    <body>
      <main class="signin">
        <div class="card">
          <h1>{storeName} — {t("signin.staff")}</h1>
          {notice && (
            <p class={`notice ${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"}>
              {notice.text}
            </p>
          )}
          {disabled
            ? (
              <p class="notice error" role="alert">
                {t("signin.disabled")}
              </p>
            )
            : (
              <>
                <form method="post" action="/admin/login">
                  <input type="hidden" name="next" value={next} />
                  <label for="login">{t("signin.login")}</label>
                  <input id="login" name="login" autocomplete="username" required autofocus />
                  <label for="password">{t("signin.password")}</label>
                  <input
                    id="password"
                    name="password"
                    type="password"
                    autocomplete="current-password"
                    required
                  />
                  <button type="submit">{t("signin.submit")}</button>
                </form>
                <form method="post" action="/admin/login" class="token-sign-in">
                  <input type="hidden" name="next" value={next} />
                  <label for="token">{t("signin.token")}</label>
                  <input
                    id="token"
                    name="token"
                    type="password"
                    autocomplete="current-password"
                    required
                  />
                  <button type="submit" class="secondary">{t("signin.token_submit")}</button>
                </form>
              </>
            )}
        </div>
      </main>
    </body>
  </html>
);
