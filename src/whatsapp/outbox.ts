/**
 * The outbox: delivers the outbound messages that go through Twilio's REST API. Each row is
 * claimed with `FOR UPDATE SKIP LOCKED`, only when every earlier message of its conversation
 * has gone out (so a customer's replies arrive in order), sent at a slot taken from a per-sender
 * rate limit kept in Postgres (shared by every process), and its outcome recorded with every
 * attempt: accepted, retried with exponential backoff (network errors, 429, 5xx), or failed
 * for good on any other 4xx (such as 63016, outside the 24-hour window).
 *
 * A row left `sending` by a process that died is picked up again `stuckSeconds` after its send
 * time, and a send that failed without an HTTP answer (it may have reached Twilio) is retried
 * the same way: Twilio's list of accepted messages tells whether it went through (then it is
 * recorded, not sent again) or not (then it is sent). A statement the database does not answer
 * within `stallSeconds` is given up (db/deadline.ts): the round fails and the next one goes on.
 *
 * @example
 * ```ts
 * import type { Client } from "../db/connect.ts";
 * import { createLogger } from "../shared/log.ts";
 * import type { Sender } from "./twilio.ts";
 * declare const sql: Client;
 * declare const sender: Sender;
 * const outbox = new Outbox(sql, { sender, log: createLogger("info"), rate: 10 });
 * outbox.start();   // polls, and sends whenever woken
 * outbox.wake();    // something was queued
 * await outbox.stop();
 * ```
 * @module
 */
import type { Client } from "../db/connect.ts";
import { within } from "../db/deadline.ts";
import { errorText, type Logger } from "../shared/log.ts";
import type { Redact } from "../shared/redact.ts";
import type { Metrics } from "../shared/metrics.ts";
import { statusCallbackUrl } from "./status.ts";
import type { Sender, SendResult } from "./twilio.ts";

export interface OutboxOptions {
  /** Twilio, or null when it is not configured (rows then wait). */
  sender: Sender | null;
  log: Logger;
  /** Messages per second per sender number. Default 10. */
  rate?: number;
  /** Attempts before a message is given up. Default 8. */
  maxAttempts?: number;
  /** First retry delay in ms; doubles each attempt, capped at 5 minutes. Default 1,000. */
  backoffMs?: number;
  /** Idle poll interval in ms (other processes' rows, retries coming due). Default 1,000. */
  pollMs?: number;
  /** Public base URL for status callbacks; none when unset. */
  publicBaseUrl?: string;
  /** Rows claimed at once. Default 50. */
  batch?: number;
  /**
   * A row still `sending` this long after its send time belongs to a process that died
   * (sends time out after 15 s). Default 20.
   */
  stuckSeconds?: number;
  /**
   * Longest wait for one statement before the round gives up on it (a query the driver left
   * pending would otherwise stop the loop; see db/deadline.ts). Default 120.
   */
  stallSeconds?: number;
  /** Where delivery counts go (default: none). */
  metrics?: Metrics;
  /** Takes secrets out of an error's text before it is stored (default: none). */
  redact?: Redact;
}

interface Claimed {
  id: number;
  conversationId: number;
  toAddress: string;
  body: string;
  mediaUrl: string | null;
  contentSid: string | null;
  contentVariables: Record<string, string> | null;
  attempts: number;
  /** When to send it, by the sender's rate limit. */
  sendAt: Date;
  /**
   * Set when an earlier attempt may have reached Twilio unseen (a dead process's send, or a
   * network error): Twilio is asked what it accepted since then before sending again.
   */
  uncertainSince: Date | null;
}

/** Delivers queued outbound messages. */
export class Outbox {
  readonly #rate: number;
  readonly #maxAttempts: number;
  readonly #backoffMs: number;
  readonly #pollMs: number;
  readonly #batch: number;
  readonly #stuckSeconds: number;
  readonly #stallMs: number;
  #running = false;
  #loop: Promise<void> | null = null;
  #wakeUp: (() => void) | null = null;
  #woken = false;
  #warnedNoSender = false;
  readonly #rounds = new Set<Promise<number>>();

  constructor(private readonly sql: Client, private readonly options: OutboxOptions) {
    this.#rate = options.rate ?? 10;
    this.#maxAttempts = options.maxAttempts ?? 8;
    this.#backoffMs = options.backoffMs ?? 1000;
    this.#pollMs = options.pollMs ?? 1000;
    this.#batch = options.batch ?? 50;
    this.#stuckSeconds = options.stuckSeconds ?? 20;
    this.#stallMs = (options.stallSeconds ?? 120) * 1000;
  }

