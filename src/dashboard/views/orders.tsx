/**
 * The orders page: newest first, filtered by status, each with its customer, lines and total,
 * and a button for every status it may move to.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { formatMoney } from "../../shared/money.ts";
import { nextStatuses, ORDER_STATUSES, type OrderStatus } from "../../orders/status.ts";
import type { StaffOrder } from "../../orders/staff.ts";
import { formatTime } from "./format.ts";
import { type Chrome, Layout, type Notice, PostButton } from "./layout.tsx";

const actions: Record<OrderStatus, string> = {
  awaiting_payment: "Mark awaiting payment",
  confirmed: "Mark confirmed",
  paid: "Mark paid",
  ready_for_pickup: "Mark ready for pickup",
  shipped: "Mark shipped",
  delivered: "Mark delivered",
  cancelled: "Cancel",
};

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
          {s}
        </a>
      ))}
    </nav>
    {orders.length === 0 ? <p class="muted">No orders.</p> : (
      <ul class="list" id="orders">
        {orders.map((o) => (
          <li class="card" data-order={String(o.number)} data-status={o.status}>
            <div class="row">
              <strong>#{o.number}</strong>
              <span class={`badge ${o.status}`}>{o.status}</span>
              <strong class="num">{formatMoney(o.totalMinor, o.currency)}</strong>
              <small>{formatTime(o.createdAt, chrome.timeZone)}</small>
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
                : <span class="muted">Web cart</span>}
            </div>
            <small>{o.items.map((l) => `${l.quantity} × ${l.name}`).join(", ")}</small>
            {nextStatuses(o, "staff").length > 0 && (
              <div class="row actions">
                {nextStatuses(o, "staff").map((next) => (
                  <PostButton
                    action={`/admin/orders/${o.id}/status`}
                    csrf={chrome.csrf}
                    label={actions[next]}
                    variant={next === "cancelled" ? "danger" : undefined}
                    fields={{ status: next, filter: status ?? "" }}
                  />
                ))}
              </div>
            )}
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
