/**
 * One order: who bought it and how to reach them (the conversation it came from), where it goes
 * (the address, with a map link for a location pin), how it is handed over and its fee, how it
 * is paid (the payment pages opened, the payments received, every provider event), its lines,
 * its history, and a button for every status staff may move it to. Cancelling asks first
 * ({@link CancelPage}), saying what it does: stock back, online payments refunded.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import { describeAddress, mapLink } from "../../customers/details.ts";
import { formatMoney } from "../../shared/money.ts";
import type { Fulfilment, PaymentMethod } from "../../settings/terms.ts";
import type { OrderEvent, StaffOrder } from "../../orders/staff.ts";
import { nextStatuses, type OrderStatus } from "../../orders/status.ts";
import type { paymentHistory } from "../../payments/store.ts";
import { formatTime, statusLabel } from "./format.ts";
import { type Chrome, CsrfField, Layout, type Notice, PostButton } from "./layout.tsx";
import type { ProactiveRow } from "../../notify/history.ts";
import { ProactiveList } from "./proactive.tsx";

export const FULFILMENT_NAMES: Record<Fulfilment, string> = {
  pickup: "Pickup at the shop",
  delivery: "Local delivery",
  shipping: "Shipping",
};

export const PAYMENT_NAMES: Record<PaymentMethod, string> = {
  card: "Card (Stripe)",
  mercadopago: "Mercado Pago",
  cash: "Cash",
  transfer: "Bank transfer",
};

const ACTIONS: Record<OrderStatus, string> = {
  awaiting_payment: "Mark awaiting payment",
  confirmed: "Mark confirmed",
  paid: "Mark paid",
  ready_for_pickup: "Ready for pickup",
  shipped: "Mark shipped",
  delivered: "Mark delivered",
  cancelled: "Cancel order…",
};

export interface OrderView {
  order: StaffOrder & { events: OrderEvent[] };
  payments: Awaited<ReturnType<typeof paymentHistory>>;
  /** The order's proactive messages (updates, reminders), sent or skipped. */
  messages: ProactiveRow[];
}

export const OrderPage: FC<{ chrome: Chrome; view: OrderView; notice?: Notice }> = (
  { chrome, view, notice },
) => {
  const o = view.order;
  const money = (minor: number) => formatMoney(minor, o.currency);
  const time = (d: Date) => formatTime(d, chrome.timeZone);
  const map = o.address ? mapLink(o.address) : null;
  const next = nextStatuses(o, "staff");
  return (
    <Layout chrome={chrome} title={`Order #${o.number}`} notice={notice}>
      <div class="card" id="summary" data-status={o.status}>
        <div class="row">
          <span class={`badge ${o.status}`}>{statusLabel(o.status)}</span>
          <strong class="num">{money(o.totalMinor)}</strong>
          <small>placed {time(o.createdAt)}</small>
        </div>
        {o.attention && <p class="notice error" id="attention">{o.attention}</p>}
        {next.length > 0 && (
          <div class="row actions">
            {next.map((
              to,
            ) => (to === "shipped" ? <ShipForm chrome={chrome} order={o} /> : (
              <PostButton
                action={`/admin/orders/${o.id}/status`}
                csrf={chrome.csrf}
                label={ACTIONS[to]}
                variant={to === "cancelled" ? "danger" : undefined}
                fields={{ status: to }}
              />
            )))}
          </div>
        )}
        {(o.trackingNumber || o.trackingUrl) && (
          <p id="tracking">
            Tracking: {o.trackingNumber}
            {o.trackingUrl && <a href={o.trackingUrl} rel="noopener noreferrer">{o.trackingUrl}</a>}
          </p>
        )}
      </div>
      <div class="columns">
        <section>
          <h2>Items</h2>
          <div class="card scroll">
            <table id="items">
              {o.items.map((l) => (
                <tr>
                  <td>{l.quantity} ×</td>
                  <td>
                    {l.name} <small>{l.sku}</small>
                  </td>
                  <td class="num">{money(l.lineTotalMinor)}</td>
                </tr>
              ))}
              <tr>
                <td colspan={2}>Subtotal</td>
                <td class="num">{money(o.subtotalMinor)}</td>
              </tr>
              <tr>
                <td colspan={2}>
                  Fee{o.fulfilment ? ` (${FULFILMENT_NAMES[o.fulfilment].toLowerCase()})` : ""}
                </td>
                <td class="num">{money(o.feeMinor)}</td>
              </tr>
              <tr>
                <th colspan={2}>Total</th>
                <th class="num">{money(o.totalMinor)}</th>
              </tr>
            </table>
          </div>
          <h2>Payment</h2>
          <div class="card" id="payment">
            <p>
              {o.paymentMethod ? PAYMENT_NAMES[o.paymentMethod] : "Not recorded"}
              {" · "}
              {o.paidAt
                ? `paid ${time(o.paidAt)}`
                : o.holdExpiresAt
                ? `awaiting payment until ${time(o.holdExpiresAt)}`
                : "not paid"}
              {o.refundStatus && ` · refund ${o.refundStatus}`}
            </p>
            {view.payments.sessions.length > 0 && (
              <table id="sessions">
                <tr>
                  <th>Page</th>
                  <th>Status</th>
                  <th>Until</th>
                </tr>
                {view.payments.sessions.map((s) => (
                  <tr>
                    <td>
                      {s.provider} #{s.attempt} <small>{s.reference}</small>
                    </td>
                    <td>{s.status}</td>
                    <td>{time(s.expiresAt)}</td>
                  </tr>
                ))}
              </table>
            )}
            {view.payments.payments.length > 0 && (
              <table id="payments">
                <tr>
                  <th>Payment</th>
                  <th class="num">Amount</th>
                  <th>Status</th>
                </tr>
                {view.payments.payments.map((p) => (
                  <tr>
                    <td>
                      {p.provider} <small>{p.reference}</small>
                      {!p.settlesOrder && <small>(not for this order: refunded)</small>}
                    </td>
                    <td class="num">{formatMoney(p.amountMinor, p.currency)}</td>
                    <td>{p.status}</td>
                  </tr>
                ))}
              </table>
            )}
            {view.payments.events.length > 0 && (
              <table id="provider-events">
                <tr>
                  <th>Provider event</th>
                  <th>Outcome</th>
                  <th>Received</th>
                </tr>
                {view.payments.events.map((e) => (
                  <tr>
                    <td>
                      {e.provider} {e.type} <small>{e.eventId}</small>
                    </td>
                    <td>{e.outcome}</td>
                    <td>{time(e.receivedAt)}</td>
                  </tr>
                ))}
              </table>
            )}
          </div>
          <h2>History</h2>
          <ul class="list" id="history">
            {o.events.map((e) => (
              <li>
                <small>{time(e.createdAt)}</small>{" "}
                {e.fromStatus ? `${statusLabel(e.fromStatus)} → ` : ""}
                <strong>{statusLabel(e.toStatus)}</strong> by {e.actor}
                {e.note && ` · ${e.note}`}
              </li>
            ))}
          </ul>
          <h2>Messages to the customer</h2>
          <ProactiveList rows={view.messages} timeZone={chrome.timeZone} />
        </section>
        <aside>
          <h2>Customer</h2>
          <div class="card" id="contact">
            <p>
              <strong>{o.contactName ?? o.customer?.name ?? "No name"}</strong>
              <br />
              {o.contactPhone ?? o.customer?.phone ?? ""}
              {o.contactEmail && (
                <>
                  <br />
                  {o.contactEmail}
                </>
              )}
            </p>
            {o.customer?.conversationId
              ? (
                <a href={`/admin/conversations/${o.customer.conversationId}`}>
                  Open the conversation
                </a>
              )
              : <small class="muted">Placed through the API (no conversation)</small>}
          </div>
          <h2>Delivery</h2>
          <div class="card" id="delivery">
            <p>{o.fulfilment ? FULFILMENT_NAMES[o.fulfilment] : "Not recorded"}</p>
            {o.address && <p>{describeAddress(o.address)}</p>}
            {map && (
              <a href={map} target="_blank" rel="noopener noreferrer">Open the pin on a map</a>
            )}
          </div>
        </aside>
      </div>
    </Layout>
  );
};

