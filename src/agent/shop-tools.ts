/**
 * The shop's tools, as the agent sees them. Each calls the same services as the REST API;
 * the customer's cart and orders are found from the context, never from the arguments, and no
 * tool accepts a price. Results are compact JSON: ids, names, prices in minor units and
 * formatted, availability, image URLs.
 *
 * @module
 */
import { z } from "zod";
import {
  addItem,
  type Cart,
  findOpenCart,
  openCartId,
  removeItem,
  setItemQuantity,
} from "../cart/service.ts";
import { getProduct, listProducts, type Product } from "../catalog/service.ts";
import { handToStaff } from "../conversations/handoff.ts";
import { AppError } from "../shared/errors.ts";
import { ProductId } from "../shared/ids.ts";
import { formatMoney } from "../shared/money.ts";
import { checkout, listOrders, type Order } from "../orders/service.ts";
import { defineTool, type Tool, type ToolContext } from "./tools.ts";

const productId = ProductId.describe("The product's id");

/** The customer's own open cart: the only cart a tool can reach. */
const mine = (ctx: ToolContext) => ({ customerId: ctx.customerId });

const money = (ctx: ToolContext, minor: number, currency: string) =>
  formatMoney(minor, currency, ctx.language);

function productSummary(ctx: ToolContext, p: Product) {
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    price_minor: p.priceMinor,
    price: money(ctx, p.priceMinor, p.currency),
    available: p.active && p.stock > 0,
    stock: p.stock,
  };
}

function cartSummary(ctx: ToolContext, cart: Cart | null) {
  if (!cart) {
    return { items: [], item_count: 0, total_minor: 0, total: money(ctx, 0, ctx.currency) };
  }
  const currency = cart.currency ?? ctx.currency;
  return {
    items: cart.items.map((l) => ({
      product_id: l.productId,
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

function orderSummary(ctx: ToolContext, o: Order) {
  return {
    order_number: o.number,
    status: o.status,
    placed_at: o.createdAt.toISOString(),
    total_minor: o.totalMinor,
    total: money(ctx, o.totalMinor, o.currency),
    items: o.items.map((l) => ({ product_id: l.productId, name: l.name, quantity: l.quantity })),
  };
}

const searchProducts = defineTool({
  name: "search_products",
  description:
    "Search the shop's catalog. With no arguments, lists products. Returns at most 10 products " +
    "with id, name, price and availability. Use it before talking about any product.",
  input: z.strictObject({
    query: z.string().max(100).optional().describe("Words to look for, e.g. 'café molido'"),
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
  description: "Full details of one product: description, price, stock and image.",
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
  description: "Add units of a product to the customer's cart (added to what is already there).",
  input: z.strictObject({ product_id: productId, quantity: z.int().min(1).max(99) }),
  effects: "single",
  run: async (ctx, input) => {
    const cart = await addItem(ctx.sql, mine(ctx), input.product_id, input.quantity);
    const line = cart.items.find((l) => l.productId === input.product_id);
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
  input: z.strictObject({ product_id: productId, quantity: z.int().min(0).max(99) }),
  effects: "single",
  run: async (ctx, input) => {
    const cart = await setItemQuantity(ctx.sql, mine(ctx), input.product_id, input.quantity);
    return { cart: cartSummary(ctx, cart) };
  },
});

const removeFromCart = defineTool({
  name: "remove_from_cart",
  description: "Remove a product from the customer's cart.",
  input: z.strictObject({ product_id: productId }),
  effects: "single",
  run: async (ctx, input) => {
    const cart = await removeItem(ctx.sql, mine(ctx), input.product_id);
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

const checkoutTool = defineTool({
  name: "checkout",
  description:
    "Place the order for everything in the customer's cart. Only when the customer clearly " +
    "asks to buy, pay or finish. Returns the order number and total.",
  input: z.strictObject({}),
  run: async (ctx) => {
    const order = await checkout(ctx.sql, await openCartId(ctx.sql, ctx.customerId));
    return { order: orderSummary(ctx, order) };
  },
});

const orderStatus = defineTool({
  name: "order_status",
  description: "The customer's own most recent orders and their status (newest first).",
  input: z.strictObject({
    order_number: z.int().min(1).optional().describe("Only this order number"),
  }),
  effects: "none",
  run: async (ctx, input) => {
    const orders = await listOrders(ctx.sql, { customerId: ctx.customerId, limit: 20 });
    const picked = input.order_number === undefined
      ? orders.slice(0, 5)
      : orders.filter((o) => o.number === input.order_number);
    if (input.order_number !== undefined && picked.length === 0) {
      throw new AppError("not_found", 404, `This customer has no order ${input.order_number}`);
    }
    return { orders: picked.map((o) => orderSummary(ctx, o)) };
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
  checkoutTool,
  orderStatus,
  requestHuman,
];
