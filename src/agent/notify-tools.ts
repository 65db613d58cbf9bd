/**
 * The agent's tools about the shop writing first: `marketing_consent` records the customer's
 * yes or no to offers and cart reminders (asked at a natural moment, such as after an order;
 * a no is also how an opt-out in the customer's own words is recorded), and
 * `notify_back_in_stock` puts them on the list of a sold-out product, told once when it
 * returns. Both act on the customer of the conversation only.
 *
 * @module
 */
import { z } from "zod";
import { getProduct } from "../catalog/service.ts";
import { setMarketing } from "../customers/consent.ts";
import { optOut } from "../notify/opt-out.ts";
import { watchProduct } from "../notify/stock-alerts.ts";
import { ProductId } from "../shared/ids.ts";
import { defineTool, type Tool } from "./tools.ts";

const marketingConsent = defineTool({
  name: "marketing_consent",
  description:
    "Record whether the customer wants offers and reminders of a cart they leave (consent " +
    "true), or wants no more promotional messages (false: any way they say stop, unsubscribe " +
    "or no more messages). Updates about their own orders are sent either way.",
  input: z.strictObject({
    consent: z.boolean().describe("true: they agree to such messages; false: they opt out"),
  }),
  effects: "single",
  run: async (ctx, input) => {
    if (input.consent) await setMarketing(ctx.sql, ctx.customerId, "granted", "agent");
    else await optOut(ctx.sql, ctx.customerId, "agent");
    return { marketing: input.consent ? "granted" : "opted_out", order_updates: "still sent" };
  },
});

const notifyBackInStock = defineTool({
  name: "notify_back_in_stock",
  description:
    "Tell the customer on WhatsApp when a product that is out of stock is available again " +
    "(once), when they ask to be told.",
  input: z.strictObject({ product_id: ProductId.describe("The product's id") }),
  effects: "single",
  run: async (ctx, input) => {
    const product = await getProduct(ctx.sql, input.product_id);
    if (product.stock > 0) {
      return { product_id: product.id, name: product.name, in_stock: true, stock: product.stock };
    }
    const added = await watchProduct(ctx.sql, ctx.customerId, product.id);
    return { product_id: product.id, name: product.name, will_notify: true, already: !added };
  },
});

/** The notification tools, in the order the model sees them. */
export const notifyTools: Tool[] = [marketingConsent, notifyBackInStock];
