/**
 * Order routes. A storefront quotes a cart (`POST /carts/{id}/quote`: lines, fee and total for
 * a fulfilment and payment method) and checks it out (`POST /carts/{id}/checkout`) with the
 * buyer's contact, the fulfilment method, the address it needs and the payment method; an
 * order paid online or by transfer holds its stock only until its hold expires, like one
 * placed on WhatsApp. Anyone holding an order's id can read it; staff list orders and move
 * them through the allowed statuses. `GET /shop/terms` tells a storefront what the shop offers.
 *
 * @module
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { type AddressSnapshot, DetailFields, PinInput } from "../customers/details.ts";
import type { Client } from "../db/connect.ts";
import { OpaqueIdParam } from "../http/params.ts";
import { errorResponses, json, jsonBody, newRouter } from "../http/router.ts";
import type { Clock } from "../shared/clock.ts";
import { E164 } from "../shared/ids.ts";
import { LANGUAGES } from "../shared/language.ts";
import { formatMoney } from "../shared/money.ts";
import {
  FULFILMENTS,
  loadTerms,
  offeredFulfilments,
  offeredPayments,
  ONLINE_METHODS,
  PAYMENT_METHODS,
  type Providers,
  type Terms,
} from "../settings/terms.ts";
import {
  checkoutCart,
  type CheckoutInput,
  getOrder,
  listOrders,
  type Order,
  quoteCart,
} from "../orders/service.ts";
import type { Quote, SaleContext } from "../orders/quote.ts";
import { changeStatus, nextStatuses, ORDER_STATUSES } from "../orders/status.ts";
import { payUrl } from "../payments/links.ts";

const AddressJson = z.object({
  kind: z.enum(["street", "pin"]),
  street: z.string().nullable(),
  city: z.string().nullable(),
  postal_code: z.string().nullable(),
  country: z.string().nullable(),
  notes: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  pin_address: z.string().nullable(),
  pin_label: z.string().nullable(),
}).openapi("Address");

const LineJson = z.object({
  product_id: z.int(),
  sku: z.string(),
  name: z.string(),
  unit_price_minor: z.int(),
  quantity: z.int(),
  line_total_minor: z.int(),
});

export const OrderJson = z.object({
  id: z.string(),
  number: z.int().openapi({ example: 1001, description: "Short number to tell customers" }),
  status: z.enum(ORDER_STATUSES),
  next_statuses: z.array(z.enum(ORDER_STATUSES)).openapi({
    description: "The statuses staff may move it to",
  }),
  currency: z.string(),
  subtotal_minor: z.int(),
  fee_minor: z.int(),
  total_minor: z.int(),
  total_formatted: z.string(),
  fulfilment: z.enum(FULFILMENTS).nullable(),
  payment_method: z.enum(PAYMENT_METHODS).nullable(),
  contact: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  address: AddressJson.nullable(),
  hold_expires_at: z.string().nullable().openapi({
    description: "Until when an unpaid order keeps its stock; it is cancelled then",
  }),
  paid_at: z.string().nullable(),
  cancelled_at: z.string().nullable(),
  cancel_reason: z.string().nullable(),
  refund_status: z.enum(["requested", "refunded", "failed"]).nullable(),
  tracking_number: z.string().nullable(),
  tracking_url: z.string().nullable(),
  payment_url: z.string().nullable().openapi({
    description: "Card or Mercado Pago: where the buyer pays, while the order awaits payment",
  }),
  items: z.array(LineJson),
  created_at: z.string(),
  updated_at: z.string(),
}).openapi("Order");

/** The JSON of an address as an order or quote keeps it. */
export function addressJson(a: AddressSnapshot): z.infer<typeof AddressJson> {
  return {
    kind: a.kind,
    street: a.street,
    city: a.city,
    postal_code: a.postalCode,
    country: a.country,
    notes: a.notes,
    latitude: a.latitude,
    longitude: a.longitude,
    pin_address: a.pinAddress,
    pin_label: a.pinLabel,
  };
}

