/**
 * In-process metrics, rendered in Prometheus' text format: counters and latency histograms
 * for HTTP, messages, agent turns and deliveries. Each process counts its own; Prometheus
 * sums over instances.
 *
 * @example
 * ```ts
 * const metrics = new Metrics();
 * metrics.count("agent_turns_total", { status: "done" });
 * metrics.observe("agent_turn_duration_seconds", {}, 0.42);
 * console.log(metrics.render());
 * ```
 * @module
 */

type Labels = Record<string, string>;

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** What each metric means, for the HELP lines. */
const HELP: Record<string, [type: "counter" | "histogram" | "gauge", help: string]> = {
  http_requests_total: ["counter", "HTTP requests answered, by method, route and status"],
  http_request_duration_seconds: ["histogram", "HTTP request latency, by method and route"],
  messages_received_total: ["counter", "Customer messages stored, by source"],
  messages_duplicate_total: ["counter", "Deliveries of a message already stored"],
  agent_turns_total: ["counter", "Agent turns finished, by status"],
  agent_turn_duration_seconds: ["histogram", "Time to answer one customer message"],
  inbox_workers_stalled_total: [
    "counter",
    "Workers given up after waiting too long on one step, by what they waited on",
  ],
  model_tokens_total: [
    "counter",
    "Model tokens used, by direction (input, output; cached: the input served from cache)",
  ],
  deliveries_total: ["counter", "REST delivery attempts, by result"],
  delivery_duration_seconds: ["histogram", "Twilio API call latency"],
  db_queries_total: ["counter", "Queries sent to the database by this process"],
  process_resident_memory_bytes: ["gauge", "Resident memory of this process"],
};

interface Histogram {
  buckets: number[];
  sum: number;
  count: number;
}

/** A registry of counters and histograms. */
export class Metrics {
  readonly #counters = new Map<string, Map<string, number>>();
  readonly #histograms = new Map<string, Map<string, Histogram>>();
  readonly #gauges = new Map<string, () => number>();

  /** Adds `by` (1) to a counter. */
  count(name: string, labels: Labels = {}, by = 1): void {
    const series = this.#counters.get(name) ?? new Map<string, number>();
    this.#counters.set(name, series);
    const key = labelText(labels);
    series.set(key, (series.get(key) ?? 0) + by);
  }

  /** Records one observation (seconds) in a histogram. */
  observe(name: string, labels: Labels, value: number): void {
    const series = this.#histograms.get(name) ?? new Map<string, Histogram>();
    this.#histograms.set(name, series);
    const key = labelText(labels);
    const h = series.get(key) ?? { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
    series.set(key, h);
    BUCKETS.forEach((bound, i) => {
      if (value <= bound) h.buckets[i]++;
    });
    h.sum += value;
    h.count++;
  }

  /** A value read when rendered (database query count, memory). */
  gauge(name: string, read: () => number): void {
    this.#gauges.set(name, read);
  }

  /** The value of a counter series (tests, dashboards). */
  value(name: string, labels: Labels = {}): number {
    return this.#counters.get(name)?.get(labelText(labels)) ?? 0;
  }

  /** Everything, in Prometheus' text exposition format. */
  render(): string {
    const lines: string[] = [];
    const head = (name: string, fallback: "counter" | "histogram" | "gauge") => {
      const [type, help] = HELP[name] ?? [fallback, name];
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };
    for (const [name, series] of this.#counters) {
      head(name, "counter");
      for (const [labels, v] of series) lines.push(`${name}${labels} ${v}`);
    }
    for (const [name, series] of this.#histograms) {
      head(name, "histogram");
      for (const [labels, h] of series) {
        const inner = labels.slice(1, -1);
        const join = (extra: string) => `{${inner ? `${inner},` : ""}${extra}}`;
        BUCKETS.forEach((bound, i) =>
          lines.push(`${name}_bucket${join(`le="${bound}"`)} ${h.buckets[i]}`)
        );
        lines.push(`${name}_bucket${join('le="+Inf"')} ${h.count}`);
        lines.push(`${name}_sum${labels} ${h.sum}`, `${name}_count${labels} ${h.count}`);
      }
    }
    for (const [name, read] of this.#gauges) {
      head(name, "gauge");
      lines.push(`${name} ${read()}`);
    }
    return `${lines.join("\n")}\n`;
  }
}

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return "";
  const escaped = entries.map(([k, v]) =>
    `${k}="${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n")}"`
  );
  return `{${escaped.join(",")}}`;
}
