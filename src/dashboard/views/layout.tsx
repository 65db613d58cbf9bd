/**
 * The frame of every signed-in dashboard page: store name, sections, sign-out, notices, and
 * the small pieces forms share (the CSRF field, one-button forms).
 *
 * @module
 */
import type { FC, PropsWithChildren } from "hono/jsx";
import type { DashboardLanguage } from "../../staff/accounts.ts";
import { LANGUAGE_NAMES, type TextKey, TEXTS, type Translate } from "../i18n.ts";

export type Section =
  | "conversations"
  | "orders"
  | "products"
  | "metrics"
  | "settings"
  | "accounts"
  | "audit"
  | "doctor";

/** What every signed-in page needs to know. */
export interface Chrome {
  storeName: string;
  /** The session's CSRF token, put in every form. */
  csrf: string;
  timeZone: string;
  section: Section;
  /** The signed-in person's role: staff see only conversations and orders. */
  role?: "owner" | "staff";
  /** The signed-in person's name, shown in the header. */
  who?: string;
  /** The page's language, and its texts. */
  lang: DashboardLanguage;
  t: Translate;
  /** The page's path, where the language switch comes back to. */
  path?: string;
  /** Conversations that need attention, shown beside Conversations. */
  attention?: number;
}

/** A message at the top of a page after an action. */
export interface Notice {
  kind: "ok" | "error";
  text: string;
}

const sections: [Section, TextKey][] = [
  ["conversations", "nav.conversations"],
  ["orders", "nav.orders"],
  ["products", "nav.products"],
  ["metrics", "nav.metrics"],
  ["settings", "nav.settings"],
  ["accounts", "nav.accounts"],
  ["audit", "nav.audit"],
  ["doctor", "nav.doctor"],
];

/** The sections staff (not owners) may open. */
const STAFF_SECTIONS: Section[] = ["conversations", "orders"];

/** A whole page as an HTML document. */
export function htmlDocument(page: unknown): string {
  return `<!doctype html>${page}`;
}

/** The head every dashboard page shares. */
export const Head: FC<{ title: string; storeName: string; csrf?: string; live?: boolean }> = (
  { title, storeName, csrf, live },
) => (
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="same-origin" />
    {csrf && <meta name="csrf-token" content={csrf} />}
    <title>{title} · {storeName}</title>
    <link rel="stylesheet" href="/admin/assets/admin.css" />
    {live && <script src="/admin/assets/live.js" defer></script>}
  </head>
);

/** What a live page follows (dashboard/live.ts): changes after `since`, in one conversation or all. */
export interface Live {
  since: number;
  conversation?: number;
}

/** A signed-in page; a `live` one refreshes its `data-live` regions by itself. */
export const Layout: FC<
  PropsWithChildren<{ chrome: Chrome; title: string; notice?: Notice; live?: Live }>
> = (
  { chrome, title, notice, live, children },
) => (
  <html lang={chrome.lang}>
    <Head title={title} storeName={chrome.storeName} csrf={chrome.csrf} live={live !== undefined} />
    <body
      data-live-since={live ? String(live.since) : undefined}
      data-conversation={live?.conversation ? String(live.conversation) : undefined}
    >
      <header class="top">
        <span class="store">{chrome.storeName}</span>
        <nav aria-label={chrome.t("nav.label")} id="sections" data-live>
          {sections.filter(([section]) =>
            chrome.role !== "staff" || STAFF_SECTIONS.includes(section)
          ).map(([section, label]) => (
            <a
              href={`/admin/${section}`}
              aria-current={section === chrome.section ? "page" : undefined}
            >
              {chrome.t(label)}
              {section === "conversations" && (chrome.attention ?? 0) > 0 && (
                <span
                  class="badge attention"
                  id="attention-count"
                  title={chrome.t("nav.attention", { n: chrome.attention ?? 0 })}
                >
                  {String(chrome.attention)}
                </span>
              )}
            </a>
          ))}
        </nav>
        {chrome.who && <span class="signed-in-as">{chrome.who}</span>}
        <form method="post" action="/admin/language" class="inline language">
          <CsrfField csrf={chrome.csrf} />
          <input type="hidden" name="next" value={chrome.path ?? ""} />
          <label>
            {chrome.t("header.language")}{" "}
            <select name="language">
              {(Object.keys(TEXTS) as DashboardLanguage[]).map((lang) => (
                <option value={lang} selected={lang === chrome.lang}>{LANGUAGE_NAMES[lang]}</option>
              ))}
            </select>
          </label>
          <button type="submit" class="secondary">{chrome.t("header.apply")}</button>
        </form>
        <PostButton
          action="/admin/logout"
          csrf={chrome.csrf}
          label={chrome.t("header.sign_out")}
          variant="secondary"
        />
        <PostButton
          action="/admin/logout-everywhere"
          csrf={chrome.csrf}
          label={chrome.t("header.sign_out_everywhere")}
          variant="secondary"
        />
      </header>
      <main>
        {notice && (
          <p class={`notice ${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"}>
            {notice.text}
          </p>
        )}
        <h1>{title}</h1>
        {children}
      </main>
    </body>
  </html>
);

/** The hidden field that proves a form came from this session's pages. */
export const CsrfField: FC<{ csrf: string }> = ({ csrf }) => (
  <input type="hidden" name="csrf" value={csrf} />
);

/** A form that is a single button: POSTs `fields` to `action`. */
export const PostButton: FC<{
  action: string;
  csrf: string;
  label: string;
  variant?: "secondary" | "danger";
  fields?: Record<string, string>;
}> = ({ action, csrf, label, variant, fields }) => (
  <form method="post" action={action} class="inline">
    <CsrfField csrf={csrf} />
    {Object.entries(fields ?? {}).map(([name, value]) => (
      <input type="hidden" name={name} value={value} />
    ))}
    <button type="submit" class={variant}>{label}</button>
  </form>
);
