/**
 * The inbox: every customer message is stored (deduplicated by its external id) before
 * anything else, then answered by a worker that holds the conversation's lease in Postgres.
 * One conversation's messages are therefore answered one at a time, in arrival order, by one
 * worker of one process; different conversations in parallel. A crash loses nothing: the
 * lease expires and whoever sweeps next resumes the turn from its stored steps.
 *
 * Waiters let the webhook that delivered a message put the answer in its own response: the
 * worker answers "inline" only while such a waiter exists in this process.
 *
 * @example
 * ```ts
 * const inbox = new Inbox(db.sql, { agent, log });
 * const got = await inbox.receive({ phone: "+34600000001", text: "Hola", source: "chat", externalId: "chat-1" });
 * const wait = inbox.waitFor(got.messageId, 8000);
 * inbox.kick(got.conversationId);
 * const reply = await wait.reply; // { replyMode, messages } or null at the deadline
 * ```
 * @module
 */
import { type Agent, failedAnswer } from "../agent/turn.ts";
import { detectLanguage } from "../agent/language.ts";
import { asJson, type Client } from "../db/connect.ts";
import { errorText, type Logger } from "../shared/log.ts";
import { Metrics } from "../shared/metrics.ts";
import { toWhatsAppMessages } from "../conversations/outbound.ts";
import {
  claimNextTurn,
  finishTurn,
  historyCte,
  historyJson,
  LeaseLost,
  type NextTurn,
  type TurnRef,
} from "./store.ts";
import type { HistoryRow, Media } from "../conversations/thread.ts";

/** History rows a turn reads at most (the window is then cut to the character budget). */
const HISTORY_ROWS = 80;
/** Delay before a conversation whose worker failed is tried again. */
const RETRY_MS = 2000;

/** A customer message as it arrives. */
export interface Incoming {
  /** E.164 phone number, e.g. +34600000001. */
  phone: string;
  name?: string | null;
  text: string;
  media?: Media[];
  source: "whatsapp" | "chat";
  /** Twilio's MessageSid, or a unique id for other sources. */
  externalId: string;
}

export type MessageStatus = "queued" | "processing" | "done" | "failed" | "skipped";

export interface Received {
  messageId: number;
  conversationId: number;
  customerId: number;
  /** This external id was stored before (a retried delivery). */
  duplicate: boolean;
  status: MessageStatus;
  replyMode: "inline" | "rest" | null;
  /** This process took the conversation while storing the message. */
  leased: boolean;
  /** The turn to run now when the message could be claimed with its storing. */
  claimed: NextTurn | null;
}

/** One WhatsApp message of an answer, with the outbound row that records its delivery. */
export interface ReplyMessage {
  outboundId: number;
  body: string;
  mediaUrl: string | null;
}

/** The answer to one message, as the waiting webhook needs it. */
export interface Reply {
  replyMode: "inline" | "rest" | null;
  status: MessageStatus;
  messages: ReplyMessage[];
}

export interface InboxOptions {
  agent: Agent;
  log: Logger;
  /** Conversations this process answers at once. Default 64. */
  concurrency?: number;
  /**
   * How long a worker's claim on a conversation lasts unless renewed (it is renewed while the
   * worker runs). After a crash, the conversation waits this long. Default 30.
   */
  leaseSeconds?: number;
  /** Attempts before a message that keeps failing is given up with an apology. Default 3. */
  maxAttempts?: number;
  /** Called after a turn queued outbound messages for the outbox (default: none). */
  onOutbound?: () => void;
  /** Where message and turn counts go (default: a private registry). */
  metrics?: Metrics;
  /** Characters of history loaded for a turn at most (the agent's window). Default 12,000. */
  historyBudgetChars?: number;
}

interface Active {
  again: boolean;
  done: Promise<void>;
}

/** Receives customer messages and answers them in order. */
export class Inbox {
  readonly owner = `${Deno.hostname()}:${Deno.pid}:${crypto.randomUUID().slice(0, 8)}`;
  readonly #active = new Map<number, Active>();
  readonly #waiters = new Map<number, Set<(reply: Reply) => void>>();
  readonly #concurrency: number;
  readonly #maxAttempts: number;
  readonly #leaseSeconds: number;
  readonly #budgetChars: number;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #running = 0;
  readonly #queue: (() => void)[] = [];
  #closed = false;
  readonly #metrics: Metrics;

  constructor(private readonly sql: Client, private readonly options: InboxOptions) {
    this.#metrics = options.metrics ?? new Metrics();
    this.#concurrency = options.concurrency ?? 64;
    this.#maxAttempts = options.maxAttempts ?? 3;
    this.#leaseSeconds = options.leaseSeconds ?? 30;
    this.#budgetChars = options.historyBudgetChars ?? 12_000;
  }

