/**
 * The benches' customer: a text message posted to the server's webhook, signed as Twilio
 * signs it, or any signed webhook form.
 *
 * @module
 */
import { type FakeTwilio, inboundForm, signWebhook } from "../tests/fakes/twilio.ts";

/** Posts `form` to `url` with Twilio's signature for it. */
export function postSigned(
  url: string,
  authToken: string,
  form: Record<string, string>,
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signWebhook(authToken, url, form),
    },
    body: new URLSearchParams(form),
  });
}

/** Posts a customer's text message, as Twilio's webhook for `twilio`'s account. */
export function postText(
  twilio: FakeTwilio,
  url: string,
  phone: string,
  text: string,
): Promise<Response> {
  const form = inboundForm({
    From: `whatsapp:${phone}`,
    Body: text,
    AccountSid: twilio.accountSid,
  });
  return postSigned(url, twilio.authToken, form);
}
