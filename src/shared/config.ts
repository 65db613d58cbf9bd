/**
 * Configuration: every environment variable the server reads, parsed by one zod schema.
 * A wrong value stops start-up with one line naming the variable and what is wrong.
 *
 * @example
 * ```ts
 * const config = loadConfig(Deno.env.toObject());
 * console.log(config.port); // 8000 unless PORT is set
 * ```
 * @module
 */
import { z } from "zod";
import { ThinkingError, thinkingFor, type ThinkingSetting } from "./thinking.ts";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no", ""], { error: "must be 1 or 0" })
  .transform((v) => v === "1" || v === "true" || v === "yes");

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, { error: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name);
  } catch {
    return false;
  }
}

/**
 * Whether a Postgres URL names a known transaction pooler, which keeps no prepared statements
 * between transactions: a host with "pooler" in it (Supabase's `*.pooler.supabase.com`, Neon's
 * `*-pooler.*`) or Supabase's pooler port 6543.
 */
function behindPooler(databaseUrl: string): boolean {
  const { hostname, port } = new URL(databaseUrl);
  return /pooler/i.test(hostname) || port === "6543";
}

/** US$ per million tokens, e.g. 0.50, as integer micro-dollars per million tokens. */
const pricePerMillion = z.string().trim().regex(/^\d{1,4}(\.\d{1,6})?$/, {
  error: "must be US$ per million tokens, such as 0.50",
}).transform((v) => Math.round(Number(v) * 1_000_000));

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max);

/** The environment, as read: every value a string or absent. Empty strings count as absent. */
const EnvSchema = z.object({
  PORT: int(0, 65535).default(8000),
  LISTEN_HOST: z.string().trim().regex(/^[A-Za-z0-9.:_-]{1,255}$/, {
    error: "must be an address or host name such as 0.0.0.0, 127.0.0.1 or ::",
  }).optional(),
  HTTP_HEADERS_TIMEOUT_MS: int(1000, 60000).default(10000),
  HTTP_REQUEST_TIMEOUT_MS: int(1000, 600000).default(12000),
  HTTP_IDLE_TIMEOUT_MS: int(1000, 600000).default(5000),
  HTTP_MAX_CONNECTIONS: int(16, 1000000).default(10000),
  TRUSTED_PROXIES: int(0, 10).default(0),
  REST_CARTS_PER_MINUTE: int(1, 1000000).default(30),
  REST_CHECKOUTS_PER_MINUTE: int(1, 1000000).default(10),
  CUSTOMER_MAX_QUEUED: int(1, 1000).default(10),
  CUSTOMER_RATE_PER_MINUTE: int(1, 1000).default(20),
  DATABASE_URL: url(["postgres:", "postgresql:"]).optional(),
  DATABASE_MIGRATION_URL: url(["postgres:", "postgresql:"]).optional(),
  DATABASE_POOL_SIZE: int(1, 100).default(5),
  DATABASE_PREPARE: z.enum(["auto", "0", "1", "true", "false", "yes", "no"], {
    error: "must be auto, 1 or 0",
  }).default("auto"),
  DATA_DIR: text(1000).default("./data"),
  GOOGLE_API_KEY: text(500).optional(),
  GEMINI_API_KEY: text(500).optional(),
  GEMINI_MODEL: z.string().trim().regex(/^[A-Za-z0-9._-]{1,100}$/, {
    error: "must be a model name such as gemini-3.8-flash",
  }).default("gemini-3.8-flash"),
  GEMINI_BASE_URL: url(["http:", "https:"]).optional(),
  GEMINI_TIMEOUT_MS: int(1000, 600000).default(30000),
  GEMINI_RETRY_BUDGET_MS: int(0, 600000).default(10000),
  GEMINI_THINKING_LEVEL: text(20).optional(),
  // List prices of Gemini 3 Flash (ai.google.dev/gemini-api/docs/pricing), standard tier, text.
  GEMINI_PRICE_INPUT: pricePerMillion.default(0.5 * 1_000_000),
  GEMINI_PRICE_CACHED: pricePerMillion.default(0.05 * 1_000_000),
  GEMINI_PRICE_OUTPUT: pricePerMillion.default(3 * 1_000_000),
  GEMINI_PRICES_DATE: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: "must be the date the prices were taken, such as 2025-12-17",
  }).default("2025-12-17"),
  OFFLINE_MODEL_LATENCY_MS: int(0, 600000).default(0),
  MODEL_FALLBACK: z.enum(["offline", "apology"], {
    error: "must be offline (the offline model answers when Gemini fails) or apology",
  }).default("offline"),
  TWILIO_ACCOUNT_SID: z.string().trim().regex(/^AC[0-9a-fA-F]{32}$/, {
    error: "must look like AC followed by 32 hexadecimal characters",
  }).optional(),
  TWILIO_AUTH_TOKEN: text(200).optional(),
  TWILIO_WHATSAPP_FROM: z.string().trim().regex(/^whatsapp:\+[1-9]\d{6,14}$/, {
    error: "must look like whatsapp:+14155238886",
  }).optional(),
  TWILIO_API_BASE_URL: url(["http:", "https:"]).default("https://api.twilio.com"),
  TWILIO_SEND_RATE: int(1, 1000).default(10),
  TWILIO_CONTENT_CONFIRM_SID: z.string().trim().regex(/^HX[0-9a-fA-F]{32}$/, {
    error: "must look like HX followed by 32 hexadecimal characters",
  }).optional(),
  PUBLIC_BASE_URL: url(["http:", "https:"]).optional(),
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").max(500).optional(),
  STORE_NAME: text(100).default("Mi Tienda"),
  STORE_CURRENCY: z.string().trim().regex(/^[A-Z]{3}$/, {
    error: "must be a three-letter ISO 4217 code such as EUR",
  }).default("EUR"),
  STORE_TIMEZONE: z.string().trim().refine(isTimeZone, {
    error: "must be an IANA time zone such as Europe/Madrid",
  }).default("UTC"),
  DEV_MODE: flag.default(false),
  INLINE_REPLY_MS: int(0, 14000).default(8000),
  AGENT_MAX_STEPS: int(1, 20).default(6),
  WORKER_LEASE_SECONDS: int(2, 600).default(30),
  WORKER_STALL_SECONDS: int(2, 3600).default(120),
  SWEEP_SECONDS: int(0, 3600).default(15),
  HISTORY_BUDGET_CHARS: int(2000, 1000000).default(12000),
  STRIPE_SECRET_KEY: z.string().trim().regex(/^(sk|rk)_(test|live)_[0-9A-Za-z]{8,}$/, {
    error: "must be a Stripe secret key such as sk_live_… or sk_test_…",
  }).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().trim().regex(/^whsec_[0-9A-Za-z+/=]{8,}$/, {
    error: "must be a webhook signing secret such as whsec_…",
  }).optional(),
  STRIPE_API_BASE_URL: url(["http:", "https:"]).default("https://api.stripe.com"),
  MERCADOPAGO_ACCESS_TOKEN: z.string().trim().regex(/^(APP_USR|TEST)-[0-9A-Za-z-]{8,300}$/, {
    error: "must be a Mercado Pago access token such as APP_USR-… or TEST-…",
  }).optional(),
  MERCADOPAGO_WEBHOOK_SECRET: text(500).optional(),
  MERCADOPAGO_API_BASE_URL: url(["http:", "https:"]).default("https://api.mercadopago.com"),
  METRICS_PUBLIC: flag.default(false),
  CATALOG_IMPORT_MAX_BYTES: int(1024, 1073741824).default(52428800),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"], {
    error: "must be one of debug, info, warn, error, silent",
  }).default("info"),
});

