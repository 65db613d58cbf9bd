/**
 * WhatsApp test kit: a shop wired to a fake Twilio, signed webhook posts, and TwiML parsing.
 *
 * @example
 * ```ts
 * await using wa = await whatsappShop();
 * const res = await wa.send("+34600000001", "Hola");
 * wa.parse(await res.text()); // [{ body: "¡Hola! ...", media: null }]
 * ```
 * @module
 */
import { FakeTwilio, type FormOverrides, inboundForm, signWebhook } from "../fakes/twilio.ts";
import { testApp, type TestAppOptions } from "./app.ts";

export const WEBHOOK_URL = "http://localhost/webhook";

/**
 * The shop with Twilio configured against a fake (`options.twilio`, or a new one); `env`
 * overrides (INLINE_REPLY_MS...).
 */
export async function whatsappShop(
  env: Record<string, string> = {},
  { twilio: given, ...options }: TestAppOptions & { twilio?: FakeTwilio } = {},
) {
  const twilio = given ?? await FakeTwilio.start();
  const t = await testApp({
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
    ...env,
  }, { outbox: { backoffMs: 20, pollMs: 20 }, ...options });

  /**
   * Posts a form to a webhook path, signed (for `signedUrl`, default the request's URL) unless
   * `signature` is given (null: none), with extra `headers`.
   */
  const post = (
    form: Record<string, string>,
    opts: {
      signature?: string | null;
      path?: string;
      signedUrl?: string;
      headers?: Record<string, string>;
    } = {},
  ) => {
    const url = `http://localhost${opts.path ?? "/webhook"}`;
    const signature = opts.signature === undefined
      ? signWebhook(twilio.authToken, opts.signedUrl ?? url, form)
      : opts.signature;
    return t.request(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(signature === null ? {} : { "x-twilio-signature": signature }),
        ...opts.headers,
      },
      body: new URLSearchParams(form),
    });
  };

  return {
    ...t,
    twilio,
    post,
    /** A customer's message, as Twilio would post it; an `extra` field set to undefined is left out. */
    send: (phone: string, body: string, extra: FormOverrides = {}) =>
      post(
        inboundForm({
          From: `whatsapp:${phone}`,
          Body: body,
          AccountSid: twilio.accountSid,
          ...extra,
        }),
      ),
    parse: parseTwiml,
    [Symbol.asyncDispose]: async () => {
      await t[Symbol.asyncDispose]();
      await twilio.close();
    },
  };
}

/** The messages of a TwiML answer. */
export function parseTwiml(xml: string): { body: string; media: string | null }[] {
  const unescape = (s: string) =>
    s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll(
      "&apos;",
      "'",
    )
      .replaceAll("&amp;", "&");
  return [...xml.matchAll(/<Message[^>]*>(.*?)<\/Message>/gs)].map((m) => ({
    body: unescape(/<Body>(.*?)<\/Body>/s.exec(m[1])?.[1] ?? ""),
    media: /<Media>(.*?)<\/Media>/s.exec(m[1])?.[1]
      ? unescape(/<Media>(.*?)<\/Media>/s.exec(m[1])![1])
      : null,
  }));
}
