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
import { LOCALES } from "../i18n.ts";
import { type Chrome, CsrfField, Layout, type Notice, PostButton } from "./layout.tsx";

export const AccountsPage: FC<{
  chrome: Chrome;
  accounts: Account[];
  /** The signed-in account, which cannot disable itself. */
  selfId: number | null;
  notice?: Notice;
}> = ({ chrome, accounts, selfId, notice }) => (
  <Layout chrome={chrome} title={chrome.t("accounts.title")} notice={notice}>
    {accounts.length === 0
      ? <p class="muted">{chrome.t("accounts.none")}</p>
      : (
        <ul class="list" id="accounts">
          {accounts.map((a) => (
            <li class="card" data-account={a.login}>
              <div class="row">
                <strong>{a.name}</strong>
                <span>{a.login}</span>
                <span class="badge">{a.role}</span>
                {a.disabledAt
                  ? <span class="badge attention">{chrome.t("accounts.disabled")}</span>
                  : <small>{formatTime(a.createdAt, chrome.timeZone, LOCALES[chrome.lang])}</small>}
              </div>
              {a.id !== selfId && (
                <div class="row">
                  {a.disabledAt
                    ? (
                      <PostButton
                        action={`/admin/accounts/${a.id}/enable`}
                        csrf={chrome.csrf}
                        label={chrome.t("accounts.enable")}
                        variant="secondary"
                      />
                    )
                    : (
                      <PostButton
                        action={`/admin/accounts/${a.id}/disable`}
                        csrf={chrome.csrf}
                        label={chrome.t("accounts.disable", { name: a.name })}
                        variant="danger"
                      />
                    )}
                  <form method="post" action={`/admin/accounts/${a.id}/password`} class="inline">
                    <CsrfField csrf={chrome.csrf} />
                    <label>
                      {chrome.t("accounts.new_password", { name: a.name })}
                      <input
                        name="password"
                        type="password"
                        autocomplete="new-password"
                        minlength={MIN_PASSWORD_CHARS}
                        required
                      />
                    </label>
                    <button type="submit" class="secondary">
                      {chrome.t("accounts.set_password")}
                    </button>
                  </form>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    <form method="post" action="/admin/accounts">
      <fieldset class="card">
        <legend>{chrome.t("accounts.add")}</legend>
        <CsrfField csrf={chrome.csrf} />
        <label>
          {chrome.t("accounts.name")} <input name="name" maxlength={100} required />
        </label>
        <label>
          {chrome.t("signin.login")}{" "}
          <input name="login" autocomplete="off" maxlength={100} required />
        </label>
        <label>
          {chrome.t("signin.password")}{" "}
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            minlength={MIN_PASSWORD_CHARS}
            required
          />
        </label>
        <label>
          {chrome.t("accounts.role")}{" "}
          <select name="role">
            <option value="staff">{chrome.t("accounts.role_staff")}</option>
            <option value="owner">{chrome.t("accounts.role_owner")}</option>
          </select>
        </label>
        <button type="submit">{chrome.t("accounts.add_button")}</button>
      </fieldset>
    </form>
  </Layout>
);
