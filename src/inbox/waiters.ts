/**
 * Waiters: the webhooks of this process waiting for the answer to the message they delivered,
 * so it can go in their own response. A worker answers "inline" only while such a waiter exists.
 *
 * @example
 * ```ts
 * const waiters = new Waiters();
 * const wait = waiters.waitFor(42, 8000);
 * waiters.notify(42, { replyMode: "inline", status: "done", messages: [] });
 * await wait.reply; // the answer, or null at the deadline or after cancel()
 * ```
 * @module
 */
import type { OutboundMessage } from "../conversations/outbound.ts";
import type { MessageStatus } from "./intake.ts";

/** One WhatsApp message of an answer, with the outbound row that records its delivery. */
export interface ReplyMessage extends OutboundMessage {
  outboundId: number;
}

/** The answer to one message, as the waiting webhook needs it. */
export interface Reply {
  replyMode: "inline" | "rest" | null;
  status: MessageStatus;
  messages: ReplyMessage[];
}

/** The webhooks waiting in this process, by message id. */
export class Waiters {
  readonly #waiting = new Map<number, Set<(reply: Reply) => void>>();

  /**
   * Waits up to `ms` for the answer to a message. Register before kicking the worker.
   * `cancel()` withdraws the waiter (the client went away), so the answer is not put inline.
   */
  waitFor(messageId: number, ms: number): { reply: Promise<Reply | null>; cancel(): void } {
    let resolveReply: (reply: Reply | null) => void = () => {};
    const reply = new Promise<Reply | null>((resolve) => resolveReply = resolve);
    const set = this.#waiting.get(messageId) ?? new Set();
    this.#waiting.set(messageId, set);
    const cancel = () => {
      clearTimeout(timer);
      set.delete(onReply);
      if (set.size === 0) this.#waiting.delete(messageId);
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

  /** Whether a webhook of this process waits for the answer to `messageId`. */
  has(messageId: number): boolean {
    return this.#waiting.has(messageId);
  }

  /** Hands the answer to whoever waits for it. */
  notify(messageId: number, reply: Reply): void {
    const set = this.#waiting.get(messageId);
    if (!set) return;
    this.#waiting.delete(messageId);
    for (const resolve of set) resolve(reply);
  }
}
