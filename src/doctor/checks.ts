/**
 * The doctor: each configured integration checked against its API with the server's own
 * settings, and one line each saying what is right or what to fix. Gemini gets a tiny request
 * with the configured key, model and thinking setting; Twilio its credentials and the sender
 * among the account's numbers; `PUBLIC_BASE_URL` must be https and answer `/healthz`; Stripe and
 * Mercado Pago their keys (webhook secrets cannot be checked by an API: the line says how to);
 * the Content templates configured (`*_CONTENT_SID` settings) must exist. Nothing is changed
 * anywhere: every call reads.
 *
 * @example
 * ```ts
 * import { loadConfig } from "../shared/config.ts";
 * const results = await runChecks(loadConfig(Deno.env.toObject()), Deno.env.toObject());
 * for (const r of results) console.log(formatResult(r));
 * ```
 * @module
 */
import { GeminiModel } from "../agent/gemini.ts";
import { ModelError } from "../agent/model.ts";
import { ModelHealth } from "../agent/model-health.ts";
import { type Config, ENV_VARIABLES } from "../shared/config.ts";

export interface CheckResult {
  /** The integration, e.g. "Gemini". */
  name: string;
  /** `skip`: not configured. */
  status: "ok" | "warn" | "fail" | "skip";
  message: string;
}

/** The Twilio WhatsApp sandbox's sender, which is not one of the account's numbers. */
const SANDBOX_SENDER = "whatsapp:+14155238886";

/** Every check, in order; each catches its own failures. */
export async function runChecks(
  config: Config,
  env: Record<string, string | undefined>,
  options: { timeoutMs?: number } = {},
): Promise<CheckResult[]> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  const checks: [string, () => Promise<Omit<CheckResult, "name">>][] = [
    ["Gemini", () => checkGemini(config, timeoutMs)],
    ["Twilio credentials", () => checkTwilio(config, get)],
    ["Twilio sender", () => checkSender(config, get)],
    ["PUBLIC_BASE_URL", () => checkPublicUrl(config, get)],
    ["Stripe", () => checkStripe(config, get)],
    ["Mercado Pago", () => checkMercadoPago(config, get)],
    ["Content templates", () => checkTemplates(config, env, get)],
  ];
  const results: CheckResult[] = [];
  for (const [name, check] of checks) {
    try {
      results.push({ name, ...(await check()) });
    } catch (err) {
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      results.push({ name, status: "fail", message: `could not check: ${message}` });
    }
  }
  return results;
}

/**
 * Every check for a running server (the dashboard's Doctor page): its loaded configuration,
 * with the Content templates it holds instead of the environment's.
 */
export function runServerChecks(
  config: Config,
  options: { timeoutMs?: number } = {},
): Promise<CheckResult[]> {
  const templates = { TWILIO_CONTENT_CONFIRM_SID: config.twilio.contentConfirmSid ?? undefined };
  return runChecks(config, templates, options);
}

/** One line: a mark, the integration, what is right or what to fix. */
export function formatResult(result: CheckResult): string {
  const mark = { ok: "✓", warn: "!", fail: "✗", skip: "–" }[result.status];
  return `${mark} ${result.name}: ${result.message}`;
}

type Get = (url: string, headers?: Record<string, string>) => Promise<Response>;
type Outcome = Omit<CheckResult, "name">;

async function checkGemini(config: Config, timeoutMs: number): Promise<Outcome> {
  const { apiKey, model, baseUrl, thinking } = config.gemini;
  if (!apiKey) {
    return { status: "skip", message: "GOOGLE_API_KEY unset: the offline model answers" };
  }
  const health = new ModelHealth();
  const gemini = new GeminiModel({
    apiKey,
    model,
    baseUrl,
    thinking,
    timeoutMs,
    attempts: 1,
    retryBudgetMs: 0,
    health,
  });
  const thinks = thinking
    ? "thinkingLevel" in thinking
      ? `thinking level ${thinking.thinkingLevel.toLowerCase()}`
      : `thinking budget ${thinking.thinkingBudget}`
    : "no thinking setting";
  const started = performance.now();
  try {
    await gemini.generate({
      system: "Answer with one word.",
      contents: [{ role: "user", parts: [{ text: "ping" }] }],
      tools: [],
    });
  } catch (err) {
    if (!(err instanceof ModelError)) throw err;
    if (err.kind === "config") {
      return { status: "fail", message: `${err.message}. ${health.problem()?.fix ?? ""}`.trim() };
    }
    if (err.kind === "unavailable") {
      return {
        status: "warn",
        message:
          `the key and model answer, but Gemini is out of quota or overloaded (${err.message})`,
      };
    }
    return { status: "fail", message: err.message };
  }
  return {
    status: "ok",
    message: `key, model ${model} and ${thinks} accepted (${
      Math.round(performance.now() - started)
    } ms)`,
  };
}

