/**
 * Load generation for the benchmark: closed loops (N workers, each sending its next request
 * when the last one is answered) and open loops (arrivals on a fixed schedule, whatever the
 * answers), with latency percentiles.
 *
 * @module
 */

export interface Sample {
  ok: boolean;
  ms: number;
}

export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** `workers` loops, each sending as soon as its previous request is answered, for `ms`. */
export async function closedLoop(
  workers: number,
  ms: number,
  send: (worker: number, i: number) => Promise<Sample>,
): Promise<LoadResult> {
  const samples: Sample[] = [];
  const start = performance.now();
  await Promise.all(Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; performance.now() - start < ms; i++) samples.push(await send(w, i));
  }));
  return summarize(samples, (performance.now() - start) / 1000);
}

/** `rate` arrivals per second for `ms`, each sent at its scheduled time. */
export async function openLoop(
  rate: number,
  ms: number,
  send: (i: number) => Promise<Sample>,
): Promise<LoadResult> {
  const samples: Promise<Sample>[] = [];
  const start = performance.now();
  const total = Math.floor((rate * ms) / 1000);
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    samples.push(send(i));
  }
  const done = await Promise.all(samples);
  return summarize(done, (performance.now() - start) / 1000);
}

/** Times one request. */
export async function timed(request: () => Promise<Response>): Promise<Sample & { body: string }> {
  const start = performance.now();
  try {
    const res = await request();
    const body = await res.text();
    return { ok: res.status === 200, ms: performance.now() - start, body };
  } catch {
    return { ok: false, ms: performance.now() - start, body: "" };
  }
}

export function summarize(samples: Sample[], seconds: number): LoadResult {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => ms.length ? ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] : 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: samples.length,
    failures: samples.filter((s) => !s.ok).length,
    seconds: round(seconds),
    perSecond: round(samples.length / seconds),
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(ms[ms.length - 1] ?? 0),
  };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}
