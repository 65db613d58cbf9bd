/**
 * The shop's tools, as the agent sees them. Each calls the same services as the REST API;
 * the customer's cart, details, quotes and orders are found from the context, never from the
 * arguments, and no tool accepts an amount: prices, fees and totals are computed by the server
 * when used. Buying goes through a quote: `review_order` (read-only) prices the cart with a
 * fulfilment and payment method and returns a quote id, and `place_order` places exactly that
 * quote, only from a later turn than the one that made it (the customer saw it and said yes).
 * Results are compact JSON: ids, names, amounts in minor units and formatted.
 *
 * @module
 */
import { z } from "zod";
import { addItem, type Cart, findOpenCart, removeItem, setItemQuantity } from "../cart/service.ts";
import { chooseVariant, getProduct, listProducts, type Product } from "../catalog/service.ts";
import { handToStaff } from "../conversations/handoff.ts";
import {
  type Address,
  type CustomerDetails,
  customerDetails,
  describeAddress,
  DetailsInput,
  saveCustomerDetails,
} from "../customers/details.ts";
import { AppError } from "../shared/errors.ts";
import { ProductId } from "../shared/ids.ts";
import { formatMoney } from "../shared/money.ts";
import {
  FULFILMENTS,
  loadTerms,
  offeredFulfilments,
  offeredPayments,
  ONLINE_METHODS,
  PAYMENT_METHODS,
  regionName,
  type Terms,
} from "../settings/terms.ts";
import { customerOrder, listOrders, type Order, placeQuote } from "../orders/service.ts";
import {
  type Quote,
  quoteForCustomer,
  type SaleContext,
  type StoredQuote,
  storeQuote,
} from "../orders/quote.ts";
import { EXPIRED_NOTE } from "../orders/holds.ts";
import { changeStatus, nextStatuses } from "../orders/status.ts";
import { payUrl } from "../payments/links.ts";
import { defineTool, type Tool, type ToolContext } from "./tools.ts";
import { notifyTools } from "./notify-tools.ts";
import { scheduleCartReminder } from "../notify/cart-reminders.ts";

const productId = ProductId.describe("The product's id");
const orderNumber = z.int().min(1).max(Number.MAX_SAFE_INTEGER);

/** The customer's own open cart: the only cart a tool can reach. */
const mine = (ctx: ToolContext) => ({ customerId: ctx.customerId });

const money = (ctx: ToolContext, minor: number, currency: string) =>
  formatMoney(minor, currency, ctx.language);

const saleContext = (ctx: ToolContext): SaleContext => ({
  providers: ctx.sale.providers,
  currency: ctx.currency,
  now: ctx.now,
});

/** A moment as the customer reads it: the time in the store's zone, and the day if not today. */
function localTime(ctx: ToolContext, at: Date): string {
  const sameDay = at.getTime() - ctx.now.getTime() < 12 * 3_600_000;
  return new Intl.DateTimeFormat(ctx.language === "es" ? "es-ES" : "en-GB", {
    timeZone: ctx.sale.timeZone,
    hour: "2-digit",
    minute: "2-digit",
    ...(sameDay ? {} : { day: "numeric", month: "short" }),
  }).format(at);
}

function productSummary(ctx: ToolContext, p: Product) {
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    price_minor: p.priceMinor,
    price: money(ctx, p.priceMinor, p.currency),
    available: p.active && p.stock > 0,
    stock: p.stock,
    ...(p.optionNames.length === 0 ? {} : {
      options: p.optionNames,
      variants: p.variants.filter((v) => v.active).map((v) => ({
        variant_id: v.id,
        options: v.optionValues,
        price: money(ctx, v.priceMinor, v.currency),
        in_stock: v.stock > 0,
        stock: v.stock,
      })),
    }),
  };
}

const size = z.string().max(40).optional().describe(
  "For a product with options (sizes, colours): the one the customer chose, e.g. 'M'. " +
    "When they have not said, ask them, offering the variants in stock",
);

/**
 * The cart line a product means: itself, or for a product sold in variants the one line of it
 * the cart holds (of `option`, when given).
 */
