/**
 * The object graph of a running shop: the model (Gemini when a key is set, the offline model
 * otherwise), the tools, the agent and the inbox, over one database. The server, the terminal
 * chat and the tests all build it here, so they answer customers with the same code.
 *
 * @example
 * ```ts
 * import { databaseOptions, openDatabase } from "./db/connect.ts";
 * import { loadConfig } from "./shared/config.ts";
 * import { createLogger } from "./shared/log.ts";
 * const config = loadConfig(Deno.env.toObject());
 * const db = await openDatabase(databaseOptions(config));
 * const runtime = createRuntime({ db, config, log: createLogger("info") });
 * await runtime.inbox.receive({
 *   phone: "+34600000001",
 *   text: "Hola",
 *   source: "chat",
 *   externalId: "chat-1",
 * });
 * ```
 * @module
 */
import { FallbackModel } from "./agent/fallback.ts";
import { GeminiModel } from "./agent/gemini.ts";
import { assessMood, GeminiMoodJudge, lexiconJudge } from "./agent/mood.ts";
import type { ChatModel } from "./agent/model.ts";
import { ModelHealth } from "./agent/model-health.ts";
import { OfflineModel } from "./agent/offline/model.ts";
import { shopTools } from "./agent/shop-tools.ts";
import { ToolRegistry } from "./agent/tools.ts";
import { Agent } from "./agent/turn.ts";
import { JobRunner } from "./jobs/runner.ts";
import { registerMaintenance } from "./maintenance.ts";
import { type Clock, systemClock } from "./shared/clock.ts";
import type { Config } from "./shared/config.ts";
import { Inbox } from "./inbox/inbox.ts";
import type { Database } from "./db/connect.ts";
import { errorText, type Logger } from "./shared/log.ts";
import { Metrics } from "./shared/metrics.ts";
import { redactor, secretsOf } from "./shared/redact.ts";
import { Outbox } from "./whatsapp/outbox.ts";
import { twilioSender } from "./whatsapp/twilio.ts";
import { twilioMediaFetcher } from "./whatsapp/media.ts";
import { type MediaFetcher, registerMediaRead } from "./agent/media.ts";
import { registerHoldExpiry } from "./orders/holds.ts";
import { registerOrderUpdates } from "./notify/order-updates.ts";
import { registerStockAlerts } from "./notify/stock-alerts.ts";
import { registerCartReminders } from "./notify/cart-reminders.ts";
import { configuredProviders, type Providers } from "./settings/terms.ts";
import { registerPaymentJobs } from "./payments/jobs.ts";
import { MercadoPagoGateway } from "./payments/mercadopago.ts";
import { StripeGateway } from "./payments/stripe.ts";

export interface Runtime {
  db: Database;
  config: Config;
  log: Logger;
  clock: Clock;
  /** Scheduled work: each area registers its job kinds' handlers here. */
  jobs: JobRunner;
  model: ChatModel;
  /** The Gemini configuration problem, if any, for the dashboard. */
  modelHealth: ModelHealth;
  agent: Agent;
  inbox: Inbox;
  outbox: Outbox;
  metrics: Metrics;
  /** The payment providers this configuration can take payments through. */
  providers: Providers;
  /** Their clients (null when not configured). */
  stripe: StripeGateway | null;
  mercadopago: MercadoPagoGateway | null;
  /** Twilio's media with the account's credentials (null without them), for staff. */
  media: MediaFetcher | null;
  /** Runs the due jobs soon, without waiting for the next sweep (after a change that queued some). */
  kickJobs(): void;
}

export interface RuntimeOptions {
  db: Database;
  config: Config;
  log: Logger;
  /** Use this model instead of the one the configuration picks (tests, benchmarks). */
  model?: ChatModel;
  /** Where "now" comes from (tests move it). Default the system clock. */
  clock?: Clock;
  /** Outbox timings (tests). */
  outbox?: { backoffMs?: number; pollMs?: number; stuckSeconds?: number };
}

/** The model the configuration asks for. */
function modelFor(config: Config, log: Logger, health: ModelHealth): ChatModel {
  const offline = new OfflineModel({
    storeName: config.storeName,
    latencyMs: config.gemini.offlineLatencyMs,
  });
  if (config.gemini.apiKey) {
    const gemini = new GeminiModel({
      apiKey: config.gemini.apiKey,
      model: config.gemini.model,
      baseUrl: config.gemini.baseUrl,
      timeoutMs: config.gemini.timeoutMs,
      retryBudgetMs: config.gemini.retryBudgetMs,
      thinking: config.gemini.thinking,
      log,
      health,
    });
    return config.gemini.fallback === "offline" ? new FallbackModel(gemini, offline, log) : gemini;
  }
  return offline;
}

