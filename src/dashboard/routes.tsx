/**
 * The staff dashboard under `/admin`: server-rendered pages (hono/jsx, which escapes every
 * value) and the forms that act on them. Access is access.tsx's: only the sign-in page and the
 * stylesheet are served without a session, and every form must be same-origin with the
 * session's CSRF token. Routes only translate HTTP; the queries live in the services.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * declare const deps: DashboardDeps; // the database, config, log and outbox of the runtime
 * new Hono().route("/", dashboardRoutes(deps));
 * ```
 * @module
 */
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { findOpenCart } from "../cart/service.ts";
import { getProduct, listProducts, updateProduct } from "../catalog/service.ts";
import { type Config, missingWhatsAppSettings } from "../shared/config.ts";
import { handToAgent, takeOver } from "../conversations/handoff.ts";
import type { Client } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";
import { logFailure } from "../http/errors.ts";
import { limitBody } from "../http/limits.ts";
import { pageHeaders } from "../http/security.ts";
import type { Logger } from "../shared/log.ts";
import { listOrders } from "../orders/service.ts";
import { changeStatus, type OrderStatus } from "../orders/status.ts";
import { paymentHistory } from "../payments/store.ts";
import { proactiveHistory } from "../notify/history.ts";
import { notificationPages } from "./notifications.tsx";
import { productEditorPages } from "./product-editor.tsx";
import { marketingOf } from "../customers/consent.ts";
import type { Clock } from "../shared/clock.ts";
import { loadTerms, type Providers, termsJson, updateTerms } from "../settings/terms.ts";
import type { Outbox } from "../whatsapp/outbox.ts";
import { pageChrome } from "./chrome.ts";
import {
  actorOf,
  type DashboardEnv,
  languageOf,
  requireOwner,
  requireSession,
  signInRoutes,
} from "./access.tsx";
import { type TextKey, translator } from "./i18n.ts";
import { accountRoutes } from "./accounts.tsx";
import { doctorRoutes } from "./doctor.tsx";
import { LiveFeed, liveRoutes } from "./live.ts";
import { latestChangeId } from "../conversations/changes.ts";
import { recordAudit } from "../staff/audit.ts";
import {
  getConversation,
  getThread,
  listConversations,
  listNeedingAttention,
} from "../conversations/listing.ts";
import { sendStaffReply } from "../conversations/replies.ts";
import {
  ConversationsQuery,
  MetricsQuery,
  OrdersQuery,
  OrderStatusForm,
  parsePrice,
  ProductForm,
  ReplyForm,
  type SettingsFields,
  settingsFields,
  settingsPatch,
} from "./forms.ts";
import { metricsReport, periodOf } from "../reports/metrics.ts";
import { modelCost, type ModelPrices } from "../reports/model-cost.ts";
import { moodReport } from "../reports/moods.ts";
import { noticeOf } from "./notices.ts";
import { listStaffOrders, staffOrder } from "../orders/staff.ts";
import { ADMIN_CSS } from "./style.ts";
import { ConversationPage } from "./views/conversation.tsx";
import { ConversationsPage } from "./views/conversations.tsx";
import { ErrorPage } from "./views/error-page.tsx";
import { type Chrome, htmlDocument, type Notice, type Section } from "./views/layout.tsx";
import { MetricsPage } from "./views/metrics.tsx";
import { OrdersPage } from "./views/orders.tsx";
import { CancelPage, OrderPage } from "./views/order.tsx";
import { settingsLabel, SettingsPage } from "./views/settings.tsx";
import { ProductsPage } from "./views/products.tsx";
import type { ModelHealth } from "../agent/model-health.ts";
import { mediaRoutes } from "./media.ts";
import type { MediaFetcher } from "../agent/media.ts";
import type { CheckResult } from "../doctor/checks.ts";

export interface DashboardDeps {
  sql: Client;
  config: Pick<
    Config,
    | "adminToken"
    | "storeName"
    | "storeCurrency"
    | "storeTimeZone"
    | "publicBaseUrl"
    | "trustedProxies"
    | "twilio"
  >;
  log: Logger;
  outbox: Pick<Outbox, "wake" | "connected">;
  clock: Clock;
  /** Which payment providers the server is configured for (the Settings page says so). */
  providers: Providers;
  /** Called after a change that scheduled work (a notice, a refund), to run it soon. */
  onScheduled?: () => void;
  /** The model's configuration problem, flagged on the home page (none when not given). */
  modelHealth?: Pick<ModelHealth, "problem">;
  /** Prices that turn tokens into the model's cost on the metrics page (none: not shown). */
  modelPrices?: ModelPrices;
  /** Downloads customers' media for staff (media.ts); null or unset without Twilio. */
  media?: MediaFetcher | null;
  /** Runs the doctor's checks for the owners' Doctor page (none: the page is not there). */
  doctor?: () => Promise<CheckResult[]>;
}