function lineOf(cart: Cart, productId: number, option: string | undefined): number {
  const lines = cart.items.filter((l) =>
    l.parentId === productId &&
    (option === undefined ||
      l.options.some((o) => o.toLowerCase() === option.trim().toLowerCase()))
  );
  if (lines.length === 1) return lines[0].productId;
  if (lines.length > 1) {
    throw new AppError(
      "variant_required",
      422,
      `The cart has ${lines.map((l) => l.name).join(" and ")}: say which one`,
    );
  }
  return productId;
}

function cartSummary(ctx: ToolContext, cart: Cart | null) {
  if (!cart) {
    return { items: [], item_count: 0, total_minor: 0, total: money(ctx, 0, ctx.currency) };
  }
  const currency = cart.currency ?? ctx.currency;
  return {
    items: cart.items.map((l) => ({
      product_id: l.productId,
      ...(l.parentId === null ? {} : { variant_of: l.parentId, options: l.options }),
      name: l.name,
      quantity: l.quantity,
      unit_price: money(ctx, l.unitPriceMinor, l.currency),
      line_total_minor: l.lineTotalMinor,
      line_total: money(ctx, l.lineTotalMinor, l.currency),
      available: l.active && l.stock >= l.quantity,
    })),
    item_count: cart.itemCount,
    total_minor: cart.totalMinor,
    total: money(ctx, cart.totalMinor, currency),
  };
}

/** How the customer pays an order still awaiting payment: the link, or the instructions. */
function paymentSummary(ctx: ToolContext, o: Order, terms: Terms | null) {
  if (o.status !== "awaiting_payment") return {};
  const online = o.paymentMethod !== null && ONLINE_METHODS.includes(o.paymentMethod);
  return {
    ...(online && ctx.sale.publicBaseUrl
      ? { payment_url: payUrl(ctx.sale.publicBaseUrl, o.id) }
      : {}),
    ...(o.paymentMethod === "transfer" && terms
      ? { transfer_instructions: terms.transferInstructions }
      : {}),
    ...(o.holdExpiresAt ? { pay_before: localTime(ctx, o.holdExpiresAt) } : {}),
  };
}

function orderSummary(ctx: ToolContext, o: Order, terms: Terms | null = null) {
  return {
    order_number: o.number,
    status: o.status,
    placed_at: o.createdAt.toISOString(),
    fulfilment: o.fulfilment,
    payment_method: o.paymentMethod,
    subtotal: money(ctx, o.subtotalMinor, o.currency),
    fee: money(ctx, o.feeMinor, o.currency),
    total_minor: o.totalMinor,
    total: money(ctx, o.totalMinor, o.currency),
    items: o.items.map((l) => ({ product_id: l.productId, name: l.name, quantity: l.quantity })),
    ...(o.address ? { deliver_to: describeAddress(o.address) } : {}),
    ...(o.cancelReason ? { cancel_reason: o.cancelReason } : {}),
    ...(o.refundStatus ? { refund: o.refundStatus } : {}),
    can_cancel: nextStatuses(o, "customer").includes("cancelled"),
    ...paymentSummary(ctx, o, terms),
  };
}

function savedAddresses(details: CustomerDetails) {
  return details.addresses.map((a: Address) => ({
    address_id: a.id,
    kind: a.kind,
    address: describeAddress(a),
    current: a.id === details.address?.id,
    used_before: a.usedAt !== null,
  }));
}

