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
import { formatTime } from "./format.ts";
import { LOCALES, type TextKey, TEXTS } from "../i18n.ts";
import { type Chrome, CsrfField, Layout, type Notice, PostButton } from "./layout.tsx";
import type { ProactiveRow } from "../../notify/history.ts";
import { ProactiveList } from "./proactive.tsx";

/** How an order is handed over, in the page's language. */
export function fulfilmentName(chrome: Chrome, fulfilment: Fulfilment): string {
  return chrome.t(`fulfilment.${fulfilment}`);
}

/** How an order is paid, in the page's language. */
export function paymentName(chrome: Chrome, method: PaymentMethod): string {
  return chrome.t(`payment.${method}`);
}

/** An order status as staff read it ("awaiting payment"), in the page's language. */
export function statusText(chrome: Chrome, status: string): string {
  const key = `status.${status}`;
  return key in TEXTS.en ? chrome.t(key as TextKey) : status;
}

const action = (chrome: Chrome, to: OrderStatus) => chrome.t(`order.action.${to}`);

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
  const time = (d: Date) => formatTime(d, chrome.timeZone, LOCALES[chrome.lang]);
  const map = o.address ? mapLink(o.address) : null;
  const next = nextStatuses(o, "staff");
  return (
    <Layout chrome={chrome} title={chrome.t("order.title", { number: o.number })} notice={notice}>
      <div class="card" id="summary" data-status={o.status}>
        <div class="row">
          <span class={`badge ${o.status}`}>{statusText(chrome, o.status)}</span>
          <strong class="num">{money(o.totalMinor)}</strong>
          <small>{chrome.t("order.placed", { time: time(o.createdAt) })}</small>
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
                label={action(chrome, to)}
                variant={to === "cancelled" ? "danger" : undefined}
                fields={{ status: to }}
              />
            )))}
          </div>
        )}
        {(o.trackingNumber || o.trackingUrl) && (
          <p id="tracking">
            {chrome.t("order.tracking")} {o.trackingNumber}
            {o.trackingUrl && <a href={o.trackingUrl} rel="noopener noreferrer">{o.trackingUrl}</a>}
          </p>
        )}
      </div>
      <div class="columns">
        <section>
          <h2>{chrome.t("order.items")}</h2>
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
                <td colspan={2}>{chrome.t("order.subtotal")}</td>
                <td class="num">{money(o.subtotalMinor)}</td>
              </tr>
              <tr>
                <td colspan={2}>
                  {chrome.t("order.fee")}
                  {o.fulfilment ? ` (${fulfilmentName(chrome, o.fulfilment).toLowerCase()})` : ""}
                </td>
                <td class="num">{money(o.feeMinor)}</td>
              </tr>
              <tr>
                <th colspan={2}>{chrome.t("order.total")}</th>
                <th class="num">{money(o.totalMinor)}</th>
              </tr>
            </table>
          </div>
          <h2>{chrome.t("order.payment")}</h2>
          <div class="card" id="payment">
            <p>
              {o.paymentMethod
                ? paymentName(chrome, o.paymentMethod)
                : chrome.t("order.not_recorded")}
              {" · "}
              {o.paidAt
                ? chrome.t("order.paid_at", { time: time(o.paidAt) })
                : o.holdExpiresAt
                ? chrome.t("order.awaiting_until", { time: time(o.holdExpiresAt) })
                : chrome.t("order.not_paid")}
              {o.refundStatus && ` · ${chrome.t("order.refund", { status: o.refundStatus })}`}
            </p>
            {view.payments.sessions.length > 0 && (
              <table id="sessions">
                <tr>
                  <th>{chrome.t("order.page")}</th>
                  <th>{chrome.t("order.status")}</th>
                  <th>{chrome.t("order.until")}</th>
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
                  <th>{chrome.t("order.payment")}</th>
                  <th class="num">{chrome.t("order.amount")}</th>
                  <th>{chrome.t("order.status")}</th>
                </tr>
                {view.payments.payments.map((p) => (
                  <tr>
                    <td>
                      {p.provider} <small>{p.reference}</small>
                      {!p.settlesOrder && <small>{chrome.t("order.not_for_this")}</small>}
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
                  <th>{chrome.t("order.provider_event")}</th>
                  <th>{chrome.t("order.outcome")}</th>
                  <th>{chrome.t("order.received")}</th>
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
          <h2>{chrome.t("order.history")}</h2>
          <ul class="list" id="history">
            {o.events.map((e) => (
              <li>
                <small>{time(e.createdAt)}</small>{" "}
                {e.fromStatus ? `${statusText(chrome, e.fromStatus)} → ` : ""}
                <strong>{statusText(chrome, e.toStatus)}</strong>{" "}
                {chrome.t("order.by", { actor: e.actor })}
                {e.note && ` · ${e.note}`}
              </li>
            ))}
          </ul>
          <h2>{chrome.t("order.messages")}</h2>
          <ProactiveList rows={view.messages} chrome={chrome} />
        </section>
        <aside>
          <h2>{chrome.t("speaker.customer")}</h2>
          <div class="card" id="contact">
            <p>
              <strong>{o.contactName ?? o.customer?.name ?? chrome.t("order.no_name")}</strong>
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
                  {chrome.t("order.open_conversation")}
                </a>
              )
              : <small class="muted">{chrome.t("order.through_api")}</small>}
          </div>
          <h2>{chrome.t("order.delivery")}</h2>
          <div class="card" id="delivery">
            <p>
              {o.fulfilment ? fulfilmentName(chrome, o.fulfilment) : chrome.t("order.not_recorded")}
            </p>
            {o.address && <p>{describeAddress(o.address)}</p>}
            {map && (
              <a href={map} target="_blank" rel="noopener noreferrer">{chrome.t("order.map")}</a>
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
      placeholder={chrome.t("order.tracking_number_optional")}
      aria-label={chrome.t("order.tracking_number")}
    />
    <input
      type="url"
      name="tracking_url"
      maxlength={500}
      placeholder={chrome.t("order.tracking_page_optional")}
      aria-label={chrome.t("order.tracking_page")}
    />
    <button type="submit">{action(chrome, "shipped")}</button>
  </form>
);

/** The question before cancelling, with what it will do. */
export const CancelPage: FC<{ chrome: Chrome; order: StaffOrder }> = ({ chrome, order: o }) => {
  const online = o.paymentMethod === "card" || o.paymentMethod === "mercadopago";
  return (
    <Layout chrome={chrome} title={chrome.t("cancel.title", { number: o.number })}>
      <form method="post" action={`/admin/orders/${o.id}/status`} class="card" id="confirm-cancel">
        <CsrfField csrf={chrome.csrf} />
        <input type="hidden" name="status" value="cancelled" />
        <input type="hidden" name="confirm" value="1" />
        <p>
          {chrome.t(o.paidAt && online ? "cancel.stock_refund" : "cancel.stock", {
            units: o.items.reduce((n, l) => n + l.quantity, 0),
            amount: formatMoney(o.totalMinor, o.currency),
          })}
          {o.customerId !== null && ` ${chrome.t("cancel.told")}`}
        </p>
        <label for="cancel-note">{chrome.t("cancel.reason")}</label>
        <input id="cancel-note" type="text" name="note" maxlength={300} />
        <div class="row actions">
          <button type="submit" class="danger">{chrome.t("cancel.submit")}</button>
          <a class="button secondary" href={`/admin/orders/${o.id}`}>
            {chrome.t("cancel.keep")}
          </a>
        </div>
      </form>
    </Layout>
  );
};
