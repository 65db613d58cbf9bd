/**
 * The customer's language (Spanish or English), guessed from what they write, and the few
 * sentences the server itself says in it.
 *
 * @example
 * ```ts
 * detectLanguage("Hola, ¿qué productos tienen?"); // "es"
 * detectLanguage("ok");                           // null: keep the conversation's language
 * ```
 * @module
 */
import type { Language } from "../shared/language.ts";

export type { Language };

const spanish = new Set(
  ("hola buenas buenos dias tardes noches quiero quisiera qué que cuál cual cuánto cuanto " +
    "cuesta cuestan tienen tienes producto productos carrito comprar compra unidades unidad " +
    "del el la los las de en y mi mis por favor gracias muéstrame muestrame información " +
    "informacion actualiza quita quitar pagar pedido dónde donde está esta ayuda persona " +
    "hablar con vez para añade añadir ver finalizar es son un una dos tres sí no busco " +
    "precio cómo como eso esto envío envio envíos envios domicilio recogida recoger tienda " +
    "efectivo tarjeta transferencia pago llamo calle vale dale confirmo cancela cancelar " +
    "enlace horario abren devolver").split(" "),
);
const english = new Set(
  ("hello hi hey good morning want would like what which how much cost costs have has " +
    "product products cart buy purchase units unit of the a an in and my please thanks " +
    "thank you show me info information update remove pay order where is help person talk " +
    "to with instead for add see view checkout are two three yes no looking price it this " +
    "that pick up pickup delivery shipping card cash transfer bank name street yes cancel " +
    "link open").split(" "),
);

/** Spanish or English when the text says so clearly enough; null when it does not. */
export function detectLanguage(text: string): Language | null {
  if (/[¿¡ñ]/i.test(text)) return "es";
  let es = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (spanish.has(word)) es++;
    if (english.has(word)) en++;
  }
  if (es === en) return null;
  return es > en ? "es" : "en";
}

/** What the customer reads when their message could not be answered. */
export function apology(language: Language): string {
  return language === "en"
    ? "Sorry, I can't answer right now. Your message is saved and we'll get back to you as soon as we can."
    : "Lo siento, ahora mismo no puedo responder. Tu mensaje ha quedado guardado y te contestaremos lo antes posible.";
}

/** What the customer reads when the agent ran out of steps for one message. */
export function stepLimitReply(language: Language): string {
  return language === "en"
    ? "Sorry, I couldn't finish that. Could you say it another way, or ask for a person?"
    : "Lo siento, no he podido completar eso. ¿Puedes decírmelo de otra forma o pedir hablar con una persona?";
}

/** What a customer writing faster than they can be answered reads, once. */
export function floodNotice(language: Language): string {
  return language === "en"
    ? "I've received several messages in a row. I'm reading them all and will answer them together in a moment."
    : "He recibido varios mensajes seguidos. Los estoy leyendo todos y te respondo a todos juntos en un momento.";
}
