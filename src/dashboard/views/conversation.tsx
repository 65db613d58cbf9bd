/**
 * One conversation: the whole thread (customer, agent, staff and server messages; tool calls
 * folded; images shown; the delivery of each outbound message), the customer's cart and
 * orders, the take-over / hand-back button, and the reply box, which says so instead when
 * WhatsApp is not connected (naming the unset variables) or its 24-hour window has closed.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { Part } from "../../agent/model.ts";
import type { Cart } from "../../cart/service.ts";
import type { Media, MessageContext, Referral } from "../../conversations/thread.ts";
import { formatMoney } from "../../shared/money.ts";
import type { Order } from "../../orders/service.ts";
import {
  type ConversationSummary,
  type OutboundDelivery,
  type Thread,
  type ThreadMessage,
} from "../../conversations/listing.ts";
import { MAX_STAFF_REPLY_CHARS, REPLY_WINDOW_HOURS } from "../../conversations/replies.ts";
import { formatDuration, formatTime } from "./format.ts";
import { statusText } from "./order.tsx";
import { mediaPath } from "../media.ts";
import { type Chrome, CsrfField, Layout, type Notice, PostButton } from "./layout.tsx";
import type { Marketing } from "../../customers/consent.ts";
import type { ProactiveRow } from "../../notify/history.ts";
import { ConsentView, ProactiveList } from "./proactive.tsx";
import { LOCALES, type TextKey } from "../i18n.ts";

export interface ConversationView {
  conversation: ConversationSummary;
  thread: Thread;
  cart: Cart | null;
  orders: Order[];
  /** The customer's marketing consent and what the shop sent them first. */
  marketing: Marketing | null;
  messages: ProactiveRow[];
}

const speakers: Record<ThreadMessage["kind"], TextKey> = {
  customer: "speaker.customer",
  model: "speaker.model",
  tool: "speaker.tool",
  staff: "speaker.staff",
  system: "speaker.system",
};

export const ConversationPage: FC<
  {
    chrome: Chrome;
    view: ConversationView;
    /** The Twilio variables still unset; empty when WhatsApp is connected. */
    whatsappMissing: string[];
    notice?: Notice;
    draft?: string;
    /** The change the page was rendered after, for live updates. */
    liveSince?: number;
  }
> = ({ chrome, view, whatsappMissing, notice, draft, liveSince }) => {
  const c = view.conversation;
  const base = `/admin/conversations/${c.id}`;
  return (
    <Layout
      chrome={chrome}
      title={c.name ?? c.phone}
      notice={notice}
      live={liveSince === undefined ? undefined : { since: liveSince, conversation: c.id }}
    >
      <div class="card" id="conversation-status" data-live>
        <div class="row">
          <span>{c.phone}</span>
          <span class={`badge ${c.handler}`} id="handler">
            {chrome.t(c.handler === "agent" ? "thread.agent_answers" : "thread.staff_answers")}
          </span>
          {c.needsAttention && (
            <span class="badge attention">
              {chrome.t("thread.needs_attention")}
              {c.attentionReason ? `: ${c.attentionReason}` : ""}
            </span>
          )}
          {c.mood && c.mood !== "neutral" && (
            <span class={`badge mood ${c.mood}`} data-mood={c.mood}>
              {chrome.t("inbox.mood", { mood: chrome.t(`mood.${c.mood}`) })}
            </span>
          )}
        </div>
        {c.referral && <ReferralView referral={c.referral} chrome={chrome} />}
        {c.needsAttention && c.attentionSummary && (
          <div class="summary" id="attention-summary">
            <strong>{chrome.t("thread.summary")}</strong>
            <p>{c.attentionSummary}</p>
          </div>
        )}
        <div class="row actions">
          {c.handler === "agent"
            ? (
              <PostButton
                action={`${base}/takeover`}
                csrf={chrome.csrf}
                label={chrome.t("thread.take_over")}
              />
            )
            : (
              <PostButton
                action={`${base}/release`}
                csrf={chrome.csrf}
                label={chrome.t("thread.hand_back")}
                variant="secondary"
              />
            )}
          <a class="button secondary" href={base}>{chrome.t("thread.refresh")}</a>
        </div>
      </div>
      <div class="columns">
        <section aria-label={chrome.t("thread.thread")}>
          <h2>{chrome.t("thread.thread")}</h2>
          {view.thread.truncated && <p class="muted">{chrome.t("thread.older")}</p>}
          <div class="thread" id="thread" data-live>
            {view.thread.messages.map((m) => (
              <MessageView
                message={m}
                chrome={chrome}
              />
            ))}
          </div>
          <h2>{chrome.t("thread.reply")}</h2>
          <ReplyBox
            conversation={c}
            chrome={chrome}
            whatsappMissing={whatsappMissing}
            draft={draft}
            action={`${base}/reply`}
          />
        </section>
        <aside>
          <h2>{chrome.t("thread.cart")}</h2>
          <CartView cart={view.cart} chrome={chrome} />
          <h2>{chrome.t("thread.orders")}</h2>
          <OrdersView orders={view.orders} chrome={chrome} />
          <h2>{chrome.t("thread.marketing")}</h2>
          <ConsentView
            chrome={chrome}
            customerId={c.customerId}
            marketing={view.marketing}
            back={base}
          />
          <h2>{chrome.t("thread.sent_first")}</h2>
          <ProactiveList rows={view.messages} chrome={chrome} />
        </aside>
      </div>
    </Layout>
  );
};

