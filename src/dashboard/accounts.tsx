/**
 * The owners' pages about people: `/admin/accounts` (add, disable, enable, set a password) and
 * `/admin/audit` (the audit log). Every action here is itself recorded in the audit log. Only
 * owners get past {@link requireOwner}; staff get 403.
 *
 * @module
 */
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import type { Client } from "../db/connect.ts";
import {
  createAccount,
  disableAccount,
  enableAccount,
  getAccount,
  listAccounts,
  resetPassword,
  ROLES,
} from "../staff/accounts.ts";
import { listAudit, recordAudit } from "../staff/audit.ts";
import { AppError } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";
import { actorOf, type DashboardEnv, requireOwner } from "./access.tsx";
import { noticeOf } from "./notices.ts";
import { AccountsPage } from "./views/accounts.tsx";
import { AuditPage } from "./views/audit.tsx";
import { type Chrome, htmlDocument, type Notice, type Section } from "./views/layout.tsx";

const AccountForm = z.object({
  name: z.string().max(200),
  login: z.string().max(200),
  password: z.string().max(1000),
  role: z.enum(ROLES),
});
const PasswordForm = z.object({ password: z.string().max(1000) });

const AUDIT_SHOWN = 200;

type Ctx = Context<DashboardEnv>;

export interface AccountRoutesDeps {
  sql: Client;
  log: Logger;
  chrome: (c: Ctx, section: Section) => Chrome;
}

/** The Accounts and Audit log pages, for owners; mount after the session check. */
export function accountRoutes({ sql, log, chrome }: AccountRoutesDeps) {
  const app = new Hono<DashboardEnv>();
  app.use("/admin/accounts", requireOwner());
  app.use("/admin/accounts/*", requireOwner());
  app.use("/admin/audit", requireOwner());

  const accountsPage = async (c: Ctx, notice?: Notice, status: ContentfulStatusCode = 200) =>
    c.html(
      htmlDocument(
        <AccountsPage
          chrome={chrome(c, "accounts")}
          accounts={await listAccounts(sql)}
          selfId={c.get("session").staffId}
          notice={notice}
        />,
      ),
      status,
    );
  const accountId = (c: Ctx) => Number(c.req.param("id"));
  const ID = "/admin/accounts/:id{[0-9]{1,15}}";

  app.get("/admin/accounts", (c) => accountsPage(c, noticeOf(c)));

  app.post("/admin/accounts", async (c) => {
    const form = AccountForm.safeParse(await c.req.parseBody());
    if (!form.success) {
      return accountsPage(c, { kind: "error", text: "Fill in every field of the form." }, 400);
    }
    try {
      const account = await createAccount(sql, form.data);
      await recordAudit(sql, actorOf(c.get("session")), "account.created", account.login, {
        role: account.role,
      });
    } catch (err) {
      if (err instanceof AppError && (err.status === 400 || err.status === 409)) {
        return accountsPage(c, { kind: "error", text: err.message }, err.status);
      }
      throw err;
    }
    log.info("admin.account_created");
    return c.redirect("/admin/accounts?notice=account_created", 303);
  });

  app.post(`${ID}/disable`, async (c) => {
    const id = accountId(c);
    if (id === c.get("session").staffId) {
      throw new AppError("invalid_input", 400, "You cannot disable your own account.");
    }
    const account = await getAccount(sql, id);
    const ended = await disableAccount(sql, id);
    await recordAudit(sql, actorOf(c.get("session")), "account.disabled", account.login, {
      sessions_ended: ended,
    });
    log.info("admin.account_disabled", { account: id, sessions: ended });
    return c.redirect("/admin/accounts?notice=account_disabled", 303);
  });

  app.post(`${ID}/enable`, async (c) => {
    const account = await getAccount(sql, accountId(c));
    await enableAccount(sql, account.id);
    await recordAudit(sql, actorOf(c.get("session")), "account.enabled", account.login);
    return c.redirect("/admin/accounts?notice=account_enabled", 303);
  });

  app.post(`${ID}/password`, async (c) => {
    const account = await getAccount(sql, accountId(c));
    const form = PasswordForm.safeParse(await c.req.parseBody());
    try {
      await resetPassword(sql, account.id, form.success ? form.data.password : "");
    } catch (err) {
      if (err instanceof AppError && err.status === 400) {
        return accountsPage(c, { kind: "error", text: err.message }, 400);
      }
      throw err;
    }
    await recordAudit(sql, actorOf(c.get("session")), "account.password_reset", account.login);
    return c.redirect("/admin/accounts?notice=password_set", 303);
  });

  app.get("/admin/audit", async (c) =>
    c.html(
      htmlDocument(
        <AuditPage
          chrome={chrome(c, "audit")}
          entries={await listAudit(sql, { limit: AUDIT_SHOWN })}
        />,
      ),
    ));

  return app;
}
