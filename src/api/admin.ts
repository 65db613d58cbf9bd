/**
 * The dashboard's data as a JSON admin API under `/api/admin` (documented in `/openapi.json`):
 * conversations (list, one with its thread, cart and orders, take over, staff reply), products
 * including inactive ones, orders with their customers (one with its history, payment pages,
 * payments and provider events), and the metrics report. The shop's terms are settings.ts. Handing a
 * conversation back is `POST /api/admin/conversations/{id}/release` (conversations/routes.ts);
 * changing an order or a product is `PATCH /api/orders/{id}` and `PATCH /api/products/{id}`.
 * Bearer token, or the dashboard's session cookie with its CSRF header (http/auth.ts).
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { CartJson, cartJson } from "./carts.ts";
import { findOpenCart } from "../cart/service.ts";
import { ProductJson, productJson } from "./catalog.ts";
import { listProducts } from "../catalog/service.ts";
import type { Config } from "../shared/config.ts";
import { takeOver } from "../conversations/handoff.ts";
import type { Client } from "../db/connect.ts";
import { BigIdParam as IdParam, OpaqueIdParam } from "../http/params.ts";
import { errorResponses, json, jsonBody, newRouter } from "../http/router.ts";
import { formatMoney } from "../shared/money.ts";
import { OrderJson, orderJson } from "./orders.ts";
import { listOrders } from "../orders/service.ts";
import { ORDER_STATUSES } from "../orders/status.ts";
import type { Outbox } from "../whatsapp/outbox.ts";
import {
  type ConversationSummary,
  getConversation,
  getThread,
  listConversations,
  type ThreadMessage,
} from "../conversations/listing.ts";
import {
  type Figures,
  MAX_PERIOD_DAYS,
  type MetricsReport,
  metricsReport,
  periodOf,
} from "../reports/metrics.ts";
import { listStaffOrders, type StaffOrder, staffOrder } from "../orders/staff.ts";
import { paymentHistory } from "../payments/store.ts";
import { MAX_STAFF_REPLY_CHARS, sendStaffReply } from "../conversations/replies.ts";

export interface AdminApiDeps {
  sql: Client;
  config: Pick<Config, "adminToken" | "storeCurrency" | "storeTimeZone" | "publicBaseUrl">;
  outbox: Pick<Outbox, "wake" | "connected">;
  /** The admin guard (staff/guard.ts), built once by the app. */
  guard: MiddlewareHandler;
}

const KINDS = ["customer", "model", "tool", "staff", "system"] as const;

const ConversationJson = z.object({
  id: z.int(),
  customer: z.object({ id: z.int(), phone: z.string(), name: z.string().nullable() }),
  handler: z.enum(["agent", "staff"]),
  needs_attention: z.boolean(),
  attention_reason: z.string().nullable(),
  language: z.string(),
  last_message_at: z.string(),
  last_inbound_at: z.string().nullable(),
  window_open: z.boolean().openapi({
    description: "Whether free text can reach the customer (WhatsApp's 24-hour window)",
  }),
  last_message: z.object({ kind: z.enum(KINDS), text: z.string(), at: z.string() }).nullable(),
}).openapi("Conversation");

const OutboundJson = z.object({
  id: z.int(),
  seq: z.int(),
  body: z.string(),
  media_url: z.string().nullable(),
  channel: z.enum(["inline", "rest", "none"]),
  status: z.string().openapi({ example: "delivered" }),
  attempts: z.int(),
  error_code: z.int().nullable(),
  error_message: z.string().nullable(),
});

