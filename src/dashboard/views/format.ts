/**
 * How the dashboard writes times, durations, counts and ratios for people. Times are shown in
 * the store's time zone.
 *
 * @module
 */

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as staff read it, e.g. "25 Nov 2026, 14:03" (in `locale`, British English by default). */
export function formatTime(date: Date, timeZone: string, locale = "en-GB"): string {
  const key = `${locale} ${timeZone}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
    timeFormats.set(key, f);
  }
  return f.format(date);
}

/** A latency: "340 ms", "2.4 s", or "—" when there is none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

const counts = new Map<string, Intl.NumberFormat>();

/** A whole number with thousands separators (as in American English unless `locale` is given). */
export function formatCount(n: number, locale = "en-US"): string {
  let f = counts.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    counts.set(locale, f);
  }
  return f.format(n);
}

/** A ratio as a percentage with one decimal, or "—". */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${(ratio * 100).toFixed(1)} %`;
}
