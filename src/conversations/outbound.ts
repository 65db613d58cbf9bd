/**
 * What the shop says to a customer, as WhatsApp messages: at most 1,600 characters and one media
 * each. A longer answer is split at paragraph, then line, then sentence, then word boundaries,
 * and each product image goes in a message of its own (the first with the first text part).
 * Every outbound message, the agent's and the staff's alike, is queued by {@link insertOutbound}:
 * the outbox (whatsapp/outbox.ts) delivers the pending ones.
 *
 * @example
 * ```ts
 * splitText("a".repeat(3500)).length; // 3, each at most 1,600 characters
 * toWhatsAppMessages("Aquí está:", ["https://…/1.jpg"]); // [{ body: "Aquí está:", mediaUrl: "https://…/1.jpg" }]
 * ```
 * @module
 */
import type postgres from "postgres";
import type { Sql } from "../db/connect.ts";

/** Twilio's limit for one message body. */
export const MAX_BODY = 1600;
/** Most images one answer sends. */
export const MAX_MEDIA = 3;

const separators = [/\n\s*\n/g, /\n/g, /(?<=[.!?…])\s+/g, /\s+/g];

/** Splits `text` into parts of at most `limit` characters (UTF-16 units, as Twilio counts). */
export function splitText(text: string, limit = MAX_BODY): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= limit) return trimmed.length ? [trimmed] : [];
  return pack(trimmed, limit, 0);
}

function pack(text: string, limit: number, level: number): string[] {
  if (text.length <= limit) return [text];
  if (level >= separators.length) {
    const parts: string[] = [];
    for (let i = 0; i < text.length; i += limit) parts.push(text.slice(i, i + limit));
    return parts;
  }
  const pieces = splitKeeping(text, separators[level]);
  const out: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if ((current + piece).trim().length <= limit) {
      current += piece;
      continue;
    }
    if (current.trim()) out.push(current.trim());
    current = "";
    if (piece.trim().length > limit) out.push(...pack(piece.trim(), limit, level + 1));
    else current = piece;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Splits after each separator match, keeping the separator with the piece before it. */
function splitKeeping(text: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(separator)) {
    const end = match.index + match[0].length;
    pieces.push(text.slice(last, end));
    last = end;
  }
  pieces.push(text.slice(last));
  return pieces.filter((p) => p.length > 0);
}

/** The WhatsApp messages for an answer: its text parts, and its images one per message. */
export function toWhatsAppMessages(text: string, media: string[]): OutboundMessage[] {
  const bodies = splitText(text);
  const images = [...new Set(media)].slice(0, MAX_MEDIA);
  const count = Math.max(bodies.length, images.length, 1);
  const messages = [];
  for (let i = 0; i < count; i++) {
    messages.push({ body: bodies[i] ?? "", mediaUrl: images[i] ?? null });
  }
  return messages;
}

/** One WhatsApp message to queue: its text and at most one media URL. */
export interface OutboundMessage {
  body: string;
  mediaUrl: string | null;
  /**
   * Sent as this Twilio Content resource (a template, buttons, a list) filled with
   * `contentVariables`; `body` is then what the customer reads, kept for the thread.
   */
  contentSid?: string | null;
  contentVariables?: Record<string, string> | null;
}

/**
 * `insert into outbound_messages` of `messages`, numbered from 1, for each row of `from`
 * (relations named in the statement). The other values are SQL expressions over `from`: the
 * conversation, the stored message they belong to, the recipient and the channel (`rest`
 * queues them for the outbox, `inline` records them as sent in the webhook's answer, `none`
 * keeps them local: the terminal chat).
 */
export function insertOutbound(sql: Sql, values: {
  from: postgres.Fragment;
  conversationId: postgres.Fragment;
  messageId: postgres.Fragment;
  toAddress: postgres.Fragment;
  channel: postgres.Fragment;
  messages: OutboundMessage[];
}) {
  return sql`
    insert into outbound_messages (conversation_id, message_id, seq, to_address, body, media_url,
      content_sid, content_variables, channel, status)
    select ${values.conversationId}, ${values.messageId}, o.seq, ${values.toAddress}, o.body,
      o.media_url, o.content_sid, o.content_variables::jsonb, ch.channel,
      case ch.channel when 'inline' then 'inline' when 'rest' then 'pending' else 'local' end
    from ${values.from}
      cross join lateral (select (${values.channel})::text as channel) ch,
      unnest(${values.messages.map((m) => m.body)}::text[],
        ${values.messages.map((m) => m.mediaUrl)}::text[],
        ${values.messages.map((m) => m.contentSid ?? null)}::text[],
        ${
    values.messages.map((m) => m.contentVariables ? JSON.stringify(m.contentVariables) : null)
  }::text[])
        with ordinality as o(body, media_url, content_sid, content_variables, seq)`;
}
