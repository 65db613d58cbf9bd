/**
 * The inbox: every customer message is stored before anything else (intake.ts), then answered
 * by a worker of this pool that holds the conversation's lease in Postgres (claim.ts). One
 * conversation's messages are therefore answered one at a time, in arrival order, by one
 * worker of one process; different conversations in parallel. A crash loses nothing: the lease
 * expires and whoever sweeps next resumes the turn from its stored steps. A worker stuck on a
 * call that never settles (postgres.js can leave a query pending forever when the server
 * closes a connection during its start-up) is given up by a watchdog: its lease is let go, the
 * process claims again under a new owner name, so whatever the stuck worker writes if it ever
 * resumes is fenced off like a crashed process's writes. Webhooks that wait for their
 * message's answer register in waiters.ts.
 *
 * @example
 * ```ts
 * import type { Agent } from "../agent/turn.ts";
 * import type { Client } from "../db/connect.ts";
 * import { createLogger } from "../shared/log.ts";
 * declare const sql: Client;
 * declare const agent: Agent;
 * const inbox = new Inbox(sql, { agent, log: createLogger("info") });
 * const got = await inbox.receive({ phone: "+34600000001", text: "Hola", source: "chat", externalId: "chat-1" });
 * const wait = inbox.waitFor(got.messageId, 8000);
 * inbox.kick(got.conversationId, got.claimed);
 * const reply = await wait.reply; // { replyMode, messages } or null at the deadline
 * ```
 * @module
 */
import { LeaseLost, type TurnRef } from "../agent/journal.ts";
import { type Agent, failedAnswer } from "../agent/turn.ts";
import { toWhatsAppMessages } from "../conversations/outbound.ts";
import { withConfirmButtons } from "../conversations/buttons.ts";
import type { Client } from "../db/connect.ts";
import { within } from "../db/deadline.ts";
import { errorText, type Logger } from "../shared/log.ts";
import { Metrics } from "../shared/metrics.ts";
import { settleAfterWait, storedReply } from "./answers.ts";
import { claimNextTurn, type CustomerLimits, finishTurn, type NextTurn } from "./claim.ts";
import { deferTurn } from "./defer.ts";
import { noticeLimit } from "./limits.ts";
import { type Incoming, type Received, receiveMessage } from "./intake.ts";
import { type Reply, Waiters } from "./waiters.ts";

/** History rows a turn reads at most (the window is then cut to the character budget). */
const HISTORY_ROWS = 80;

/** Delay before a conversation whose worker failed is tried again. */
const RETRY_MS = 2000;

/** What a worker is waiting on: the database alone, or an agent step (model, tools). */
type Stage = "claim" | "turn" | "finish" | "after";

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
  /** Limits per customer (claim.ts). Default 10 waiting messages, 20 turns a minute. */
  limits?: CustomerLimits;
  /** Content SID of the confirm buttons (conversations/buttons.ts); unset = plain text. */
  confirmContentSid?: string | null;
  /** Runs after each answered turn, before the conversation is released (the mood). */
  afterTurn?: (conversationId: number) => Promise<void>;
  /**
   * How long a worker may wait on one step (a statement, a model call, a round of tools)
   * before the watchdog gives its conversation up. Default 120.
   */
  stallSeconds?: number;
}

interface Active {
  again: boolean;
  done: Promise<void>;
  /** The lease owner this worker claims as: the process's owner name when it started. */
  owner: string;
  /** What it waits on, and since when (read by the watchdog; Infinity before it runs). */
  stage: Stage;
  since: number;
  /** Given up by the watchdog: it stops at its next step. */
  abandoned: boolean;
}

