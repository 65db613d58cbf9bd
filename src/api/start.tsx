/**
 * `/`: the start page a person opening the server's address sees. It says what this server
 * is and where everything is: the API reference, the staff dashboard (or how to turn it on),
 * health, and the webhook URL to give Twilio to connect WhatsApp. Sent with the dashboard's
 * security headers and stylesheet.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { loadConfig } from "../shared/config.ts";
 * new Hono().route("/", startRoutes({ config: loadConfig({}) }));
 * ```
 * @module
 */
import { Hono } from "hono";
import type { FC } from "hono/jsx";
import { type Config, missingWhatsAppSettings } from "../shared/config.ts";
import { pageHeaders } from "../http/security.ts";
import { publicOrigin } from "../http/client.ts";

type StartConfig = Pick<
  Config,
  "storeName" | "adminToken" | "publicBaseUrl" | "trustedProxies" | "twilio" | "gemini"
>;

/** The start page's route, mounted at the root. */
export function startRoutes(deps: { config: StartConfig }) {
  const { config } = deps;
  const app = new Hono();
  app.use("/", pageHeaders());
  app.get("/", (c) => {
    const base = publicOrigin(c.req.raw, config);
    return c.html(`<!doctype html>${<StartPage config={config} base={base} />}`);
  });
  return app;
}

const StartPage: FC<{ config: StartConfig; base: string }> = ({ config, base }) => {
  const missing = missingWhatsAppSettings(config);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{config.storeName} · WhatsApp sales agent</title>
        <link rel="stylesheet" href="/admin/assets/admin.css" />
      </head>
      <body>
        <header class="top">
          <span class="store">{config.storeName}</span>
        </header>
        <main>
          <h1>WhatsApp sales agent</h1>
          <p>
            This server is the shop's salesperson on WhatsApp: customers write to the shop's number,
            and an agent answers from this server's catalog, keeps their cart and takes their order.
            Staff follow every conversation in the dashboard and can take one over.
          </p>
          <div class="card" id="links">
            <h2>Where things are</h2>
            <ul>
              <li>
                <a href="/docs">/docs</a>: the REST API reference (catalog, carts, orders), and{" "}
                <a href="/openapi.json">/openapi.json</a> for tools.
              </li>
              <li id="dashboard">
                {config.adminToken
                  ? (
                    <>
                      <a href="/admin">/admin</a>: the staff dashboard; sign in with the server's
                      ADMIN_TOKEN.
                    </>
                  )
                  : (
                    <>
                      /admin: the staff dashboard is off. Start the server with ADMIN_TOKEN set (16
                      characters or more), then sign in there with it.
                    </>
                  )}
              </li>
              <li>
                <a href="/healthz">/healthz</a> answers while the process runs,{" "}
                <a href="/readyz">/readyz</a> while the database answers too.
              </li>
            </ul>
          </div>
          <div class="card" id="whatsapp">
            <h2>Connect WhatsApp</h2>
            <p>
              In the Twilio console, set the WhatsApp sender's (or sandbox's) “When a message comes
              in” webhook to <code>{`${base}/webhook`}</code>, method POST.
            </p>
            {!config.publicBaseUrl && (
              <p class="muted">
                That is this page's own address. Set PUBLIC_BASE_URL to the https address Twilio
                reaches (your domain, or a tunnel to this machine): signatures are checked against
                it, and delivery statuses come back to it.
              </p>
            )}
            {missing.length > 0
              ? (
                <p class="notice error">
                  WhatsApp is not connected: {missing.join(", ")}{" "}
                  {missing.length === 1 ? "is" : "are"} not set.
                </p>
              )
              : (
                <p class="notice">
                  WhatsApp is connected: replies go out from {config.twilio.whatsappFrom}.
                </p>
              )}
          </div>
          <div class="card" id="agent">
            <h2>The agent</h2>
            <p>
              {config.gemini.apiKey
                ? `Answers come from Gemini (${config.gemini.model}).`
                : "Answers come from the offline, rule-based model, for trying the shop out: set GOOGLE_API_KEY for Gemini."}
              {" "}
              Talk to it from a terminal with <code>deno task chat</code>.
            </p>
          </div>
        </main>
      </body>
    </html>
  );
};
