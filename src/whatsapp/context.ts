/**
 * What a Twilio WhatsApp webhook says beyond `Body` and media: a shared location
 * (`Latitude`/`Longitude`, and `Address`/`Label` for a place), the quick-reply button
 * (`ButtonPayload`/`ButtonText`) or list item (`ListId`/`ListTitle`) tapped, the shop's message
 * replied to (`OriginalRepliedMessageSid`), `Forwarded`/`FrequentlyForwarded`, and the
 * click-to-WhatsApp ad (`Referral*`). Read here into the message's context; a location also
 * becomes the customer's delivery address, an ad is kept on the conversation, and a PDF while
 * an order waits for a transfer becomes its receipt.
 *
 * @example
 * ```ts
 * const context = messageContext({ Latitude: "40.42", Longitude: "-3.70", Label: "Casa" });
 * // { location: { latitude: 40.42, longitude: -3.7, address: null, label: "Casa" } }
 * ```
 * @module
 */
import { z } from "zod";
import { saveLocationPin } from "../customers/details.ts";
import { flagForAttention } from "../conversations/handoff.ts";
import type { Media, MessageContext, Referral } from "../conversations/thread.ts";
import type { Received } from "../inbox/intake.ts";
import { attachReceipt } from "../orders/receipts.ts";
import type { Sql } from "../db/connect.ts";
import { asJson } from "../db/connect.ts";
import { AppError } from "../shared/errors.ts";

const optional = (max: number) =>
  z.string().trim().max(max).optional().transform((v) => v === "" ? undefined : v);

const Fields = z.object({
  Latitude: z.coerce.number().min(-90).max(90).optional(),
  Longitude: z.coerce.number().min(-180).max(180).optional(),
  Address: optional(300),
  Label: optional(200),
  ButtonPayload: optional(1000),
  ButtonText: optional(200),
  ListId: optional(200),
  ListTitle: optional(200),
  OriginalRepliedMessageSid: optional(64),
  Forwarded: optional(10),
  FrequentlyForwarded: optional(10),
  ReferralSourceId: optional(200),
  ReferralSourceType: optional(40),
  ReferralSourceUrl: optional(2000),
  ReferralHeadline: optional(500),
  ReferralBody: optional(2000),
  ReferralCtwaClid: optional(500),
});

/** The context of an inbound message's form; throws a 400 for a bad location. */
export function messageContext(params: Record<string, string>): MessageContext | null {
  const parsed = Fields.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      "invalid_input",
      400,
      `Invalid webhook: ${issue.path.join(".")} ${issue.message}`,
    );
  }
  const f = parsed.data;
  const context: MessageContext = {};
  if ((f.Latitude === undefined) !== (f.Longitude === undefined)) {
    throw new AppError("invalid_input", 400, "Invalid webhook: Latitude and Longitude go together");
  }
  if (f.Latitude !== undefined && f.Longitude !== undefined) {
    context.location = {
      latitude: f.Latitude,
      longitude: f.Longitude,
      address: f.Address ?? null,
      label: f.Label ?? null,
    };
  }
  const title = f.ButtonText ?? f.ListTitle;
  const id = f.ButtonPayload ?? f.ListId;
  if (title !== undefined || id !== undefined) {
    context.choice = { id: id ?? null, title: title ?? params.Body ?? "" };
  }
  if (f.OriginalRepliedMessageSid) {
    context.repliedTo = { sid: f.OriginalRepliedMessageSid, text: null };
  }
  if (f.FrequentlyForwarded === "true") context.forwarded = "frequently";
  else if (f.Forwarded === "true") context.forwarded = "once";
  const referral: Referral = {
    sourceId: f.ReferralSourceId ?? null,
    sourceType: f.ReferralSourceType ?? null,
    sourceUrl: f.ReferralSourceUrl ?? null,
    headline: f.ReferralHeadline ?? null,
    body: f.ReferralBody ?? null,
    ctwaClid: f.ReferralCtwaClid ?? null,
  };
  if (Object.values(referral).some((v) => v !== null)) context.referral = referral;
  return Object.keys(context).length > 0 ? context : null;
}

/** Fills in the text of the shop's message a reply quotes, when the shop sent it. */
export async function withRepliedText(
  sql: Sql,
  context: MessageContext | null,
): Promise<MessageContext | null> {
  if (!context?.repliedTo) return context;
  const [row] = await sql<{ body: string }[]>`
    select body from outbound_messages where twilio_sid = ${context.repliedTo.sid}`;
  return { ...context, repliedTo: { ...context.repliedTo, text: row?.body || null } };
}

/**
 * What a newly stored message changes: a location becomes the customer's delivery address, an
 * ad is kept on the conversation as where the customer came from, and a PDF sent while an
 * order waits for a transfer is attached to it as the receipt, the conversation flagged for
 * staff to confirm the payment. Returns the context as it is now stored.
 */
export async function applyContext(
  sql: Sql,
  got: Received,
  context: MessageContext | null,
  media: Media[],
): Promise<MessageContext | null> {
  if (media.some((m) => (m.contentType ?? "").startsWith("application/pdf"))) {
    const order = await attachReceipt(sql, got.customerId, got.messageId);
    if (order) {
      context = { ...context, receiptFor: { orderId: order.id, number: order.number } };
      await sql`update messages set context = ${sql.json(asJson(context))}
        where id = ${got.messageId}`;
      await flagForAttention(
        sql,
        got.conversationId,
        `transfer receipt for order #${order.number}: check the payment`,
      );
      // The turn claimed with the message reads it from here, not from the database.
      const row = got.claimed?.history.find((r) => r.id === got.messageId);
      if (row) row.context = context;
    }
  }
  if (context?.location) {
    const { latitude, longitude, address, label } = context.location;
    await saveLocationPin(sql, got.customerId, {
      latitude,
      longitude,
      address: address ?? undefined,
      label: label ?? undefined,
    });
  }
  if (context?.referral) {
    const referral = sql.json(asJson({ ...context.referral, at: new Date().toISOString() }));
    await sql`update conversations set referral = ${referral} where id = ${got.conversationId}`;
  }
  return context;
}
