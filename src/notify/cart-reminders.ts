/**
 * Abandoned carts: each time the agent puts something in a customer's cart, its `cart.remind`
 * job moves to the set delay from then (default an hour). When it runs, the cart gets a
 * reminder only if it is still open with items, the customer has been silent for the delay
 * since their last message (one meanwhile makes it wait the delay again from that message; an
 * order closes the cart), it is not quiet hours in
 * `STORE_TIMEZONE` (it waits for their end), fewer than the set number were sent, and the
 * customer consented: an opt-out stops it, even one already due. Templates get `1` the number
 * of items and `2` the total.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * import type { JobRunner } from "../jobs/runner.ts";
 * import { systemClock } from "../shared/clock.ts";
 * declare const sql: Sql;
 * declare const jobs: JobRunner;
 * await scheduleCartReminder(sql, "5b0e8a36-3f5e-4c8e-9d61-0f6a3c1d2e4b", new Date());
 * registerCartReminders(jobs, {
 *   connected: true,
 *   clock: systemClock,
 *   timeZone: "Europe/Madrid",
 *   onQueued: () => {},
 * });
 * ```
 * @module
 */
import { getCart } from "../cart/service.ts";
import type { Sql } from "../db/connect.ts";
import { deferJob, scheduleJob } from "../jobs/queue.ts";
import type { JobRunner } from "../jobs/runner.ts";
import type { Clock } from "../shared/clock.ts";
import type { Language } from "../shared/language.ts";
import { formatMoney } from "../shared/money.ts";
import {
  afterQuietHours,
  inQuietHours,
  loadNotificationSettings,
} from "../settings/notifications.ts";
import { sendProactive } from "./send.ts";
import { cartReminderText } from "./texts.ts";

/** The job kind of a cart's reminder; its key is the cart id. */
export const CART_REMINDER_JOB = "cart.remind";

/** The cart changed at `now`: its reminder is due after the set delay from then. */
export async function scheduleCartReminder(sql: Sql, cartId: string, now: Date): Promise<void> {
  const settings = await loadNotificationSettings(sql);
  if (settings.cartReminderMax === 0) return;
  await scheduleJob(sql, {
    kind: CART_REMINDER_JOB,
    key: cartId,
    dueAt: new Date(now.getTime() + settings.cartReminderMinutes * 60_000),
  });
}

/** Registers the reminder's handler. */
export function registerCartReminders(
  jobs: JobRunner,
  options: { connected: boolean; clock: Clock; timeZone: string; onQueued: () => void },
): void {
  jobs.handle(CART_REMINDER_JOB, async (job, tx) => {
    const now = options.clock.now();
    const [facts] = await tx<
      { status: string; customerId: number | null; quietSince: Date; sent: number }[]
    >`
      select c.status, c.customer_id,
        greatest(c.updated_at, v.last_inbound_at,
          (select max(p.created_at) from proactive_messages p
            where p.cart_id = c.id and p.kind = 'cart_reminder')) as quiet_since,
        (select count(*)::int from proactive_messages p
          where p.cart_id = c.id and p.kind = 'cart_reminder' and p.status = 'queued') as sent
      from carts c left join conversations v on v.customer_id = c.customer_id
      where c.id = ${job.key}`;
    if (!facts || facts.status !== "open" || facts.customerId === null) return;
    const settings = await loadNotificationSettings(tx);
    if (facts.sent >= settings.cartReminderMax) return;
    const delay = settings.cartReminderMinutes * 60_000;
    const due = new Date(facts.quietSince.getTime() + delay);
    if (due > now) return await deferJob(tx, job.id, due);
    if (inQuietHours(settings, now, options.timeZone)) {
      return await deferJob(tx, job.id, afterQuietHours(settings, now, options.timeZone));
    }
    const cart = await getCart(tx, job.key);
    if (cart.itemCount === 0) return;
    const total = (language: Language) =>
      formatMoney(cart.totalMinor, cart.currency ?? "EUR", language);
    const outcome = await sendProactive(tx, {
      customerId: facts.customerId,
      kind: "cart_reminder",
      // One job per cart is open at a time; a reminder skipped for consent leaves the next free.
      key: `${cart.id}:${facts.sent + 1}:${job.id}`,
      cartId: cart.id,
      text: (language) =>
        cartReminderText({ itemCount: cart.itemCount, total: total(language) }, language),
      variables: (language) => ({ "1": String(cart.itemCount), "2": total(language) }),
      now,
      connected: options.connected,
    });
    if (outcome.status !== "queued") return;
    if (outcome.outboundId) options.onQueued();
    if (facts.sent + 1 < settings.cartReminderMax) {
      await deferJob(tx, job.id, new Date(now.getTime() + delay));
    }
  });
}
