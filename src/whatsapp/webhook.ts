/**
 * The Twilio webhooks. `POST /webhook` receives a customer's WhatsApp message: checks the
 * signature, stores the message (deduplicated by `MessageSid`) before anything else, and
 * answers with the agent's reply as TwiML when the turn ends within `INLINE_REPLY_MS`, or
 * with empty TwiML, the reply then going through the outbox. `POST /webhook/status` records
 * delivery statuses. Bad input stores nothing: 413 over 64 KB, 415 for a non-form body,
 * 403 for a missing or wrong signature, for another account's `AccountSid` or a message `To`
 * another number than `TWILIO_WHATSAPP_FROM`, 400 without `From` or `MessageSid`.
 *
 * @module
 */
import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import type { Config } from "../shared/config.ts";
import type { Inbox } from "../inbox/inbox.ts";
import type { Reply } from "../inbox/waiters.ts";
import type { Client } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";
import { E164, MAX_INT4, MessageSid } from "../shared/ids.ts";
import { withoutNul } from "../shared/text.ts";
import type { Logger } from "../shared/log.ts";
import { limitBody } from "../http/limits.ts";
import type { AppEnv } from "../http/router.ts";
import { applyContext, messageContext, withRepliedText } from "./context.ts";
import { signedUrl, validSignature } from "./signature.ts";
import { typingIndicator } from "./typing.ts";
import { recordStatus, statusCallbackUrl } from "./status.ts";
import { emptyTwiml, twimlReply } from "./twiml.ts";

/** Largest webhook body accepted (Twilio's are a few KB). */
export const MAX_WEBHOOK_BYTES = 64 * 1024;
/** Media files read from one message. */
const MAX_MEDIA = 10;
/** A turn still running after this long shows the customer "typing...". */
export const TYPING_AFTER_MS = 1000;

const Inbound = z.object({
  MessageSid,
  From: z.string().startsWith("whatsapp:", "must be whatsapp:+ and an E.164 number")
    .refine(
      (v) => E164.test(v.slice("whatsapp:".length)),
      "must be whatsapp:+ and an E.164 number",
    ),
  Body: z.string().max(10_000).default(""),
  ProfileName: z.string().max(200).optional(),
  NumMedia: z.coerce.number().int().min(0).max(100).default(0),
});

const Status = z.object({
  MessageSid,
  MessageStatus: z.string().max(40),
  ErrorCode: z.coerce.number().int().min(0).max(MAX_INT4).optional(),
  ErrorMessage: z.string().max(1000).optional(),
});

export interface WebhookDeps {
  sql: Client;
  inbox: Inbox;
  config: Config;
  log: Logger;
}

