/**
 * The window of history the model sees: whole turns within a character budget, always starting
 * at a customer message (never with an orphaned tool call or result), mapped to Gemini
 * contents. Model parts are passed on exactly as stored.
 *
 * The window moves in steps, so that consecutive requests of a conversation share their prefix
 * (which Gemini's implicit cache discounts): it starts at the oldest *anchor* that fits, a
 * customer message picked by a hash of its id (about one in four; one in two when none of those
 * fits), and so stays put while the conversation grows, jumping a few turns forward only when
 * that anchor no longer fits. A window keeps at least a third of the budget, so the model never
 * loses the recent context to a jump. The
 * choice needs no stored state: the same rows give the same window on every worker. Without an
 * anchor in reach it falls back to the newest turns that fit.
 *
 * @example
 * ```ts
 * import type { HistoryRow } from "../conversations/thread.ts";
 * const rows: HistoryRow[] = [
 *   { id: 1, kind: "customer", turnId: 1, text: "Hola", parts: null, media: [], size: 44 },
 * ];
 * const contents = toContents(fitWindow(rows, 1, 12_000));
 * // [{ role: "user", parts: [{ text: "Hola" }] }]
 * ```
 * @module
 */
import type { HistoryRow, MessageContext } from "../conversations/thread.ts";
import type { Content, Part } from "./model.ts";

/**
 * How good a start this customer message makes, 0 to 2: 2 for about one message in four, 1 for
 * one in four more, by a well-mixed hash of its id (MurmurHash3's finalizer), so the levels
 * fall at random rather than in the patterns sequential ids would make.
 */
