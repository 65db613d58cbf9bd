/**
 * The page a dashboard request gets when it cannot be served: a refused form, a missing
 * conversation, or a failure on our side (with its reference, nothing else).
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { Head } from "./layout.tsx";
import type { DashboardLanguage } from "../../staff/accounts.ts";
import type { Translate } from "../i18n.ts";

export const ErrorPage: FC<
  { storeName: string; title: string; message: string; lang: DashboardLanguage; t: Translate }
> = (
  { storeName, title, message, lang, t },
) => (
  <html lang={lang}>
    <Head title={title} storeName={storeName} />
    <body>
      <main class="signin">
        <div class="card">
          <h1>{title}</h1>
          <p class="notice error" role="alert">{message}</p>
          <a class="button secondary" href="/admin/conversations">
            {t("error.back")}
          </a>
        </div>
      </main>
    </body>
  </html>
);
