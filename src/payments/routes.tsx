/**
 * The payment routes. `POST /webhooks/stripe` and `POST /webhooks/mercadopago` take the
 * providers' events: verified first (400 `invalid_signature` for a forged or stale one, 403
 * `webhook_unverifiable` when the provider is not configured), stored once by id (a duplicate
 * answers 200 and changes nothing), applied in the same transaction (events.ts). `GET
 * /pay/{order}` is the payment link of the chat: it opens the provider's page while the order
 * awaits payment, and otherwise shows where the order stands. `GET /pay/{order}/done` is where
 * the provider sends the customer back: "Pago recibido", or that the payment is being
 * confirmed, with a link back to the WhatsApp chat.
 *
 * @module
 */
import { type Context, Hono } from "hono";
import type { FC } from "hono/jsx";
import { z } from "zod";
import type { Client } from "../db/connect.ts";
import { limitBody } from "../http/limits.ts";
import type { AppEnv } from "../http/router.ts";
import { pageHeaders } from "../http/security.ts";
import type { Clock } from "../shared/clock.ts";
import { AppError } from "../shared/errors.ts";
import { isUuid } from "../shared/ids.ts";
import { errorText, type Logger } from "../shared/log.ts";
import { formatMoney } from "../shared/money.ts";
import { EXPIRED_NOTE } from "../orders/holds.ts";
import { getOrder, type Order } from "../orders/service.ts";
import { openCheckout, providerOf } from "./checkout.ts";
import { applyMercadoPagoPayment, applyStripeEvent } from "./events.ts";
import type { Gateways } from "./gateway.ts";
import type { MercadoPagoGateway } from "./mercadopago.ts";
import { eventSeen, setEventOutcome, storeEvent } from "./store.ts";
import type { StripeGateway } from "./stripe.ts";

/** Largest event body read (Stripe's are a few KB; its limit is far below this). */
const MAX_EVENT_BYTES = 256 * 1024;

export interface PaymentRouteDeps {
  sql: Client;
  stripe: StripeGateway | null;
  mercadopago: MercadoPagoGateway | null;
  clock: Clock;
  log: Logger;
  publicBaseUrl?: string;
  storeName: string;
  /** `whatsapp:+14155238886`: the chat the pages link back to. */
  whatsappFrom?: string;
  /** Called after an event scheduled work (a notice, a refund), to run it soon. */
  onScheduled?: () => void;
}

const MercadoPagoNotice = z.looseObject({
  type: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  data: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
});