function quoteSummary(
  ctx: ToolContext,
  q: Quote | StoredQuote,
  details: CustomerDetails,
) {
  const m = (minor: number) => money(ctx, minor, q.currency);
  const complete = "id" in q;
  const usedBefore = details.address !== null && details.address.id === q.addressId &&
    details.address.usedAt !== null;
  return {
    quote_id: complete ? q.id : null,
    ...(complete
      ? {
        valid_until: localTime(ctx, q.expiresAt),
        next_step:
          "Show this quote and ask the customer to confirm it; call place_order with quote_id " +
          "only after they say yes, in their next message.",
      }
      : {
        next_step:
          "Not complete: ask the customer for what is missing or change what is in the way, " +
          "then call review_order again.",
      }),
    items: q.lines.map((l) => ({
      product_id: l.productId,
      name: l.name,
      quantity: l.quantity,
      unit_price: m(l.unitPriceMinor),
      line_total: m(l.lineTotalMinor),
      available: l.available,
    })),
    subtotal: m(q.subtotalMinor),
    fulfilment: q.fulfilment,
    fee: m(q.feeMinor),
    total_minor: q.totalMinor,
    total: m(q.totalMinor),
    payment_method: q.payment,
    contact_name: q.contact.name,
    deliver_to: q.address ? describeAddress(q.address) : null,
    ...(usedBefore ? { address_used_before: true } : {}),
    fulfilment_options: q.fulfilmentOptions.map((f) => ({
      method: f.method,
      fee_minor: f.feeMinor,
      fee: m(f.feeMinor),
    })),
    payment_options: q.paymentOptions,
    missing: q.missing,
    problems: q.problems,
    ...(q.missing.includes("address") || q.problems.some((p) => p.code === "outside_delivery_area")
      ? { saved_addresses: savedAddresses(details) }
      : {}),
  };
}

const searchProducts = defineTool({
  name: "search_products",
  description:
    "Search the shop's catalog. With no arguments, lists products. Returns at most 10 products " +
    "with id, name, price and availability. Use it before talking about any product.",
  input: z.strictObject({
    query: z.string().max(100).optional().describe(
      "What the customer asked for, in their words, e.g. 'café molido' (plurals and typos are fine)",
    ),
    category: z.string().max(80).optional().describe("Exact category name, e.g. 'Café'"),
    max_price_minor: z.int().min(0).max(100_000_000_000).optional().describe(
      "Highest price in minor units (cents)",
    ),
  }),
  effects: "none",
  run: async (ctx, input) => {
    const page = await listProducts(ctx.sql, {
      q: input.query,
      category: input.category,
      maxPriceMinor: input.max_price_minor,
      limit: 10,
    });
    return {
      products: page.items.map((p) => productSummary(ctx, p)),
      more_available: page.nextCursor !== null,
    };
  },
});

const getProductTool = defineTool({
  name: "get_product",
  description:
    "Full details of one product: description, price, stock, image, and its options and " +
    "variants (sizes, colours) with which are in stock.",
  input: z.strictObject({ product_id: productId }),
  effects: "none",
  run: async (ctx, input) => {
    const p = await getProduct(ctx.sql, input.product_id);
    return { ...productSummary(ctx, p), description: p.description, image_url: p.imageUrl };
  },
  media: (product) => product.image_url === null ? [] : [product.image_url],
});

const addToCart = defineTool({
  name: "add_to_cart",
  description:
    "Add units of a product to the customer's cart (added to what is already there). For a " +
    "product with options (sizes, colours) name the one the customer chose in `size`.",
  input: z.strictObject({
    product_id: productId,
    quantity: z.int().min(1).max(99),
    size,
    variant_id: productId.optional().describe("A variant_id from search_products/get_product"),
  }),
  effects: "single",
  run: async (ctx, input) => {
    const item = await chooseVariant(ctx.sql, input.product_id, {
      variantId: input.variant_id,
      option: input.size,
    });
    const cart = await addItem(ctx.sql, mine(ctx), item, input.quantity);
    await scheduleCartReminder(ctx.sql, cart.id, ctx.now);
    const line = cart.items.find((l) => l.productId === item);
    return {
      added: { product_id: input.product_id, name: line?.name, quantity: input.quantity },
      cart: cartSummary(ctx, cart),
    };
  },
});

const setCartQuantity = defineTool({
  name: "set_cart_quantity",
  description:
    "Set how many units of a product the cart holds (replaces the quantity; 0 removes it). " +
    "Use it when the customer changes a quantity, e.g. 'I want 3 instead of 2'.",
  input: z.strictObject({ product_id: productId, quantity: z.int().min(0).max(99), size }),
  effects: "single",
  run: async (ctx, input) => {
    const current = await findOpenCart(ctx.sql, ctx.customerId);
    const item = current ? lineOf(current, input.product_id, input.size) : input.product_id;
    const cart = await setItemQuantity(ctx.sql, mine(ctx), item, input.quantity);
    return { cart: cartSummary(ctx, cart) };
  },
});