/** The name of every environment variable the server reads. */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/** The server's settings, typed and with defaults applied. */
export type Config = z.output<typeof ConfigSchema> & {
  gemini: { thinking: ThinkingSetting | undefined };
};

const ConfigSchema = EnvSchema.transform((e) => ({
  port: e.PORT,
  listenHost: e.LISTEN_HOST,
  http: {
    headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
    maxConnections: e.HTTP_MAX_CONNECTIONS,
  },
  trustedProxies: e.TRUSTED_PROXIES,
  rest: {
    cartsPerMinute: e.REST_CARTS_PER_MINUTE,
    checkoutsPerMinute: e.REST_CHECKOUTS_PER_MINUTE,
  },
  customerLimits: {
    maxQueued: e.CUSTOMER_MAX_QUEUED,
    perMinute: e.CUSTOMER_RATE_PER_MINUTE,
  },
  databaseUrl: e.DATABASE_URL,
  databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
  databasePoolSize: e.DATABASE_POOL_SIZE,
  databasePrepare: e.DATABASE_PREPARE === "auto"
    ? !(e.DATABASE_URL && behindPooler(e.DATABASE_URL))
    : ["1", "true", "yes"].includes(e.DATABASE_PREPARE),
  dataDir: e.DATA_DIR,
  gemini: {
    apiKey: e.GOOGLE_API_KEY ?? e.GEMINI_API_KEY,
    model: e.GEMINI_MODEL,
    baseUrl: e.GEMINI_BASE_URL,
    timeoutMs: e.GEMINI_TIMEOUT_MS,
    retryBudgetMs: e.GEMINI_RETRY_BUDGET_MS,
    /** What GEMINI_THINKING_LEVEL asked for; see `thinking` for what is sent. */
    thinkingLevel: e.GEMINI_THINKING_LEVEL,
    /** Micro-dollars per million tokens, and when those prices were taken. */
    prices: {
      inputPerMillionMicros: e.GEMINI_PRICE_INPUT,
      cachedPerMillionMicros: e.GEMINI_PRICE_CACHED,
      outputPerMillionMicros: e.GEMINI_PRICE_OUTPUT,
      date: e.GEMINI_PRICES_DATE,
    },
    offlineLatencyMs: e.OFFLINE_MODEL_LATENCY_MS,
    /** What answers when Gemini fails after its retries: the offline model, or an apology. */
    fallback: e.MODEL_FALLBACK,
  },
  twilio: {
    accountSid: e.TWILIO_ACCOUNT_SID,
    authToken: e.TWILIO_AUTH_TOKEN,
    whatsappFrom: e.TWILIO_WHATSAPP_FROM,
    apiBaseUrl: e.TWILIO_API_BASE_URL.replace(/\/+$/, ""),
    sendRate: e.TWILIO_SEND_RATE,
    contentConfirmSid: e.TWILIO_CONTENT_CONFIRM_SID,
  },
  publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ""),
  stripe: {
    secretKey: e.STRIPE_SECRET_KEY,
    webhookSecret: e.STRIPE_WEBHOOK_SECRET,
    apiBaseUrl: e.STRIPE_API_BASE_URL.replace(/\/+$/, ""),
  },
  mercadopago: {
    accessToken: e.MERCADOPAGO_ACCESS_TOKEN,
    webhookSecret: e.MERCADOPAGO_WEBHOOK_SECRET,
    apiBaseUrl: e.MERCADOPAGO_API_BASE_URL.replace(/\/+$/, ""),
  },
  adminToken: e.ADMIN_TOKEN,
  storeName: e.STORE_NAME,
  storeCurrency: e.STORE_CURRENCY,
  storeTimeZone: e.STORE_TIMEZONE,
  devMode: e.DEV_MODE,
  inlineReplyMs: e.INLINE_REPLY_MS,
  agentMaxSteps: e.AGENT_MAX_STEPS,
  workerLeaseSeconds: e.WORKER_LEASE_SECONDS,
  workerStallSeconds: e.WORKER_STALL_SECONDS,
  sweepSeconds: e.SWEEP_SECONDS,
  historyBudgetChars: e.HISTORY_BUDGET_CHARS,
  metricsPublic: e.METRICS_PUBLIC,
  catalogImportMaxBytes: e.CATALOG_IMPORT_MAX_BYTES,
  logLevel: e.LOG_LEVEL,
}));