/** Marking an order shipped, with the tracking the customer is told (both optional). */
const ShipForm: FC<{ chrome: Chrome; order: StaffOrder }> = ({ chrome, order: o }) => (
  <form method="post" action={`/admin/orders/${o.id}/status`} class="row" id="ship">
    <CsrfField csrf={chrome.csrf} />
    <input type="hidden" name="status" value="shipped" />
    <input
      type="text"
      name="tracking_number"
      maxlength={100}
      placeholder="Tracking number (optional)"
      aria-label="Tracking number"
    />
    <input
      type="url"
      name="tracking_url"
      maxlength={500}
      placeholder="Tracking page (optional)"
      aria-label="Tracking page"
    />
    <button type="submit">{ACTIONS.shipped}</button>
  </form>
);

/** The question before cancelling, with what it will do. */
export const CancelPage: FC<{ chrome: Chrome; order: StaffOrder }> = ({ chrome, order: o }) => {
  const online = o.paymentMethod === "card" || o.paymentMethod === "mercadopago";
  return (
    <Layout chrome={chrome} title={`Cancel order #${o.number}?`}>
      <form method="post" action={`/admin/orders/${o.id}/status`} class="card" id="confirm-cancel">
        <CsrfField csrf={chrome.csrf} />
        <input type="hidden" name="status" value="cancelled" />
        <input type="hidden" name="confirm" value="1" />
        <p>
          Its {o.items.reduce((n, l) => n + l.quantity, 0)} units go back to stock
          {o.paidAt && online
            ? `, and its payment of ${formatMoney(o.totalMinor, o.currency)} is refunded.`
            : "."}
          {o.customerId !== null && " The customer is told on WhatsApp."}
        </p>
        <label for="cancel-note">Reason (kept with the order)</label>
        <input id="cancel-note" type="text" name="note" maxlength={300} />
        <div class="row actions">
          <button type="submit" class="danger">Cancel the order</button>
          <a class="button secondary" href={`/admin/orders/${o.id}`}>Keep it</a>
        </div>
      </form>
    </Layout>
  );
};