const removeFromCart = defineTool({
  name: "remove_from_cart",
  description: "Remove a product from the customer's cart.",
  input: z.strictObject({ product_id: productId, size }),
  effects: "single",
  run: async (ctx, input) => {
    const current = await findOpenCart(ctx.sql, ctx.customerId);
    const item = current ? lineOf(current, input.product_id, input.size) : input.product_id;
    const cart = await removeItem(ctx.sql, mine(ctx), item);
    return { cart: cartSummary(ctx, cart) };
  },
});

const viewCart = defineTool({
  name: "view_cart",
  description: "Show the customer's cart: lines, quantities and total.",
  input: z.strictObject({}),
  effects: "none",
  run: async (ctx) => ({ cart: cartSummary(ctx, await findOpenCart(ctx.sql, ctx.customerId)) }),
});

const TOPICS = ["delivery", "payment", "hours", "pickup", "returns", "general"] as const;

const shopInfo = defineTool({
  name: "shop_info",
  description:
    "The shop's terms, from its settings: pickup (address, opening hours), local delivery " +
    "(fee, free above, area), shipping (fee, countries), accepted payment methods, how long an " +
    "unpaid order is held, returns. Use it to answer any question about delivery, payment, " +
    "hours or returns; a null or empty value means the shop has not said: do not invent it. " +
    "Answering never places an order.",
  input: z.strictObject({
    topic: z.enum(TOPICS).optional().describe("What the customer asks about; default general"),
  }),
  effects: "none",
  run: async (ctx, input) => {
    const t = await loadTerms(ctx.sql);
    const m = (minor: number | null) => minor === null ? null : money(ctx, minor, ctx.currency);
    const offered = offeredFulfilments(t);
    const pickup = {
      offered: t.pickupEnabled,
      address: t.pickupAddress || null,
      opening_hours: t.pickupHours || null,
    };
    const delivery = {
      local_delivery: {
        offered: t.deliveryEnabled,
        ...(t.deliveryEnabled
          ? {
            fee: m(t.deliveryFeeMinor),
            free_above: m(t.deliveryFreeAboveMinor),
            postal_code_prefixes: t.deliveryPostalPrefixes,
            radius_km: t.deliveryRadiusKm,
          }
          : {}),
      },
      shipping: {
        offered: t.shippingEnabled,
        ...(t.shippingEnabled
          ? {
            fee: m(t.shippingFeeMinor),
            free_above: m(t.shippingFreeAboveMinor),
            countries: t.shippingCountries.map((c) => regionName(c, ctx.language) ?? c),
          }
          : {}),
      },
      pickup,
    };
    const methods = offeredPayments(t, ctx.sale.providers, null);
    const payment = {
      methods,
      ...(methods.includes("cash") ? { cash: "paid at pickup or to the local courier" } : {}),
      ...(methods.includes("transfer") ? { transfer: "instructions are sent with the order" } : {}),
      unpaid_order_held_minutes: t.holdMinutes,
      not_accepted: "anything not listed in methods",
    };
    const returns = { policy: t.returnsPolicy || null };
    const topic = input.topic ?? "general";
    switch (topic) {
      case "delivery":
        return { topic, ...delivery };
      case "pickup":
      case "hours":
        return { topic, pickup };
      case "payment":
        return { topic, payment };
      case "returns":
        return { topic, returns };
      case "general":
        return { topic, fulfilment_offered: offered, ...delivery, payment, returns };
    }
  },
});

const saveDetails = defineTool({
  name: "save_customer_details",
  description:
    "Save what the customer tells you to receive their order: their name, email, or address " +
    "(street, city, postal code, country, delivery notes), copied as they wrote it; only the " +
    "fields they gave. A new address replaces the one the next order goes to. To use an " +
    "address (or a shared location pin) they saved before, pass its address_id from " +
    "saved_addresses instead. Values are checked; an error says which one is wrong.",
  input: DetailsInput,
  effects: "multiple",
  run: async (ctx, input) => {
    const d = await saveCustomerDetails(ctx.sql, ctx.customerId, input);
    return {
      saved: {
        name: d.name,
        email: d.email,
        address: d.address ? describeAddress(d.address) : null,
      },
      saved_addresses: savedAddresses(d),
      next_step: "Call review_order to show the customer the total with these details.",
    };
  },
});