/**
 * The Twilio variables a WhatsApp sender needs that are unset: empty when WhatsApp is
 * connected (the outbox can send), otherwise what to set.
 */
export function missingWhatsAppSettings(config: Pick<Config, "twilio">): string[] {
  const { accountSid, authToken, whatsappFrom } = config.twilio;
  return [
    ["TWILIO_ACCOUNT_SID", accountSid],
    ["TWILIO_AUTH_TOKEN", authToken],
    ["TWILIO_WHATSAPP_FROM", whatsappFrom],
  ].flatMap(([name, value]) => value ? [] : [name as string]);
}

/** A configuration value that cannot be used; `message` is the one line to print. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment. Throws {@link ConfigError} naming the first wrong variable.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    ENV_VARIABLES
      .map((key) => [key, env[key]])
      .filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0]);
    const shown = /TOKEN|KEY|SECRET|DATABASE_(MIGRATION_)?URL/.test(key)
      ? ""
      : ` (got ${JSON.stringify(present[key])})`;
    throw new ConfigError(`Invalid configuration: ${key} ${issue.message}${shown}`);
  }
  if (parsed.data.databaseMigrationUrl && !parsed.data.databaseUrl) {
    throw new ConfigError(
      "Invalid configuration: DATABASE_MIGRATION_URL is set without DATABASE_URL " +
        "(it is the direct URL of the database DATABASE_URL reaches through a pooler)",
    );
  }
  const { workerStallSeconds, gemini } = parsed.data;
  if (workerStallSeconds * 1000 <= gemini.timeoutMs) {
    throw new ConfigError(
      `Invalid configuration: WORKER_STALL_SECONDS (${workerStallSeconds} s) must be longer ` +
        `than one model call may take (GEMINI_TIMEOUT_MS, ${gemini.timeoutMs} ms), or every ` +
        "slow answer would be given up and asked again",
    );
  }
  let thinking: ThinkingSetting | undefined;
  try {
    thinking = thinkingFor(parsed.data.gemini.model, parsed.data.gemini.thinkingLevel);
  } catch (err) {
    if (err instanceof ThinkingError) {
      throw new ConfigError(`Invalid configuration: ${err.message}`);
    }
    throw err;
  }
  const { http } = parsed.data;
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    throw new ConfigError(
      `Invalid configuration: HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS (got ${http.headersTimeoutMs} and ${http.requestTimeoutMs})`,
    );
  }
  return { ...parsed.data, gemini: { ...parsed.data.gemini, thinking } };
}
