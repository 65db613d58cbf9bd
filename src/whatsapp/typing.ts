/**
 * WhatsApp's "typing..." for a customer's message while its answer is being prepared:
 * Twilio's typing indicator (`POST messaging.twilio.com/v2/Indicators/Typing.json` with
 * `channel=whatsapp` and the inbound `messageId`), which also marks the message read. Best
 * effort: sent once, with a short timeout; a failure is only logged.
 *
 * @example
 * ```ts
 * const typing = typingIndicator({
 *   accountSid: "AC00000000000000000000000000000000",
 *   authToken: "the auth token",
 * });
 * await typing("SM00000000000000000000000000000000"); // true when Twilio took it
 * ```
 * @module
 */

export interface TypingOptions {
  accountSid: string;
  authToken: string;
  /** Twilio's REST base URL; a base URL of its own (a fake) stands for messaging.twilio.com. */
  apiBaseUrl?: string;
  /** Time allowed for the call. Default 3,000 ms. */
  timeoutMs?: number;
}

const TWILIO_API = "https://api.twilio.com";
const MESSAGING = "https://messaging.twilio.com";

/** A function that shows "typing..." for an inbound message; resolves false when it failed. */
export function typingIndicator(options: TypingOptions): (messageSid: string) => Promise<boolean> {
  const base = (options.apiBaseUrl ?? TWILIO_API).replace(/\/+$/, "");
  const url = `${base === TWILIO_API ? MESSAGING : base}/v2/Indicators/Typing.json`;
  const auth = `Basic ${btoa(`${options.accountSid}:${options.authToken}`)}`;
  return async (messageSid) => {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ channel: "whatsapp", messageId: messageSid }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
      });
      await res.body?.cancel();
      return res.ok;
    } catch {
      return false;
    }
  };
}
