/**
 * TwiML answers to the webhook: the reply's messages (one `<Message>` each, text and at most
 * one media), or an empty `<Response/>` when the reply goes out through the REST API or
 * there is nothing to say. Characters XML cannot carry are dropped (a product name with a
 * control character must not make the whole answer fail). The SDK's `MessagingResponse` is
 * imported alone, not the whole SDK (a faster cold start).
 *
 * @example
 * ```ts
 * twimlReply([{ body: "Hola", mediaUrl: null }]);
 * // <?xml version="1.0" encoding="UTF-8"?><Response><Message><Body>Hola</Body></Message></Response>
 * ```
 * @module
 */
import MessagingResponse from "twilio/lib/twiml/MessagingResponse.js";
import { xmlSafe } from "../shared/text.ts";

/** TwiML that sends `messages` as the reply. */
export function twimlReply(
  messages: { body: string; mediaUrl: string | null; statusCallback?: string }[],
): string {
  const response = new MessagingResponse();
  for (const m of messages) {
    const message = response.message(
      m.statusCallback ? { action: m.statusCallback, method: "POST" } : {},
      "",
    );
    if (m.body) message.body(xmlSafe(m.body));
    if (m.mediaUrl) message.media(xmlSafe(m.mediaUrl));
  }
  return response.toString();
}

/** TwiML that sends nothing. */
export function emptyTwiml(): string {
  return new MessagingResponse().toString();
}