/** The public JSON of an order; `publicBaseUrl` makes its payment link. */
export function orderJson(o: Order, publicBaseUrl?: string): z.infer<typeof OrderJson> {
  const online = o.paymentMethod !== null && ONLINE_METHODS.includes(o.paymentMethod);
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    next_statuses: nextStatuses(o, "staff"),
    currency: o.currency,
    subtotal_minor: o.subtotalMinor,
    fee_minor: o.feeMinor,
    total_minor: o.totalMinor,
    total_formatted: formatMoney(o.totalMinor, o.currency),
    fulfilment: o.fulfilment,
    payment_method: o.paymentMethod,
    contact: { name: o.contactName, phone: o.contactPhone, email: o.contactEmail },
    address: o.address && addressJson(o.address),
    hold_expires_at: o.holdExpiresAt?.toISOString() ?? null,
    paid_at: o.paidAt?.toISOString() ?? null,
    cancelled_at: o.cancelledAt?.toISOString() ?? null,
    cancel_reason: o.cancelReason,
    refund_status: o.refundStatus,
    tracking_number: o.trackingNumber,
    tracking_url: o.trackingUrl,
    payment_url: online && o.status === "awaiting_payment" && publicBaseUrl
      ? payUrl(publicBaseUrl, o.id)
      : null,
    items: o.items.map((l) => ({
      product_id: l.productId,
      sku: l.sku,
      name: l.name,
      unit_price_minor: l.unitPriceMinor,
      quantity: l.quantity,
      line_total_minor: l.lineTotalMinor,
    })),
    created_at: o.createdAt.toISOString(),
    updated_at: o.updatedAt.toISOString(),
  };
}

const StreetAddress = z.strictObject({
  street: DetailFields.street,
  city: DetailFields.city,
  postal_code: DetailFields.postal_code,
  country: DetailFields.country.optional(),
  notes: DetailFields.notes.optional(),
});

const CheckoutBody = z.strictObject({
  contact: z.strictObject({
    name: DetailFields.name,
    phone: z.string().regex(E164, "must be an E.164 number such as +34600000001").optional(),
    email: DetailFields.email.optional(),
  }).refine((c) => c.phone !== undefined || c.email !== undefined, {
    message: "give a phone or an email to reach the buyer",
    path: ["phone"],
  }),
  fulfilment: z.enum(FULFILMENTS),
  address: z.union([StreetAddress, PinInput]).optional().openapi({
    description: "Required for delivery and shipping: a street address, or coordinates",
  }),
  payment: z.enum(PAYMENT_METHODS),
  language: z.enum(LANGUAGES).default("es"),
}).refine((b) => b.fulfilment === "pickup" || b.address !== undefined, {
  message: "an address is required for delivery and shipping",
  path: ["address"],
}).openapi("Checkout");

type CheckoutBody = z.output<typeof CheckoutBody>;

function checkoutInput(b: CheckoutBody): CheckoutInput {
  const a = b.address;
  const address: AddressSnapshot | null = a === undefined || b.fulfilment === "pickup"
    ? null
    : "latitude" in a
    ? {
      kind: "pin",
      street: null,
      city: null,
      postalCode: null,
      country: null,
      notes: a.notes ?? null,
      latitude: a.latitude,
      longitude: a.longitude,
      pinAddress: a.address ?? null,
      pinLabel: a.label ?? null,
    }
    : {
      kind: "street",
      street: a.street,
      city: a.city,
      postalCode: a.postal_code,
      country: a.country ?? null,
      notes: a.notes ?? null,
      latitude: null,
      longitude: null,
      pinAddress: null,
      pinLabel: null,
    };
  return {
    contact: b.contact,
    fulfilment: b.fulfilment,
    payment: b.payment,
    address,
    language: b.language,
  };
}