function twilioAuth(config: Config): Record<string, string> {
  const { accountSid, authToken } = config.twilio;
  return { authorization: `Basic ${btoa(`${accountSid}:${authToken}`)}` };
}

async function checkTwilio(config: Config, get: Get): Promise<Outcome> {
  const { accountSid, authToken, apiBaseUrl } = config.twilio;
  if (!accountSid || !authToken) {
    return {
      status: "skip",
      message: "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN unset: no WhatsApp",
    };
  }
  const res = await get(
    `${apiBaseUrl}/2010-04-01/Accounts/${accountSid}/Messages.json?PageSize=1`,
    twilioAuth(config),
  );
  await res.body?.cancel();
  if (res.ok) return { status: "ok", message: `account ${accountSid} accepts the auth token` };
  if (res.status === 401) {
    return {
      status: "fail",
      message: "Twilio rejects TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (401): copy both from " +
        "the Twilio console's Account Info",
    };
  }
  return { status: "fail", message: `Twilio answered ${res.status}` };
}

async function checkSender(config: Config, get: Get): Promise<Outcome> {
  const { accountSid, authToken, whatsappFrom, apiBaseUrl } = config.twilio;
  if (!whatsappFrom) return { status: "skip", message: "TWILIO_WHATSAPP_FROM unset" };
  if (whatsappFrom === SANDBOX_SENDER) {
    return {
      status: "warn",
      message: `${whatsappFrom} is Twilio's WhatsApp sandbox: only numbers that joined it get ` +
        "replies; set your own WhatsApp sender for customers",
    };
  }
  if (!accountSid || !authToken) {
    return { status: "fail", message: "TWILIO_WHATSAPP_FROM is set without credentials" };
  }
  const number = whatsappFrom.replace(/^whatsapp:/, "");
  const res = await get(
    `${apiBaseUrl}/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers.json?${new URLSearchParams(
      { PhoneNumber: number },
    )}`,
    twilioAuth(config),
  );
  if (!res.ok) {
    await res.body?.cancel();
    return {
      status: "fail",
      message: `Twilio answered ${res.status} listing the account's numbers`,
    };
  }
  const body = await res.json() as { incoming_phone_numbers?: { phone_number?: string }[] };
  return (body.incoming_phone_numbers ?? []).some((n) => n.phone_number === number)
    ? { status: "ok", message: `${number} is a number of the account` }
    : {
      status: "fail",
      message: `${number} is not a number of account ${accountSid}: set TWILIO_WHATSAPP_FROM ` +
        "to the WhatsApp sender registered in Twilio",
    };
}

async function checkPublicUrl(config: Config, get: Get): Promise<Outcome> {
  const base = config.publicBaseUrl;
  if (!base) {
    return {
      status: "warn",
      message: "unset: Twilio's status callbacks, media links and payment return pages need it",
    };
  }
  const started = performance.now();
  let answer: string;
  try {
    const res = await get(`${base}/healthz`);
    await res.body?.cancel();
    answer = res.ok
      ? `${base}/healthz answers ${res.status} (${Math.round(performance.now() - started)} ms)`
      : `${base}/healthz answers ${res.status}`;
    if (!res.ok) return { status: "fail", message: `${answer}: is it this server?` };
  } catch (err) {
    return {
      status: "fail",
      message: `${base} does not answer from here (${
        err instanceof Error ? err.message : err
      }): Twilio cannot reach the webhook either`,
    };
  }
  if (!base.startsWith("https://")) {
    return {
      status: "fail",
      message: `${answer}, but it is not https: Twilio and the payment providers need an https URL`,
    };
  }
  return { status: "ok", message: answer };
}

