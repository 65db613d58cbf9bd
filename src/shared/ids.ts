/**
 * Identifiers and the validators for them, in one place: UUIDs (carts, orders), database ids
 * (Postgres `integer` products, `bigint` conversations), phone numbers in E.164 and Twilio's
 * message SIDs.
 *
 * @example
 * ```ts
 * isUuid("5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b"); // true
 * ProductId.parse(1);                            // 1
 * MessageSid.safeParse("SM123").success;         // false
 * ```
 * @module
 */
import { z } from "zod";

/** The largest value of a Postgres `integer` column (product ids). */
export const MAX_INT4 = 2_147_483_647;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a cart or order id at all (saves a query and a cast error). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** A product id: a positive Postgres `integer`. */
export const ProductId = z.int().min(1).max(MAX_INT4);

/** An E.164 phone number, e.g. +34600000001. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** A Twilio message SID: two capital letters and 32 hexadecimal characters. */
export const MessageSid = z.string().regex(
  /^[A-Z]{2}[0-9a-fA-F]{32}$/,
  "must be a Twilio message SID",
);