export function anchorLevel(id: number): number {
  let h = (id ^ Math.floor(id / 2 ** 32)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  const bits = ((h ^ (h >>> 16)) >>> 0) % 4;
  return bits === 0 ? 2 : bits === 1 ? 1 : 0;
}

/**
 * Keeps rows within `budgetChars` from a customer message to the newest: the oldest one of
 * the best anchor level among those that keep at least a third of the budget (or all the history
 * when it is shorter), so a fresh anchor never cuts the context short. The current turn is
 * always kept whole. Returns the rows oldest first.
 */
export function fitWindow(
  newestFirst: HistoryRow[],
  currentTurn: number,
  budgetChars: number,
): HistoryRow[] {
  let used = 0;
  let keep = 0;
  const starts: { keep: number; used: number; level: number }[] = [];
  for (let i = 0; i < newestFirst.length; i++) {
    const row = newestFirst[i];
    used += row.size;
    if (used > budgetChars && row.turnId !== currentTurn) break;
    keep = i + 1;
    if (row.kind === "customer") starts.push({ keep, used, level: anchorLevel(row.id) });
  }
  const widest = starts.at(-1);
  if (!widest) return newestFirst.slice(0, keep).reverse();
  const enough = Math.min(budgetChars / 3, widest.used);
  let best = widest;
  for (const start of starts) {
    if (start.used >= enough && start.level >= best.level) best = start;
  }
  return newestFirst.slice(0, best.keep).reverse();
}

/**
 * Gemini contents for the rows (oldest first); consecutive turns of one role are merged.
 * `inline` holds the media parts (inline data) a customer message carries, by message id.
 */
export function toContents(rows: HistoryRow[], inline?: Map<number, Part[]>): Content[] {
  const contents: Content[] = [];
  for (const row of rows) {
    const role = row.kind === "customer" || row.kind === "tool" ? "user" : "model";
    const parts = [...(inline?.get(row.id) ?? []), ...partsOf(row)];
    const last = contents[contents.length - 1];
    if (last && last.role === role && !hasCall(last) && row.kind !== "model") {
      last.parts = [...(last.parts ?? []), ...parts];
    } else {
      contents.push({ role, parts });
    }
  }
  return contents;
}

function hasCall(content: Content): boolean {
  return (content.parts ?? []).some((p) => p.functionCall);
}

function partsOf(row: HistoryRow): Part[] {
  switch (row.kind) {
    case "model":
    case "tool":
      return row.parts ?? [];
    case "customer": {
      // The notes come first, in a part of their own: the customer's words stay the last part.
      const notes = contextNotes(row.context);
      return [...(notes.length > 0 ? [{ text: notes.join("\n") }] : []), {
        text: customerText(row),
      }];
    }
    case "staff":
      return [{ text: `[Staff of the shop wrote:] ${row.text ?? ""}` }];
    case "system":
      return [{ text: row.text ?? "" }];
  }
}

function customerText(row: HistoryRow): string {
  const notes = row.mediaText
    ? [`[What the customer sent with this message, as read for you: ${row.mediaText}]`]
    : (row.media ?? []).map((m) => `[The customer sent ${describeMedia(m.contentType)}]`);
  return [row.text ?? "", ...notes].filter((t) => t.length > 0).join("\n") || "[empty message]";
}

/** What WhatsApp said about the message (location, tap, reply, forward, ad), for the model. */
function contextNotes(context: MessageContext | null | undefined): string[] {
  if (!context) return [];
  const notes: string[] = [];
  if (context.referral) {
    const { headline, sourceType, sourceUrl } = context.referral;
    notes.push(
      `[The customer came from the shop's ${sourceType ?? "ad"}${headline ? ` «${headline}»` : ""}${
        sourceUrl ? ` (${sourceUrl})` : ""
      }]`,
    );
  }
  if (context.forwarded) {
    notes.push(
      context.forwarded === "frequently"
        ? "[Forwarded many times: the customer did not write this themselves]"
        : "[Forwarded: the customer did not write this themselves]",
    );
  }
  if (context.repliedTo) {
    notes.push(
      context.repliedTo.text
        ? `[Replying to this message of the shop: «${context.repliedTo.text}»]`
        : "[Replying to an earlier message of the shop]",
    );
  }
  if (context.choice) {
    notes.push(
      `[The customer tapped the option «${context.choice.title}»${
        context.choice.id ? ` (id ${context.choice.id})` : ""
      }: this is their answer]`,
    );
  }
  if (context.receiptFor) {
    notes.push(
      `[This document was attached to order #${context.receiptFor.number} as its transfer ` +
        "receipt. Staff check the payment: say they will confirm it, never that it is paid]",
    );
  }
  if (context.location) {
    const { latitude, longitude, address, label } = context.location;
    const place = [label, address].filter(Boolean).join(", ");
    notes.push(
      `[The customer shared a location: ${place ? `${place}, ` : ""}${latitude}, ${longitude}. ` +
        "It is saved as their delivery address (review_order checks it against the delivery area)]",
    );
  }
  return notes;
}

function describeMedia(contentType: string | null): string {
  const type = (contentType ?? "").split("/")[0];
  const kinds: Record<string, string> = {
    image: "an image",
    audio: "an audio message",
    video: "a video",
    text: "a contact card or text file",
  };
  return `${kinds[type] ?? "a file"}${
    contentType ? ` (${contentType})` : ""
  }, which you cannot see`;
}

/** The window the model sees for a turn, and how many model steps the turn already took. */
export interface TurnHistory {
  contents: Content[];
  stepsDone: number;
  /** Size of the window in characters. */
  chars: number;
}

/**
 * Fits a turn's history (newest first) to `budgetChars` and maps it to contents, with the
 * `inline` media parts of the turn's own messages.
 */
export function turnHistory(
  newestFirst: HistoryRow[],
  turnId: number,
  budgetChars: number,
  inline?: Map<number, Part[]>,
): TurnHistory {
  const rows = fitWindow(newestFirst, turnId, budgetChars);
  return {
    contents: toContents(rows, inline),
    stepsDone: rows.filter((r) => r.kind === "model" && r.turnId === turnId).length,
    chars: rows.reduce((n, r) => n + r.size, 0),
  };
}
