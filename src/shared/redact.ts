/**
 * Redaction of secrets from error text before it is logged or stored (`messages.error`, the
 * outbox's error columns, job errors, every log line): each configured secret (API keys,
 * tokens, the database password) wherever it appears, and whatever looks like a credential
 * whatever its value (`Authorization`/`x-goog-api-key` headers, `key=`/`token=` query
 * parameters, Google API keys, passwords in URLs), as a gateway that echoes a request puts
 * them in its error.
 *
 * @example
 * ```ts
 * const redact = redactor(["AIzaSyExampleExampleExampleExample000"]);
 * redact("403 for key AIzaSyExampleExampleExampleExample000"); // "403 for key [redacted]"
 * redact("GET /v1?key=abc&x=1"); // "GET /v1?key=[redacted]&x=1"
 * ```
 * @module
 */
import type { Config } from "./config.ts";

/** What a redacted secret is replaced with. */
export const REDACTED = "[redacted]";

/** Turns text into text without the secrets. */
export type Redact = (text: string) => string;

/** Secrets shorter than this are not searched for (they would match ordinary words). */
const MIN_SECRET = 6;

const PATTERNS: [RegExp, string][] = [
  [
    /\b(authorization|x-goog-api-key|x-api-key|api-key)(["']?\s*[:=]\s*["']?)(bearer\s+|basic\s+)?[^\s"',;}&]+/gi,
    `$1$2$3${REDACTED}`,
  ],
  [/([?&](?:key|api_key|apikey|token|access_token|auth|password)=)[^&\s"']+/gi, `$1${REDACTED}`],
  [/\bAIza[0-9A-Za-z_-]{35}\b/g, REDACTED],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${REDACTED}@`],
];

/** A redactor for these secrets (unset ones are skipped) and the credential patterns. */
export function redactor(secrets: readonly (string | undefined)[]): Redact {
  const literal = [...new Set(secrets.filter((s): s is string => !!s && s.length >= MIN_SECRET))]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const known = literal.length > 0 ? new RegExp(literal.join("|"), "g") : null;
  return (text) => {
    let out = known ? text.replace(known, REDACTED) : text;
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}

/** The secrets of a configuration: keys, tokens and the database password. */
export function secretsOf(config: Config): string[] {
  const secrets = [config.gemini.apiKey, config.twilio.authToken, config.adminToken];
  if (config.databaseUrl) {
    try {
      const password = decodeURIComponent(new URL(config.databaseUrl).password);
      if (password) secrets.push(password);
    } catch {
      // not a URL: nothing to add
    }
  }
  return secrets.filter((s): s is string => !!s);
}
