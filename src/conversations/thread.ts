/**
 * The stored thread of a conversation: every message said or done in it, in turn order. A
 * customer message opens a turn; the model's parts (stored exactly as the model returned them,
 * thought signatures included), the tools' responses, and the server's or staff's words follow.
 *
 * @module
 */
import type { Part } from "@google/genai";
import type postgres from "postgres";
import type { Sql } from "../db/connect.ts";

export type { Part };

export type MessageKind = "customer" | "model" | "tool" | "staff" | "system";

/** Media a customer sent with a message. */
export interface Media {
  url: string;
  contentType: string | null;
}

/** A click-to-WhatsApp ad or post, as Twilio's `Referral*` fields describe it. */
export interface Referral {
  sourceId: string | null;
  sourceType: string | null;
  sourceUrl: string | null;
  headline: string | null;
  body: string | null;
  ctwaClid: string | null;
}

/** What WhatsApp tells about a customer message beyond its text and media. */
export interface MessageContext {
  /** A shared location pin; `address` and `label` only when WhatsApp sent a place. */
  location?: { latitude: number; longitude: number; address: string | null; label: string | null };
  /** A quick-reply button or list item tapped: its id (payload) and the title shown. */
  choice?: { id: string | null; title: string };
  /** The shop's message this one replies to: its Twilio SID and, when known, its text. */
  repliedTo?: { sid: string; text: string | null };
  forwarded?: "once" | "frequently";
  /** The ad the customer came from, on the first message after the click. */
  referral?: Referral;
  /** The document was attached to this order as its transfer receipt. */
  receiptFor?: { orderId: number; number: number };
}

/** A stored message as the model and staff read it: who said it, in which turn, and what. */
export interface StoredMessage {
  id: number;
  kind: MessageKind;
  turnId: number;
  text: string | null;
  parts: Part[] | null;
  media: Media[] | null;
  /** What the media said (a transcript, a description), once the model read it. */
  mediaText?: string | null;
  context?: MessageContext | null;
}

/** A stored message with its size, as a turn's history reads it. */
export interface HistoryRow extends StoredMessage {
  /** How much of the budget the row takes (its JSON or text length). */
  size: number;
}

/** The text parts of a model answer (thoughts left out), joined. */
export function textOf(parts: Part[]): string {
  return parts
    .filter((p) => typeof p.text === "string" && !p.thought)
    .map((p) => p.text)
    .join("")
    .trim();
}

/**
 * `select` of one new message id per row of `from`. Inside the statement that holds the
 * conversation's row lock, one conversation's messages commit in the order of their ids, which
 * is the order they are read and answered in. A message that opens its own turn (a customer's,
 * a staff reply) takes the id as its turn id too.
 */
export function nextMessageId(sql: Sql, from: postgres.Fragment) {
  return sql`select nextval(pg_get_serial_sequence('messages', 'id')) as id from ${from}`;
}