  /** Whether a sender is configured: without one, queued messages wait. */
  get connected(): boolean {
    return this.options.sender !== null;
  }

  /** Starts the delivery loop. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Sends what is due now instead of at the next poll. */
  wake(): void {
    this.#woken = true;
    this.#wakeUp?.();
  }

  /** Stops after the sends under way. */
  async stop(): Promise<void> {
    this.#running = false;
    this.wake();
    await this.#loop;
  }

  /**
   * Sends every message due now, and waits for the rounds this process's loop has under way;
   * resolves when none is left. Returns how many this call claimed.
   */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      await Promise.all(this.#rounds);
      const n = await this.deliverDue();
      sent += n;
      if (n === 0 && this.#rounds.size === 0) return sent;
    }
  }

  /** One round: claim what is due, send it at its rate slots, record the outcomes. */
  deliverDue(): Promise<number> {
    const round = this.#deliverDue();
    this.#rounds.add(round);
    const done = () => this.#rounds.delete(round);
    round.then(done, done);
    return round;
  }

  async #deliverDue(): Promise<number> {
    const sender = this.options.sender;
    if (!sender) {
      if (!this.#warnedNoSender) {
        this.options.log.warn("outbox.no_sender", {
          hint: "set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM to send",
        });
        this.#warnedNoSender = true;
      }
      return 0;
    }
    const rows = await within(this.#claim(sender.from), this.#stallMs, "the outbox's claim");
    if (rows.length === 0) return 0;
    await Promise.all(rows.map(async (row) => {
      const wait = row.sendAt.getTime() - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const started = performance.now();
      let result: SendResult;
      try {
        const earlier = row.uncertainSince ? await this.#findEarlierSend(sender, row) : null;
        if (earlier === "unknown") return await this.#stillStuck(row);
        const message = {
          to: row.toAddress,
          body: row.body,
          mediaUrl: row.mediaUrl,
          contentSid: row.contentSid,
          contentVariables: row.contentVariables,
          statusCallback: statusCallbackUrl(this.options.publicBaseUrl, row.id),
        };
        result = earlier ?? await sender.send(message);
        // Content Twilio refuses (a wrong or deleted SID...): the text goes plain instead.
        if (!result.ok && !result.retry && row.contentSid && row.body) {
          this.options.log.warn("outbox.content_refused", { id: row.id, error: result.message });
          result = await sender.send({ ...message, contentSid: null, contentVariables: null });
        }
      } catch (err) {
        result = { ok: false, retry: true, httpStatus: null, code: null, message: errorText(err) };
      }
      await this.#record(row, result, Math.round(performance.now() - started));
    }));
    return rows.length;
  }

  async #run(): Promise<void> {
    while (this.#running) {
      this.#woken = false;
      try {
        const sent = await this.deliverDue();
        if (sent > 0) continue;
      } catch (err) {
        this.options.log.error("outbox.round_failed", { error: errorText(err) });
      }
      if (!this.#running || this.#woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.#pollMs);
        this.#wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wakeUp = null;
    }
  }

