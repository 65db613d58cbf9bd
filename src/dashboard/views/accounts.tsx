/**
 * The owners' Accounts page: every person who can sign in, with their role and whether they
 * are enabled; a form to add one, and per account a button to disable (their sessions end at
 * once) or enable it and a form to set a new password.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { Account } from "../../staff/accounts.ts";
import { MIN_PASSWORD_CHARS } from "../../staff/password.ts";
import { formatTime } from "./format.ts";
import { type Chrome, CsrfField, Layout, type Notice, PostButton } from "./layout.tsx";

export const AccountsPage: FC<{
  chrome: Chrome;
  accounts: Account[];
  /** The signed-in account, which cannot disable itself. */
  selfId: number | null;
  notice?: Notice;
}> = ({ chrome, accounts, selfId, notice }) => (
  <Layout chrome={chrome} title="Accounts" notice={notice}>
    {accounts.length === 0
      ? <p class="muted">No accounts yet: everyone signs in with the admin token.</p>
      : (
        <ul class="list" id="accounts">
          {accounts.map((a) => (
            <li class="card" data-account={a.login}>
              <div class="row">
                <strong>{a.name}</strong>
                <span>{a.login}</span>
                <span class="badge">{a.role}</span>
                {a.disabledAt
                  ? <span class="badge attention">disabled</span>
                  : <small>since {formatTime(a.createdAt, chrome.timeZone)}</small>}
              </div>
              {a.id !== selfId && (
                <div class="row">
                  {a.disabledAt
                    ? (
                      <PostButton
                        action={`/admin/accounts/${a.id}/enable`}
                        csrf={chrome.csrf}
                        label="Enable"
                        variant="secondary"
                      />
                    )
                    : (
                      <PostButton
                        action={`/admin/accounts/${a.id}/disable`}
                        csrf={chrome.csrf}
                        label={`Disable ${a.name}`}
                        variant="danger"
                      />
                    )}
                  <form method="post" action={`/admin/accounts/${a.id}/password`} class="inline">
                    <CsrfField csrf={chrome.csrf} />
                    <label>
                      New password for {a.name}
                      <input
                        name="password"
                        type="password"
                        autocomplete="new-password"
                        minlength={MIN_PASSWORD_CHARS}
                        required
                      />
                    </label>
                    <button type="submit" class="secondary">Set password</button>
                  </form>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    <form method="post" action="/admin/accounts">
      <fieldset class="card">
        <legend>Add a person</legend>
        <CsrfField csrf={chrome.csrf} />
        <label>
          Name <input name="name" maxlength={100} required />
        </label>
        <label>
          Sign-in name <input name="login" autocomplete="off" maxlength={100} required />
        </label>
        <label>
          Password{" "}
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            minlength={MIN_PASSWORD_CHARS}
            required
          />
        </label>
        <label>
          Role{" "}
          <select name="role">
            <option value="staff">staff: conversations and orders</option>
            <option value="owner">owner: everything</option>
          </select>
        </label>
        <button type="submit">Add</button>
      </fieldset>
    </form>
  </Layout>
);
