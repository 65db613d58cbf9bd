/**
 * The conversations page: newest activity first, a search by phone or name, and for each the
 * customer, the last message, who answers (agent or staff) and whether it needs attention.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { ConversationPage, ConversationSummary } from "../../conversations/listing.ts";
import { formatTime } from "./format.ts";
import { type Chrome, Layout, type Live, type Notice } from "./layout.tsx";

const speakers = { customer: "", model: "Agent: ", staff: "Staff: ", system: "Server: ", tool: "" };

export const ConversationsPage: FC<
  { chrome: Chrome; page: ConversationPage; q: string; notice?: Notice; live?: Live }
> = ({ chrome, page, q, notice, live }) => (
  <Layout chrome={chrome} title="Conversations" notice={notice} live={live}>
    <form method="get" action="/admin/conversations" class="search" role="search">
      <input
        type="search"
        name="q"
        value={q}
        placeholder="Phone or name"
        aria-label="Search by phone or name"
      />
      <button type="submit" class="secondary">Search</button>
    </form>
    <div id="inbox" data-live>
      {page.items.length === 0
        ? (
          <p class="muted">
            {q ? "No conversation matches that search." : "No conversations yet."}
          </p>
        )
        : (
          <ul class="list" id="conversations">
            {page.items.map((c) => (
              <ConversationItem key={c.id} conversation={c} timeZone={chrome.timeZone} />
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
          Older conversations
        </a>
      </p>
    )}
  </Layout>
);

const ConversationItem: FC<{ conversation: ConversationSummary; timeZone: string }> = (
  { conversation: c, timeZone },
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
        <span class={`badge ${c.handler}`}>{c.handler === "agent" ? "Agent" : "Staff"}</span>
        {c.needsAttention && <span class="badge attention">Needs attention</span>}
      </div>
      <div class="last">
        {c.lastMessage ? `${speakers[c.lastMessage.kind]}${c.lastMessage.text}` : "—"}
      </div>
      <small>
        {formatTime(c.lastMessageAt, timeZone)}
        {c.needsAttention && c.attentionReason ? ` · ${c.attentionReason}` : ""}
      </small>
    </a>
  </li>
);