/** Judges the customer's mood after each turn (Gemini when configured) and escalates. */
function moodAfterTurn(sql: Database["sql"], config: Config, log: Logger) {
  const judge = config.gemini.apiKey
    ? new GeminiMoodJudge({
      apiKey: config.gemini.apiKey,
      model: config.gemini.model,
      baseUrl: config.gemini.baseUrl,
      onError: (error) =>
        log.warn("mood.judge_failed", { error: redactor([config.gemini.apiKey!])(error) }),
    })
    : lexiconJudge;
  return async (conversationId: number) => {
    try {
      const assessed = await assessMood(sql, judge, conversationId);
      if (assessed?.escalated) {
        log.info("conversation.escalated", {
          conversation: conversationId,
          reason: assessed.escalated,
        });
      }
    } catch (err) {
      log.warn("mood.failed", { conversation: conversationId, error: String(err) });
    }
  };
}

/** Builds the runtime. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const { db, config, log } = options;
  const redact = redactor(secretsOf(config));
  const clock = options.clock ?? systemClock;
  const jobs = new JobRunner(db.sql, { clock, log, redact });
  const modelHealth = new ModelHealth();
  const model = options.model ?? modelFor(config, log, modelHealth);
  const metrics = new Metrics();
  metrics.gauge("db_queries_total", () => db.queryCount());
  metrics.gauge("process_resident_memory_bytes", () => Deno.memoryUsage().rss);
  const providers = configuredProviders(config);
  const tools = new ToolRegistry(shopTools, {
    onUnexpected: (tool, err) => log.error("tool.failed", { tool, error: errorText(err) }),
  });
  const { accountSid, authToken, whatsappFrom, apiBaseUrl, sendRate } = config.twilio;
  const media = accountSid && authToken
    ? twilioMediaFetcher({ accountSid, authToken, apiBaseUrl })
    : null;
  const agent = new Agent(db.sql, {
    model,
    // The offline model cannot see or hear: media is downloaded only for a model that can.
    media: model instanceof OfflineModel ? null : media,
    tools,
    storeName: config.storeName,
    currency: config.storeCurrency,
    clock,
    sale: {
      providers,
      publicBaseUrl: config.publicBaseUrl ?? null,
      timeZone: config.storeTimeZone,
    },
    maxSteps: config.agentMaxSteps,
    historyBudgetChars: config.historyBudgetChars,
    log,
    metrics,
    redact,
  });
  const sender = accountSid && authToken && whatsappFrom
    ? twilioSender({ accountSid, authToken, from: whatsappFrom, apiBaseUrl })
    : null;
  const outbox = new Outbox(db.sql, {
    sender,
    log,
    rate: sendRate,
    publicBaseUrl: config.publicBaseUrl,
    stallSeconds: config.workerStallSeconds,
    metrics,
    redact,
    ...options.outbox,
  });
  const inbox = new Inbox(db.sql, {
    agent,
    log,
    leaseSeconds: config.workerLeaseSeconds,
    stallSeconds: config.workerStallSeconds,
    historyBudgetChars: config.historyBudgetChars,
    onOutbound: () => outbox.wake(),
    confirmContentSid: config.twilio.contentConfirmSid,
    metrics,
    limits: {
      maxQueued: config.customerLimits.maxQueued,
      turnsPerMinute: config.customerLimits.perMinute,
    },
    afterTurn: moodAfterTurn(db.sql, config, log),
  });
  const { stripe: stripeConfig, mercadopago: mpConfig } = config;
  const stripe = providers.card
    ? new StripeGateway({
      secretKey: stripeConfig.secretKey!,
      webhookSecret: stripeConfig.webhookSecret!,
      apiBaseUrl: stripeConfig.apiBaseUrl,
    })
    : null;
  const mercadopago = providers.mercadopago
    ? new MercadoPagoGateway({
      accessToken: mpConfig.accessToken!,
      webhookSecret: mpConfig.webhookSecret!,
      apiBaseUrl: mpConfig.apiBaseUrl,
    })
    : null;
  registerHoldExpiry(jobs, clock);
  registerPaymentJobs(jobs, { stripe, mercadopago });
  registerOrderUpdates(jobs, {
    connected: outbox.connected,
    clock,
    timeZone: config.storeTimeZone,
    publicBaseUrl: config.publicBaseUrl,
    onQueued: () => outbox.wake(),
  });
  registerStockAlerts(jobs, { connected: outbox.connected, clock, onQueued: () => outbox.wake() });
  registerCartReminders(jobs, {
    connected: outbox.connected,
    clock,
    timeZone: config.storeTimeZone,
    onQueued: () => outbox.wake(),
  });
  const kickJobs = () => {
    jobs.runDue().catch((err) => log.warn("jobs.round_failed", { error: errorText(err) }));
  };
  const runtime = {
    db,
    config,
    log,
    clock,
    jobs,
    model,
    modelHealth,
    agent,
    inbox,
    outbox,
    metrics,
    providers,
    stripe,
    mercadopago,
    media,
    kickJobs,
  };
  if (media && !(model instanceof OfflineModel)) registerMediaRead(jobs, { model, fetcher: media });
  registerMaintenance(runtime);
  return runtime;
}