/** The payment routes, mounted at the root. */
export function paymentRoutes(deps: PaymentRouteDeps) {
  const { sql, clock, log } = deps;
  const gateways: Gateways = { stripe: deps.stripe, mercadopago: deps.mercadopago };
  const app = new Hono<AppEnv>();
  app.use("/webhooks/*", limitBody(MAX_EVENT_BYTES));

  app.post("/webhooks/stripe", async (c) => {
    const stripe = deps.stripe;
    if (!stripe) throw unverifiable("Stripe", "STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET");
    const raw = await c.req.text();
    const now = clock.now();
    const event = await stripe.verify(raw, c.req.header("stripe-signature"), now);
    const stored = await sql.begin(async (tx) => {
      const fresh = await storeEvent(tx, {
        provider: "stripe",
        eventId: event.id,
        type: event.type,
        orderId: null,
        outcome: "received",
        payload: JSON.parse(raw),
      });
      if (!fresh) return null;
      const applied = await applyStripeEvent(tx, event, now);
      await setEventOutcome(tx, "stripe", event.id, applied);
      return applied;
    });
    log.info("payment.event", {
      provider: "stripe",
      event: event.id,
      type: event.type,
      outcome: stored?.outcome ?? "duplicate",
    });
    if (stored) deps.onScheduled?.();
    return c.json({ received: true, duplicate: stored === null }, 200);
  });

  app.post("/webhooks/mercadopago", async (c) => {
    const mp = deps.mercadopago;
    if (!mp) {
      throw unverifiable("Mercado Pago", "MERCADOPAGO_ACCESS_TOKEN and MERCADOPAGO_WEBHOOK_SECRET");
    }
    const raw = await c.req.text();
    let body: z.output<typeof MercadoPagoNotice>;
    try {
      body = MercadoPagoNotice.parse(JSON.parse(raw));
    } catch {
      throw new AppError("invalid_input", 400, "A Mercado Pago notification is a JSON object");
    }
    const dataId = c.req.query("data.id") ?? body.data?.id ?? "";
    const requestId = c.req.header("x-request-id");
    const now = clock.now();
    const valid = dataId !== "" && requestId !== undefined &&
      mp.verify({ signature: c.req.header("x-signature"), requestId, dataId }, now);
    if (!valid) {
      throw new AppError(
        "invalid_signature",
        400,
        "Missing, invalid or stale x-signature (ts must be within 300 seconds)",
      );
    }
    const type = c.req.query("type") ?? body.type ?? "";
    if (type !== "payment" || (await eventSeen(sql, "mercadopago", requestId))) {
      return c.json({ received: true, duplicate: type === "payment" }, 200);
    }
    // Read the payment before any transaction: the notification itself carries only its id.
    const payment = await mp.payment(dataId);
    const applied = await sql.begin(async (tx) => {
      const fresh = await storeEvent(tx, {
        provider: "mercadopago",
        eventId: requestId,
        type: body.action ?? type,
        orderId: null,
        outcome: "received",
        payload: { notification: JSON.parse(raw), payment },
      });
      if (!fresh) return null;
      const result = await applyMercadoPagoPayment(tx, payment, now);
      await setEventOutcome(tx, "mercadopago", requestId, result);
      return result;
    });
    log.info("payment.event", {
      provider: "mercadopago",
      event: requestId,
      payment: dataId,
      outcome: applied?.outcome ?? "duplicate",
    });
    if (applied) deps.onScheduled?.();
    return c.json({ received: true, duplicate: applied === null }, 200);
  });

  app.use("/pay/*", pageHeaders());

  const chat = deps.whatsappFrom ? `https://wa.me/${deps.whatsappFrom.replace(/\D/g, "")}` : null;
  const page = (
    c: Context<AppEnv>,
    order: Order | null,
    state: PageState,
    status: 200 | 404 | 503 = 200,
  ) =>
    c.html(
      `<!doctype html>${(
        <PayPage
          storeName={deps.storeName}
          order={order}
          state={state}
          chat={chat}
          retry={order && deps.publicBaseUrl ? `${deps.publicBaseUrl}/pay/${order.id}` : null}
        />
      )}`,
      status,
    );

  app.get("/pay/assets/pay.css", (c) =>
    c.body(PAGE_CSS, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=3600",
    }));

  const findOrder = async (id: string) => {
    if (!isUuid(id)) return null;
    try {
      return await getOrder(sql, id);
    } catch (err) {
      if (err instanceof AppError && err.status === 404) return null;
      throw err;
    }
  };

  app.get("/pay/:id", async (c) => {
    const order = await findOrder(c.req.param("id"));
    if (!order) return page(c, null, "unknown", 404);
    const now = clock.now();
    const payable = order.status === "awaiting_payment" && providerOf(order) !== null &&
      order.holdExpiresAt !== null && order.holdExpiresAt > now;
    if (!payable || !deps.publicBaseUrl) return page(c, order, stateOf(order, now, false));
    try {
      const url = await openCheckout(sql, gateways, order, {
        now,
        publicBaseUrl: deps.publicBaseUrl,
      });
      return c.redirect(url, 303);
    } catch (err) {
      log.warn("payment.checkout_failed", { order: order.id, error: errorText(err) });
      return page(c, order, "provider_down", 503);
    }
  });

  app.get("/pay/:id/done", async (c) => {
    const order = await findOrder(c.req.param("id"));
    if (!order) return page(c, null, "unknown", 404);
    return page(c, order, stateOf(order, clock.now(), c.req.query("cancelled") !== undefined));
  });

  return app;
}

function unverifiable(provider: string, variables: string): AppError {
  return new AppError(
    "webhook_unverifiable",
    403,
    `${provider} is not configured here: set ${variables} (and PUBLIC_BASE_URL) to accept its events`,
  );
}

type PageState =
  | "paid"
  | "refunded"
  | "confirming"
  | "not_completed"
  | "expired"
  | "cancelled"
  | "offline"
  | "provider_down"
  | "unknown";

function stateOf(order: Order, now: Date, cancelled: boolean): PageState {
  if (order.status === "cancelled" && order.refundStatus !== null) return "refunded";
  if (order.paidAt !== null) return "paid";
  if (order.status === "cancelled") {
    return order.cancelReason === EXPIRED_NOTE ? "expired" : "cancelled";
  }
  if (order.status !== "awaiting_payment" || providerOf(order) === null) return "offline";
  if (order.holdExpiresAt !== null && order.holdExpiresAt <= now) return "expired";
  return cancelled ? "not_completed" : "confirming";
}