const ReplyBox: FC<
  {
    conversation: ConversationSummary;
    chrome: Chrome;
    whatsappMissing: string[];
    draft?: string;
    action: string;
  }
> = (
  { conversation: c, chrome, whatsappMissing, draft, action },
) => {
  if (whatsappMissing.length > 0) {
    return (
      <p class="notice error" id="whatsapp-not-connected">
        {chrome.t(
          whatsappMissing.length === 1 ? "reply.not_connected_one" : "reply.not_connected",
          {
            names: new Intl.ListFormat(LOCALES[chrome.lang], { type: "conjunction" }).format(
              whatsappMissing,
            ),
          },
        )}
      </p>
    );
  }
  if (!c.windowOpen) {
    return (
      <p class="notice error" id="window-closed">
        {chrome.t("reply.window_closed", {
          when: c.lastInboundAt
            ? formatTime(c.lastInboundAt, chrome.timeZone, LOCALES[chrome.lang])
            : chrome.t("reply.never"),
          hours: REPLY_WINDOW_HOURS,
        })}
      </p>
    );
  }
  return (
    <form method="post" action={action} class="card" id="reply">
      <CsrfField csrf={chrome.csrf} />
      <label for="reply-text">{chrome.t("thread.message_to", { name: c.name ?? c.phone })}</label>
      <textarea id="reply-text" name="text" maxlength={MAX_STAFF_REPLY_CHARS} required>
        {draft ?? ""}
      </textarea>
      {c.handler === "agent" && <p class="muted">{chrome.t("thread.agent_also")}</p>}
      <button type="submit">{chrome.t("thread.send")}</button>
    </form>
  );
};

