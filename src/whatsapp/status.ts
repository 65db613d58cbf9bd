/**
 * Delivery statuses from Twilio's callbacks, recorded on the outbound message. Callbacks can
 * arrive out of order, so a status only replaces one that comes before it
 * (accepted < queued < sent < delivered < read; failed and undelivered end it). Meta's 131050
 * (the user stopped marketing messages) records the customer's opt-out.
 *
 * @module
 */
import type { Client } from "../db/connect.ts";
import { optOut } from "../notify/opt-out.ts";

/** Meta's error when the recipient stopped marketing messages from the business. */
export const USER_STOPPED_MARKETING = 131050;

/** Twilio's statuses, as this project stores them. */
const stored: Record<string, string> = {
  accepted: "queued",
  scheduled: "queued",
  queued: "queued",
  sending: "queued",
  sent: "sent",
  delivered: "delivered",
  read: "read",
  undelivered: "undelivered",
  failed: "failed",
  canceled: "failed",
};

export interface StatusUpdate {
  messageSid: string;
  status: string;
  errorCode: number | null;
  errorMessage: string | null;
  /** The outbound row named in the callback URL (inline replies have no sid until now). */
  outboundId: number | null;
}

/**
 * Where Twilio reports the delivery of outbound row `outboundId`: this server's status
 * webhook, named by the public URL (none without one: Twilio must be able to reach it).
 */
export function statusCallbackUrl(
  publicBaseUrl: string | undefined,
  outboundId: number,
): string | undefined {
  return publicBaseUrl ? `${publicBaseUrl}/webhook/status?outbound=${outboundId}` : undefined;
}

/** Records a callback; returns whether it changed a row (unknown or stale ones do not). */
export async function recordStatus(sql: Client, update: StatusUpdate): Promise<boolean> {
  const status = stored[update.status];
  if (!status) return false;
  const rows = await sql`
    update outbound_messages o set
      status = ${status},
      twilio_sid = coalesce(o.twilio_sid, ${update.messageSid}),
      error_code = coalesce(${update.errorCode}, o.error_code),
      error_message = coalesce(${update.errorMessage}, o.error_message),
      updated_at = now()
    where (o.id = ${update.outboundId ?? 0} or o.twilio_sid = ${update.messageSid})
      and o.status in ('inline', 'accepted', 'queued', 'sent', 'delivered', 'read')
      and ${rank(status)} > case o.status
        when 'inline' then 1 when 'accepted' then 1 when 'queued' then 2 when 'sent' then 3
        when 'delivered' then 4 when 'read' then 5 else 6 end
    returning o.id, o.conversation_id`;
  if (rows.length > 0 && update.errorCode === USER_STOPPED_MARKETING) {
    const [{ customerId }] = await sql<{ customerId: number }[]>`
      select customer_id from conversations where id = ${rows[0].conversationId}`;
    await optOut(sql, customerId, "provider");
  }
  return rows.length > 0;
}

function rank(status: string): number {
  return { queued: 2, sent: 3, delivered: 4, read: 5, undelivered: 6, failed: 6 }[status] ?? 0;
}
