/**
 * The seed guide's example customers, created the way real ones are: signed Twilio webhooks
 * answered by the offline agent. Ana buys (an order, picked up and paid in cash), Luis fills a
 * cart and sends a photo,
 * Marta asks for a person (she needs attention).
 *
 * @module
 */
import assert from "node:assert/strict";
import type { whatsappShop } from "../helpers/whatsapp.ts";

type Shop = Awaited<ReturnType<typeof whatsappShop>>;

export const ANA = { phone: "+34600000201", name: "Ana García" };
export const LUIS = { phone: "+34600000202", name: "Luis Pérez" };
export const MARTA = { phone: "+34600000203", name: "Marta Ruiz" };

/** A customer's photo, as Twilio links it. */
export const LUIS_PHOTO =
  "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/MM00000000000000000000000000000001/Media/ME00000000000000000000000000000001";

/**
 * Plays the three customers' conversations; returns the agent's answers, in order. `photo` is
 * the URL of Luis's photo (default {@linkcode LUIS_PHOTO}; one the fake Twilio serves, for a
 * page that shows it).
 */
export async function playExampleCustomers(shop: Shop, photo = LUIS_PHOTO): Promise<string[]> {
  const answers: string[] = [];
  const say = async (
    who: { phone: string; name: string },
    text: string,
    extra: Record<string, string> = {},
  ) => {
    const res = await shop.send(who.phone, text, { ProfileName: who.name, ...extra });
    assert.equal(res.status, 200);
    answers.push(shop.parse(await res.text()).map((m) => m.body).join("\n"));
  };
  await say(ANA, "Hola, ¿qué productos tienen?");
  await say(ANA, "Quiero comprar 2 unidades del producto 1");
  await say(ANA, "Actualiza mi carrito, quiero 3 en vez de 2");
  await say(ANA, "quiero pagar, lo recojo y pago en efectivo");
  await say(ANA, "sí");
  await say(LUIS, "Muéstrame información del producto 1");
  await say(LUIS, "Quiero comprar 2 unidades del producto 1");
  await say(LUIS, "", { MediaUrl0: photo, MediaContentType0: "image/jpeg" });
  await say(MARTA, "quiero hablar con una persona");
  return answers;
}
