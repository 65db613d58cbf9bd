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
import { formatTime, statusLabel } from "./format.ts";
import { type Chrome, Layout, type Notice } from "./layout.tsx";
import { FULFILMENT_NAMES, PAYMENT_NAMES } from "./order.tsx";

export const OrdersPage: FC<{
  chrome: Chrome;
  orders: StaffOrder[];
  status: OrderStatus | null;
  /** Number to pass as `before` for the next page, when there is one. */
  nextBefore: number | null;
  notice?: Notice;
}> = ({ chrome, orders, status, nextBefore, notice }) => (
  <Layout chrome={chrome} title="Orders" notice={notice}>
    <nav class="filters" aria-label="Filter by status">
      <a href="/admin/orders" aria-current={status === null ? "true" : undefined}>All</a>
      {ORDER_STATUSES.map((s) => (
        <a href={`/admin/orders?status=${s}`} aria-current={status === s ? "true" : undefined}>
          {statusLabel(s)}
        </a>
      ))}
    </nav>
    {orders.length === 0 ? <p class="muted">No orders.</p> : (
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
              <span class={`badge ${o.status}`}>{statusLabel(o.status)}</span>
              <strong class="num">{formatMoney(o.totalMinor, o.currency)}</strong>
              <small>{formatTime(o.createdAt, chrome.timeZone)}</small>
              {o.attention && <span class="badge attention">needs attention</span>}
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
                : <span class="muted">Web: {o.contactName ?? "no name"}</span>}
              {o.fulfilment && <span>· {FULFILMENT_NAMES[o.fulfilment]}</span>}
              {o.paymentMethod && <span>· {PAYMENT_NAMES[o.paymentMethod]}</span>}
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
          Older orders
        </a>
      </p>
    )}
  </Layout>
);
