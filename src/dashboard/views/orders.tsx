/**
 * The orders page: newest first, filtered by status, each with its customer, how it is handed
 * over and paid, its lines and total, and a link to its own page, where it is moved on.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { formatMoney } from "../../shared/money.ts";
import { ORDER_STATUSES, type OrderStatus } from "../../orders/status.ts";
import type { StaffOrder } from "../../orders/staff.ts";
import { formatTime } from "./format.ts";
import { LOCALES } from "../i18n.ts";
import { fulfilmentName, paymentName, statusText } from "./order.tsx";
import { type Chrome, Layout, type Notice } from "./layout.tsx";

export const OrdersPage: FC<{
  chrome: Chrome;
  orders: StaffOrder[];
  status: OrderStatus | null;
  /** Number to pass as `before` for the next page, when there is one. */
  nextBefore: number | null;
  notice?: Notice;
}> = ({ chrome, orders, status, nextBefore, notice }) => (
  <Layout chrome={chrome} title={chrome.t("orders.title")} notice={notice}>
    <nav class="filters" aria-label={chrome.t("orders.filter")}>
      <a href="/admin/orders" aria-current={status === null ? "true" : undefined}>
        {chrome.t("orders.all")}
      </a>
      {ORDER_STATUSES.map((s) => (
        <a href={`/admin/orders?status=${s}`} aria-current={status === s ? "true" : undefined}>
          {statusText(chrome, s)}
        </a>
      ))}
    </nav>
    {orders.length === 0
      ? <p class="muted">{chrome.t("thread.no_orders")}</p>
      : (
        <ul class="list" id="orders">
          {orders.map((o) => (
            <li
              class={`card${o.attention ? " attention" : ""}`}
              data-order={String(o.number)}
              data-status={o.status}
            >
              <div class="row">
                <a href={`/admin/orders/${o.id}`}>
                  <strong>#{o.number}</strong>
                </a>
                <span class={`badge ${o.status}`}>{statusText(chrome, o.status)}</span>
                <strong class="num">{formatMoney(o.totalMinor, o.currency)}</strong>
                <small>{formatTime(o.createdAt, chrome.timeZone, LOCALES[chrome.lang])}</small>
                {o.attention && (
                  <span class="badge attention">{chrome.t("orders.needs_attention")}</span>
                )}
              </div>
              <div>
                {o.customer
                  ? (
                    o.customer.conversationId === null
                      ? <span>{o.customer.name ?? o.customer.phone}</span>
                      : (
                        <a href={`/admin/conversations/${o.customer.conversationId}`}>
                          {o.customer.name ?? o.customer.phone}
                        </a>
                      )
                  )
                  : (
                    <span class="muted">
                      {chrome.t("orders.web", {
                        name: o.contactName ?? chrome.t("orders.no_name"),
                      })}
                    </span>
                  )}
                {o.fulfilment && <span>· {fulfilmentName(chrome, o.fulfilment)}</span>}
                {o.paymentMethod && <span>· {paymentName(chrome, o.paymentMethod)}</span>}
              </div>
              <small>{o.items.map((l) => `${l.quantity} × ${l.name}`).join(", ")}</small>
            </li>
          ))}
        </ul>
      )}
    {nextBefore !== null && (
      <p>
        <a
          class="button secondary"
          href={`/admin/orders?${new URLSearchParams({
            ...(status ? { status } : {}),
            before: String(nextBefore),
          })}`}
        >
          {chrome.t("orders.older")}
        </a>
      </p>
    )}
  </Layout>
);