/** The webhook routes, mounted at the root. */
export function webhookRoutes(deps: WebhookDeps) {
  const { config, inbox } = deps;
  const app = new Hono<AppEnv>();
  const authToken = config.twilio.authToken;
  const { accountSid, apiBaseUrl } = config.twilio;
  const typing = accountSid && authToken
    ? typingIndicator({ accountSid, authToken, apiBaseUrl })
    : null;

  app.use("/webhook/*", limitBody(MAX_WEBHOOK_BYTES));

  /**
   * The form parameters of a signed request for this account; throws the right error
   * otherwise. `to` also requires the message to be addressed to the configured sender.
   */
  async function signedForm(
    c: Context<AppEnv>,
    check: { to: boolean },
  ): Promise<Record<string, string>> {
    const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") {
      throw new AppError(
        "unsupported_media_type",
        415,
        "Twilio webhooks are application/x-www-form-urlencoded",
      );
    }
    const params: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(await c.req.text())) params[key] = value;
    if (authToken) {
      const url = signedUrl(c.req.raw, config);
      if (!validSignature(authToken, c.req.header("x-twilio-signature"), url, params)) {
        throw new AppError("invalid_signature", 403, "Missing or invalid X-Twilio-Signature");
      }
    } else if (!config.devMode) {
      throw new AppError(
        "webhook_unverifiable",
        403,
        "Set TWILIO_AUTH_TOKEN to accept webhooks (DEV_MODE=1 accepts unsigned ones in development)",
      );
    }
    const { accountSid, whatsappFrom } = config.twilio;
    if (accountSid && params.AccountSid !== accountSid) {
      throw new AppError("wrong_account", 403, "This webhook is for another Twilio account");
    }
    if (check.to && whatsappFrom && params.To !== whatsappFrom) {
      throw new AppError("wrong_recipient", 403, "This message is for another sender number");
    }
    // Signed means Twilio sent it, not that it fits: Postgres text cannot hold NUL.
    for (const key of Object.keys(params)) params[key] = withoutNul(params[key]);
    return params;
  }

  app.post("/webhook", async (c) => {
    const arrived = performance.now();
    const params = await signedForm(c, { to: true });
    const parsed = Inbound.safeParse(params);
    if (!parsed.success) throw invalid(parsed.error);
    const form = parsed.data;
    const media = [];
    for (let i = 0; i < Math.min(form.NumMedia, MAX_MEDIA); i++) {
      const url = params[`MediaUrl${i}`];
      if (url && /^https?:\/\//.test(url)) {
        media.push({ url, contentType: params[`MediaContentType${i}`] ?? null });
      }
    }
    const context = await withRepliedText(deps.sql, messageContext(params));
    const got = await inbox.receive({
      phone: form.From.slice("whatsapp:".length),
      name: form.ProfileName?.trim() || null,
      text: form.Body,
      media,
      context,
      source: "whatsapp",
      externalId: form.MessageSid,
    });
    // Before the turn starts (kick), so the turn sees the pin as the delivery address.
    if (!got.duplicate) await applyContext(deps.sql, got, context, media);
    if (got.status === "skipped") return twiml(c, null);
    if (got.limited && !got.duplicate) {
      // Held by the customer's limits: answered later, together with the others.
      inbox.kick(got.conversationId);
      return twiml(c, null);
    }
    if (got.duplicate && got.leased) inbox.kick(got.conversationId);
    if (got.duplicate && ["done", "failed"].includes(got.status)) {
      return twiml(c, got.replyMode === "inline" ? await inbox.storedReply(got.messageId) : null);
    }
    // The inline budget counts from the request's arrival: a slow store (a database hiccup)
    // must not push an inline answer past Twilio's timeout, where it would be lost.
    const budget = Math.floor(config.inlineReplyMs - (performance.now() - arrived));
    if (budget <= 0) {
      inbox.kick(got.conversationId, got.claimed);
      return twiml(c, await inbox.settleAfterWait(got.messageId));
    }
    const wait = inbox.waitFor(got.messageId, budget);
    if (got.duplicate) {
      // The first delivery's turn may have ended between storing and waiting.
      const done = await inbox.storedReply(got.messageId);
      if (done) {
        wait.cancel();
        return twiml(c, done);
      }
    }
    inbox.kick(got.conversationId, got.claimed);
    // Best effort, never awaited: the answer does not wait for it.
    const timer = typing
      ? setTimeout(() => {
        typing(form.MessageSid).then((ok) => {
          if (!ok) deps.log.warn("webhook.typing_failed", { message: got.messageId });
        });
      }, TYPING_AFTER_MS)
      : undefined;
    try {
      return twiml(c, await wait.reply ?? await inbox.settleAfterWait(got.messageId));
    } finally {
      clearTimeout(timer);
    }
  });

  app.post("/webhook/status", async (c) => {
    const params = await signedForm(c, { to: false });
    const parsed = Status.safeParse(params);
    if (!parsed.success) throw invalid(parsed.error);
    const outbound = Number(c.req.query("outbound"));
    await recordStatus(deps.sql, {
      messageSid: parsed.data.MessageSid,
      status: parsed.data.MessageStatus,
      errorCode: parsed.data.ErrorCode ?? null,
      errorMessage: parsed.data.ErrorMessage ?? null,
      outboundId: Number.isSafeInteger(outbound) && outbound > 0 ? outbound : null,
    });
    return c.body(null, 204);
  });

  /** TwiML carrying the reply when it went inline, empty otherwise. */
  function twiml(c: Context<AppEnv>, reply: Reply | null): Response {
    const inline = reply?.replyMode === "inline" ? reply.messages : [];
    const xml = inline.length > 0
      ? twimlReply(inline.map((m) => ({
        body: m.body,
        mediaUrl: m.mediaUrl,
        statusCallback: statusCallbackUrl(config.publicBaseUrl, m.outboundId),
      })))
      : emptyTwiml();
    return c.body(xml, 200, { "content-type": "text/xml; charset=utf-8" });
  }

  return app;
}

function invalid(error: z.ZodError): AppError {
  const issue = error.issues[0];
  return new AppError(
    "invalid_input",
    400,
    `Invalid webhook: ${issue.path.join(".") || "body"} ${issue.message}`,
    error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  );
}
