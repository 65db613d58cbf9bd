/**
 * `deno task bench --only media`: the latency a media message adds to a turn. Starts the real
 * server (embedded database in a temporary directory, or a fresh database on `DATABASE_URL`'s
 * server) against a fake Twilio (which serves the media behind its storage redirect) and a fake
 * Gemini answering after `--model-latency-ms`, then times the webhook's answer, one customer
 * per message, for a text, a voice note and a photo (each a new conversation, answered inline).
 * A media turn makes two model calls (the description, then the turn); the figures show what
 * that, the download and the inline bytes cost over a text.
 *
 * @module
 */
import { FakeGemini, type RecordedRequest } from "../tests/fakes/gemini.ts";
import { FakeTwilio, inboundForm, mediaForm, signWebhook } from "../tests/fakes/twilio.ts";
import { spawnServer } from "../tests/helpers/process.ts";
import { median } from "./load.ts";

export interface MediaBenchOptions {
  /** Latency of each fake model answer. */
  modelLatencyMs: number;
  /** Messages of each kind. */
  rounds: number;
  json: boolean;
}

/** Runs the media benchmark and prints its table (or JSON). */
export async function mediaBench(options: MediaBenchOptions): Promise<void> {
  const log = (line: string) => options.json ? console.error(line) : console.log(line);
  const twilio = await FakeTwilio.start();
  const gemini = await FakeGemini.start();
  gemini.setDelay(options.modelLatencyMs);
  const describes = (r: RecordedRequest) =>
    (r.body.systemInstruction?.parts?.[0]?.text ?? "").includes("for the shop's records");
  gemini.fallback((r) =>
    describes(r) ? { text: "Audio: quiero dos cafés molidos" } : { text: "¡Claro! Te ayudo." }
  );
  const database = await freshDatabase();
  const server = await spawnServer({
    ...database.env,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_BASE_URL: twilio.url,
    GOOGLE_API_KEY: "test-key",
    GEMINI_BASE_URL: gemini.url,
    CUSTOMER_RATE_PER_MINUTE: "1000",
    LOG_LEVEL: "info",
  }, { timeoutMs: 60_000 });
  const url = `${server.url}/webhook`;
  const fixture = (name: string) =>
    Deno.readFile(new URL(`../tests/fixtures/media/${name}`, import.meta.url));
  const voice = await fixture("voice-es.ogg");
  const photo = await fixture("mug.jpg");
  let customer = 0;

  async function post(form: Record<string, string>): Promise<number> {
    const started = performance.now();
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": signWebhook(twilio.authToken, url, form),
      },
      body: new URLSearchParams(form),
    });
    const body = await res.text();
    if (res.status !== 200 || !body.includes("<Message>")) {
      throw new Error(`the webhook answered ${res.status} without an inline reply: ${body}`);
    }
    return performance.now() - started;
  }
  const from = () => `whatsapp:+3466${String(++customer).padStart(7, "0")}`;
  const kinds: Record<string, () => Record<string, string>> = {
    text: () =>
      inboundForm({ From: from(), Body: "quiero dos cafés", AccountSid: twilio.accountSid }),
    "voice note": () =>
      mediaForm(from(), [{
        url: twilio.registerMedia(voice, "audio/ogg"),
        contentType: "audio/ogg; codecs=opus",
      }], { AccountSid: twilio.accountSid }),
    photo: () =>
      mediaForm(from(), [{
        url: twilio.registerMedia(photo, "image/jpeg"),
        contentType: "image/jpeg",
      }], {
        AccountSid: twilio.accountSid,
        Body: "¿tienen esta?",
      }),
  };
  const results: { kind: string; medianMs: number; p95Ms: number; modelCalls: number }[] = [];
  try {
    await post(kinds.text()); // warm-up: the first turn loads the SDK and plans the queries
    for (const [kind, form] of Object.entries(kinds)) {
      const samples: number[] = [];
      const callsBefore = gemini.requests.length;
      for (let i = 0; i < options.rounds; i++) samples.push(await post(form()));
      samples.sort((a, b) => a - b);
      results.push({
        kind,
        medianMs: Math.round(median(samples)),
        p95Ms: Math.round(
          samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)],
        ),
        modelCalls: (gemini.requests.length - callsBefore) / options.rounds,
      });
    }
  } finally {
    await server.kill("SIGTERM");
    await twilio.close();
    await gemini.close();
    await database.drop();
  }
  const text = results[0].medianMs;
  if (options.json) {
    console.log(
      JSON.stringify({ modelLatencyMs: options.modelLatencyMs, database: database.label, results }),
    );
    return;
  }
  log(
    `media turns, model latency ${options.modelLatencyMs} ms, ${database.label}, ${options.rounds} each`,
  );
  log("kind         median    p95  model calls  added to a text (median)");
  for (const r of results) {
    log(
      `${r.kind.padEnd(12)} ${String(r.medianMs).padStart(6)} ${String(r.p95Ms).padStart(6)}  ${
        String(r.modelCalls).padStart(11)
      }  ${r === results[0] ? "" : `+${r.medianMs - text} ms`}`,
    );
  }
}

async function freshDatabase(): Promise<
  { label: string; env: Record<string, string>; drop: () => Promise<void> }
> {
  const serverUrl = Deno.env.get("DATABASE_URL");
  if (serverUrl) {
    const { default: postgres } = await import("postgres");
    const db = `bench_media_${Date.now()}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${db}`);
    const url = new URL(serverUrl);
    url.pathname = `/${db}`;
    return {
      label: `PostgreSQL at ${url.host}`,
      env: { DATABASE_URL: url.toString() },
      drop: async () => {
        await admin.unsafe(`drop database if exists ${db} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = await Deno.makeTempDir({ prefix: "bench-media-" });
  return {
    label: "embedded (PGlite)",
    env: { DATA_DIR: `${dir}/data` },
    drop: () => Deno.remove(dir, { recursive: true }),
  };
}