const QuoteJson = z.object({
  currency: z.string(),
  items: z.array(LineJson.extend({ available: z.boolean() })),
  subtotal_minor: z.int(),
  fee_minor: z.int(),
  total_minor: z.int(),
  total_formatted: z.string(),
  fulfilment: z.enum(FULFILMENTS).nullable(),
  payment_method: z.enum(PAYMENT_METHODS).nullable(),
  fulfilment_options: z.array(z.object({ method: z.enum(FULFILMENTS), fee_minor: z.int() })),
  payment_options: z.array(z.enum(PAYMENT_METHODS)),
  address: AddressJson.nullable(),
  can_place: z.boolean(),
  missing: z.array(z.string()),
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
}).openapi("Quote");

function quoteJson(q: Quote): z.infer<typeof QuoteJson> {
  return {
    currency: q.currency,
    items: q.lines.map((l) => ({
      product_id: l.productId,
      sku: l.sku,
      name: l.name,
      unit_price_minor: l.unitPriceMinor,
      quantity: l.quantity,
      line_total_minor: l.lineTotalMinor,
      available: l.available,
    })),
    subtotal_minor: q.subtotalMinor,
    fee_minor: q.feeMinor,
    total_minor: q.totalMinor,
    total_formatted: formatMoney(q.totalMinor, q.currency),
    fulfilment: q.fulfilment,
    payment_method: q.payment,
    fulfilment_options: q.fulfilmentOptions.map((f) => ({
      method: f.method,
      fee_minor: f.feeMinor,
    })),
    payment_options: q.paymentOptions,
    address: q.address && addressJson(q.address),
    can_place: q.lines.length > 0 && q.missing.length === 0 && q.problems.length === 0,
    missing: q.missing,
    problems: q.problems.map((p) => ({ code: p.code, message: p.message })),
  };
}

const TermsPublicJson = z.object({
  currency: z.string(),
  fulfilment: z.array(z.enum(FULFILMENTS)),
  payment: z.array(z.enum(PAYMENT_METHODS)),
  pickup: z.object({ address: z.string(), hours: z.string() }).nullable(),
  delivery: z.object({
    fee_minor: z.int(),
    free_above_minor: z.int().nullable(),
    postal_prefixes: z.array(z.string()),
    radius_km: z.number().nullable(),
  }).nullable(),
  shipping: z.object({
    fee_minor: z.int(),
    free_above_minor: z.int().nullable(),
    countries: z.array(z.string()),
  }).nullable(),
  hold_minutes: z.int(),
  returns_policy: z.string(),
}).openapi("ShopTerms");

function publicTerms(t: Terms, providers: Providers, currency: string) {
  return {
    currency,
    fulfilment: offeredFulfilments(t),
    payment: offeredPayments(t, providers, null),
    pickup: t.pickupEnabled ? { address: t.pickupAddress, hours: t.pickupHours } : null,
    delivery: t.deliveryEnabled
      ? {
        fee_minor: t.deliveryFeeMinor,
        free_above_minor: t.deliveryFreeAboveMinor,
        postal_prefixes: t.deliveryPostalPrefixes,
        radius_km: t.deliveryRadiusKm,
      }
      : null,
    shipping: t.shippingEnabled
      ? {
        fee_minor: t.shippingFeeMinor,
        free_above_minor: t.shippingFreeAboveMinor,
        countries: t.shippingCountries,
      }
      : null,
    hold_minutes: t.holdMinutes,
    returns_policy: t.returnsPolicy,
  };
}

