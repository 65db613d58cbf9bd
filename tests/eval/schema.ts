/**
 * The shape of an evaluation case for the shop agent: a customer's WhatsApp message, what the
 * conversation looked like before it, and what an ideal agent does with it. Tool names and
 * arguments follow the agent's tool list; `args` name only what the customer determined.
 *
 * @example
 * ```ts
 * Case.parse({
 *   id: "es-add-01",
 *   lang: "es",
 *   intent: "add",
 *   text: "ponme el termo porfa",
 *   expect: { tool: "add_to_cart", args: { product_id: 12, quantity: 1 } },
 * });
 * ```
 * @module
 */
import { z } from "zod";

/** A product of the sample catalog (ids 1..15). */
export const ProductId = z.int().min(1).max(15);
/** The products that come in sizes: the T-shirt (9) and the hoodie (10). */
export const SIZED_PRODUCTS: readonly number[] = [9, 10];
export const Size = z.enum(["S", "M", "L", "XL"]);
const Quantity = z.int().min(1).max(99);
export const Topic = z.enum(["delivery", "payment", "hours", "pickup", "returns", "general"]);
const Fulfilment = z.enum(["pickup", "delivery", "shipping"]);
const Payment = z.enum(["card", "mercadopago", "cash", "transfer"]);
const Category = z.enum(["Café", "Té e infusiones", "Hogar", "Ropa", "Accesorios", "Dulces"]);
const OrderNumber = z.int().positive();
const QuoteId = z.string().min(1);
const Text = z.string().trim().min(1);

const call = <N extends string, A extends z.ZodRawShape>(name: N, args: A) =>
  z.strictObject({ tool: z.literal(name), args: z.strictObject(args) });

/** One tool call, by name, with the arguments the customer determined. */
export const ToolCall = z.discriminatedUnion("tool", [
  call("search_products", {
    query: Text.optional(),
    category: Category.optional(),
    max_price_minor: z.int().positive().optional(),
  }),
  call("get_product", { product_id: ProductId }),
  call("add_to_cart", { product_id: ProductId, quantity: Quantity, size: Size.optional() }),
  call("set_cart_quantity", { product_id: ProductId, quantity: z.int().min(0).max(99) }),
  call("remove_from_cart", { product_id: ProductId }),
  call("view_cart", {}),
  call("shop_info", { topic: Topic.optional() }),
  call("save_customer_details", {
    name: Text.optional(),
    email: z.email().optional(),
    street: Text.optional(),
    city: Text.optional(),
    postal_code: Text.optional(),
    country: Text.optional(),
    notes: Text.optional(),
  }),
  call("review_order", { fulfilment: Fulfilment.optional(), payment: Payment.optional() }),
  call("place_order", { quote_id: QuoteId }),
  call("cancel_order", { order_number: OrderNumber.optional() }),
  call("payment_link", { order_number: OrderNumber.optional() }),
  call("order_status", { order_number: OrderNumber.optional() }),
  call("request_human", { reason: Text.optional() }),
  call("marketing_consent", { consent: z.boolean() }),
  call("notify_back_in_stock", { product_id: ProductId }),
]);
export type ToolCall = z.infer<typeof ToolCall>;
export type ToolName = ToolCall["tool"];

/** The tools that change something; `answerOnly` forbids every one of them. */
export const WRITE_TOOLS: ReadonlySet<ToolName> = new Set<ToolName>([
  "add_to_cart",
  "set_cart_quantity",
  "remove_from_cart",
  "save_customer_details",
  "place_order",
  "cancel_order",
  "payment_link",
  "request_human",
  "marketing_consent",
  "notify_back_in_stock",
]);

export const Intent = z.enum([
  "add",
  "set_quantity",
  "remove",
  "view_cart",
  "search",
  "product_info",
  "shop_info",
  "quote",
  "place",
  "cancel",
  "payment_link",
  "order_status",
  "handoff",
  "opt_out",
  "opt_in",
  "back_in_stock",
  "details",
  "smalltalk",
  "out_of_scope",
  "injection",
]);
export type Intent = z.infer<typeof Intent>;

const Turn = z.strictObject({ role: z.enum(["customer", "agent"]), text: Text });
const CartLine = z.strictObject({
  product_id: ProductId,
  quantity: Quantity,
  size: Size.optional(),
});

/** The conversation and the state the message arrives into. Absent fields mean "none". */
export const Context = z.strictObject({
  turns: z.array(Turn).min(1).optional(),
  cart: z.array(CartLine).min(1).optional(),
  last_product_id: ProductId.optional(),
  last_quote: z.strictObject({ quote_id: QuoteId }).optional(),
  orders: z.array(z.strictObject({
    number: OrderNumber,
    status: z.enum(["pending", "paid", "shipped", "delivered", "cancelled"]),
  })).min(1).optional(),
  sold_out: z.array(ProductId).min(1).optional(),
});
export type Context = z.infer<typeof Context>;

/**
 * No write tool may be called (reads are fine). `asks`: the reply must ask the customer to
 * choose (which product, which size, how many). `about`: the products a good answer covers.
 */
const AnswerOnly = z.strictObject({
  answerOnly: z.literal(true),
  asks: z.literal(true).optional(),
  about: z.array(ProductId).min(1).optional(),
});

/** What the turn must do: answer only, make one main call, or make every call listed. */
export const Expect = z.union([
  AnswerOnly,
  ToolCall,
  z.strictObject({ calls: z.array(ToolCall).min(2) }),
]);
export type Expect = z.infer<typeof Expect>;

export const Lang = z.enum(["es", "en", "pt"]);
export type Lang = z.infer<typeof Lang>;

export const Case = z.strictObject({
  id: z.string().regex(/^(es|en|pt)-[a-z_]+-\d{2,4}$/),
  lang: Lang,
  intent: Intent,
  text: Text,
  context: Context.optional(),
  expect: Expect,
  heldOut: z.literal(true).optional(),
});
export type Case = z.infer<typeof Case>;

/** The calls a case expects, as a list (empty for `answerOnly`). */
export function expectedCalls(expect: Expect): ToolCall[] {
  if ("answerOnly" in expect) return [];
  if ("calls" in expect) return expect.calls;
  return [expect];
}

type Line = z.infer<typeof CartLine>;

/**
 * The cart after the expected calls, applied in order to the context's cart. Adding 1 to a
 * line of 2 and setting it to 3 end in the same cart, so a runner may compare carts instead
 * of calls. Throws when a call changes a line the cart does not have.
 */
export function cartAfter(cart: readonly Line[], calls: readonly ToolCall[]): Line[] {
  let lines = cart.map((l) => ({ ...l }));
  const find = (id: number) => {
    const matching = lines.filter((l) => l.product_id === id);
    if (matching.length !== 1) {
      throw new Error(`product ${id} is on ${matching.length} lines of the cart, not one`);
    }
    return matching[0];
  };
  for (const c of calls) {
    if (c.tool === "add_to_cart") {
      const { product_id, quantity, size } = c.args;
      const line = lines.find((l) => l.product_id === product_id && l.size === size);
      if (line) line.quantity += quantity;
      else lines.push(size ? { product_id, quantity, size } : { product_id, quantity });
    } else if (c.tool === "set_cart_quantity") {
      const line = find(c.args.product_id);
      line.quantity = c.args.quantity;
      lines = lines.filter((l) => l.quantity > 0);
    } else if (c.tool === "remove_from_cart") {
      const line = find(c.args.product_id);
      lines = lines.filter((l) => l !== line);
    }
  }
  return lines;
}