/** Receives customer messages and answers them in order. */
export class Inbox {
  #owner = ownerName();
  readonly #active = new Map<number, Active>();
  readonly #waiters = new Waiters();
  readonly #concurrency: number;
  readonly #maxAttempts: number;
  readonly #leaseSeconds: number;
  readonly #stallMs: number;
  readonly #budgetChars: number;
  readonly #limits: CustomerLimits;
  /** Conversations held by their limits, and the timer that answers them when it ends. */
  readonly #holds = new Map<number, ReturnType<typeof setTimeout>>();
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
    this.#stallMs = (options.stallSeconds ?? 120) * 1000;
    this.#budgetChars = options.historyBudgetChars ?? 12_000;
    this.#limits = options.limits ?? { maxQueued: 10, turnsPerMinute: 20 };
  }

  /**
   * The name this process claims conversations under (a lease owner); a new one after the
   * watchdog gave a stuck worker up.
   */
  get owner(): string {
    return this.#owner;
  }

  /** Stores a customer message; see {@link receiveMessage}. */
  receive(msg: Incoming): Promise<Received> {
    return receiveMessage(this.sql, msg, {
      owner: this.#owner,
      leaseSeconds: this.#leaseSeconds,
      budgetChars: this.#budgetChars,
      historyRows: HISTORY_ROWS,
      metrics: this.#metrics,
      turnsPerMinute: this.#limits.turnsPerMinute,
    });
  }

  /**
   * Waits up to `ms` for the answer to a message. Register before kicking the worker.
   * `cancel()` withdraws the waiter (the client went away), so the answer is not put inline.
   */
  waitFor(messageId: number, ms: number): { reply: Promise<Reply | null>; cancel(): void } {
    return this.#waiters.waitFor(messageId, ms);
  }

  /** See {@link settleAfterWait}. */
  settleAfterWait(messageId: number): Promise<Reply | null> {
    return settleAfterWait(this.sql, messageId);
  }

  /** The answer stored for a message (for retried deliveries). */
  storedReply(messageId: number): Promise<Reply | null> {
    return storedReply(this.sql, messageId);
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
    const entry: Active = {
      again: false,
      done: Promise.resolve(),
      owner: claimed?.owner ?? this.#owner,
      stage: "claim",
      // Not watched while it waits for a place among the `concurrency` workers.
      since: Infinity,
      abandoned: false,
    };
    entry.done = (async () => {
      await this.#slot();
      try {
        let first = claimed ?? undefined;
        do {
          entry.again = false;
          await this.#drain(conversationId, entry, first);
          first = undefined;
        } while (entry.again && !this.#closed && !entry.abandoned);
      } catch (err) {
        if (entry.abandoned) return;
        this.options.log.error("inbox.drain_failed", {
          conversation: conversationId,
          error: errorText(err),
        });
        this.#retrySoon(conversationId);
      } finally {
        // An abandoned worker gave its place up already; the conversation may have another.
        if (!entry.abandoned) {
          this.#active.delete(conversationId);
          this.#release();
        }
      }
    })();
    this.#active.set(conversationId, entry);
    return entry.done;
  }

  /**
   * Finds conversations with unanswered messages that no live worker holds (after a crash or
   * restart) and answers them. Returns how many it kicked, when the soonest lease still held
   * over such a conversation expires (worth sweeping again then), and `done`, settled when
   * this process has answered what it kicked.
   */
  async recover(): Promise<{ kicked: number; nextExpiry: Date | null; done: Promise<void> }> {
    const rows = await within(
      this.sql<{ conversationId: number; leaseUntil: Date | null; free: boolean }[]>`
        select distinct m.conversation_id, v.lease_until,
          (v.lease_until is null or v.lease_until < now() or v.lease_owner = ${this.#owner})
            as free
        from messages m join conversations v on v.id = m.conversation_id
        where m.status in ('queued', 'processing')
        limit 500`,
      this.#stallMs,
      "the recovery sweep",
    );
    let nextExpiry: Date | null = null;
    const kicked: Promise<void>[] = [];
    for (const row of rows) {
      if (row.free) {
        kicked.push(this.kick(row.conversationId));
      } else if (row.leaseUntil && (!nextExpiry || row.leaseUntil < nextExpiry)) {
        nextExpiry = row.leaseUntil;
      }
    }
    return { kicked: kicked.length, nextExpiry, done: Promise.all(kicked).then(() => {}) };
  }

  /** Stops taking work and waits for the turns under way. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#holds.values()) clearTimeout(timer);
    this.#holds.clear();
    await Promise.all([...this.#active.values()].map((a) => a.done));
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }

  /** After a failure (the database went away), tries the conversation again shortly. */
  #retrySoon(conversationId: number, ms = RETRY_MS): void {
    const timer = setTimeout(() => {
      if (!this.#closed) this.kick(conversationId);
    }, ms);
    Deno.unrefTimer(timer as unknown as number);
  }

  /**
   * Keeps the leases of the conversations this process is answering from expiring, after the
   * watchdog has given up the workers stuck longer than `stallSeconds` on one step.
   */
  #startHeartbeat(): void {
    if (this.#heartbeat !== undefined) return;
    this.#heartbeat = setInterval(async () => {
      const now = Date.now();
      for (const [id, entry] of this.#active) {
        if (now - entry.since > this.#stallMs) this.#abandon(id, entry, now - entry.since);
      }
      const live = [...this.#active];
      if (live.length === 0) return;
      try {
        await this.sql`
          update conversations v
          set lease_until = now() + make_interval(secs => ${this.#leaseSeconds})
          from unnest(${live.map(([id]) => id)}::bigint[], ${
          live.map(([, entry]) => entry.owner)
        }::text[]) as l(id, owner)
          where v.id = l.id and v.lease_owner = l.owner`;
      } catch (err) {
        this.options.log.warn("inbox.heartbeat_failed", { error: errorText(err) });
      }
    }, (this.#leaseSeconds * 1000) / 3);
    Deno.unrefTimer(this.#heartbeat as unknown as number);
  }

  /**
   * Gives up a worker stuck on one step: its place and its lease go to the next worker, and
   * this process claims under a new owner name from now on, so the stuck worker's writes, if
   * it ever resumes, find the lease gone and change nothing.
   */
  #abandon(conversationId: number, entry: Active, ms: number): void {
    entry.abandoned = true;
    this.#active.delete(conversationId);
    this.#release();
    this.#owner = ownerName();
    this.options.log.error("inbox.worker_stalled", {
      conversation: conversationId,
      stage: entry.stage,
      ms,
    });
    this.#metrics.count("inbox_workers_stalled_total", { stage: entry.stage });
    this.#letGo(conversationId, entry.owner);
    // Should the release itself not get through, the lease expires unrenewed.
    this.#retrySoon(conversationId, this.#leaseSeconds * 1000 + RETRY_MS);
  }

  /** Releases a lease held under `owner` and has the conversation answered again. */
  #letGo(conversationId: number, owner: string): void {
    within(
      this.sql`
        update conversations set lease_owner = null, lease_until = null
        where id = ${conversationId} and lease_owner = ${owner}`,
      this.#stallMs,
      "the release of a stuck worker's lease",
    ).then(() => this.kick(conversationId), (err) => {
      this.options.log.warn("inbox.release_failed", {
        conversation: conversationId,
        error: errorText(err),
      });
    });
  }

  /** Marks what the worker waits on from now (the watchdog's clock restarts). */
  #step(entry: Active, stage: Stage): void {
    entry.stage = stage;
    entry.since = Date.now();
  }

  /** Answers the conversation's queued messages while this worker holds its lease. */
  async #drain(conversationId: number, entry: Active, first?: NextTurn): Promise<void> {
    while (!this.#closed && !entry.abandoned) {
      this.#step(entry, "claim");
      const next = first ??
        await claimNextTurn(
          this.sql,
          conversationId,
          entry.owner,
          this.#leaseSeconds,
          this.#budgetChars,
          HISTORY_ROWS,
          this.#limits,
        );
      first = undefined;
      if (entry.abandoned) {
        // Its claim got through after all: the worker that took over needs the lease.
        if (next?.leased) this.#letGo(conversationId, entry.owner);
        return;
      }
      if (next && (next.held || next.folded.length > 0)) await this.#limited(conversationId, next);
      if (!next || !next.leased) return;
      if (!next.message) continue;
      const turn: TurnRef = {
        conversationId,
        turnId: next.message.id,
        leaseOwner: entry.owner,
        leaseSeconds: this.#leaseSeconds,
      };
      if (next.message.status === "skipped") {
        this.#waiters.notify(turn.turnId, { replyMode: null, status: "skipped", messages: [] });
        continue;
      }
      try {
        if (await this.#answer(turn, next, entry)) return;
      } catch (err) {
        if (err instanceof LeaseLost) {
          this.options.log.warn("inbox.lease_lost", { conversation: conversationId });
          continue;
        }
        throw err;
      }
    }
  }

  /**
   * A conversation over its limits: the webhooks waiting for the folded messages get an empty
   * answer (their reply comes with the batch's), a held conversation is kicked again when the
   * hold ends, and the customer is told once.
   */
  async #limited(conversationId: number, next: NextTurn): Promise<void> {
    for (const id of next.folded) {
      this.#waiters.notify(id, { replyMode: null, status: "done", messages: [] });
    }
    if (next.held && next.heldUntil && !this.#holds.has(conversationId)) {
      const delay = Math.max(50, next.heldUntil.getTime() - Date.now() + 50);
      const timer = setTimeout(() => {
        this.#holds.delete(conversationId);
        if (!this.#closed) this.kick(conversationId);
      }, delay);
      Deno.unrefTimer(timer as unknown as number);
      this.#holds.set(conversationId, timer);
    }
    this.#metrics.count("customer_limited_total", { how: next.held ? "held" : "batched" });
    if (await noticeLimit(this.sql, conversationId, next.language)) {
      this.options.log.info("inbox.customer_limited", {
        conversation: conversationId,
        held_until: next.heldUntil?.toISOString(),
        folded: next.folded.length,
      });
      this.options.onOutbound?.();
    }
  }

  /** Answers one message; true when that released the conversation (nothing else waits). */
  async #answer(turn: TurnRef, next: NextTurn, entry: Active): Promise<boolean> {
    const { agent, log } = this.options;
    const message = next.message!;
    const started = performance.now();
    this.#step(entry, "turn");
    const answer = message.attempts > this.#maxAttempts
      ? failedAnswer(next.language, `gave up after ${message.attempts - 1} attempts`)
      : await agent.runTurn(
        {
          ...turn,
          customerId: next.customerId,
          language: next.language,
          progress: () => this.#step(entry, "turn"),
        },
        next.history,
      );
    this.#step(entry, "finish");
    if (answer.retryAfterMs) return await this.#defer(turn, next, answer.retryAfterMs);
    const plain = toWhatsAppMessages(answer.text, answer.media);
    const buttons = this.options.confirmContentSid;
    const messages = answer.confirm && buttons && message.source === "whatsapp"
      ? withConfirmButtons(plain, buttons)
      : plain;
    const finished = await finishTurn(this.sql, turn, answer, {
      toAddress: `${message.source === "chat" ? "chat" : "whatsapp"}:${next.phone}`,
      source: message.source,
      // TwiML cannot carry a Content resource: such a reply goes through the REST API.
      inlineWaiting: this.#waiters.has(message.id) && !messages.some((m) => m.contentSid),
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
    this.#waiters.notify(message.id, {
      replyMode: finished.replyMode,
      status: answer.status,
      messages: messages.map((m, i) => ({ ...m, outboundId: finished.outboundIds[i] })),
    });
    if (finished.replyMode === "rest") this.options.onOutbound?.();
    this.#step(entry, "after");
    await this.options.afterTurn?.(turn.conversationId);
    return finished.released;
  }

  /**
   * The model asked to wait longer than a turn can: the message waits for it (defer.ts), the
   * customer is told once, and this process kicks the conversation again when it has passed
   * (the background tick does, in whatever process runs it, if this one stops).
   */
  async #defer(turn: TurnRef, next: NextTurn, waitMs: number): Promise<boolean> {
    const deferred = await deferTurn(this.sql, turn, { waitMs, language: next.language });
    this.options.log.info("inbox.deferred", {
      conversation: turn.conversationId,
      message: turn.turnId,
      until: deferred.until.toISOString(),
      noticed: deferred.notice !== null,
    });
    this.#metrics.count("agent_turns_total", { status: "deferred" });
    const { notice } = deferred;
    this.#waiters.notify(turn.turnId, {
      replyMode: "rest",
      status: "queued",
      messages: notice ? [{ ...notice, mediaUrl: null }] : [],
    });
    if (notice) this.options.onOutbound?.();
    if (!this.#holds.has(turn.conversationId)) {
      const timer = setTimeout(() => {
        this.#holds.delete(turn.conversationId);
        if (!this.#closed) this.kick(turn.conversationId);
      }, Math.max(50, deferred.until.getTime() - Date.now() + 50));
      Deno.unrefTimer(timer as unknown as number);
      this.#holds.set(turn.conversationId, timer);
    }
    return true;
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

/** A lease owner name no other worker has: host, process, and a random part. */
function ownerName(): string {
  return `${hostName()}:${Deno.pid}:${crypto.randomUUID().slice(0, 8)}`;
}

/** The host's name where the runtime may read it (not under `deno run` without `--allow-sys`). */
function hostName(): string {
  const allowed = Deno.permissions.querySync({ name: "sys", kind: "hostname" }).state === "granted";
  return allowed ? Deno.hostname() : "host";
}