async function checkStripe(config: Config, get: Get): Promise<Outcome> {
  const { secretKey, webhookSecret, apiBaseUrl } = config.stripe;
  if (!secretKey) return { status: "skip", message: "STRIPE_SECRET_KEY unset: no card payments" };
  // A session that does not exist: 404 with a valid key, 401 without; nothing is created.
  const res = await get(`${apiBaseUrl}/v1/checkout/sessions/cs_doctor_probe`, {
    authorization: `Bearer ${secretKey}`,
  });
  await res.body?.cancel();
  if (res.status === 401) {
    return {
      status: "fail",
      message: "Stripe rejects STRIPE_SECRET_KEY (401): copy a secret key from the Developers page",
    };
  }
  if (res.status !== 404 && !res.ok) {
    return { status: "fail", message: `Stripe answered ${res.status}` };
  }
  const mode = /_live_/.test(secretKey) ? "live" : "test";
  if (!webhookSecret) {
    return {
      status: "fail",
      message: `key accepted (${mode} mode), but STRIPE_WEBHOOK_SECRET is unset: payments ` +
        "would never be confirmed",
    };
  }
  return {
    status: "ok",
    message: `key accepted (${mode} mode); STRIPE_WEBHOOK_SECRET is set (Stripe cannot check it ` +
      `here: send a test event to ${config.publicBaseUrl ?? "PUBLIC_BASE_URL"}/webhooks/stripe)`,
  };
}

async function checkMercadoPago(config: Config, get: Get): Promise<Outcome> {
  const { accessToken, webhookSecret, apiBaseUrl } = config.mercadopago;
  if (!accessToken) {
    return { status: "skip", message: "MERCADOPAGO_ACCESS_TOKEN unset: no Mercado Pago" };
  }
  const res = await get(`${apiBaseUrl}/v1/payments/search?limit=1`, {
    authorization: `Bearer ${accessToken}`,
  });
  await res.body?.cancel();
  if (res.status === 401) {
    return {
      status: "fail",
      message: "Mercado Pago rejects MERCADOPAGO_ACCESS_TOKEN (401): copy it from Your " +
        "integrations → Credentials",
    };
  }
  if (!res.ok) return { status: "fail", message: `Mercado Pago answered ${res.status}` };
  if (!webhookSecret) {
    return {
      status: "fail",
      message: "token accepted, but MERCADOPAGO_WEBHOOK_SECRET is unset: payments would never " +
        "be confirmed",
    };
  }
  return {
    status: "ok",
    message: `token accepted (${accessToken.startsWith("TEST-") ? "test" : "production"}); ` +
      "MERCADOPAGO_WEBHOOK_SECRET is set (check it with a test notification from Your " +
      "integrations → Webhooks)",
  };
}

async function checkTemplates(
  config: Config,
  env: Record<string, string | undefined>,
  get: Get,
): Promise<Outcome> {
  const configured = ENV_VARIABLES.filter((k) => /CONTENT_SID$/.test(k) && env[k]?.trim());
  if (configured.length === 0) {
    return {
      status: "warn",
      message: "none configured: outside WhatsApp's 24-hour window only approved templates are " +
        "delivered, so order notices to customers who have not written lately will fail",
    };
  }
  const { accountSid, authToken, apiBaseUrl } = config.twilio;
  if (!accountSid || !authToken) {
    return { status: "fail", message: `${configured.join(", ")} set without Twilio credentials` };
  }
  const base = apiBaseUrl === "https://api.twilio.com" ? "https://content.twilio.com" : apiBaseUrl;
  const missing: string[] = [];
  for (const key of configured) {
    const res = await get(`${base}/v1/Content/${env[key]!.trim()}`, twilioAuth(config));
    await res.body?.cancel();
    if (!res.ok) missing.push(`${key} (${res.status})`);
  }
  return missing.length === 0
    ? { status: "ok", message: `${configured.join(", ")} exist in the account` }
    : { status: "fail", message: `not found in the account: ${missing.join(", ")}` };
}