const MessageJson = z.object({
  id: z.int(),
  kind: z.enum(KINDS),
  turn_id: z.int(),
  text: z.string().nullable(),
  parts: z.array(z.record(z.string(), z.unknown())).nullable().openapi({
    description: "The model's parts (function calls) or the tools' responses, as stored",
  }),
  media: z.array(z.object({ url: z.string(), content_type: z.string().nullable() })).nullable(),
  status: z.enum(["queued", "processing", "done", "failed", "skipped"]).nullable(),
  error: z.string().nullable(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
  latency_ms: z.int().nullable(),
  input_tokens: z.int().nullable(),
  output_tokens: z.int().nullable(),
  model: z.string().nullable(),
  outbound: z.array(OutboundJson),
}).openapi("ThreadMessage");

const ConversationDetail = z.object({
  conversation: ConversationJson,
  messages: z.array(MessageJson),
  truncated: z.boolean().openapi({ description: "Older messages exist that are not listed" }),
  cart: CartJson.nullable(),
  orders: z.array(OrderJson),
}).openapi("ConversationDetail");

const StaffOrderJson = OrderJson.extend({
  customer: z.object({
    id: z.int(),
    phone: z.string(),
    name: z.string().nullable(),
    conversation_id: z.int().nullable(),
  }).nullable(),
  attention: z.string().nullable().openapi({
    description: "Something staff must look at (a late payment refunded, a refund failing)",
  }),
}).openapi("StaffOrder");

const StaffOrderDetail = StaffOrderJson.extend({
  history: z.array(z.object({
    from_status: z.enum(ORDER_STATUSES).nullable(),
    to_status: z.enum(ORDER_STATUSES),
    actor: z.enum(["customer", "staff", "system", "provider"]),
    note: z.string().nullable(),
    at: z.string(),
  })),
  payment_sessions: z.array(z.object({
    provider: z.enum(["stripe", "mercadopago"]),
    attempt: z.int(),
    reference: z.string(),
    status: z.string(),
    expires_at: z.string(),
  })),
  payments: z.array(z.object({
    provider: z.enum(["stripe", "mercadopago"]),
    reference: z.string(),
    amount_minor: z.int(),
    currency: z.string(),
    settles_order: z.boolean(),
    status: z.string(),
    refund_reference: z.string().nullable(),
  })),
  provider_events: z.array(z.object({
    provider: z.enum(["stripe", "mercadopago"]),
    event_id: z.string(),
    type: z.string(),
    outcome: z.string(),
    received_at: z.string(),
  })),
}).openapi("StaffOrderDetail");

const FiguresJson = z.object({
  inbound: z.int(),
  active_customers: z.int(),
  carts_started: z.int(),
  orders_placed: z.int(),
  revenue_minor: z.int(),
  turns: z.int(),
  turn_p50_ms: z.int().nullable(),
  turn_p95_ms: z.int().nullable(),
  input_tokens: z.int(),
  output_tokens: z.int(),
  cached_tokens: z.int(),
  deliveries: z.int(),
  delivery_failures: z.int(),
});

const MetricsJson = z.object({
  period: z.object({
    from: z.string().openapi({ example: "2026-05-01" }),
    to: z.string().openapi({ example: "2026-05-07" }),
    days: z.int(),
    time_zone: z.string(),
  }),
  currency: z.string(),
  totals: FiguresJson.extend({
    conversion: z.number().nullable().openapi({ description: "Orders placed per cart started" }),
    revenue_formatted: z.string(),
    revenue_by_currency: z.array(z.object({ currency: z.string(), amount_minor: z.int() })),
  }),
  daily: z.array(FiguresJson.extend({ day: z.string() })),
  failures_by_code: z.array(z.object({ error_code: z.int().nullable(), count: z.int() })),
  reminders: z.object({
    sent: z.int(),
    carts_recovered: z.int().openapi({
      description: "Reminded carts whose customer ordered within 24 hours of a reminder",
    }),
    revenue_recovered_minor: z.int(),
  }),
}).openapi("MetricsReport");

const StaffReply = z.strictObject({
  text: z.string().trim().min(1).max(MAX_STAFF_REPLY_CHARS).openapi({
    example: "Hola Ana, soy Marta de la tienda. ¿En qué te ayudo?",
  }),
}).openapi("StaffReply");

/** The admin API's routes, to mount under `/api`. */
export function adminApiRoutes(deps: AdminApiDeps) {
  const { sql, config, outbox } = deps;
  const admin = deps.guard;
  const security = [{ adminToken: [] }];
  const router = newRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/conversations",
      tags: ["Dashboard"],
      summary: "Conversations, newest activity first; search by phone or name (admin)",
      security,
      middleware: [admin] as const,
      request: {
        query: z.object({
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(50),
          cursor: z.string().max(100).optional(),
        }),
      },
      responses: {
        200: json(
          z.object({ items: z.array(ConversationJson), next_cursor: z.string().nullable() }),
          "A page of conversations",
        ),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await listConversations(sql, q);
      return c.json({ items: page.items.map(conversationJson), next_cursor: page.nextCursor }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/conversations/{id}",
      tags: ["Dashboard"],
      summary: "One conversation: its thread, the customer's cart and orders (admin)",
      security,
      middleware: [admin] as const,
      request: { params: IdParam },
      responses: {
        200: json(ConversationDetail, "The conversation"),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const conversation = await getConversation(sql, id);
      const thread = await getThread(sql, id);
      const cart = await findOpenCart(sql, conversation.customerId);
      const orders = await listOrders(sql, { customerId: conversation.customerId, limit: 20 });
      return c.json({
        conversation: conversationJson(conversation),
        messages: thread.messages.map(messageJson),
        truncated: thread.truncated,
        cart: cart ? cartJson(cart, config.storeCurrency) : null,
        orders: orders.map((o) => orderJson(o, config.publicBaseUrl)),
      }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/admin/conversations/{id}/takeover",
      tags: ["Dashboard"],
      summary: "Take a conversation over: the agent stops answering it (admin)",
      security,
      middleware: [admin] as const,
      request: { params: IdParam },
      responses: {
        200: json(z.object({ id: z.int(), handler: z.literal("staff") }), "Taken over"),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await takeOver(sql, id);
      return c.json({ id, handler: "staff" as const }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/admin/conversations/{id}/messages",
      tags: ["Dashboard"],
      summary: "Send a staff message on WhatsApp, through the outbox (admin)",
      description:
        "409 whatsapp_not_connected when no Twilio sender is configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_WHATSAPP_FROM); 409 outside_window when the customer last wrote more than 24 hours ago: WhatsApp does not deliver free text then. Nothing is stored in either case.",
      security,
      middleware: [admin] as const,
      request: { params: IdParam, body: jsonBody(StaffReply) },
      responses: {
        201: json(
          z.object({ id: z.int(), outbound_id: z.int(), status: z.literal("pending") }),
          "Queued for delivery",
        ),
        ...errorResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const sent = await sendStaffReply(sql, id, c.req.valid("json").text, {
        connected: outbox.connected,
      });
      outbox.wake();
      return c.json(
        { id: sent.messageId, outbound_id: sent.outboundId, status: "pending" as const },
        201,
      );
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/products",
      tags: ["Dashboard"],
      summary: "Every product with its stock, inactive ones too (admin)",
      security,
      middleware: [admin] as const,
      request: {
        query: z.object({
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(100),
          cursor: z.string().max(100).optional(),
        }),
      },
      responses: {
        200: json(
          z.object({ items: z.array(ProductJson), next_cursor: z.string().nullable() }),
          "A page of products",
        ),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await listProducts(sql, {
        ...q,
        q: q.q,
        includeInactive: true,
      });
      return c.json({ items: page.items.map(productJson), next_cursor: page.nextCursor }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/orders",
      tags: ["Dashboard"],
      summary: "Orders newest first, with their customers (admin)",
      security,
      middleware: [admin] as const,
      request: {
        query: z.object({
          status: z.enum(ORDER_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().min(1).optional(),
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(StaffOrderJson) }), "Orders"),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const orders = await listStaffOrders(sql, c.req.valid("query"));
      return c.json({ items: orders.map((o) => staffOrderJson(o, config.publicBaseUrl)) }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/orders/{id}",
      tags: ["Dashboard"],
      summary: "One order with its history, payment pages, payments and provider events (admin)",
      security,
      middleware: [admin] as const,
      request: { params: OpaqueIdParam },
      responses: {
        200: json(StaffOrderDetail, "The order"),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const order = await staffOrder(sql, id);
      const paid = await paymentHistory(sql, id);
      return c.json({
        ...staffOrderJson(order, config.publicBaseUrl),
        history: order.events.map((e) => ({
          from_status: e.fromStatus,
          to_status: e.toStatus,
          actor: e.actor,
          note: e.note,
          at: e.createdAt.toISOString(),
        })),
        payment_sessions: paid.sessions.map((s) => ({
          provider: s.provider,
          attempt: s.attempt,
          reference: s.reference,
          status: s.status,
          expires_at: s.expiresAt.toISOString(),
        })),
        payments: paid.payments.map((p) => ({
          provider: p.provider,
          reference: p.reference,
          amount_minor: p.amountMinor,
          currency: p.currency,
          settles_order: p.settlesOrder,
          status: p.status,
          refund_reference: p.refundReference,
        })),
        provider_events: paid.events.map((e) => ({
          provider: e.provider,
          event_id: e.eventId,
          type: e.type,
          outcome: e.outcome,
          received_at: e.receivedAt.toISOString(),
        })),
      }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/admin/metrics",
      tags: ["Dashboard"],
      summary: "The shop's figures for a period, in total and per day (admin)",
      description:
        "Either from and to (dates, inclusive) or days ending today (default 7), in the store's time zone.",
      security,
      middleware: [admin] as const,
      request: {
        query: z.object({
          days: z.coerce.number().int().min(1).max(MAX_PERIOD_DAYS).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
        }),
      },
      responses: {
        200: json(MetricsJson, "The report"),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const period = periodOf(c.req.valid("query"), config.storeTimeZone);
      return c.json(metricsJson(await metricsReport(sql, period, config.storeCurrency)), 200);
    },
  );

  return router;
}

function staffOrderJson(o: StaffOrder, publicBaseUrl?: string): z.infer<typeof StaffOrderJson> {
  return {
    ...orderJson(o, publicBaseUrl),
    customer: o.customer && {
      id: o.customer.id,
      phone: o.customer.phone,
      name: o.customer.name,
      conversation_id: o.customer.conversationId,
    },
    attention: o.attention,
  };
}

function conversationJson(c: ConversationSummary): z.infer<typeof ConversationJson> {
  return {
    id: c.id,
    customer: { id: c.customerId, phone: c.phone, name: c.name },
    handler: c.handler,
    needs_attention: c.needsAttention,
    attention_reason: c.attentionReason,
    language: c.language,
    last_message_at: c.lastMessageAt.toISOString(),
    last_inbound_at: c.lastInboundAt?.toISOString() ?? null,
    window_open: c.windowOpen,
    last_message: c.lastMessage && {
      kind: c.lastMessage.kind,
      text: c.lastMessage.text,
      at: c.lastMessage.at.toISOString(),
    },
  };
}

function messageJson(m: ThreadMessage): z.infer<typeof MessageJson> {
  return {
    id: m.id,
    kind: m.kind,
    turn_id: m.turnId,
    text: m.text,
    parts: m.parts as Record<string, unknown>[] | null,
    media: m.media?.map((x) => ({ url: x.url, content_type: x.contentType })) ?? null,
    status: m.status,
    error: m.error,
    created_at: m.createdAt.toISOString(),
    finished_at: m.finishedAt?.toISOString() ?? null,
    latency_ms: m.latencyMs,
    input_tokens: m.inputTokens,
    output_tokens: m.outputTokens,
    model: m.model,
    outbound: m.outbound.map((o) => ({
      id: o.id,
      seq: o.seq,
      body: o.body,
      media_url: o.mediaUrl,
      channel: o.channel,
      status: o.status,
      attempts: o.attempts,
      error_code: o.errorCode,
      error_message: o.errorMessage,
    })),
  };
}

function metricsJson(r: MetricsReport): z.infer<typeof MetricsJson> {
  const figures = (f: Figures) => ({
    inbound: f.inbound,
    active_customers: f.activeCustomers,
    carts_started: f.cartsStarted,
    orders_placed: f.ordersPlaced,
    revenue_minor: f.revenueMinor,
    turns: f.turns,
    turn_p50_ms: f.turnP50Ms,
    turn_p95_ms: f.turnP95Ms,
    input_tokens: f.inputTokens,
    output_tokens: f.outputTokens,
    cached_tokens: f.cachedTokens,
    deliveries: f.deliveries,
    delivery_failures: f.deliveryFailures,
  });
  return {
    period: {
      from: r.period.from,
      to: r.period.to,
      days: r.period.days,
      time_zone: r.period.timeZone,
    },
    currency: r.currency,
    totals: {
      ...figures(r.totals),
      conversion: r.totals.conversion,
      revenue_formatted: formatMoney(r.totals.revenueMinor, r.currency),
      revenue_by_currency: r.totals.revenueByCurrency.map((x) => ({
        currency: x.currency,
        amount_minor: x.amountMinor,
      })),
    },
    daily: r.daily.map((d) => ({ day: d.day, ...figures(d) })),
    failures_by_code: r.failuresByCode.map((f) => ({ error_code: f.errorCode, count: f.count })),
    reminders: {
      sent: r.reminders.sent,
      carts_recovered: r.reminders.cartsRecovered,
      revenue_recovered_minor: r.reminders.revenueRecoveredMinor,
    },
  };
}
