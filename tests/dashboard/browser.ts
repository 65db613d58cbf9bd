/**
 * Headless Chromium for the dashboard's browser tests, driven with `playwright-core` and
 * Debian's `chromium` (never a downloaded browser). Every launch gets a fresh profile, and no
 * request leaves the machine: images from elsewhere (customer photos, product pictures) are
 * answered with a local picture, anything else from elsewhere is refused.
 *
 * @example
 * ```ts
 * Deno.test({ name: "…", ignore: !hasChromium, fn: async () => {
 *   await using browser = await launchBrowser();
 *   await browser.page.goto(url);
 *   await browser.screenshot("dashboard-flow");
 * } });
 * ```
 * @module
 */
import { Buffer } from "node:buffer";
import { type BrowserContext, chromium, type Page } from "playwright-core";

const candidates = [
  Deno.env.get("CHROMIUM_PATH"),
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
];

/** Where Chromium is, or undefined when it is not installed. */
export const chromiumPath = candidates.find((path) => {
  if (!path) return false;
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
});

/** Whether the browser tests can run here. */
export const hasChromium = chromiumPath !== undefined;

/** How an ignored browser test names itself where Chromium is absent. */
export function browserTestName(name: string): string {
  return hasChromium
    ? name
    : `${name} (ignored: Chromium is not installed; apt-get install chromium)`;
}

const artifacts = new URL("../.artifacts/", import.meta.url);

export interface Browser extends AsyncDisposable {
  context: BrowserContext;
  page: Page;
  /** The picture served for every image from elsewhere (PNG). */
  picture: Buffer;
  /** Saves a full-page screenshot as `tests/.artifacts/<name>.png`; returns its path. */
  screenshot(name: string): Promise<string>;
}

/** Starts Chromium with a fresh profile and one page. */
export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error("Chromium is not installed");
  const profile = await Deno.makeTempDir({ prefix: "dashboard-chromium-" });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.setContent(
      `<div id="p" style="width:160px;height:100px;background:linear-gradient(135deg,#1f6f5c,#9fd0c1)"></div>`,
    );
    const picture = Buffer.from(await page.locator("#p").screenshot());
    await context.route(
      /^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/,
      (route) =>
        route.request().resourceType() === "image"
          ? route.fulfill({ status: 200, contentType: "image/png", body: picture })
          : route.abort("blockedbyclient"),
    );
    return {
      context,
      page,
      picture,
      screenshot: async (name) => {
        await Deno.mkdir(artifacts, { recursive: true });
        const path = new URL(`${name}.png`, artifacts).pathname;
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      [Symbol.asyncDispose]: async () => {
        await context.close();
        await Deno.remove(profile, { recursive: true }).catch(() => {});
      },
    };
  } catch (err) {
    await context.close();
    await Deno.remove(profile, { recursive: true }).catch(() => {});
    throw err;
  }
}
