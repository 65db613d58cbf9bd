/**
 * The messages a page shows after an action. A redirect names one by key (`?notice=reply_queued`),
 * so no text travels in a URL and nothing a link carries is ever shown.
 *
 * @module
 */
import type { Context } from "hono";
import type { Notice } from "./views/layout.tsx";

const NOTICES = {
  taken_over: "You answer this conversation now; the agent stays silent until you hand it back.",
  handed_back: "The agent answers this conversation again.",
  reply_queued: "Reply queued for delivery on WhatsApp.",
  order_updated: "Order updated.",
  settings_saved: "Settings saved.",
  product_saved: "Product saved.",
  product_created: "Product created: add its sizes or colours below, if it has any.",
  variant_added: "Variant added.",
  signed_out: "Signed out.",
  signed_out_everywhere: "Signed out everywhere: every session of the dashboard has ended.",
  account_created: "Account added: they can sign in now.",
  account_disabled: "Account disabled: its sessions have ended.",
  account_enabled: "Account enabled.",
  password_set: "Password set: the account's sessions have ended.",
};

type NoticeKey = keyof typeof NOTICES;

/** The notice the request's `?notice=` names, if it names one. */
export function noticeOf(c: Context): Notice | undefined {
  const key = c.req.query("notice");
  return key && Object.hasOwn(NOTICES, key)
    ? { kind: "ok", text: NOTICES[key as NoticeKey] }
    : undefined;
}
