/**
 * Talking to the agent without Twilio (the terminal chat, tests): a line goes through the
 * same inbox, ordering and turn code as a WhatsApp message, and the answer comes back.
 *
 * @example
 * ```ts
 * import type { Inbox } from "../inbox/inbox.ts";
 * declare const inbox: Inbox;
 * const reply = await ask(inbox, "+34600000001", "ver carrito");
 * console.log(reply.messages.map((m) => m.body).join("\n"));
 * ```
 * @module
 */
import type { Inbox } from "../inbox/inbox.ts";
import type { Reply } from "../inbox/waiters.ts";

/** Sends `text` as the customer `phone` and waits for the answer. */
export async function ask(inbox: Inbox, phone: string, text: string): Promise<Reply> {
  const got = await inbox.receive({
    phone,
    text,
    source: "chat",
    externalId: `chat-${crypto.randomUUID()}`,
  });
  const wait = inbox.waitFor(got.messageId, 10 * 60_000);
  await inbox.kick(got.conversationId, got.claimed);
  wait.cancel();
  // A message waiting for the model (inbox/defer.ts) has no stored answer yet, only the notice.
  const reply = await inbox.storedReply(got.messageId) ?? await wait.reply;
  if (!reply) throw new Error(`message ${got.messageId} was not answered`);
  return reply;
}