const MessageView: FC<{ message: ThreadMessage; chrome: Chrome }> = (
  { message: m, chrome },
) => {
  const parts = m.parts ?? [];
  const calls = parts.filter((p) => p.functionCall);
  const text = m.kind === "model" ? modelText(parts) || m.text : m.text;
  return (
    <div class={`msg ${m.kind}`} data-message={String(m.id)} data-kind={m.kind}>
      {m.kind === "tool" ? <ToolResults parts={parts} chrome={chrome} /> : (
        <>
          {text && <div class="text">{text}</div>}
          {calls.map((p) => (
            <details class="tool-call">
              <summary>
                {chrome.t("thread.tool_call", { name: p.functionCall?.name ?? "?" })}
              </summary>
              <pre>{JSON.stringify(p.functionCall?.args ?? {}, null, 2)}</pre>
            </details>
          ))}
          <MediaView messageId={m.id} media={m.media ?? []} chrome={chrome} />
          {m.mediaText && <div class="media-text">{m.mediaText}</div>}
          {m.context && <ContextView context={m.context} chrome={chrome} />}
        </>
      )}
      <div class="meta">
        <span>{m.kind === "staff" && m.staffName ? m.staffName : chrome.t(speakers[m.kind])}</span>
        <span>{formatTime(m.createdAt, chrome.timeZone, LOCALES[chrome.lang])}</span>
        {m.status && m.status !== "done" && (
          <span class={`badge ${m.status}`}>
            {m.status === "skipped" ? chrome.t("thread.skipped") : m.status}
          </span>
        )}
        {m.error && <span>{m.error}</span>}
        {m.latencyMs !== null && (
          <span>
            {m.model ? `${m.model} · ` : ""}
            {chrome.t("thread.model_time", { time: formatDuration(m.latencyMs) })}
          </span>
        )}
        {m.inputTokens !== null && (
          <span>
            {chrome.t("thread.tokens", { input: m.inputTokens, output: m.outputTokens ?? 0 })}
          </span>
        )}
      </div>
      {m.outbound.map((o) => (
        <DeliveryView key={o.id} outbound={o} count={m.outbound.length} chrome={chrome} />
      ))}
    </div>
  );
};

const ToolResults: FC<{ parts: Part[]; chrome: Chrome }> = ({ parts, chrome }) => {
  const names = parts.map((p) => p.functionResponse?.name).filter(Boolean).join(", ");
  return (
    <details class="tool-result">
      <summary>{chrome.t("thread.tool_results")}{names ? `: ${names}` : ""}</summary>
      <pre>{JSON.stringify(parts.map((p) => p.functionResponse ?? p), null, 2)}</pre>
    </details>
  );
};

const ReferralView: FC<{ referral: Referral; chrome: Chrome }> = ({ referral: r, chrome }) => (
  <p class="referral">
    {chrome.t("thread.came_from", {
      source: r.sourceType ?? chrome.t("thread.ad"),
      headline: r.headline ?? r.sourceId ?? "?",
    })}
    {r.sourceUrl && /^https?:\/\//.test(r.sourceUrl) && (
      <>
        {" "}
        <a href={r.sourceUrl} target="_blank" rel="noopener noreferrer">
          {chrome.t("thread.open_it")}
        </a>
      </>
    )}
  </p>
);