const ListQuery = z.object({
  status: z.enum(ORDER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional().openapi({
    description: "Only orders numbered below this (the next page)",
  }),
});

const StatusChange = z.strictObject({
  status: z.enum(ORDER_STATUSES),
  note: z.string().trim().min(1).max(300).optional().openapi({
    description: "Why (kept with a cancellation)",
  }),
  tracking_number: z.string().trim().min(1).max(100).optional().openapi({
    description: "The shipment's tracking number (when marking it shipped), told to the customer",
  }),
  tracking_url: z.url({ protocol: /^https?$/ }).max(500).optional().openapi({
    description: "The shipment's tracking page (when marking it shipped)",
  }),
}).openapi("StatusChange");

export interface OrderRouteDeps {
  sql: Client;
  guard: MiddlewareHandler;
  clock: Clock;
  providers: Providers;
  currency: string;
  publicBaseUrl?: string;
  /** Called after a change that scheduled work (a refund, a notice), to run it soon. */
  onScheduled?: () => void;
  /** Limits checkouts per client address (api/limits). */
  checkoutLimit?: MiddlewareHandler;
}

/** The order routes, to mount under `/api`. */
export function orderRoutes(deps: OrderRouteDeps) {
  const { sql, guard: admin, clock, providers, currency, publicBaseUrl } = deps;
  const router = newRouter();
  if (deps.checkoutLimit) router.use("/carts/:id/checkout", deps.checkoutLimit);
  const context = (): SaleContext => ({ providers, currency, now: clock.now() });

  router.openapi(
    createRoute({
      method: "get",
      path: "/shop/terms",
      tags: ["Orders"],
      summary: "What the shop offers: fulfilment and payment methods, fees, areas, the hold",
      responses: { 200: json(TermsPublicJson, "The shop's terms") },
    }),
    async (c) => c.json(publicTerms(await loadTerms(sql), providers, currency), 200),
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/carts/{id}/quote",
      tags: ["Orders"],
      summary: "Price a cart for a fulfilment and payment method (nothing is placed)",
      request: { params: OpaqueIdParam, body: jsonBody(CheckoutBody) },
      responses: {
        200: json(QuoteJson, "The quote, with what is missing or in the way"),
        ...errorResponses(400, 404, 413, 415),
      },
    }),
    async (c) => {
      const input = checkoutInput(c.req.valid("json"));
      return c.json(
        quoteJson(await quoteCart(sql, c.req.valid("param").id, input, context())),
        200,
      );
    },
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/carts/{id}/checkout",
      tags: ["Orders"],
      summary: "Place the order: stock is decremented for every line, or nothing changes",
      description:
        "Card, Mercado Pago and transfer orders await payment and keep their stock until " +
        "`hold_expires_at`; then they are cancelled and the stock returns. Cash orders are " +
        "confirmed at once. Pay online at `payment_url`.",
      request: { params: OpaqueIdParam, body: jsonBody(CheckoutBody) },
      responses: {
        201: json(OrderJson, "The order"),
        ...errorResponses(400, 404, 409, 413, 415, 422, 429),
      },
    }),
    async (c) => {
      const input = checkoutInput(c.req.valid("json"));
      const order = await checkoutCart(sql, c.req.valid("param").id, input, context());
      return c.json(orderJson(order, publicBaseUrl), 201);
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/orders/{id}",
      tags: ["Orders"],
      summary: "One order, by its id",
      request: { params: OpaqueIdParam },
      responses: { 200: json(OrderJson, "The order"), ...errorResponses(404) },
    }),
    async (c) =>
      c.json(orderJson(await getOrder(sql, c.req.valid("param").id), publicBaseUrl), 200),
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/orders",
      tags: ["Orders"],
      summary: "Orders, newest first (admin)",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: { query: ListQuery },
      responses: {
        200: json(z.object({ items: z.array(OrderJson) }), "Orders"),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const orders = await listOrders(sql, { status: q.status, limit: q.limit, before: q.before });
      return c.json({ items: orders.map((o) => orderJson(o, publicBaseUrl)) }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "patch",
      path: "/orders/{id}",
      tags: ["Orders"],
      summary: "Change an order's status (admin); cancelling returns the stock and refunds",
      description:
        "Only the allowed next statuses (`next_statuses`): cash and transfer orders can be " +
        "marked paid here, card and Mercado Pago ones only by their payment. Cancelling a paid " +
        "online order refunds it.",
      security: [{ adminToken: [] }],
      middleware: [admin] as const,
      request: { params: OpaqueIdParam, body: jsonBody(StatusChange) },
      responses: {
        200: json(OrderJson, "The order"),
        ...errorResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      await changeStatus(sql, id, body.status, {
        actor: "staff",
        now: clock.now(),
        note: body.note,
        tracking: { number: body.tracking_number, url: body.tracking_url },
      });
      deps.onScheduled?.();
      return c.json(orderJson(await getOrder(sql, id), publicBaseUrl), 200);
    },
  );

  return router;
}
