/**
 * The conversations page: newest activity first, a search by phone or name, and for each the
 * customer, the last message, who answers (agent or staff) and whether it needs attention.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { ConversationPage, ConversationSummary } from "../../conversations/listing.ts";
import { formatTime } from "./format.ts";
import { LOCALES } from "../i18n.ts";
import { type Chrome, Layout, type Live, type Notice } from "./layout.tsx";

export const ConversationsPage: FC<
  {
    chrome: Chrome;
    page: ConversationPage;
    /** Shown first, apart (frustrated customers first). */
    attention?: ConversationSummary[];
    q: string;
    notice?: Notice;
    live?: Live;
  }
> = ({ chrome, page, attention = [], q, notice, live }) => (
  <Layout chrome={chrome} title={chrome.t("inbox.title")} notice={notice} live={live}>
    <form method="get" action="/admin/conversations" class="search" role="search">
      <input
        type="search"
        name="q"
        value={q}
        placeholder={chrome.t("inbox.search_placeholder")}
        aria-label={chrome.t("inbox.search")}
      />
      <button type="submit" class="secondary">{chrome.t("inbox.search_button")}</button>
    </form>
    <div id="inbox" data-live>
      {attention.length > 0 && (
        <section aria-label={chrome.t("inbox.attention")} id="attention">
          <h2>{chrome.t("inbox.attention")}</h2>
          <ul class="list">
            {attention.map((c) => <ConversationItem key={c.id} conversation={c} chrome={chrome} />)}
          </ul>
        </section>
      )}
      {page.items.length === 0 && attention.length > 0
        ? null
        : page.items.length === 0
        ? (
          <p class="muted">
            {chrome.t(q ? "inbox.no_match" : "inbox.none")}
          </p>
        )
        : (
          <ul class="list" id="conversations">
            {page.items.map((c) => (
              <ConversationItem
                key={c.id}
                conversation={c}
                chrome={chrome}
              />
            ))}
          </ul>
        )}
    </div>
    {page.nextCursor && (
      <p>
        <a
          class="button secondary"
          href={`/admin/conversations?${new URLSearchParams({ q, cursor: page.nextCursor })}`}
        >
          {chrome.t("inbox.older")}
        </a>
      </p>
    )}
  </Layout>
);

const ConversationItem: FC<{ conversation: ConversationSummary; chrome: Chrome }> = (
  { conversation: c, chrome },
) => (
  <li
    class={`card conv${c.needsAttention ? " attention" : ""}`}
    data-conversation={String(c.id)}
    data-phone={c.phone}
  >
    <a href={`/admin/conversations/${c.id}`}>
      <div class="row">
        <span class="who">{c.name ?? c.phone}</span>
        {c.name && <span class="muted">{c.phone}</span>}
        <span class={`badge ${c.handler}`}>
          {chrome.t(c.handler === "agent" ? "inbox.agent" : "inbox.staff")}
        </span>
        {c.needsAttention && (
          <span class="badge attention">{chrome.t("inbox.needs_attention")}</span>
        )}
        {c.mood && c.mood !== "neutral" && (
          <span class={`badge mood ${c.mood}`} data-mood={c.mood}>
            {chrome.t("inbox.mood", { mood: chrome.t(`mood.${c.mood}`) })}
          </span>
        )}
      </div>
      <div class="last">
        {c.lastMessage ? `${speakerOf(c.lastMessage.kind, chrome)}${c.lastMessage.text}` : "—"}
      </div>
      <small>
        {formatTime(c.lastMessageAt, chrome.timeZone, LOCALES[chrome.lang])}
        {c.needsAttention && c.attentionReason ? ` · ${c.attentionReason}` : ""}
      </small>
      {c.needsAttention && c.attentionSummary && <div class="summary">{c.attentionSummary}</div>}
    </a>
  </li>
);

/** Who wrote the last message, as a prefix ("Agent: "); none for the customer. */
function speakerOf(kind: string, chrome: Chrome): string {
  if (kind === "model") return `${chrome.t("speaker.model")}: `;
  if (kind === "staff") return `${chrome.t("speaker.staff")}: `;
  if (kind === "system") return `${chrome.t("speaker.system")}: `;
  return "";
}
