/**
 * Quick-reply buttons on the shop's answers: a question with a small, fixed set of answers
 * (confirm the order or change it) goes as a Twilio Content resource of type
 * `twilio/quick-reply` whose body is the variable `{{1}}`, filled with the answer's text. The
 * resource is configured (`TWILIO_CONTENT_CONFIRM_SID`); without one, or when the text does not
 * fit a quick reply's 1,024 characters or carries an image, the answer stays plain text.
 *
 * @example
 * ```ts
 * withConfirmButtons([{ body: "¿Confirmo el pedido?", mediaUrl: null }], "HX" + "0".repeat(32));
 * // [{ body: "¿Confirmo el pedido?", mediaUrl: null, contentSid: "HX000…", contentVariables: { "1": "¿Confirmo el pedido?" } }]
 * ```
 * @module
 */
import type { OutboundMessage } from "./outbound.ts";

/** The longest body of a `twilio/quick-reply` content. */
export const MAX_QUICK_REPLY_BODY = 1024;

/** The messages with the last one sent as the confirm buttons' content, when it fits. */
export function withConfirmButtons(
  messages: OutboundMessage[],
  contentSid: string,
): OutboundMessage[] {
  const last = messages[messages.length - 1];
  if (!last || last.mediaUrl || last.body === "" || last.body.length > MAX_QUICK_REPLY_BODY) {
    return messages;
  }
  return [
    ...messages.slice(0, -1),
    { ...last, contentSid, contentVariables: { "1": last.body } },
  ];
}
