/**
 * Placing an order the way a customer does in the chat with the offline model: ask to pay with
 * a fulfilment and payment method, give a name, say yes.
 *
 * @example
 * ```ts
 * await using t = await testApp();
 * await ask(t.inbox, "+34600000001", "quiero 2 del producto 1");
 * await buyByChat(t.inbox, "+34600000001"); // order #1001, confirmed (cash at pickup)
 * ```
 * @module
 */
import assert from "node:assert/strict";
import { ask } from "../../src/chat/ask.ts";
import type { Inbox } from "../../src/inbox/inbox.ts";

/** Checks out the customer's cart in three messages: pickup, cash unless said, their name. */
export async function buyByChat(
  inbox: Inbox,
  phone: string,
  options: { how?: string; name?: string } = {},
): Promise<string> {
  const text = (r: { messages: { body: string }[] }) => r.messages.map((m) => m.body).join("\n");
  await ask(inbox, phone, options.how ?? "quiero pagar, lo recojo y pago en efectivo");
  await ask(inbox, phone, `me llamo ${options.name ?? "Ana García"}`);
  const placed = text(await ask(inbox, phone, "sí"));
  assert.match(placed, /Pedido \*#\d+\* hecho/, placed);
  return placed;
}