/** What WhatsApp said about a customer message: location, tap, reply, forward, ad. */
const ContextView: FC<{ context: MessageContext; chrome: Chrome }> = ({ context: x, chrome }) => (
  <div class="context">
    {x.location && (
      <div>
        {chrome.t("thread.location")}{" "}
        {[x.location.label, x.location.address].filter(Boolean).join(", ") ||
          `${x.location.latitude}, ${x.location.longitude}`}{" "}
        <a
          href={`https://www.openstreetmap.org/?mlat=${x.location.latitude}&mlon=${x.location.longitude}#map=17/${x.location.latitude}/${x.location.longitude}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {chrome.t("thread.map")}
        </a>
      </div>
    )}
    {x.choice && (
      <div>
        {chrome.t("thread.tapped", { title: x.choice.title })}
        {x.choice.id ? ` (${x.choice.id})` : ""}
      </div>
    )}
    {x.repliedTo && (
      <div>{chrome.t("thread.reply_to", { text: x.repliedTo.text ?? x.repliedTo.sid })}</div>
    )}
    {x.forwarded && (
      <div>
        {chrome.t(x.forwarded === "frequently" ? "thread.forwarded_many" : "thread.forwarded")}
      </div>
    )}
    {x.referral && <ReferralView referral={x.referral} chrome={chrome} />}
    {x.receiptFor && (
      <div>
        Transfer receipt for{" "}
        <a href={`/admin/orders/${x.receiptFor.orderId}`}>order #{x.receiptFor.number}</a>: check
        the payment
      </div>
    )}
  </div>
);

/** A customer's media, through the dashboard's own route (Twilio's URLs need credentials). */
const MediaView: FC<{ messageId: number; media: Media[]; chrome: Chrome }> = (
  { messageId, media, chrome },
) => (
  <>
    {media.map((m, i) =>
      (m.contentType ?? "").startsWith("image/")
        ? (
          <a href={mediaPath(messageId, i)} target="_blank" rel="noopener noreferrer">
            <img src={mediaPath(messageId, i)} alt={chrome.t("thread.image_in")} loading="lazy" />
          </a>
        )
        : (m.contentType ?? "").startsWith("audio/")
        ? (
          <audio controls preload="none" src={mediaPath(messageId, i)}>
            Voice note ({m.contentType})
          </audio>
        )
        : (
          <a href={mediaPath(messageId, i)} target="_blank" rel="noopener noreferrer">
            {chrome.t("thread.attachment", { type: m.contentType ?? chrome.t("thread.file") })}
          </a>
        )
    )}
  </>
);

const DeliveryView: FC<{ outbound: OutboundDelivery; count: number; chrome: Chrome }> = (
  { outbound: o, count, chrome },
) => (
  <>
    {o.mediaUrl && /^https?:\/\//.test(o.mediaUrl) && (
      <img src={o.mediaUrl} alt={chrome.t("thread.image_out")} loading="lazy" />
    )}
    <div class="meta delivery" data-outbound={String(o.id)} data-status={o.status}>
      {count > 1 && <span>{chrome.t("thread.part", { n: o.seq })}</span>}
      <span class={`badge ${o.status}`}>{deliveryText(o, chrome)}</span>
      {o.errorCode !== null && <span>{chrome.t("proactive.error", { code: o.errorCode })}</span>}
      {o.errorMessage && <span>{o.errorMessage}</span>}
    </div>
  </>
);

function deliveryText(o: OutboundDelivery, chrome: Chrome): string {
  if (o.channel === "none") return chrome.t("delivery.terminal");
  if (o.status === "inline") return chrome.t("delivery.inline");
  if (o.status === "pending" && o.attempts > 0) {
    return chrome.t("delivery.retrying", { n: o.attempts });
  }
  return o.status;
}

function modelText(parts: Part[]): string {
  return parts.filter((p) => typeof p.text === "string" && !p.thought).map((p) => p.text).join("")
    .trim();
}

const CartView: FC<{ cart: Cart | null; chrome: Chrome }> = ({ cart, chrome }) => {
  if (!cart || cart.items.length === 0) return <p class="muted">{chrome.t("thread.no_cart")}</p>;
  const currency = cart.currency ?? cart.items[0].currency;
  return (
    <div class="card" id="cart">
      <table>
        {cart.items.map((l) => (
          <tr>
            <td>{l.quantity} ×</td>
            <td>{l.name}</td>
            <td class="num">{formatMoney(l.lineTotalMinor, l.currency)}</td>
          </tr>
        ))}
        <tr>
          <th colspan={2}>{chrome.t("order.total")}</th>
          <th class="num">{formatMoney(cart.totalMinor, currency)}</th>
        </tr>
      </table>
    </div>
  );
};

const OrdersView: FC<{ orders: Order[]; chrome: Chrome }> = ({ orders, chrome }) => {
  if (orders.length === 0) return <p class="muted">{chrome.t("thread.no_orders")}</p>;
  return (
    <ul class="list" id="orders">
      {orders.map((o) => (
        <li class="card" data-order={String(o.number)}>
          <div class="row">
            <a href={`/admin/orders/${o.id}`}>
              <strong>#{o.number}</strong>
            </a>
            <span class={`badge ${o.status}`}>{statusText(chrome, o.status)}</span>
            <span class="num">{formatMoney(o.totalMinor, o.currency)}</span>
          </div>
          <small>
            {formatTime(o.createdAt, chrome.timeZone, LOCALES[chrome.lang])} ·{" "}
            {o.items.map((l) => `${l.quantity} × ${l.name}`).join(", ")}
          </small>
        </li>
      ))}
    </ul>
  );
};
