/**
 * The page a dashboard request gets when it cannot be served: a refused form, a missing
 * conversation, or a failure on our side (with its reference, nothing else).
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { Head } from "./layout.tsx";

export const ErrorPage: FC<{ storeName: string; title: string; message: string }> = (
  { storeName, title, message },
) => (
  <html lang="en">
    <Head title={title} storeName={storeName} />
    <body>
      <main class="signin">
        <div class="card">
          <h1>{title}</h1>
          <p class="notice error" role="alert">{message}</p>
          <a class="button secondary" href="/admin/conversations">Back to the dashboard</a>
        </div>
      </main>
    </body>
  </html>
);