  /**
   * The first unsent message of each conversation, when due: locked, marked sending, and
   * given its send time from the sender's rate limit (kept in `next_attempt_at`, so a row a
   * dead process left behind is recognised once that time is well past).
   */
  #claim(sender: string): Promise<Claimed[]> {
    const interval = this.sql`make_interval(secs => ${1 / this.#rate})`;
    return this.sql<Claimed[]>`
      with heads as (
        select distinct on (conversation_id) id
        from outbound_messages
        where status in ('pending', 'sending')
        order by conversation_id, id
      ), due as (
        select o.id, o.status = 'sending' as stuck, o.next_attempt_at as stuck_since,
          coalesce((
            select a.http_status is null from delivery_attempts a
            where a.outbound_id = o.id order by a.attempt desc limit 1
          ), false) as unanswered
        from outbound_messages o join heads on heads.id = o.id
        where (o.status = 'pending' and o.next_attempt_at <= now())
          or (o.status = 'sending'
            and o.next_attempt_at < now() - make_interval(secs => ${this.#stuckSeconds}))
        order by o.id
        limit ${this.#batch}
        for update of o skip locked
      ), numbered as (
        select due.*, row_number() over (order by id) - 1 as n from due
      ), slots as (
        insert into send_slots as s (sender, next_at)
        select ${sender}, now() + (select count(*) from numbered) * ${interval}
        where exists (select 1 from numbered)
        on conflict (sender) do update
          set next_at = greatest(s.next_at, now()) + (excluded.next_at - now())
        returning s.next_at - (select count(*) from numbered) * ${interval} as first
      )
      update outbound_messages o
      set status = 'sending', attempts = o.attempts + 1, updated_at = now(),
        next_attempt_at = (select first from slots) + numbered.n * ${interval}
      from numbered
      where o.id = numbered.id
      returning o.id, o.conversation_id, o.to_address, o.body, o.media_url, o.content_sid,
        o.content_variables, o.attempts,
        o.next_attempt_at as send_at,
        case when numbered.stuck or numbered.unanswered
          then coalesce(numbered.stuck_since, now()) end as uncertain_since`;
  }

  /**
   * For a row whose earlier attempt may have reached Twilio: the message Twilio accepted for it, if any
   * (same recipient, body and media count, not already recorded on another row); "unknown"
   * when Twilio cannot be asked now. A Content message matches when Twilio rendered it to the
   * body stored with it (so its body must be what the customer reads).
   */
  async #findEarlierSend(sender: Sender, row: Claimed): Promise<SendResult | null | "unknown"> {
    let accepted;
    try {
      accepted = await sender.accepted(
        row.toAddress,
        new Date(row.uncertainSince!.getTime() - 60_000),
      );
    } catch (err) {
      this.options.log.warn("outbox.reconcile_failed", { outbound: row.id, error: errorText(err) });
      return "unknown";
    }
    const candidates = accepted.filter((m) =>
      m.body === row.body && m.numMedia === (row.mediaUrl ? 1 : 0)
    );
    if (candidates.length === 0) return null;
    const known = await within(
      this.sql<{ twilioSid: string }[]>`
        select twilio_sid from outbound_messages
        where twilio_sid = any(${candidates.map((m) => m.sid)}::text[])`,
      this.#stallMs,
      "the outbox's look-up",
    );
    const taken = new Set(known.map((k) => k.twilioSid));
    const match = candidates.find((m) => !taken.has(m.sid));
    if (!match) return null;
    this.options.log.info("outbox.reconciled", { outbound: row.id, sid: match.sid });
    return { ok: true, sid: match.sid, status: "queued", httpStatus: 200 };
  }

  /** Leaves a row `sending` to be looked at again later (it may have been sent). */
  async #stillStuck(row: Claimed): Promise<void> {
    await within(
      this.sql`
        update outbound_messages set next_attempt_at = now(), updated_at = now()
        where id = ${row.id} and status = 'sending'`,
      this.#stallMs,
      "the outbox's stuck row",
    );
  }

  async #record(row: Claimed, result: SendResult, ms: number): Promise<void> {
    const attempt = {
      httpStatus: result.httpStatus,
      code: result.ok ? null : result.code,
      message: result.ok ? null : (this.options.redact?.(result.message) ?? result.message)
        .slice(0, 1000),
    };
    const giveUp = !result.ok && (!result.retry || row.attempts >= this.#maxAttempts);
    const delayMs = Math.min(300_000, this.#backoffMs * 2 ** (row.attempts - 1));
    const status = result.ok ? "accepted" : giveUp ? "failed" : "pending";
    await within(
      this.sql`
      with updated as (
        update outbound_messages set
          status = ${status},
          twilio_sid = ${result.ok ? result.sid : null},
          sent_at = ${result.ok ? this.sql`now()` : null},
          error_code = ${attempt.code},
          error_message = ${attempt.message},
          next_attempt_at = now() + make_interval(secs => ${
        giveUp || result.ok ? 0 : delayMs / 1000
      }),
          updated_at = now()
        where id = ${row.id} and status = 'sending'
        returning id
      )
      insert into delivery_attempts (outbound_id, attempt, http_status, error_code, error_message,
        duration_ms)
      values (${row.id}, ${row.attempts}, ${attempt.httpStatus}, ${attempt.code}, ${attempt.message},
        ${ms})`,
      this.#stallMs,
      "the outbox's record",
    );
    this.options.metrics?.count("deliveries_total", {
      result: result.ok ? "accepted" : giveUp ? "failed" : "retry",
    });
    this.options.metrics?.observe("delivery_duration_seconds", {}, ms / 1000);
    const log = result.ok ? this.options.log.info : this.options.log.warn;
    log("outbox.attempt", {
      outbound: row.id,
      attempt: row.attempts,
      status,
      http_status: result.httpStatus ?? undefined,
      error_code: attempt.code ?? undefined,
    });
  }
}