type Ctx = Context<DashboardEnv>;

/** The model's standing configuration problem as a notice, with its fix. */
function modelNotice(health?: Pick<ModelHealth, "problem">): Notice | undefined {
  const problem = health?.problem();
  return problem
    ? { kind: "error", text: `The AI model is not answering: ${problem.message}. ${problem.fix}` }
    : undefined;
}

/** Largest form body the dashboard reads. */
const MAX_FORM_BYTES = 64 * 1024;
const ORDERS_PER_PAGE = 50;
const PRODUCTS_PER_PAGE = 100;
const CUSTOMER_ORDERS_SHOWN = 20;

/** The dashboard's pages, mounted at the root. */
export function dashboardRoutes(deps: DashboardDeps) {
  const { sql, config, log, outbox, clock, providers, onScheduled } = deps;
  const app = new Hono<DashboardEnv>();

  const page = (c: Ctx, node: unknown, status: ContentfulStatusCode = 200) =>
    c.html(htmlDocument(node), status);
  const chrome = (c: Ctx, section: Section): Chrome => pageChrome(c, config, section);
  const audit = (c: Ctx, action: string, subject: string, details?: Record<string, unknown>) =>
    recordAudit(sql, actorOf(c.get("session")), action, subject, details ?? null);
  const errorPage = (c: Ctx, status: ContentfulStatusCode, title: TextKey, message: string) => {
    const lang = languageOf(c, c.get("session"));
    const t = translator(lang);
    return page(
      c,
      <ErrorPage
        storeName={config.storeName}
        title={t(title)}
        message={message}
        lang={lang}
        t={t}
      />,
      status,
    );
  };

  app.use("/admin", pageHeaders({ scripts: true }));
  app.use("/admin/*", pageHeaders({ scripts: true }));
  app.use("/admin/*", limitBody(MAX_FORM_BYTES, "form"));

  // Served without a session: the stylesheet, and the sign-in form.
  app.get("/admin/assets/admin.css", (c) =>
    c.body(ADMIN_CSS, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=3600",
    }));
  app.route("/", signInRoutes({ sql, config, log }));

  const signedIn = requireSession({ sql, config, log });
  app.use("/admin", signedIn);
  app.use("/admin/*", signedIn);
  // Owners only: the shop's terms, its products, its numbers, its people.
  for (const owners of ["/admin/settings", "/admin/products", "/admin/metrics"]) {
    app.use(owners, requireOwner());
    app.use(`${owners}/*`, requireOwner());
  }
  app.route("/", accountRoutes({ sql, log, chrome }));
  if (deps.doctor) app.route("/", doctorRoutes({ run: deps.doctor, log, chrome }));
  app.route("/", liveRoutes({ sql, feed: new LiveFeed(sql, log) }));

  app.get("/admin", (c) => c.redirect("/admin/conversations", 303));
  app.route("/", mediaRoutes({ sql, media: deps.media ?? null, log }));

  // Conversations
  app.get("/admin/conversations", async (c) => {
    const query = ConversationsQuery.safeParse(c.req.query());
    const q = query.success ? query.data.q : "";
    const since = await latestChangeId(sql);
    const cursor = query.success ? query.data.cursor : undefined;
    // Unless searching, the ones that need attention come first, apart.
    const calm = q === "";
    const attention = calm && cursor === undefined ? await listNeedingAttention(sql) : [];
    const result = await listConversations(sql, { q, cursor, calm });
    return page(
      c,
      <ConversationsPage
        chrome={chrome(c, "conversations")}
        page={result}
        attention={attention}
        q={q}
        notice={noticeOf(c) ?? modelNotice(deps.modelHealth)}
        live={{ since }}
      />,
    );
  });

  const conversationPage = async (
    c: Ctx,
    id: number,
    notice?: Notice,
    draft?: string,
    status: ContentfulStatusCode = 200,
  ) => {
    const liveSince = await latestChangeId(sql);
    const conversation = await getConversation(sql, id);
    const thread = await getThread(sql, id);
    const cart = await findOpenCart(sql, conversation.customerId);
    const orders = await listOrders(sql, {
      customerId: conversation.customerId,
      limit: CUSTOMER_ORDERS_SHOWN,
    });
    const marketing = await marketingOf(sql, conversation.customerId);
    const messages = await proactiveHistory(sql, { customerId: conversation.customerId });
    return page(
      c,
      <ConversationPage
        chrome={chrome(c, "conversations")}
        view={{ conversation, thread, cart, orders, marketing, messages }}
        whatsappMissing={missingWhatsAppSettings(config)}
        notice={notice}
        draft={draft}
        liveSince={liveSince}
      />,
      status,
    );
  };
  const conversationId = (c: Ctx) => Number(c.req.param("id"));

  app.get(
    "/admin/conversations/:id{[0-9]{1,15}}",
    (c) => conversationPage(c, conversationId(c), noticeOf(c)),
  );

  app.post("/admin/conversations/:id{[0-9]{1,15}}/takeover", async (c) => {
    const id = conversationId(c);
    await takeOver(sql, id);
    await audit(c, "conversation.took_over", `conversation ${id}`);
    log.info("admin.took_over", { conversation: id });
    return c.redirect(`/admin/conversations/${id}?notice=taken_over`, 303);
  });

  app.post("/admin/conversations/:id{[0-9]{1,15}}/release", async (c) => {
    const id = conversationId(c);
    await handToAgent(sql, id);
    await audit(c, "conversation.handed_back", `conversation ${id}`);
    log.info("admin.handed_back", { conversation: id });
    return c.redirect(`/admin/conversations/${id}?notice=handed_back`, 303);
  });

  app.post("/admin/conversations/:id{[0-9]{1,15}}/reply", async (c) => {
    const id = conversationId(c);
    const form = ReplyForm.safeParse(await c.req.parseBody());
    const text = form.success ? form.data.text : "";
    try {
      await sendStaffReply(sql, id, text, {
        connected: outbox.connected,
        staffId: c.get("session").staffId,
      });
    } catch (err) {
      if (err instanceof AppError && err.status !== 404) {
        return conversationPage(c, id, { kind: "error", text: err.message }, text, err.status);
      }
      throw err;
    }
    outbox.wake();
    await audit(c, "conversation.replied", `conversation ${id}`);
    log.info("admin.replied", { conversation: id });
    return c.redirect(`/admin/conversations/${id}?notice=reply_queued`, 303);
  });

  // Orders
  const ordersPage = async (
    c: Ctx,
    filter: OrderStatus | undefined,
    before: number | undefined,
    notice?: Notice,
  ) => {
    const orders = await listStaffOrders(sql, { status: filter, before, limit: ORDERS_PER_PAGE });
    const nextBefore = orders.length === ORDERS_PER_PAGE ? orders[orders.length - 1].number : null;
    return page(
      c,
      <OrdersPage
        chrome={chrome(c, "orders")}
        orders={orders}
        status={filter ?? null}
        nextBefore={nextBefore}
        notice={notice}
      />,
    );
  };

  app.get("/admin/orders", (c) => {
    const query = OrdersQuery.parse(c.req.query());
    return ordersPage(c, query.status, query.before, noticeOf(c));
  });

  const orderPage = async (
    c: Ctx,
    id: string,
    notice?: Notice,
    status: ContentfulStatusCode = 200,
  ) => {
    const order = await staffOrder(sql, id);
    const payments = await paymentHistory(sql, id);
    const messages = await proactiveHistory(sql, { orderId: id });
    return page(
      c,
      <OrderPage
        chrome={chrome(c, "orders")}
        view={{ order, payments, messages }}
        notice={notice}
      />,
      status,
    );
  };
  const ORDER_ID = "/admin/orders/:id{[0-9a-fA-F-]{36}}";

  app.get(ORDER_ID, (c) => orderPage(c, c.req.param("id"), noticeOf(c)));

  app.post(`${ORDER_ID}/status`, async (c) => {
    const id = c.req.param("id");
    const form = OrderStatusForm.safeParse(await c.req.parseBody());
    if (!form.success) throw new AppError("invalid_input", 400, "That is not an order status");
    if (form.data.status === "cancelled" && form.data.confirm !== "1") {
      return page(c, <CancelPage chrome={chrome(c, "orders")} order={await staffOrder(sql, id)} />);
    }
    try {
      await changeStatus(sql, id, form.data.status, {
        actor: "staff",
        now: clock.now(),
        note: form.data.note || undefined,
        tracking: {
          number: form.data.tracking_number || undefined,
          url: form.data.tracking_url || undefined,
        },
      });
    } catch (err) {
      if (err instanceof AppError && err.status === 409) {
        return orderPage(c, id, { kind: "error", text: err.message }, 409);
      }
      throw err;
    }
    onScheduled?.();
    await audit(c, "order.status", `order ${id}`, { status: form.data.status });
    log.info("admin.order_status", { order: id, status: form.data.status });
    return c.redirect(`/admin/orders/${id}?notice=order_updated`, 303);
  });

  // Settings
  const settingsPage = (
    c: Ctx,
    fields: SettingsFields,
    notice?: Notice,
    status: ContentfulStatusCode = 200,
  ) =>
    page(
      c,
      <SettingsPage
        chrome={chrome(c, "settings")}
        fields={fields}
        providers={providers}
        currency={config.storeCurrency}
        notice={notice}
      />,
      status,
    );

  app.get("/admin/settings", async (c) =>
    settingsPage(
      c,
      settingsFields(termsJson(await loadTerms(sql)), config.storeCurrency),
      noticeOf(c),
    ));

  app.post("/admin/settings", async (c) => {
    const page = chrome(c, "settings");
    const read = settingsPatch(await c.req.parseBody(), config.storeCurrency, {
      field: (key) => settingsLabel(page, key),
      amount: page.t("settings.amount"),
    });
    if ("error" in read) {
      return settingsPage(c, read.fields, { kind: "error", text: read.error }, 400);
    }
    try {
      await updateTerms(sql, read.patch);
    } catch (err) {
      if (err instanceof AppError && err.status === 422) {
        return settingsPage(c, read.fields, { kind: "error", text: err.message }, 422);
      }
      throw err;
    }
    await audit(c, "settings.saved", "settings", { fields: Object.keys(read.patch).join(" ") });
    log.info("admin.settings_saved");
    return c.redirect("/admin/settings?notice=settings_saved", 303);
  });

  notificationPages(app, { sql, log, page, chrome: (c) => chrome(c, "settings") });

  // Products
  productEditorPages(app, {
    sql,
    log,
    currency: config.storeCurrency,
    page,
    chrome: (c) => chrome(c, "products"),
    audit,
  });
  const productsPage = async (
    c: Ctx,
    cursor: string | undefined,
    notice?: Notice,
    status: ContentfulStatusCode = 200,
  ) => {
    const products = await listProducts(sql, {
      includeInactive: true,
      limit: PRODUCTS_PER_PAGE,
      cursor,
    });
    return page(
      c,
      <ProductsPage
        chrome={chrome(c, "products")}
        products={products.items}
        nextCursor={products.nextCursor}
        notice={notice}
      />,
      status,
    );
  };

  app.get("/admin/products", (c) => {
    const cursor = c.req.query("cursor");
    return productsPage(c, cursor && cursor.length <= 100 ? cursor : undefined, noticeOf(c));
  });

  app.post("/admin/products/:id{[0-9]{1,9}}", async (c) => {
    const id = Number(c.req.param("id"));
    const product = await getProduct(sql, id, { includeInactive: true });
    const form = ProductForm.safeParse(await c.req.parseBody());
    const priceMinor = form.success ? parsePrice(form.data.price, product.currency) : null;
    if (!form.success || priceMinor === null) {
      return productsPage(c, undefined, {
        kind: "error",
        text:
          `«${product.name}» was not saved: the price is an amount such as 6.50 and the stock a whole number.`,
      }, 400);
    }
    await updateProduct(sql, id, {
      priceMinor,
      stock: form.data.stock,
      active: form.data.active === "1",
    });
    await audit(c, "product.saved", product.name, {
      price: form.data.price,
      stock: form.data.stock,
      active: form.data.active === "1",
    });
    log.info("admin.product_saved", { product: id });
    return c.redirect(`/admin/products?notice=product_saved#product-${id}`, 303);
  });

  // Metrics
  app.get("/admin/metrics", async (c) => {
    const query = MetricsQuery.safeParse(c.req.query());
    const asked = query.success ? query.data : {};
    let notice: Notice | undefined;
    let period;
    try {
      period = periodOf(asked, config.storeTimeZone);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      notice = { kind: "error", text: `${err.message}; showing the last 7 days.` };
      period = periodOf({}, config.storeTimeZone);
    }
    const report = await metricsReport(sql, period, config.storeCurrency);
    const moods = await moodReport(sql, period);
    const preset = notice ? 7 : asked.from === undefined ? asked.days ?? 7 : null;
    return page(
      c,
      <MetricsPage
        chrome={chrome(c, "metrics")}
        report={report}
        preset={preset}
        notice={notice}
        cost={deps.modelPrices && modelCost(report, deps.modelPrices)}
        moods={moods}
      />,
      notice ? 400 : 200,
    );
  });

  app.all(
    "/admin/*",
    (c) =>
      errorPage(
        c,
        404,
        "error.not_found",
        translator(languageOf(c, c.get("session")))("error.no_page"),
      ),
  );

  app.onError((err, c) => {
    if (err instanceof AppError) {
      const title = err.status === 404
        ? "error.not_found"
        : err.status === 403
        ? "error.refused"
        : "error.could_not";
      return errorPage(c, err.status, title, err.message);
    }
    logFailure(c, err, log);
    return errorPage(
      c,
      500,
      "error.went_wrong",
      translator(languageOf(c, c.get("session")))("error.our_side", {
        reference: c.get("requestId"),
      }),
    );
  });

  return app;
}
