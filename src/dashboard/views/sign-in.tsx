/**
 * The sign-in page: a staff account's sign-in name and password, and below it the admin token
 * (the owner's first sign-in, before there are accounts). It says nothing about how close a
 * wrong attempt was, and says so plainly when the dashboard is disabled.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { Head, type Notice } from "./layout.tsx";

export const SignInPage: FC<
  { storeName: string; next: string; notice?: Notice; disabled?: boolean }
> = ({ storeName, next, notice, disabled }) => (
  <html lang="en">
    <Head title="Sign in" storeName={storeName} />
    <body>
      <main class="signin">
        <div class="card">
          <h1>{storeName} — staff</h1>
          {notice && (
            <p class={`notice ${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"}>
              {notice.text}
            </p>
          )}
          {disabled
            ? (
              <p class="notice error" role="alert">
                The dashboard is disabled: set ADMIN_TOKEN on the server to enable it.
              </p>
            )
            : (
              <>
                <form method="post" action="/admin/login">
                  <input type="hidden" name="next" value={next} />
                  <label for="login">Sign-in name</label>
                  <input id="login" name="login" autocomplete="username" required autofocus />
                  <label for="password">Password</label>
                  <input
                    id="password"
                    name="password"
                    type="password"
                    autocomplete="current-password"
                    required
                  />
                  <button type="submit">Sign in</button>
                </form>
                <form method="post" action="/admin/login" class="token-sign-in">
                  <input type="hidden" name="next" value={next} />
                  <label for="token">Admin token</label>
                  <input
                    id="token"
                    name="token"
                    type="password"
                    autocomplete="current-password"
                    required
                  />
                  <button type="submit" class="secondary">Sign in with the token</button>
                </form>
              </>
            )}
        </div>
      </main>
    </body>
  </html>
);
