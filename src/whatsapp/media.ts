/**
 * Downloading the media of an inbound WhatsApp message from Twilio. A `MediaUrlN` is fetched
 * with HTTP basic auth (account SID and auth token) only when it is on Twilio's API host (or the
 * configured `TWILIO_API_BASE_URL`); Twilio answers with a redirect to signed storage, which is
 * followed without the credentials. HTTPS only, unless the configured base URL is plain http (a
 * local fake). Sizes are capped as WhatsApp caps them (images 5 MB, anything 16 MB): a bigger
 * `Content-Length` is refused before reading, and a body that grows past the cap is cut off. One
 * timeout covers the whole download; 429, 5xx and network errors are tried again.
 *
 * @example
 * ```ts
 * const fetcher = twilioMediaFetcher({
 *   accountSid: "AC00000000000000000000000000000000",
 *   authToken: "the auth token",
 * });
 * const file = await fetcher.fetch({
 *   url: "https://api.twilio.com/2010-04-01/Accounts/AC…/Messages/MM…/Media/ME…",
 *   contentType: "image/jpeg",
 * });
 * file.bytes.length; // at most 5 MB for an image
 * ```
 * @module
 */
import type { FetchedMedia, MediaFetcher } from "../agent/media.ts";
import type { Media } from "../conversations/thread.ts";

export interface MediaFetcherOptions {
  accountSid: string;
  authToken: string;
  /** Twilio's REST base URL; its origin is the one media URLs may have. */
  apiBaseUrl?: string;
  /** Time allowed for one download, redirects included, in ms. Default 10,000. */
  timeoutMs?: number;
  /** Attempts per download, the first included. Default 3. */
  attempts?: number;
  /** Wait before a second attempt, doubled for the next. Default 200 ms. */
  backoffMs?: number;
}

/** WhatsApp's caps: images 5 MB, any other media 16 MB. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_MEDIA_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 3;
const TWILIO_API = "https://api.twilio.com";

/** A download that failed; `retry` when trying again may help. */
export class MediaDownloadError extends Error {
  override name = "MediaDownloadError";
  constructor(message: string, readonly retry: boolean) {
    super(message);
  }
}

/** Downloads Twilio media with the account's credentials. */
export function twilioMediaFetcher(options: MediaFetcherOptions): MediaFetcher {
  const apiOrigin = new URL(options.apiBaseUrl ?? TWILIO_API).origin;
  const allowHttp = apiOrigin.startsWith("http:");
  const auth = `Basic ${btoa(`${options.accountSid}:${options.authToken}`)}`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 200;

  async function once(media: Media): Promise<FetchedMedia> {
    const signal = AbortSignal.timeout(timeoutMs);
    let url = new URL(media.url);
    let headers: Record<string, string> = { authorization: auth };
    for (let hop = 0;; hop++) {
      let res: Response;
      try {
        res = await fetch(url, { headers, redirect: "manual", signal });
      } catch (err) {
        throw new MediaDownloadError(`media download failed: ${errorName(err)}`, true);
      }
      if (res.status >= 300 && res.status < 400) {
        await res.body?.cancel();
        const location = res.headers.get("location");
        if (!location || hop >= MAX_REDIRECTS) {
          throw new MediaDownloadError(`media redirect without a usable location`, false);
        }
        url = new URL(location, url);
        checkScheme(url, allowHttp);
        // Storage is signed by its URL: the account's credentials stay with Twilio.
        headers = {};
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        const retry = res.status === 429 || res.status >= 500;
        throw new MediaDownloadError(`media download answered ${res.status}`, retry);
      }
      const contentType = res.headers.get("content-type") ?? media.contentType ?? "";
      const cap = contentType.startsWith("image/") ? MAX_IMAGE_BYTES : MAX_MEDIA_BYTES;
      const length = Number(res.headers.get("content-length"));
      if (length > cap) {
        await res.body?.cancel();
        throw new MediaDownloadError(`media of ${length} bytes is over the ${cap} cap`, false);
      }
      return { bytes: await readCapped(res, cap), contentType };
    }
  }

  return {
    async fetch(media) {
      const url = new URL(media.url);
      checkScheme(url, allowHttp);
      if (url.origin !== apiOrigin) {
        throw new MediaDownloadError(`media host ${url.host} is not Twilio's`, false);
      }
      for (let attempt = 1;; attempt++) {
        try {
          return await once(media);
        } catch (err) {
          const retry = err instanceof MediaDownloadError && err.retry;
          if (!retry || attempt >= attempts) throw err;
          await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
        }
      }
    },
  };
}

function checkScheme(url: URL, allowHttp: boolean): void {
  if (url.protocol === "https:" || (allowHttp && url.protocol === "http:")) return;
  throw new MediaDownloadError(`media URL must be https (got ${url.protocol})`, false);
}

/** The body, refused as soon as it passes `cap` bytes (never read whole). */
async function readCapped(res: Response, cap: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > cap) {
        await reader.cancel();
        throw new MediaDownloadError(`media over the ${cap} byte cap`, false);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof MediaDownloadError) throw err;
    throw new MediaDownloadError(`media download failed: ${errorName(err)}`, true);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function errorName(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