const reviewOrder = defineTool({
  name: "review_order",
  description:
    "Price the customer's cart as an order (read-only): lines, subtotal, the fulfilment method " +
    "and its fee (computed by the shop from its terms and the customer's address), the payment " +
    "method and the total, with what is still missing (a choice, the name, the address) or in " +
    "the way (an address outside the delivery area). A choice not given keeps the customer's " +
    "last one. When complete it returns a quote_id: show the quote and ask for a clear yes " +
    "before place_order. Use it for 'how much with delivery?' too; it never places anything.",
  input: z.strictObject({
    fulfilment: z.enum(FULFILMENTS).optional().describe(
      "pickup at the shop, local delivery, or shipping by courier",
    ),
    payment: z.enum(PAYMENT_METHODS).optional().describe(
      "card (online, Stripe), mercadopago (online), cash (at pickup or to the courier), " +
        "transfer (bank transfer)",
    ),
  }),
  effects: "none",
  run: async (ctx, input) => {
    const quote = await quoteForCustomer(ctx.sql, ctx.customerId, input, saleContext(ctx));
    const stored = await storeQuote(ctx.sql, ctx.customerId, quote, {
      turnId: ctx.turnId,
      now: ctx.now,
    });
    return quoteSummary(ctx, stored, await customerDetails(ctx.sql, ctx.customerId));
  },
});

const placeOrder = defineTool({
  name: "place_order",
  description:
    "Place the order exactly as quoted by review_order, by its quote_id, only after the " +
    "customer clearly accepted that quote (never on a question about payment or delivery). " +
    "If anything changed since (a price, the cart, the fee), nothing is placed and a fresh " +
    "quote comes back to show instead. Returns the order number, and for card or Mercado Pago " +
    "the payment link to send (valid until pay_before), for transfer the instructions.",
  input: z.strictObject({
    quote_id: z.string().min(1).max(64).describe("The quote_id review_order returned"),
  }),
  effects: "multiple",
  run: async (ctx, input) => {
    const result = await placeQuote(ctx.sql, ctx.customerId, input.quote_id, {
      turnId: ctx.turnId,
      language: ctx.language,
      context: saleContext(ctx),
    });
    if (result.kind === "changed") {
      return {
        placed: false,
        error: {
          code: "quote_changed",
          message: `Not placed: ${result.changes.join("; ")}. Show the new quote instead.`,
        },
        quote: quoteSummary(ctx, result.quote, await customerDetails(ctx.sql, ctx.customerId)),
      };
    }
    const terms = await loadTerms(ctx.sql);
    return {
      placed: true,
      ...(result.alreadyPlaced ? { already_placed: true } : {}),
      order: orderSummary(ctx, result.order, terms),
    };
  },
});