  /**
   * Stores a message (and its customer and conversation when new) in one statement. A
   * message whose external id is already stored is not stored again: its state is returned
   * with `duplicate: true`.
   */
  async receive(msg: Incoming): Promise<Received> {
    const language = detectLanguage(msg.text);
    const media = this.sql.json(asJson(msg.media ?? []));
    const leaseEnd = this.sql`now() + make_interval(secs => ${this.#leaseSeconds})`;
    // The conversation can be taken at once when the agent answers it, nobody holds it, and no
    // older message waits (those go first, through kick()).
    const claimable = this.sql`v.handler = 'agent' and not exists (select 1 from waiting)
      and (v.lease_owner is null or v.lease_until < now())`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const [row] = await this.sql<
        (Received & {
          inserted: boolean;
          claimed: boolean;
          handler: "agent" | "staff";
          language: "es" | "en";
          phone: string;
          history: HistoryRow[];
        })[]
      >`
        with known_customer as (
          select id from customers where phone = ${msg.phone}
        ), new_customer as (
          insert into customers (phone, name)
          select ${msg.phone}, ${msg.name ?? null}
          where not exists (select 1 from known_customer)
          on conflict (phone) do nothing
          returning id
        ), customer as (
          select id from known_customer union all select id from new_customer
        ), waiting as (
          select 1 from messages m
          join conversations v on v.id = m.conversation_id
          join customer on customer.id = v.customer_id
          where m.status in ('queued', 'processing')
          limit 1
        ), known_conversation as (
          update conversations v
          set last_inbound_at = now(),
            last_message_at = case when v.handler = 'staff' then now() else v.last_message_at end,
            language = coalesce(${language}, v.language),
            lease_owner = case when ${claimable} then ${this.owner} else v.lease_owner end,
            lease_until = case when ${claimable} then ${leaseEnd} else v.lease_until end
          from customer
          where v.customer_id = customer.id
          returning v.id, v.handler, v.language,
            (v.lease_owner = ${this.owner} and v.lease_until = ${leaseEnd}) as claimed
        ), new_conversation as (
          insert into conversations (customer_id, last_inbound_at, language, lease_owner,
            lease_until)
          select id, now(), coalesce(${language}, 'es'), ${this.owner}, ${leaseEnd} from customer
          where not exists (select 1 from known_conversation)
          on conflict (customer_id) do nothing
          returning id, handler, language, true as claimed
        ), conversation as (
          select id, handler, language, claimed from known_conversation
          union all select id, handler, language, claimed from new_conversation
        ), next_id as (
          -- Taken after the conversation's row lock (through "conversation"), so one
          -- conversation's messages commit in the order of their ids: the order they are
          -- answered in.
          select nextval(pg_get_serial_sequence('messages', 'id')) as id from conversation
        ), inserted as (
          insert into messages (id, conversation_id, kind, turn_id, text, source, external_id,
            media, status, attempts)
          select next_id.id, conversation.id, 'customer', next_id.id, ${msg.text}, ${msg.source},
            ${msg.externalId}, ${media},
            case when conversation.handler = 'staff' then 'skipped'
              when conversation.claimed then 'processing' else 'queued' end,
            case when conversation.claimed then 1 else 0 end
          from conversation, next_id
          on conflict (external_id) where external_id is not null do nothing
          returning id, status
        ), ${
        historyCte(
          this.sql,
          this.sql`select conversation.id as conversation_id, inserted.id as turn_id
            from conversation, inserted
            where conversation.claimed and inserted.status = 'processing'`,
          this.#budgetChars,
          HISTORY_ROWS - 1,
        )
      }
        select inserted.id as message_id, conversation.id as conversation_id,
          customer.id as customer_id, inserted.status, null as reply_mode, true as inserted,
          conversation.claimed, conversation.handler, conversation.language,
          ${msg.phone}::text as phone,
          ${historyJson(this.sql)} as history
        from inserted, conversation, customer
        union all
        select m.id, m.conversation_id, v.customer_id, m.status, m.reply_mode, false,
          coalesce((select claimed from conversation), false), v.handler,
          v.language, ${msg.phone}::text, '[]'::json
        from messages m join conversations v on v.id = m.conversation_id
        where m.external_id = ${msg.externalId} and not exists (select 1 from inserted)`;
      if (row) {
        const { inserted, claimed, handler, language, phone, history, ...received } = row;
        if (inserted) this.#metrics.count("messages_received_total", { source: msg.source });
        else this.#metrics.count("messages_duplicate_total", { source: msg.source });
        const turn: NextTurn | null = claimed && received.status === "processing"
          ? {
            handler,
            language,
            customerId: received.customerId,
            phone,
            leased: true,
            message: {
              id: received.messageId,
              source: msg.source,
              attempts: 1,
              status: "processing",
            },
            history: [{
              id: received.messageId,
              kind: "customer",
              turnId: received.messageId,
              text: msg.text,
              parts: null,
              media: msg.media ?? [],
              size: msg.text.length + 40,
            }, ...history],
          }
          : null;
        return {
          ...received,
          duplicate: !inserted,
          claimed: claimed ? turn : null,
          leased: claimed,
        };
      }
    }
    throw new Error(`could not store message ${msg.externalId}`);
  }

  /**
   * Waits up to `ms` for the answer to a message. Register before kicking the worker.
   * `cancel()` withdraws the waiter (the client went away), so the answer is not put inline.
   */
  waitFor(messageId: number, ms: number): { reply: Promise<Reply | null>; cancel(): void } {
    let resolveReply: (reply: Reply | null) => void = () => {};
    const reply = new Promise<Reply | null>((resolve) => resolveReply = resolve);
    const set = this.#waiters.get(messageId) ?? new Set();
    this.#waiters.set(messageId, set);
    const cancel = () => {
      clearTimeout(timer);
      set.delete(onReply);
      if (set.size === 0) this.#waiters.delete(messageId);
      resolveReply(null);
    };
    const onReply = (r: Reply) => {
      clearTimeout(timer);
      resolveReply(r);
    };
    set.add(onReply);
    const timer = setTimeout(cancel, ms);
    return { reply, cancel };
  }

  /**
   * After a webhook stopped waiting: makes sure the answer goes through the outbox. Returns
   * the answer when it had already been decided inline (a race with the deadline), else null.
   */
  async settleAfterWait(messageId: number): Promise<Reply | null> {
    const [row] = await this.sql<{ status: MessageStatus; replyMode: "inline" | "rest" | null }[]>`
      with decided as (
        update messages set reply_mode = 'rest'
        where id = ${messageId} and reply_mode is null and source = 'whatsapp'
        returning reply_mode
      )
      select m.status, coalesce((select reply_mode from decided), m.reply_mode) as reply_mode
      from messages m where m.id = ${messageId}`;
    if (!row || row.replyMode !== "inline") return null;
    return await this.storedReply(messageId);
  }

  /** The answer stored for a message (for retried deliveries). */
  async storedReply(messageId: number): Promise<Reply | null> {
    const [row] = await this.sql<
      {
        status: MessageStatus;
        replyMode: "inline" | "rest" | null;
        messages: ReplyMessage[];
      }[]
    >`
      select m.status, m.reply_mode,
        coalesce((
          select json_agg(json_build_object('outboundId', o.id, 'body', o.body,
            'mediaUrl', o.media_url) order by o.message_id, o.seq)
          from messages a join outbound_messages o on o.message_id = a.id
          where a.turn_id = m.id and a.kind in ('model', 'system')
        ), '[]') as messages
      from messages m where m.id = ${messageId}`;
    if (!row || !["done", "failed", "skipped"].includes(row.status)) return null;
    return { status: row.status, replyMode: row.replyMode, messages: row.messages };
  }

  /**
   * Makes sure the conversation's queued messages get answered: by this process when no
   * other holds the conversation, starting with `claimed` when `receive` already took it.
   * Resolves when this process has nothing more to do there.
   */
  kick(conversationId: number, claimed?: NextTurn | null): Promise<void> {
    const active = this.#active.get(conversationId);
    if (active) {
      // The running worker holds the conversation and finds the message by itself; a turn
      // claimed meanwhile may already be answered by it.
      active.again = true;
      return active.done;
    }
    if (this.#closed) return Promise.resolve();
    this.#startHeartbeat();
    const entry: Active = { again: false, done: Promise.resolve() };
    entry.done = (async () => {
      await this.#slot();
      try {
        let first = claimed ?? undefined;
        do {
          entry.again = false;
          await this.#drain(conversationId, first);
          first = undefined;
        } while (entry.again && !this.#closed);
      } catch (err) {
        this.options.log.error("inbox.drain_failed", {
          conversation: conversationId,
          error: errorText(err),
        });
        this.#retrySoon(conversationId);
      } finally {
        this.#active.delete(conversationId);
        this.#release();
      }
    })();
    this.#active.set(conversationId, entry);
    return entry.done;
  }

  /**
   * Finds conversations with unanswered messages that no live worker holds (after a crash or
   * restart) and answers them. Returns how many it kicked, and when the soonest lease still
   * held over such a conversation expires (worth sweeping again then).
   */
  async recover(): Promise<{ kicked: number; nextExpiry: Date | null }> {
    const rows = await this.sql<
      { conversationId: number; leaseUntil: Date | null; free: boolean }[]
    >`
      select distinct m.conversation_id, v.lease_until,
        (v.lease_until is null or v.lease_until < now() or v.lease_owner = ${this.owner}) as free
      from messages m join conversations v on v.id = m.conversation_id
      where m.status in ('queued', 'processing')
      limit 500`;
    let nextExpiry: Date | null = null;
    let kicked = 0;
    for (const row of rows) {
      if (row.free) {
        this.kick(row.conversationId);
        kicked++;
      } else if (row.leaseUntil && (!nextExpiry || row.leaseUntil < nextExpiry)) {
        nextExpiry = row.leaseUntil;
      }
    }
    return { kicked, nextExpiry };
  }

  /** Stops taking work and waits for the turns under way. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#active.values()].map((a) => a.done));
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }

  /** After a failure (the database went away), tries the conversation again shortly. */
  #retrySoon(conversationId: number): void {
    const timer = setTimeout(() => {
      if (!this.#closed) this.kick(conversationId);
    }, RETRY_MS);
    Deno.unrefTimer(timer as unknown as number);
  }

  /** Keeps the leases of the conversations this process is answering from expiring. */
  #startHeartbeat(): void {
    if (this.#heartbeat !== undefined) return;
    this.#heartbeat = setInterval(async () => {
      const ids = [...this.#active.keys()];
      if (ids.length === 0) return;
      try {
        await this.sql`
          update conversations
          set lease_until = now() + make_interval(secs => ${this.#leaseSeconds})
          where id = any(${ids}::bigint[]) and lease_owner = ${this.owner}`;
      } catch (err) {
        this.options.log.warn("inbox.heartbeat_failed", { error: errorText(err) });
      }
    }, (this.#leaseSeconds * 1000) / 3);
    Deno.unrefTimer(this.#heartbeat as unknown as number);
  }

  /** Answers the conversation's queued messages while this worker holds its lease. */
  async #drain(conversationId: number, first?: NextTurn): Promise<void> {
    while (!this.#closed) {
      const next = first ??
        await claimNextTurn(
          this.sql,
          conversationId,
          this.owner,
          this.#leaseSeconds,
          this.#budgetChars,
          HISTORY_ROWS,
        );
      first = undefined;
      if (!next || !next.leased) return;
      if (!next.message) continue;
      const turn: TurnRef = {
        conversationId,
        turnId: next.message.id,
        leaseOwner: this.owner,
        leaseSeconds: this.#leaseSeconds,
      };
      if (next.message.status === "skipped") {
        this.#notify(turn.turnId, { replyMode: null, status: "skipped", messages: [] });
        continue;
      }
      try {
        if (await this.#answer(turn, next)) return;
      } catch (err) {
        if (err instanceof LeaseLost) {
          this.options.log.warn("inbox.lease_lost", { conversation: conversationId });
          continue;
        }
        throw err;
      }
    }
  }

  /** Answers one message; true when that released the conversation (nothing else waits). */
  async #answer(turn: TurnRef, next: NextTurn): Promise<boolean> {
    const { agent, log } = this.options;
    const message = next.message!;
    const started = performance.now();
    const answer = message.attempts > this.#maxAttempts
      ? failedAnswer(next.language, `gave up after ${message.attempts - 1} attempts`)
      : await agent.runTurn(
        { ...turn, customerId: next.customerId, language: next.language },
        next.history,
      );
    const messages = toWhatsAppMessages(answer.text, answer.media);
    const finished = await finishTurn(this.sql, turn, answer, {
      toAddress: `${message.source === "chat" ? "chat" : "whatsapp"}:${next.phone}`,
      source: message.source,
      inlineWaiting: this.#waiters.has(message.id),
      messages,
    });
    const seconds = (performance.now() - started) / 1000;
    this.#metrics.count("agent_turns_total", { status: answer.status });
    this.#metrics.observe("agent_turn_duration_seconds", {}, seconds);
    log.info("turn.finished", {
      conversation: turn.conversationId,
      message: message.id,
      status: answer.status,
      error: answer.error ?? undefined,
      reply_mode: finished.replyMode,
      ms: Math.round(seconds * 1000),
    });
    this.#notify(message.id, {
      replyMode: finished.replyMode,
      status: answer.status,
      messages: messages.map((m, i) => ({ ...m, outboundId: finished.outboundIds[i] })),
    });
    if (finished.replyMode === "rest") this.options.onOutbound?.();
    return finished.released;
  }

  #notify(messageId: number, reply: Reply): void {
    const set = this.#waiters.get(messageId);
    if (!set) return;
    this.#waiters.delete(messageId);
    for (const resolve of set) resolve(reply);
  }

  async #slot(): Promise<void> {
    if (this.#running < this.#concurrency) {
      this.#running++;
      return;
    }
    await new Promise<void>((resolve) => this.#queue.push(resolve));
  }

  #release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#running--;
  }
}