const TEXT = {
  es: {
    paid: [
      "Pago recibido",
      "¡Gracias! Hemos recibido el pago de tu pedido. Te escribiremos por WhatsApp con las novedades.",
    ],
    confirming: [
      "Estamos confirmando tu pago",
      "En cuanto el pago se confirme te lo diremos por WhatsApp. Puedes cerrar esta página.",
    ],
    not_completed: [
      "El pago no se completó",
      "No se ha cobrado nada. Puedes intentarlo de nuevo mientras el pedido siga reservado.",
    ],
    refunded: [
      "Pago devuelto",
      "El pedido está cancelado y te devolvemos lo que pagaste. Escríbenos por WhatsApp si tienes dudas.",
    ],
    expired: [
      "El pedido ha caducado",
      "No recibimos el pago a tiempo y los productos volvieron a la venta. Escríbenos por WhatsApp si aún los quieres.",
    ],
    cancelled: ["Pedido cancelado", "Este pedido está cancelado."],
    offline: [
      "Tu pedido",
      "Este pedido no se paga por internet. Si tienes dudas, escríbenos por WhatsApp.",
    ],
    provider_down: [
      "No hemos podido abrir el pago",
      "El servicio de pago no responde ahora mismo. Inténtalo de nuevo en un minuto.",
    ],
    unknown: ["Pedido no encontrado", "Este enlace no corresponde a ningún pedido."],
    order: "Pedido",
    total: "Total",
    retry: "Intentar de nuevo",
    chat: "Volver al chat de WhatsApp",
  },
  en: {
    paid: [
      "Payment received",
      "Thank you! We received the payment of your order. We'll keep you posted on WhatsApp.",
    ],
    confirming: [
      "We're confirming your payment",
      "We'll tell you on WhatsApp as soon as it's confirmed. You can close this page.",
    ],
    not_completed: [
      "The payment wasn't completed",
      "Nothing was charged. You can try again while the order is held.",
    ],
    refunded: [
      "Payment refunded",
      "The order is cancelled and what you paid is being refunded. Write to us on WhatsApp with any question.",
    ],
    expired: [
      "The order expired",
      "The payment didn't arrive in time and the items went back on sale. Write to us on WhatsApp if you still want them.",
    ],
    cancelled: ["Order cancelled", "This order is cancelled."],
    offline: [
      "Your order",
      "This order isn't paid online. Write to us on WhatsApp with any question.",
    ],
    provider_down: [
      "We couldn't open the payment",
      "The payment service isn't answering right now. Try again in a minute.",
    ],
    unknown: ["Order not found", "This link isn't for any order."],
    order: "Order",
    total: "Total",
    retry: "Try again",
    chat: "Back to the WhatsApp chat",
  },
  pt: {
    paid: [
      "Pagamento recebido",
      "Obrigado! Recebemos o pagamento do seu pedido. Vamos te avisar pelo WhatsApp.",
    ],
    confirming: [
      "Estamos confirmando seu pagamento",
      "Assim que o pagamento for confirmado avisamos pelo WhatsApp. Pode fechar esta página.",
    ],
    not_completed: [
      "O pagamento não foi concluído",
      "Nada foi cobrado. Você pode tentar de novo enquanto o pedido estiver reservado.",
    ],
    refunded: [
      "Pagamento devolvido",
      "O pedido foi cancelado e vamos devolver o que você pagou. Fale com a gente pelo WhatsApp se tiver dúvidas.",
    ],
    expired: [
      "O pedido expirou",
      "O pagamento não chegou a tempo e os produtos voltaram à venda. Fale com a gente pelo WhatsApp se ainda quiser.",
    ],
    cancelled: ["Pedido cancelado", "Este pedido está cancelado."],
    offline: [
      "Seu pedido",
      "Este pedido não é pago pela internet. Fale com a gente pelo WhatsApp se tiver dúvidas.",
    ],
    provider_down: [
      "Não conseguimos abrir o pagamento",
      "O serviço de pagamento não está respondendo agora. Tente de novo em um minuto.",
    ],
    unknown: ["Pedido não encontrado", "Este link não corresponde a nenhum pedido."],
    order: "Pedido",
    total: "Total",
    retry: "Tentar de novo",
    chat: "Voltar ao chat do WhatsApp",
  },
} as const;

const PAGE_CSS =
  "body{margin:0;font:17px/1.5 system-ui,sans-serif;color:#1d2430;background:#f6f7f9}" +
  "main{max-width:480px;margin:10vh auto;padding:24px;background:#fff;border:1px solid #d8dde4;border-radius:12px}" +
  "h1{font-size:1.4rem;margin:0 0 12px}a.button{display:inline-block;margin:12px 8px 0 0;padding:12px 16px;" +
  "border-radius:8px;background:#1f6f5c;color:#fff;text-decoration:none;font-weight:600}" +
  "a.secondary{background:#fff;color:#1f6f5c;border:1px solid #1f6f5c}.muted{color:#5b6573}";

const PayPage: FC<{
  storeName: string;
  order: Order | null;
  state: PageState;
  chat: string | null;
  retry: string | null;
}> = ({ storeName, order, state, chat, retry }) => {
  const t = TEXT[order?.language ?? "es"];
  const [title, body] = t[state];
  return (
    <html lang={order?.language ?? "es"}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{title} · {storeName}</title>
        <link rel="stylesheet" href="/pay/assets/pay.css" />
      </head>
      <body>
        <main data-state={state}>
          <p class="muted">{storeName}</p>
          <h1>{title}</h1>
          {order && (
            <p>
              {t.order} <strong>#{order.number}</strong> · {t.total}{" "}
              <strong>{formatMoney(order.totalMinor, order.currency, order.language)}</strong>
            </p>
          )}
          <p>{body}</p>
          {retry && (state === "not_completed" || state === "provider_down") && (
            <a class="button" href={retry}>{t.retry}</a>
          )}
          {chat && <a class="button secondary" href={chat}>{t.chat}</a>}
        </main>
      </body>
    </html>
  );
};