/** The customer's order by number, or their latest one for which `fits` holds. */
async function pickOrder(
  ctx: ToolContext,
  number: number | undefined,
  fits: (o: Order) => boolean,
  none: string,
): Promise<Order> {
  if (number !== undefined) return await customerOrder(ctx.sql, ctx.customerId, number);
  const orders = await listOrders(ctx.sql, { customerId: ctx.customerId, limit: 20 });
  const fitting = orders.filter(fits);
  if (fitting.length === 1) return fitting[0];
  if (fitting.length === 0) throw new AppError("not_found", 404, none);
  throw new AppError(
    "invalid_arguments",
    422,
    `The customer has several such orders (${
      fitting.map((o) => `#${o.number}`).join(", ")
    }): ask which one and pass its order_number`,
  );
}

const cancelOrder = defineTool({
  name: "cancel_order",
  description:
    "Cancel one of the customer's own orders that has not shipped yet, when they ask to. The " +
    "stock goes back; a card or Mercado Pago payment is refunded. Without order_number, their " +
    "only cancellable order.",
  input: z.strictObject({ order_number: orderNumber.optional().describe("The order's number") }),
  effects: "multiple",
  run: async (ctx, input) => {
    const order = await pickOrder(
      ctx,
      input.order_number,
      (o) => nextStatuses(o, "customer").includes("cancelled"),
      "The customer has no order that can still be cancelled",
    );
    await changeStatus(ctx.sql, order.id, "cancelled", {
      actor: "customer",
      now: ctx.now,
      note: "cancelled by the customer",
    });
    const cancelled = await customerOrder(ctx.sql, ctx.customerId, order.number);
    return { cancelled: orderSummary(ctx, cancelled) };
  },
});

const paymentLink = defineTool({
  name: "payment_link",
  description:
    "The link to pay one of the customer's orders awaiting payment (card or Mercado Pago; for " +
    "a transfer, the instructions), e.g. when they lost it or a payment failed. Without " +
    "order_number, their order awaiting payment.",
  input: z.strictObject({ order_number: orderNumber.optional().describe("The order's number") }),
  effects: "none",
  run: async (ctx, input) => {
    const order = input.order_number === undefined
      ? await awaitingOrLatest(ctx)
      : await customerOrder(ctx.sql, ctx.customerId, input.order_number);
    if (order.status === "cancelled" && order.cancelReason === EXPIRED_NOTE) {
      throw new AppError(
        "order_expired",
        409,
        `Order #${order.number} was cancelled because it was not paid in time, and its items ` +
          "went back on sale. To buy them again, add them to the cart and review the order.",
      );
    }
    if (order.status !== "awaiting_payment") {
      throw new AppError(
        "not_payable",
        409,
        `Order #${order.number} is ${order.status}` +
          (order.paymentMethod === "cash" ? " and is paid in cash on delivery or pickup" : "") +
          ": there is nothing to pay online",
      );
    }
    return { order: orderSummary(ctx, order, await loadTerms(ctx.sql)) };
  },
});

/** The customer's order awaiting payment, or else their latest order. */
async function awaitingOrLatest(ctx: ToolContext): Promise<Order> {
  const orders = await listOrders(ctx.sql, { customerId: ctx.customerId, limit: 20 });
  const awaiting = orders.filter((o) => o.status === "awaiting_payment");
  if (awaiting.length > 1) {
    throw new AppError(
      "invalid_arguments",
      422,
      `Several orders await payment (${
        awaiting.map((o) => `#${o.number}`).join(", ")
      }): ask which one and pass its order_number`,
    );
  }
  const order = awaiting[0] ?? orders[0];
  if (!order) throw new AppError("not_found", 404, "The customer has no orders");
  return order;
}

const orderStatus = defineTool({
  name: "order_status",
  description:
    "The customer's own most recent orders with status, method, total and, while one awaits " +
    "payment, its link (newest first).",
  input: z.strictObject({
    order_number: orderNumber.optional().describe("Only this order number"),
  }),
  effects: "none",
  run: async (ctx, input) => {
    const terms = await loadTerms(ctx.sql);
    if (input.order_number !== undefined) {
      const order = await customerOrder(ctx.sql, ctx.customerId, input.order_number);
      return { orders: [orderSummary(ctx, order, terms)] };
    }
    const orders = await listOrders(ctx.sql, { customerId: ctx.customerId, limit: 5 });
    return { orders: orders.map((o) => orderSummary(ctx, o, terms)) };
  },
});

const requestHuman = defineTool({
  name: "request_human",
  description:
    "Hand the conversation to a person from the shop, when the customer asks for one or you " +
    "cannot help. After this you stop answering until staff hands it back.",
  input: z.strictObject({ reason: z.string().max(300).optional().describe("Why, in a few words") }),
  effects: "single",
  run: async (ctx, input) => {
    await handToStaff(ctx.sql, ctx.conversationId, input.reason ?? "customer asked for a person");
    return { handed_to_staff: true };
  },
});

/** Every tool the agent has, in the order the model sees them. */
export const shopTools: Tool[] = [
  searchProducts,
  getProductTool,
  addToCart,
  setCartQuantity,
  removeFromCart,
  viewCart,
  shopInfo,
  saveDetails,
  reviewOrder,
  placeOrder,
  cancelOrder,
  paymentLink,
  orderStatus,
  requestHuman,
  ...notifyTools,
];
