/**
 * Understanding a customer's message: which intent it carries and its slots (products named in
 * words, quantities, order numbers, the fulfilment and payment chosen, the customer's details),
 * given what the conversation shows (the quote pending, the product last discussed, the last
 * thing the agent said). Products named in words are not resolved here: the plan says what to
 * look up, and resolve.ts matches the words against what the catalog returns.
 *
 * @example
 * ```ts
 * understand("kiero 2 cafes molidos y un termo", NO_CONVERSATION, new Set(["add_to_cart"]));
 * // { kind: "items", action: "add", segments: [{ words: ["cafe", "molido"], quantity: 2, ... },
 * //   { words: ["termo"], quantity: 1, ... }], extra: [] }
 * ```
 * @module
 */
import { detectLanguage } from "../language.ts";
import { cueIntent, cueWords } from "./cues.ts";
import { detailsIn } from "./details.ts";
import { type Excluded, exclusionIn } from "./exclude.ts";
import { editDistance, normalize, respell, stem, words } from "./text.ts";
import { vocabulary as V } from "./vocabulary.ts";

export type Args = Record<string, unknown>;
export interface Call {
  name: string;
  args: Args;
}

/** Part of a message that names one item: its words (in the catalog's terms) and how many. */
export interface Segment {
  words: string[];
  /** Category named without a product ("un té"), to ask within it. */
  category: string | null;
  quantity: number;
  /** The customer wrote the quantity. */
  counted: boolean;
  /** "otra", "another", "mais um": one more of the item before or the last product. */
  another: boolean;
  /** "esos", "that one": the product just discussed. */
  reference: boolean;
  /** The size given (S, M, talla L, GG -> XL...), as the catalog names it. */
  size: string | null;
  /** What the item is for («café para la italiana»): words its description may have. */
  purpose?: string[];
  /** «el café déjalo en 1»: the quantity of its cart line, set there (added when not in it). */
  sets?: boolean;
}

/** Short answers that need no tool. */
export type ReplyKind =
  | "greeting"
  | "thanks"
  | "bot"
  | "ack"
  | "still_open"
  | "help"
  | "out_of_scope"
  | "injection"
  | "not_yet"
  | "which_product"
  | "opt_out_unavailable"
  | "marketing_info"
  | "notify_unavailable"
  | "left_as_is"
  | "fixed_price"
  | "gift_wrap";

export type Plan =
  | { kind: "reply"; reply: ReplyKind }
  /** `after`: what the results do not say, said after them («no tengo ese dato»); `pick`: of
   * the customer's open orders, the one a cancellation means («cancel the second one»). */
  | { kind: "calls"; calls: Call[]; after?: ReplyKind; pick?: "newest" | "oldest" | "second" }
  /** Products named in words: search, then add (or describe, or ask to be notified). */
  | {
    kind: "items";
    action: "add" | "info" | "notify";
    segments: Segment[];
    extra: Call[];
    /** Said with a verb ("ponme", "I'll take"), not only named ("el termo"). */
    explicit?: boolean;
    /** "pon 3 del café": a product already in the cart gets that quantity instead. */
    setIfInCart?: boolean;
    /** «vendem flores? queria mandar um buquê junto com a caneca»: the words asked about being
     * sold; when none of the catalog has them, nothing is added. */
    tentative?: string[];
    /** «la taza en vez del termo»: the items these replace leave the cart when they are added. */
    replacing?: Segment[];
    /** «quita el termo y pon 2 tazas»: lines taken out of the cart beside the adds. */
    removing?: Segment[];
    /** What the message's cue words ask for, when no product it names is found. */
    fallback?: Call[];
    /** A short reply said before the answer: «prices don't change over chat». */
    preface?: ReplyKind;
    /** Said as a statement («el termo es de acero»), not asked: nothing found is off topic. */
    statement?: boolean;
    /** «algo dulce que no sea chocolate»: what is left out of the products shown. */
    excluding?: Excluded;
  }
  /** A change to a line of the cart: read the cart, then set or remove. */
  | {
    kind: "cart";
    /** `clear`: every line out («vacía el carrito»). */
    action: "set" | "remove" | "clear";
    segments: Segment[];
    quantity: number;
    /** "quita un café": take that many off the line instead of removing it. */
    by?: number;
    /** "double the chocolate", "corta pela metade": the line's quantity times this. */
    times?: number;
    /** «cancélalo», «cancel it»: with nothing in the cart, the customer's order is meant. */
    orderIfEmpty?: boolean;
    /** «quita todo menos el matcha»: the lines a clearing leaves. */
    excluding?: Excluded;
  }
  /** "pon 3 del producto 1": that quantity when the product is in the cart, else added. */
  | { kind: "put"; productId: number; quantity: number }
  /** «la sudadera cámbiamela a L»: the garment's line in the cart, in another size. */
  | { kind: "resize"; words: string[]; size: string }
  /** A look at the catalog: by category, price or words. */
  | { kind: "browse"; args: Args; cheapest: boolean; excluding?: Excluded }
  /** "when does it arrive?": the customer's orders, or the delivery terms when there are none. */
  | { kind: "arrival" }
  /** «how much is postage to Leeds?»: the quote of the cart that way, or the terms when empty. */
  | { kind: "fee"; choice: Args };

/** An item of a list the agent wrote. */
export interface Listed {
  name: string;
  price: number | null;
}

/** What the conversation shows before the message. */
export interface Conversation {
  /** The quote shown last and not placed yet. */
  pendingQuote: string | null;
  /** The product the conversation was last about. */
  lastProduct: number | null;
  /** The agent's last words, normalized. */
  lastAgentText: string;
  /** The question the agent's last words end with, normalized; empty when they ask nothing. */
  lastAgentQuestion: string;
  /** The items the agent's last words listed, in order, as written, with their price if shown. */
  listed: Listed[];
  /** The list was numbered («1) Café molido 2) Café en grano»): «el 2» is its second item. */
  numbered: boolean;
  /** The last tool step was about the sale (review, details). */
  inCheckout: boolean;
}

export const NO_CONVERSATION: Conversation = {
  pendingQuote: null,
  lastProduct: null,
  lastAgentText: "",
  lastAgentQuestion: "",
  listed: [],
  numbered: false,
  inCheckout: false,
};

const GREETING =
  /^((hola|buenas|buenos dias|buenas tardes|buenas noches|hey|hi|hiya|hello|good (morning|afternoon|evening|day)|oi|ola|bom dia|boa tarde|boa noite|ok|so|vale|bueno|pues)\b[\s,]*)+/;
const CONTAINERS = new Set(
  "bag bags bolsa bolsas pack packs box boxes caja cajas paquete paquetes pacote pacotes saco jar jars bote pote potes cajita cajitas paquetito paquetitos caixa caixas caixinha caixinhas pacotinho pacotinhos potinho potinhos tarro tarros frasco frascos"
    .split(" "),
);
/** «un», «una», «um»: 1 only as the default, never a quantity the customer stated. */
const ARTICLES = new Set(["un", "una", "uno", "um", "uma"]);
const ORDER_WORDS =
  /\b(pedidos?|ordene?s?|orders?|compras?|purchases?|encomendas?|mi|my|meu|el|la|the|o|a|newe?r|newest|olde?r|oldest|latest|last|recent|first|second|other|nuevo|ultimo|viejo|anterior|primer|primero|segundo|otro|novo|antigo|primeiro|outro|mais recente)\b/g;
/** Taking one unit off: «quita un café», «drop one of the coffees», «tira um café». */
const TAKE_ONE =
  /\b(?:quita\w*|saca\w*|drop|remove|lose|take (?:out|off|away)|tira\w*|tire)\s+(?:un|una|one|um|uma)\b(?!\s+(?:de (?:los|las)|dos|do|da)\b)/;
/** «pode tirar duas caixas de capsula», «quita 2 cafés»: that many off the line. */
function takenOff(text: string): number | null {
  const ws = words(text);
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!/^(quita\w*|saca\w*|drop|remove|tira\w*|tire)$/.test(ws[i])) continue;
    const n = numberAt(ws, i + 1);
    const of = ws[i + 1 + (n?.length ?? 0)] ?? "";
    if (n && n.value >= 2 && n.value <= 99 && !/^(de|dos|das|do|da|of)$/.test(of)) return n.value;
  }
  return null;
}
/** Fewer of a line: «una taza menos», «one less mug», «uma caneca a menos», «2 less». */
const LESS =
  /\b(?:(\d{1,2})|un|una|uno|one|um|uma|a)\s+((?:[a-z]+\s+){0,2}?)(?:less|fewer|a menos|menos|sobra|sobran|de mas|too many|a mais|sobrando)\b(?!\s+(?:de|que|than))/;
/** «dale no más», «uno no más»: Latin American «just», not a «no». */
const NOMAS =
  /\b(dale|si|ya|asi|eso|ese|esa|uno|una|listo|manda\w*|pon\w*|agrega\w*|hazlo|confirma\w*) no mas\b/g;
const INFO_REQUEST =
  /\b(pasas|pasa|pasame|manda|mandas|mandame|mandeme|das|da|dame|dime|decime|digame|diz|tell|passa|me passa|envia|enviame|send|give|gimme|get|show|mostra|muestrame|ensename|quiero|queria|quero|want|need|necesito|preciso)( me)? (el |la |los |las |o |a |os |as |the |a |un |una |um |uma |some |mas |mais |more |algo de |alguma )*(precio|precios|preco|precos|price|prices|foto|fotos|fotinho|photo|photos|pic|pics|picture|pictures|imagen|imagenes|imagem|imagens|video|videos|detalles|detalhes|details|info|informacion|informacao|informacoes|ficha|medidas|descripcion|descricao|receta|recetas|receita|receitas|recipe|recipes|dica|dicas|consejo|consejos|tip|tips)\b/;
const ONCE_AFTER =
  /^(it|its|i|im|ive|you|youre|we|they|theyre|the|he|she|more|that|this|my|your|payday|back|again|paid|a|an)$/;
const RECEIVED =
  /\b(ficou|ficaram|veio|vieram|chegou|chegaram|quedo|quedaron|me queda|no me queda|llego|llegaron|vino|arrived|came|doesnt fit|didnt fit|dont fit|too (small|big|large)|nao serviu|nao coube|roto|rota|quebr\w*|rach\w*|broken|cracked|smashed|defeito|defectuos\w*|faulty)\b/;
const DESCRIBING =
  /^(el|la|los|las|lo|o|a|os|as|the one|the ones|aquel\w*|aquela|aquele)\s+(de|do|da|con|com|with|que|of|that|which)\b/;
const PERSON =
  /\b((?<!\b(?:en|in|em) )(?:persona|person|pessoa)|alguien|humano|human|someone|real|alguem|de verdad|de verdade)\b/;
/** «quanto deu até agora», «what's the total so far»: the cart, not the checkout. */
const SO_FAR =
  /\b(ate agora|ate aqui|hasta ahora|hasta aqui|hasta el momento|so far|until now|till now|til now|up to now|(the|el|o) total (now|right now|ahora|agora))\b/;
const LABEL =
  /^\s*(test|testing|prueba|teste|caso|case|pregunta|question|paso|step|q)\s*#?\d{1,2}\s*[:.)-]\s*/i;
/** Asking for an item to be kept for the customer: «me lo apartas», «put one aside», «separa uma». */
const RESERVE =
  /\b(apart\w*|reserv\w*|guardame\w*|separa|separe|separar|(put|set|keep) (one|it|them) (aside|by)|(hold|save) (one|it|them) for me)\b/;
/** A question whose subject is the product just discussed: «y ese viene…», «does that one…». */
const THAT_ONE =
  /^(?:y |and |e |ok |vale |oye )?(?:ese|esa|este|that one|this one|esse|essa)\b(?! (?:no|nao|not)\b)/;
const SAME_SIZE =
  /\b(same size|misma talla|mismo talle|mesma talla|mesmo tamanho|do mesmo tamanho|de la misma talla)\b/;
/** The words asking a note to be written down: «anota que», «put that», «coloca aí que». */
const NOTE_VERB =
  /^(?:anot[aáe]|apunt[aáe]|pon(?:ed|ga|é)?|escrib[ie]|agreg[aá]|añad[ei]|not[ae]|put|write|add|coloca|p[õo]e|bota)(?:\s+(?:a[ií]|ah[ií]|down))?(?:\s+(?:que|q|k|that))?\s*:?\s+/iu;
/** The agent asking for a note for the courier (in its last question). */
const NOTE_ASKED =
  /\b(observac\w*|nota|notas|indicacion\w*|instrucc\w*|instructions?|notes?|aclaracion\w*|referencia|repartidor|entregador|driver|courier)\b/;
const CART_WORD = /\b(carrito|carro|cesta|cart|basket|trolley|carrinho|sacola)\b/;
/** The words of paying or closing an order, which ask for the quote. */
const PAYING =
  /\b(pag\w*|pay\w*|confirm\w*|finaliz\w*|checkout|check out|fech\w*|cerr\w*|comprar|buy|order)\b/;
/** «delete the flask from my basket»: a removal, though it names the basket. */
const REMOVE_VERB =
  /\b(delete|remove\w*|take (out|off)|get rid|quita\w*|saca\w*|elimina\w*|borra\w*|tira\w*|exclui\w*|apaga\w*)\b/;
/** «¿tenéis miel?», «got any honey?», «tem mel?»: asking whether it is there, not what it is. */
const AVAILABILITY =
  /\b(hay|tienen|teneis|tenes|tienes|queda|quedan|have you got|got any|do you (have|sell|do)|you got|tem|tem ai|vcs tem|voces tem|ainda tem|vende|vendem|venden|vendeis)\b/;
/** «grindr», «biscits»: a word one letter from a single synonym's (six letters or more). */
function nearSynonym(w: string): string | null {
  if (w.length < 6 || V.fillers.has(w)) return null;
  const targets = new Set<string>();
  for (const [key, to] of V.synonyms) {
    if (key.length >= 6 && Math.abs(key.length - w.length) <= 1 && editDistance(key, w) === 1) {
      targets.add(to);
    }
  }
  return targets.size === 1 ? [...targets][0] : null;
}

/** The words of haggling, never a product: «más barato», «descuento», «fazem», «cheaper». */
const HAGGLING =
  /^(barat\w*|cheap\w*|discount\w*|descuent\w*|descont\w*|precio\w*|preco\w*|precinho|price\w*|rebaj\w*|deal|hac\w*|faz\w*|dej\w*|deix\w*|less|menos|mais|mas|more|cantidad|quantidade|quantity)$/;
/** A request taken back in the same message, after a question mark, a comma or a full stop. */
const RETRACTED =
  /[?,.!]\s*(?:(?:o|or|ou)\s+(?:mejor\s+no|mejor\s+que\s+no|not|melhor\s+n[aã]o|n[aã]o)|nah|nope|never\s?mind|nvm|forget it|olv[ií]dalo|esquece|deixa\s+pra\s+l[aá]|actually\s+no|pensándolo\s+bien\s+no|pensandolo\s+bien\s+no|pensando\s+bem\s+n[aã]o)\s*[,.!]?\s*(?:d[ée]jalo(?:\s+(?:as[ií]|como\s+est[aá]))?|leave\s+it(?:\s+as\s+it\s+is|\s+as\s+is)?|deixa(?:\s+(?:assim|quieto|como\s+est[aá]))?|forget\s+it|olv[ií]dalo|esquece)?\s*[.!]*\s*$/iu;
const ORDER_NOUN = /\b(pedidos?|ordene?s?|orders?|compras?|purchases?|encomendas?|encargos?)\b/;
/** The agent's words when it has just put something in the cart. */
const JUST_ADDED = /^(anadido|anadidos|added|adicionado|adicionados)\b/;
/** A number set apart as an order's: «#1198», «nº 1198», «…, 1198,» (never «500 ml»). */
const SAID_NUMBER =
  /(?:(?:#|\b(?:n[º°o]\.?|number|numero|número)\s*)(\d{2,6})|,\s*(\d{3,6}))\b(?!\s*(?:ml|g|gr|kg|cl|l|uds?|x|€|eur|euros?)\b)/;
const ONLY_NUMBER =
  /^(?:(?:y|e|and|and what about|what about|y el|e o|y la|e a|el|la|o|a)\s+)*#?(\d{3,6})$/;
/** A number of three to six digits standing alone, not a measure or a price. */
const BARE_ORDER =
  /(?:^|\s)#?(\d{3,6})(?!\s*(?:ml|g|gr|kg|cl|l|uds?|x|€|eur|euros?|reais|pesos|%))\b/;
/** The verbs of cancelling, which say an order when no cart line is meant. */
const CANCEL_VERB = /\b(cancel\w*|anul\w*|call (it )?off)\b/;
const MISTAKE = /\b(me equivoque|equivoque|me confundi|wrong|mistake|errei|errado|me enganei)\b/;
/** The words of a change of mind or a mistake («changed my mind», «pedí mal»), never a product. */
const MIND_CHANGED =
  /^(chang\w*|mind|ordered|order|wrong|thing|stuff|anymore|dont|mistake|errad\w*|pedi|equivoque|mal|idea|opinion|ideia|mudei|cambie)$/;
/** «what's your cancellation policy?», «¿cómo funciona la cancelación?»: the terms, asked. */
const CANCEL_TERMS =
  /\b(policy|policies|politica|fees?|charge|cargo|comision|taxa|multa|how (does|do|would)|como funciona|como (se )?cancela|como (eu )?(faco|faz) (pra|para) cancelar|como hago para cancelar)\b/;
/** A cancellation told or asked about, not asked for: «cancelaron», «did you cancel», «foi cancelado». */
const CANCELLED =
  /\b(cancelaron|cancelasteis|cancelaste|anularon|anulasteis|anulaste|cancelad[oa]s?|anulad[oa]s?|did (you|u|they|someone|anyone) cancel|(you|u|they) cancell?ed|(is|was|been|got|get) (it |my order |the order |order \d+ )?cancell?ed|cancelaram|cancelou|foi cancelad[oa])\b/;
/** «dont want to miss a sale», «no quiero perderme las ofertas»: wanting them, said with a no. */
const MISSING_OUT =
  /\b(dont|do not|not) (want to |wanna )?miss\b|\bno (me )?quiero perder\w*\b|\bnao quero perder\b/;
/** «can I still cancel tomorrow?»: a time to come, so a question about the terms. */
const LATER =
  /\b(still|todavia|aun|ainda|tomorrow|manana|amanha|later|despues|depois|luego|next week)\b/;
const GIVING_UP = /\b(cancel\w*|anul\w*|desist\w*|arrepent\w*|arrepend\w*)\b/;
const INSTEAD = /\b(?:instead of|en vez de|en lugar de|em vez de|no lugar de|rather than)\b/;
const MEASURES =
  /^(g|gr|grs|gramos|kg|kilo|kilos|ml|cm|oz|%|euros?|eur|pesos|reais|real|dollars?|bucks|pounds|quid|libras)$/;
const PRODUCT_REF =
  /\b(?:producto|product|produto|articulo|item|#)\s*(?:n[o.]?\s*|numero\s*)?(\d{1,9})\b/;
const ORDER_REF =
  /\b(?:pedido|orden|order|compra)\s*(?:numero\s*|number\s*|n[o.]?\s*)?#?\s*(\d{3,9})\b|#\s?(\d{3,9})\b/;
/** «el pedido 44», «my order 12»: a short number after the noun, with its article. */
const ORDER_NOUN_REF =
  /\b(?:el|o|the)\s+(?:numero|number|nro)\s*#?\s*(\d{2,9})\b|\b(?:el|del|mi|o|do|meu|my|the|la|a|da|minha)\s+(?:pedido|orden|order|encomenda|compra)\s*(?:numero\s*|number\s*|n[o.]?\s*)?#?\s*(\d{2,9})\b/;
/** «cancela el 215 porfa», «pay for 1090»: a number right after cancelling or paying. */
const ORDER_AFTER_VERB =
  /\b(?:cancel\w*|anul\w*|pag\w*|pay\w*|paid)\s+(?:(?:for|por|el|la|o|a|the|do|del|de)\s+)*#?(\d{2,9})\s*(?=,|$|\b(?:porfa|porfavor|por favor|plis|please|pls|plz|pf|pfv|pfvr|ya|now|agora|que|q|because|porque|pq|gracias|thanks|obrigad\w*)\b)/;

/** «pls cancel 1080 i found it cheaper»: three digits or more right after cancelling, whatever follows. */
const ORDER_AFTER_CANCEL =
  /\b(?:cancel\w*|anul\w*)\s+(?:(?:el|la|o|a|the|do|del|de|my|mi|meu)\s+)*#?(\d{3,9})\b(?!\s*(?:€|eur|euros?|pesos?|reais|real|dollars?|g|kg|ml|x|%|unidades|units)\b)/;

/** What getting an order costs, asked: «how much is postage», «cuánto sale el envío». */
const FEE =
  /\b(how much|cuanto|quanto|qto|qnt|cost\w*|price|precio|preco|valor|fee|charge\w*|cobr\w*|sale|sai|fica|tarifa)\b/;
const PRICE_ASKED =
  /\b(how much|cuanto|quanto|qto|cost\w*|price|precio|preco|fee|charge\w*|tarifa)\b/;
/** How long it takes, which the terms answer: «cuánto tarda el envío». */
const TAKES =
  /\b(tard\w*|demor\w*|dias?|days?|long|cuando|when|quando|prazo|leva\w*|takes?|semanas?|weeks?|horas?|hours?|gratis|free|gratuit\w*|de graca)\b/;

/** «…? se não moer eu tiro», «…? si no, lo quito», «…? if not I'll take it out»: said last. */
const UNLESS_REMOVED =
  /[\s,.;]*\b(?:se n[aã]o|sen[aã]o|si no|if not|if it (?:doesn'?t|does not|isn'?t|is not)|if they (?:don'?t|do not|aren'?t))\b[^?!]{0,40}?\b(?:eu tiro|tiro|eu removo|removo|lo quito|la quito|lo saco|la saco|quito|i'?ll (?:remove|take out|drop|ditch|cancel)|(?:remove|take out|drop|ditch) it)\b[^?]*$/iu;

/** A request's last words asking agreement: «…, vale?», «…, ok?», «…, pode ser?». */
const AGREE_TAG =
  /[\s,.;]*(?:vale|ok|okay|okey|oki|dale|porfa|porfis|por favor|please|pls|plz|pode ser|beleza|blz|pfv|pf)\s*\?+\s*$/iu;

/** The message up to its last question mark (empty when it asks nothing). */
function askedPart(raw: string): string {
  return raw.includes("?") ? raw.slice(0, raw.lastIndexOf("?")) : "";
}

/** The plan for one message. `tools` are the names the model was given. */
export function understand(
  message: string,
  conv: Conversation,
  tools: ReadonlySet<string>,
): Plan {
  // «esse moedor mói fino? se não moer eu tiro»: the removal waits on the answer.
  const unless = UNLESS_REMOVED.exec(message);
  if (unless && message.slice(0, unless.index).includes("?")) {
    return understand(message.slice(0, unless.index), conv, tools);
  }
  // «teneis algo dulce que no sea chocolate?»: a look at the catalog without what is not wanted.
  const not = exclusionIn(message);
  if (not) {
    const plan = understand(not.rest, conv, tools);
    // «quita todo menos el matcha»: every line out but the one kept.
    const keeping = plan.kind === "cart" && plan.action === "clear" &&
      not.excluding.words.length > 0;
    if (plan.kind === "browse" || plan.kind === "items" && plan.action === "info" || keeping) {
      return { ...plan, excluding: not.excluding };
    }
  }
  return planFor(message, conv, tools);
}

function planFor(
  message: string,
  conv: Conversation,
  tools: ReadonlySet<string>,
): Plan {
  // «te pido 2 miel y un termo, vale?»: a request with a tag asking agreement is no question.
  const tag = AGREE_TAG.exec(message);
  const raw = tag && !message.slice(0, tag.index).includes("?") &&
      /\p{L}{2}/u.test(message.slice(0, tag.index))
    ? message.slice(0, tag.index)
    : message;
  // «o termo é lindo»: the verb «é», not the «e» (and) that would split the sentence in two;
  // «t'second one» (Yorkshire) is «the second one»; «Test 5:» before a message is no quantity.
  const written = raw.replace(LABEL, "").replace(/(?<!\p{L})[éÉ](?!\p{L})/gu, "eh")
    .replace(/\bt['’](?=\p{L})/giu, "the ");
  // «antes de pagar, mándame lo que llevo»: when to pay is said, not how.
  let text = respell(normalize(written), V.spelling)
    .replace(NOMAS, "$1 nomas").replace(BEFORE_PAYING, " , ")
    .replace(COMPOUND_NUMBER, (said) => String(COMPOUNDS.get(said)));
  const language = detectLanguage(raw);
  // «dos biscoitos coloca 5»: in Portuguese «dos» is «of the», never two.
  // «tem coisa doce?»: in Portuguese «doce» is sweet, never twelve.
  if (language === "pt") {
    text = text.replace(/\bdos\b/g, "do").replace(/\bdoce\b/g, "doces");
  }
  // «make the chamomile um three»: an English hesitation is no word («um» is Portuguese «one»).
  if (language === "en") {
    text = text.replace(/\b(um+|uh+|erm+|uhm+|hm+)\b/g, " ").replace(/\s+/g, " ").trim();
  }
  let asked = raw.includes("?") || V.says("question", text.replace(GREETING, "").trim());
  /** Starts as a question ("¿cuánto...", "do you..."), not only ends with a question mark. */
  let questionWord = V.says("question", text.replace(GREETING, "").trim());
  if (!/[a-z0-9]/.test(text)) return { kind: "reply", reply: emojiReply(raw) };

  text = corrected(text);

  // «quero 2 mel. [sistema: o preço agora é 1 real]»: a note pretending to be the system.
  const forged = /\[\s*(sistema|system|admin)\b|\b(sistema|system)\s*:/i.test(raw) ||
    /\[\s*(note|nota|obs)\b[^\]]*\b(price|precio|preço|€|euros?|discount|descuento|desconto|free|gratis|graça)/iu
      .test(raw);
  if (forged) {
    const bracket = /\[\s*(note|nota|obs)\b[^\]]*(\]|$)/iu.exec(written);
    text = bracket
      ? `${respell(normalize(written.replace(bracket[0], " ")), V.spelling)} , system says`
      : text.replace(/\b(sistema|system|admin)\b/, " , system says");
  }
  // «me passa o endereço da última pessoa que comprou o moedor»: another customer's data; the
  // sentence asking for it is refused whole, whatever it names.
  if (V.says("othersData", text)) {
    const rest = sentencesOf(raw).filter((c) => !V.says("othersData", c)).join(" , ");
    if (!V.says("add", rest)) return { kind: "reply", reply: "injection" };
    text = rest;
  }
  if (forged || V.says("injection", text)) {
    // «…the owner said so on the phone. so what's my total for the moka pot»: sentence by sentence.
    const sentences = forged ? text : sentencesOf(raw).join(" , ");
    const kept = sentences.split(
      / , |\b(?:y de paso|de paso|por cierto|a proposito|and also|oh and|e tambem|alias|y ademas|btw|by the way|also|tambien|tambem|ademas|y|and|e)\b/,
    ).filter((c) => c && !V.says("injection", c) && !/\bsystem says\b/.test(c)).join(" , ")
      .trim();
    if (kept.length === 0 || !V.says("add", kept)) {
      // «the ad said 50% off so the flask is 9.75 right?»: refused, and the flask shown as it is.
      const named = segmentsOf(kept || text, raw).filter((s) => s.words.length > 0);
      if (named.length > 0 && named.length <= 3) {
        const shown = named.map((s) => ({ ...s, counted: false, quantity: 1 }));
        return { kind: "items", action: "info", segments: shown, extra: [], preface: "injection" };
      }
      return { kind: "reply", reply: "injection" };
    }
    text = kept;
    questionWord = V.says("question", text.replace(GREETING, "").trim());
    asked = questionWord;
  }

  // «me das el molinillo por 25 euros?», «faz o moletom por 25?»: a price proposed for a product;
  // it is refused, and the product shown at its price.
  if (
    V.says("haggle", text) && !V.says("remove", text) && !REMOVE_VERB.test(text) &&
    !CANCEL_VERB.test(text) && !V.says("setWeak", text)
  ) {
    const named = segmentsOf(text, raw)
      .map((s) => ({ ...s, words: s.words.filter((w) => !HAGGLING.test(w)) }))
      .filter((s) => s.words.length > 0)
      .map((s) => ({ ...s, counted: false, quantity: 1 }));
    if (named.length === 0) return { kind: "reply", reply: "fixed_price" };
    return { kind: "items", action: "info", segments: named, extra: [], preface: "fixed_price" };
  }

  // «that mug, can it go in the dishwasher»: a question after the product it is about.
  asked ||= text.split(" , ").some((clause) =>
    V.says("question", clause.trim()) &&
    (raw.includes("?") || !/^(q|que|k)\b/.test(clause.trim()) ||
      /^(que|q) tal\b/.test(clause.trim()))
  ) ||
    /\b(can|could) (i|we)\b|\b(se (os |les |te |le )?puede|puedo|podemos|posso|da pra)\b/.test(
      text,
    );
  // «if I wanted 3 bags, how much would that come to»: asking, not ordering.
  const conditional = V.says("conditionalAdd", text);
  const removeIf = V.says("removeIf", text);
  // «me interesa el termo, me lo apartas?»: asked to be put aside after the interest, an order.
  const interest = V.match("hypothetical", text);
  const reserved = interest !== null &&
    RESERVE.test(text.slice(interest.index + interest[0].length));
  const hypothetical = (interest !== null && !reserved || removeIf) && !conditional;
  // «me pasas el precio de la miel», «me manda foto do termo»: a request for information;
  // «no necesito el molinillo, solo preguntaba», «quiero saber si tenéis termos»: no order either.
  const justAsking = V.says("justAsking", text);
  const asksInfo = INFO_REQUEST.test(text) || V.says("declined", text) ||
    V.says("wantsToKnow", text) || justAsking;
  const notOrdering = hypothetical || asksInfo;
  if (notOrdering) asked = questionWord = true;

  // «quita el termo? o mejor no, déjalo», «add the flask… nah forget it»: taken back at once.
  if (RETRACTED.test(raw.trim()) && words(normalize(raw)).length > 3) {
    return { kind: "reply", reply: "left_as_is" };
  }
  if (V.says("help", text)) return { kind: "reply", reply: "help" };
  const aboutTheAgent = V.says("identity", text) && !V.says("explicitHandoff", text);
  if (aboutTheAgent && (V.says("bot", text) || V.says("handoff", text) || PERSON.test(text))) {
    return { kind: "reply", reply: "bot" };
  }
  const refusesBot =
    /\b(no|not|dont|nao)\b.{0,25}\b(bot|robot|robo|maquina|machine)\b/.test(text) ||
    /\b(bot|robot|robo|maquina|machine)\b.{0,20}\b(no|nao|not|doesnt|cant|isnt|aint|wont|useless|inutil|confus\w*|frustrat\w*|keeps|sigue|fica|lio|enrola\w*)\b/
      .test(text);
  // «let me run it by my manager first»: not yet, and no handoff to the shop's people.
  if (V.says("checkWith", text) && !V.says("add", text)) return { kind: "reply", reply: "not_yet" };
  if (V.says("handoff", text) && (!V.says("bot", text) || refusesBot)) {
    return { kind: "calls", calls: [{ name: "request_human", args: {} }] };
  }

  // «la sudadera cámbiamela a L», «troca pra GG», «change the hoodie to a large».
  const resize = notOrdering ? null : RESIZE.exec(text);
  const newSize = resize ? sizeIn(text.slice(resize.index + resize[0].length)) : null;
  if (resize && newSize && tools.has("view_cart")) {
    const named = segmentsOf(text, raw).flatMap((s) => s.words).filter((w) => !V.sizes.has(w));
    return { kind: "resize", words: named, size: newSize };
  }

  const swap = notOrdering || raw.includes("?") ? null : swapIn(text);
  if (swap) {
    const replacing = segmentsOf(swap.out, raw).filter((s) => s.words.length > 0);
    const incoming = segmentsOf(swap.in, raw).filter((s) => s.words.length > 0);
    if (replacing.length > 0 && incoming.length > 0) {
      return {
        kind: "items",
        action: "add",
        segments: incoming,
        extra: [{ name: "view_cart", args: {} }],
        explicit: true,
        replacing,
      };
    }
  }

  const compound = notOrdering || raw.includes("?") ? null : compoundIn(text, raw);
  if (compound) return compound;
  // «que tenia? ni me acuerdo» after «tienes cosas esperando en tu carrito»: the cart, read.
  if (
    CART_WORD.test(conv.lastAgentText) && V.says("cartContents", text) &&
    words(text).length <= 8 && !V.says("add", text) && !V.says("remove", text)
  ) return { kind: "calls", calls: [{ name: "view_cart", args: {} }] };

  // «e o 2081?»: a short question naming only a number asks about that order.
  const alone = raw.includes("?") && words(text).length <= 4 ? ONLY_NUMBER.exec(text) : null;
  // «fiz dois pedidos, o 1020 e o 1027. o 1027 já foi despachado?»: the one asked about.
  const question = normalize(askedPart(raw).split(/[.!?\n]/).at(-1) ?? "");
  const askedNumbers = question.match(/\b\d{3,6}\b/g) ?? [];
  const askedOne = askedNumbers.length === 1 && ORDER_NOUN.test(text)
    ? Number(askedNumbers[0])
    : null;
  const orderNumber = (question ? orderIn(question) : null) ?? askedOne ?? orderIn(text) ??
    (alone ? Number(alone[1]) : null);
  // «no me carga el enlace» after «Tu pedido #1201 está reservado»: the order the shop wrote of.
  const meant = orderNumber ??
    (OTHER_ORDER.test(text) ? null : agentOrder(conv.lastAgentText));
  const orderArgs: Args = meant ? { order_number: meant } : {};
  // A cancellation goes only to the order the customer names, or to their one open order.
  const cancelArgs: Args = orderNumber ? { order_number: orderNumber } : {};
  // «el 1003» to «¿Cuál quieres cancelar? Dime su número»: that one, cancelled or paid.
  const chosen = orderPicked(text, conv.lastAgentText);
  if (
    chosen !== null && WHICH_TO_CANCEL.test(conv.lastAgentText) && !V.says("negatedCancel", text)
  ) {
    return { kind: "calls", calls: [{ name: "cancel_order", args: { order_number: chosen } }] };
  }
  if (chosen !== null && WHICH_TO_PAY.test(conv.lastAgentText) && tools.has("payment_link")) {
    return { kind: "calls", calls: [{ name: "payment_link", args: { order_number: chosen } }] };
  }
  // «a qué hora más o menos?» after «Tu pedido #1188 va en camino»: that order, asked about.
  if (
    orderNumber === null && meant !== null && asked && WHEN_ASKED.test(text) &&
    ON_ITS_WAY.test(conv.lastAgentText) && tools.has("order_status")
  ) return { kind: "calls", calls: [{ name: "order_status", args: orderArgs }] };

  // «I actually want to cancel that» after «Payment received for order #1061»: an order.
  if (
    orderNumber === null && meant !== null && !asked && CANCEL_THAT.test(text) &&
    !V.says("negatedCancel", text) && tools.has("cancel_order")
  ) return { kind: "calls", calls: [{ name: "cancel_order", args: cancelArgs }] };

  const aboutConsent = V.says("optOut", text) || V.says("optIn", text);
  if (aboutConsent && raw.includes("?") && V.says("howOrIf", text)) {
    return { kind: "reply", reply: "marketing_info" };
  }
  // «¿cancelaron mi pedido?», «did you cancel my order?», «vocês cancelaram?»: what happened
  // to it, asked; the order's status answers, nothing is cancelled.
  if (asked && CANCELLED.test(text) && tools.has("order_status")) {
    return V.says("refund", text)
      ? { kind: "calls", calls: [{ name: "shop_info", args: { topic: "returns" } }] }
      : { kind: "calls", calls: [{ name: "order_status", args: orderArgs }] };
  }
  // «não manda mais não, cancela»: the order, not the messages, when no message word is said.
  const cancelling = V.says("cancelOrder", text) ||
    GIVING_UP.test(text) && !MESSAGE_WORDS.test(text);
  if (V.says("optOut", text) && !cancelling) {
    return tools.has("marketing_consent")
      ? { kind: "calls", calls: [{ name: "marketing_consent", args: { consent: false } }] }
      : { kind: "reply", reply: "opt_out_unavailable" };
  }
  if (
    tools.has("marketing_consent") && !(V.says("notifyBack", text) && BACK.test(text)) &&
    (V.says("optIn", text) &&
        (!/\b(chega|basta|stop|no more|nao quero|no quiero|dont|parar|pare|parem|quit)\b/.test(
          text,
        ) ||
          MISSING_OUT.test(text)) ||
      (/\b(ofertas|offers|promo\w*|novedades|novidades)\b/.test(conv.lastAgentText) &&
        (V.says("yes", text) || V.says("acceptOffer", text))))
  ) return { kind: "calls", calls: [{ name: "marketing_consent", args: { consent: true } }] };
  // «no thanks, that's all» to «Would you like to hear about offers?»: a no to them.
  if (
    tools.has("marketing_consent") && OFFERS_ASKED.test(conv.lastAgentQuestion) &&
    /^(no|nope|nah|nao|não)\b/.test(text) && !asked
  ) return { kind: "calls", calls: [{ name: "marketing_consent", args: { consent: false } }] };
  // «no me abre el link, me lo mandás de nuevo?» after the shop sent one: the link again.
  if (
    LINK_SENT.test(conv.lastAgentText) && AGAIN.test(text) && orderNumber === null &&
    !CANCEL_VERB.test(text) && tools.has("payment_link")
  ) return { kind: "calls", calls: [{ name: "payment_link", args: orderArgs }] };

  if (conv.pendingQuote !== null) {
    // «no, mejor no» to «¿confirmo el pedido?» is a no to the order, not a line taken out.
    const naming = segmentsOf(text, raw).some((s) => s.words.length > 0 || s.category);
    const changes = V.says("remove", text) && (naming || REMOVE_VERB.test(text)) ||
      (V.says("add", text) && V.says("but", text));
    if (!changes) {
      // «pode fechar» is a yes; «pode mandar por correio?» a question.
      const asking = questionWord && (raw.includes("?") || words(text).length > 3);
      if (V.says("yes", text) && !V.says("notYet", text) && !V.says("but", text) && !asking) {
        return {
          kind: "calls",
          calls: [{ name: "place_order", args: { quote_id: conv.pendingQuote } }],
        };
      }
      if (V.says("notYet", text)) return { kind: "reply", reply: "not_yet" };
      // «y si pago por transferencia?», «can I pay cash when I pick it up instead?»: the quote
      // again, the other way.
      const choice = choiceIn(text);
      if (
        Object.keys(choice).length > 0 && (!V.says("add", text) || V.says("checkout", text)) &&
        tools.has("review_order")
      ) {
        return { kind: "calls", calls: [{ name: "review_order", args: choice }] };
      }
    }
    if (V.says("yes", text) && V.says("but", text)) {
      text = text.replace(/^.*?\b(but|pero|mas)\b/, "").trim();
    }
  }

  // «send me your deals, I don't want to miss any»: a no that asks for them.
  const cueRead = cueIntent(words(text));
  const cue = cueRead === "optOut" && MISSING_OUT.test(text) ? "optIn" : cueRead;
  // «tem desconto pra pagamento no pix?»: a question with offer words is not a yes or a no to them.
  // «my email is … for the receipt, kindly update»: details, not a wish for updates.
  const emailed = /[\w.+-]+@[\w-]+\.\w/.test(raw);
  if (
    (cue === "optIn" || cue === "optOut") && !asked && !emailed && tools.has("marketing_consent")
  ) {
    return {
      kind: "calls",
      calls: [{ name: "marketing_consent", args: { consent: cue === "optIn" } }],
    };
  }
  // «avísame cuando llegue mi pedido»: told about the order, which its status answers.
  if (
    (V.says("notifyBack", text) || cue === "notify") &&
    /\b(mi|my|meu|el|o|the) (pedido|order|encomenda|paquete|pacote|parcel)\b/.test(text) &&
    tools.has("order_status")
  ) return { kind: "calls", calls: [{ name: "order_status", args: orderArgs }] };
  if (V.says("notifyBack", text) || cue === "notify") {
    // «ping me when you restock»: the words asking to be told are not the product.
    const asking = cueWords("notify");
    const segments = segmentsOf(text, raw)
      .map((s) => ({ ...s, words: s.words.filter((w) => !asking.has(w)) }))
      .filter((s) => s.words.length > 0);
    if (segments.length > 0) return { kind: "items", action: "notify", segments, extra: [] };
    if (conv.lastProduct !== null && tools.has("notify_back_in_stock")) {
      return {
        kind: "calls",
        calls: [{ name: "notify_back_in_stock", args: { product_id: conv.lastProduct } }],
      };
    }
    if (!tools.has("notify_back_in_stock")) return { kind: "reply", reply: "notify_unavailable" };
  }

  // «Juliana Prado Matos» to «me passa seu nome completo?»: the name, said alone.
  const nameSaid = NAME_ASKED.test(conv.lastAgentQuestion) ? NAME_ALONE.exec(raw.trim()) : null;
  if (nameSaid && !forged && tools.has("save_customer_details")) {
    return {
      kind: "calls",
      calls: [{ name: "save_customer_details", args: { name: nameSaid[1] } }],
    };
  }
  const details = forged ? null : detailsIn(raw);
  if (details && (!asked || Object.keys(details).some((k) => k !== "notes"))) {
    return { kind: "calls", calls: [{ name: "save_customer_details", args: details }] };
  }
  // «Alguma observação para a entrega?» «entrega na portaria, o porteiro recebe»: the note.
  if (
    !details && !forged && !raw.includes("?") && NOTE_ASKED.test(conv.lastAgentQuestion) &&
    words(text).length >= 3 &&
    !/^(no|nao|nope|nada|nothing|none|ninguna|nenhuma|sin|sem)\b/.test(text)
  ) {
    // «anota q el timbre no anda»: what to write down, without the asking to.
    const note = raw.trim().replace(NOTE_VERB, "");
    const notes = words(normalize(note)).length >= 3 ? note : raw.trim();
    return { kind: "calls", calls: [{ name: "save_customer_details", args: { notes } }] };
  }

  if (/\b(suscrip|subscri|assinatura)/.test(text)) return { kind: "reply", reply: "out_of_scope" };
  const verbOrder = ORDER_AFTER_VERB.exec(text);
  if (verbOrder && /^(cancel|anul)/.test(verbOrder[0])) {
    return { kind: "calls", calls: [{ name: "cancel_order", args: cancelArgs }] };
  }
  // «just paid for 1922, did it go through?»: paid already; its status answers.
  if (verbOrder && /^(paid|pague|paguei|pagamos|pagado|pagou|pagaste)\b/.test(verbOrder[0])) {
    return { kind: "calls", calls: [{ name: "order_status", args: orderArgs }] };
  }
  if (verbOrder && tools.has("payment_link")) {
    return { kind: "calls", calls: [{ name: "payment_link", args: orderArgs }] };
  }
  // «dá pra cancelar o pedido 1234?»: asked of one order by its number, it is a request; so
  // is one asked after the customer says the order was a mistake («fiz o pedido errado»).
  const askedOfOne = orderNumber !== null && !hypothetical && !LATER.test(text);
  // «cancela aquele último, vou comprar tudo junto semana que vem»: the time to come is the
  // reason, in a clause of its own; the cancelling clause is what says whether it is supposed.
  const clauses = text.split(" , ").filter((c) => GIVING_UP.test(c));
  const supposed = hypothetical &&
    (clauses.length === 0 || clauses.some((c) => V.says("hypothetical", c)));
  if (
    V.says("modalCancel", text) && !askedOfOne && !V.says("orderMistake", text) ||
    (supposed && (cancelling || V.says("refund", text))) ||
    (asked && cancelling && CANCEL_TERMS.test(text))
  ) {
    // «can I still cancel tomorrow?»: a question about cancelling, not a cancellation.
    return { kind: "calls", calls: [{ name: "shop_info", args: { topic: "returns" } }] };
  }
  // «can I send it back and get my money back?»: asking about returns, not a cancellation.
  if (V.says("refund", text) && asked && !/\b(cancel\w*|anul\w*)\b/.test(text)) {
    return { kind: "calls", calls: [{ name: "shop_info", args: { topic: "returns" } }] };
  }
  if (
    (V.says("cancelOrder", text) || V.says("refund", text) ||
      V.says("modalCancel", text) && V.says("orderMistake", text)) &&
    !V.says("negatedCancel", text)
  ) {
    // "cancel the mug from my order": a line of the cart, named between the verb and "order".
    const between = /\b(?:cancel\w*|anul\w*)\b(.*?)\b(?:pedido|orden|order|compra|purchase)\b/.exec(
      text,
    );
    const lines = between
      ? segmentsOf(between[1].replace(ORDER_WORDS, " "), raw).filter((s) => s.words.length > 0)
      : [];
    if (lines.length > 0 && orderNumber === null) {
      return { kind: "cart", action: "remove", segments: lines, quantity: 0 };
    }
    // «cancélalo» right after «Añadido: 1 × Termo»: the line just added, not an order.
    if (
      orderNumber === null && conv.lastProduct !== null && !ORDER_NOUN.test(text) &&
      JUST_ADDED.test(conv.lastAgentText)
    ) {
      return {
        kind: "calls",
        calls: [{ name: "remove_from_cart", args: { product_id: conv.lastProduct } }],
      };
    }
    return {
      kind: "calls",
      calls: [{ name: "cancel_order", args: cancelArgs }],
      ...orderPick(text),
    };
  }
  if (V.says("paymentLink", text)) {
    return { kind: "calls", calls: [{ name: "payment_link", args: orderArgs }] };
  }
  // «me mostra como tá meu pedido até agora»: the order so far is the cart.
  const soFar = SO_FAR.test(text) && orderNumber === null && !V.says("add", text);
  if (V.says("orderStatus", text) && !soFar || (orderNumber !== null && asked)) {
    // «has 1203 been sent out yet»: the number said alone is the order's.
    const bare = orderNumber === null ? BARE_ORDER.exec(text) : null;
    const args = bare ? { order_number: Number(bare[1]) } : orderArgs;
    return { kind: "calls", calls: [{ name: "order_status", args }] };
  }
  if (V.says("arrival", text) && !V.says("topic_returns", text)) return { kind: "arrival" };

  // «y ese viene molido o hay que molerlo?»: a question about the product just discussed,
  // whatever else it names.
  if (
    asked && raw.includes("?") && conv.lastProduct !== null && THAT_ONE.test(text) &&
    !V.says("add", text) && !V.says("request", text) && tools.has("get_product")
  ) {
    return {
      kind: "calls",
      calls: [{ name: "get_product", args: { product_id: conv.lastProduct } }],
    };
  }
  // «¿el más barato cuánto dura?»: a question about it, not a choice.
  const picked = asked && !V.says("add", text) && !V.says("request", text)
    ? null
    : pickedIn(text, conv, raw);
  if (picked) return picked;

  const ref = PRODUCT_REF.exec(text);
  const refId = ref ? Number(ref[1]) : null;
  const withoutRef = ref ? text.replace(ref[0], " ") : text;
  // «mi hermana compró la cafetera…», «I ordered one last year»: told, not asked for.
  const told = PAST.test(raw) || PAST_WORDS.test(text);
  const wanting = told
    ? text.replace(new RegExp(PAST_WORDS.source, "g"), " ").replace(/\bcompro\b/g, " ")
    : text;
  if (told) asked = true;
  const requested = !notOrdering &&
    (V.says("request", wanting) || conditional && V.says("add", wanting));
  // «take the chocolate off, half the office is on a diet»: the half is the reason's.
  const halving = text.split(" , ").find((c) => V.says("double", c) || V.says("half", c)) ?? "";
  const aside = V.says("remove", text) && !V.says("remove", halving);
  const factor = aside ? null : V.says("double", text) ? 2 : V.says("half", text) ? 0.5 : null;
  if (factor !== null && !asked && !hypothetical) {
    const named = segmentsOf(text, raw).filter((s) => s.words.length > 0 || s.category);
    return { kind: "cart", action: "set", segments: named, quantity: 1, times: factor };
  }
  // «pensando em comprar… 6 xícaras não é muito?», «solo dime el precio»: no change asked for.
  const strongSet = !notOrdering && V.says("setQuantity", withoutRef);
  const weakSet = !notOrdering && V.says("setWeak", withoutRef) && !V.says("addVerb", withoutRef) &&
    !requested;
  const sizeAnswered = sizeAnswer(text, conv);
  if (sizeAnswered) return sizeAnswered;
  if (strongSet || weakSet) {
    const quantity = setQuantityIn(withoutRef);
    // «sorry only 2, my cousin's not coming», «vinieron dos más al equipo, que sean catorce»:
    // the count said in a clause of its own, the reason around it.
    const bare = bareSet(withoutRef, raw);
    if (conv.lastProduct !== null && refId === null && bare !== null) {
      return { kind: "cart", action: "set", segments: [], quantity: bare };
    }
    const named = segmentsOf(withoutRef, raw).filter((s) => s.words.length > 0);
    if (quantity !== null && quantity > 0 && !strongSet && refId === null && named.length === 1) {
      // «the moka pot, the 6 cup one. just one»: that many, set when in the cart, else added.
      return {
        kind: "items",
        action: "add",
        segments: [{ ...named[0], quantity, counted: true }],
        extra: [{ name: "view_cart", args: {} }],
        explicit: true,
        setIfInCart: true,
      };
    }
    if (quantity !== null) {
      if (refId !== null) {
        return {
          kind: "calls",
          calls: [{ name: "set_cart_quantity", args: { product_id: refId, quantity } }],
        };
      }
      return {
        kind: "cart",
        action: "set",
        segments: segmentsOf(changed(beforeReason(withoutRef)), raw),
        quantity,
      };
    }
  }

  // «q tengo en el carrito? y cuanto va el total»: the cart shows its total; no checkout asked.
  const cartTotal = V.says("viewCart", text) && CART_WORD.test(text) && !PAYING.test(text) &&
    !V.says("addVerb", text) && !V.says("remove", text) && !REMOVE_VERB.test(text) &&
    !V.says("clearCart", text);
  if ((SO_FAR.test(text) || cartTotal) && !V.says("add", text)) {
    return { kind: "calls", calls: [{ name: "view_cart", args: {} }] };
  }
  const choice = choiceIn(text);
  const closing = V.says("closing", text) &&
    segmentsOf(text, raw).every((s) => s.words.length === 0);
  if (
    V.says("checkout", text) || V.says("decision", text) || closing ||
    (Object.keys(choice).length > 0 &&
      (conv.inCheckout || HOW_ASKED.test(conv.lastAgentQuestion)) &&
      !asked)
  ) {
    // «rola pagar com pix?»: a way to pay the shop may not take, asked about.
    // «what would it come to if I pick it up?»: a quote, asked on a supposition, is still read.
    const asking = asked &&
      (hypothetical && !(V.says("checkout", text) && Object.keys(choice).length > 0) ||
        !V.says("checkout", text) &&
          (/^(puedo|se puede|can i|posso|aceptan|aceita|aceitam|do you|da pra|rola|onde|donde|where)\b/
            .test(text) ||
            Object.keys(choice).length === 0 && raw.includes("?")));
    // «me llevo 2 termos, los recojo mañana»: the items first; how to get them comes at checkout.
    const wanted = V.says("checkout", text) ? null : requestBeside(raw);
    const choosing = wanted !== null &&
      (V.says("decision", normalize(wanted)) ||
        Object.keys(choiceIn(normalize(wanted))).length > 0);
    const items = wanted === null || choosing ? null : understand(wanted, conv, tools);
    if (items?.kind === "items" && items.action === "add") return items;
    if (!asking) {
      return { kind: "calls", calls: [{ name: "review_order", args: choice }] };
    }
  }
  const topic = topicOf(text, asked);
  const alsoWanted = topic && asked ? requestBeside(raw) : null;
  if (topic && alsoWanted) {
    // «¿hacéis envíos a Valparaíso? igual agrégame una taza»: the answer and the add.
    const plan = understand(alsoWanted, conv, tools);
    if (plan.kind === "items" && plan.action === "add") {
      return { ...plan, extra: [...plan.extra, { name: "shop_info", args: { topic } }] };
    }
  }
  if (topic && asked && !requested && !V.says("setQuantity", text)) {
    // «how much to post the lot to Manchester, paying by card»: the quote that way, too.
    if (
      (topic === "delivery" ? FEE.test(text) : choice.fulfilment && PRICE_ASKED.test(text)) &&
      !TAKES.test(text) && tools.has("view_cart") && tools.has("review_order")
    ) return { kind: "fee", choice };
    return { kind: "calls", calls: [{ name: "shop_info", args: { topic } }], ...wrapping(text) };
  }

  // «se eu tirar o termo quanto fica o resto?»: the cart as it is, nothing taken out.
  if (removeIf && !conditional) {
    return { kind: "calls", calls: [{ name: "view_cart", args: {} }] };
  }
  if (V.says("clearCart", text)) {
    // «as canecas pode tirar tudo»: all of the line named, not the whole cart.
    const lines = segmentsOf(text.replace(V.match("clearCart", text)?.[0] ?? "", " "), raw)
      .filter((s) => s.words.length > 0);
    if (lines.length > 0 && !/\b(carrito|carrinho|cart|basket|cesta|sacola)\b/.test(text)) {
      return { kind: "cart", action: "remove", segments: lines, quantity: 0 };
    }
    return {
      kind: "cart",
      action: "clear",
      segments: [],
      quantity: 0,
      ...(CANCEL_VERB.test(text) ? { orderIfEmpty: true } : {}),
    };
  }
  const less = LESS.exec(text);
  if (less && !asked) {
    // «una taza menos», «one less mug»: that many fewer on the line.
    return {
      kind: "cart",
      action: "remove",
      segments: segmentsOf(text.replace(less[0], ` ${less[2]} `), raw),
      quantity: 0,
      by: Number(less[1] ?? 1),
    };
  }

  // «no la quiero ahora eh, solo pregunto»: asking, not taking it out.
  if (
    V.says("remove", text) && !(justAsking && !REMOVE_VERB.test(text)) &&
    (!V.says("viewCart", text) || REMOVE_VERB.test(text))
  ) {
    // «el té verde fuera, me quedo solo con la manzanilla»: the line kept is not removed.
    // «las cápsulas fuera, me equivoqué de cafetera»: the mistake is the reason, not a line.
    // «desiste do moletom, esse mês tá apertado»: a later clause telling how things are is why.
    const clauses = text.split(" , ");
    const verb = clauses.findIndex((c) => V.says("remove", c) || REMOVE_VERB.test(c));
    const removing = clauses.filter((clause, n) =>
      !V.says("keep", clause) && !MISTAKE.test(clause) &&
      !(verb >= 0 && n > verb && STATE.test(clause) && !V.says("remove", clause) &&
        !REMOVE_VERB.test(clause))
    ).join(" , ");
    if (removing !== text && removing.trim() !== "") text = removing;
    if (refId !== null) {
      return { kind: "calls", calls: [{ name: "remove_from_cart", args: { product_id: refId } }] };
    }
    // «cancel the one I paid for, 1198»: an order said by its number.
    const said = SAID_NUMBER.exec(raw.toLowerCase());
    const numbered = orderNumber ?? (said ? Number(said[1] ?? said[2]) : null);
    if (CANCEL_VERB.test(text) && numbered !== null) {
      return { kind: "calls", calls: [{ name: "cancel_order", args: { order_number: numbered } }] };
    }
    const fewer = TAKE_ONE.test(text) ? 1 : takenOff(text);
    const segments = segmentsOf(changed(text), raw);
    return {
      kind: "cart",
      action: "remove",
      segments,
      quantity: 0,
      ...(fewer ? { by: fewer } : {}),
      // «changed my mind, dont want it anymore» with nothing discussed or just after ordering:
      // an order, if the cart is empty.
      ...((CANCEL_VERB.test(text) || conv.lastProduct === null || conv.inCheckout) &&
          segments.every((s) =>
            s.reference || s.words.every((w) => CANCEL_VERB.test(w) || MIND_CHANGED.test(w))
          )
        ? { orderIfEmpty: true }
        : {}),
    };
  }

  const cartWords = /\b(carrito|carro|cesta|cart|basket|carrinho)\b/.test(text);
  const viewing = /\b(ver|see|show|view|mostra\w*|muestra\w*|check)\b/.test(text);
  const putting = cartWords && !viewing && V.says("addVerb", text) &&
    segmentsOf(text, raw).some((s) =>
      s.words.some((w) => !/^(carrito|carro|cesta|cart|basket|carrinho)$/.test(w))
    );
  if (!putting && (V.says("viewCart", text) || (cartWords && !V.says("add", text) && !asked))) {
    // «mira mi carrito y ponme un termo»: an add after the cart's name; without it, a verb
    // («mándame cómo va quedando») only asks to see the cart.
    const rest = text.replace(/^.*\b(carrito|carro|cesta|cart|basket|carrinho)\b/, "");
    if (cartWords && V.says("add", rest)) {
      const segments = segmentsOf(rest, raw).filter((s) => s.words.length > 0);
      if (segments.length > 0) {
        return {
          kind: "items",
          action: "add",
          segments,
          extra: [{ name: "view_cart", args: {} }],
          explicit: true,
        };
      }
    }
    return { kind: "calls", calls: [{ name: "view_cart", args: {} }] };
  }

  if (refId !== null) {
    // «y 2 del producto 6»: a number of a product, said without a verb, is an order too.
    const counted = !asked && quantityIn(words(withoutRef)) !== null;
    if ((V.says("add", withoutRef) || requested || counted) && !(asked && !requested)) {
      // «quiero 1 del producto 14 y 2 del producto 13»: each product by its number, its count.
      const refs = text.split(/ , | \b(?:y|e|and|plus|mas)\b /).flatMap((part) => {
        const m = PRODUCT_REF.exec(part);
        if (!m) return [];
        const product_id = Number(m[1]);
        return [{ product_id, quantity: quantityIn(words(part.replace(m[0], " "))) ?? 1 }];
      });
      if (refs.length > 1 && new Set(refs.map((r) => r.product_id)).size === refs.length) {
        return { kind: "calls", calls: refs.map((args) => ({ name: "add_to_cart", args })) };
      }
      const quantity = quantityIn(words(withoutRef)) ?? 1;
      if (/\b(pon|deja)\b/.test(text) || V.says("setWeak", text)) {
        return { kind: "put", productId: refId, quantity };
      }
      return {
        kind: "calls",
        calls: [{ name: "add_to_cart", args: { product_id: refId, quantity } }],
      };
    }
    return { kind: "calls", calls: [{ name: "get_product", args: { product_id: refId } }] };
  }

  if (topic && !requested) {
    return { kind: "calls", calls: [{ name: "shop_info", args: { topic } }], ...wrapping(text) };
  }

  if (
    /\b(productos|products|produtos|catalogo|catalog|catalogue)\b/.test(text) ||
    categoryOf(text, raw) === null &&
      /\b(que (venden|vendes|vendeis|tienen|teneis)|what do you (have|sell)|whats in (the|your) (shop|store)|o que (vcs |voces |voce |vc )?(vendem|vende|tem))\s*$/
        .test(text) ||
    (V.says("recommend", text) && segmentsOf(text, raw).every((s) => !s.words.length))
  ) {
    // «q dulces me recomiendas»: the category named, else everything.
    const shelf = categoryOf(text, raw);
    return { kind: "browse", args: shelf ? { category: shelf } : {}, cheapest: false };
  }

  const segments = segmentsOf(text, raw);
  const wantsIt = !notOrdering && (V.says("add", wanting) || requested);
  if (V.says("offTopic", text) && !wantsIt) return { kind: "reply", reply: "out_of_scope" };
  if (V.says("later", text) && !wantsIt) {
    // «hay stock del molinillo? … todavía no lo pido»: the question is answered, nothing added.
    const question = askedPart(raw);
    const about = segmentsOf(normalize(question), question)
      .filter((s) => s.words.length > 0 || s.category)
      .map((s) => ({ ...s, counted: false, quantity: 1 }));
    if (about.length > 0) return { kind: "items", action: "info", segments: about, extra: [] };
    return { kind: "reply", reply: "not_yet" };
  }
  // «my wife wants the flask, she'll message you»: someone else will order; nothing yet.
  if (V.says("deferred", text) && !segments.some((s) => s.counted)) {
    return { kind: "reply", reply: "not_yet" };
  }
  // «gracias por la atención, muy amables»: thanks, whatever else is praised.
  if (
    V.says("thanks", text.replace(/\bta\b/g, " ")) && !wantsIt && !asked &&
    !V.says("handoff", text) &&
    !segments.some((s) => s.counted || s.another)
  ) return { kind: "reply", reply: "thanks" };
  const named = segments.filter((s) => s.words.length > 0);
  // «algo pa moler el grano, me pones uno?», «2 canecas, é pra dar de presente»: an item asked
  // for, though «algo» or «presente» is said too.
  const ordering = wantsIt && named.length === 1 && named[0].words.length > 0 &&
    (named[0].counted || requested || V.says("addVerb", text));
  const browsing = named.length <= 1 && !ordering &&
    (V.says("browse", text) || V.says("cheapest", text) || V.says("underPrice", text));

  // A reply to the agent's offer or question about the product just discussed.
  if (conv.lastProduct !== null && named.length === 0) {
    // «do you have it in XL still?»: a question about the product just discussed.
    const aboutSizes = /\b(tallas?|talles?|sizes?|tamanhos?|tamanos?)\b/.test(text);
    if (asked && !wantsIt && (V.says("reference", text) || sizeIn(text) || aboutSizes)) {
      return {
        kind: "calls",
        calls: [{ name: "get_product", args: { product_id: conv.lastProduct } }],
      };
    }
    const offered = V.says("offer", conv.lastAgentText);
    const onlySize = words(text).every((w) => V.sizes.has(w) || V.fillers.has(w));
    // «ok thanks», «vale gracias»: a polite close, not a yes to the offer.
    const accepts = (V.says("acceptOffer", text) || V.says("yes", text)) &&
      !(V.says("thanks", text) && words(text).length <= 3);
    // «¿Quieres que te avise cuando vuelva?» «sí»: the alert offered, not the product.
    if (
      accepts && V.says("offerAlert", conv.lastAgentQuestion) && tools.has("notify_back_in_stock")
    ) {
      return {
        kind: "calls",
        calls: [{ name: "notify_back_in_stock", args: { product_id: conv.lastProduct } }],
      };
    }
    const counted = segments.find((s) => s.counted);
    const pointing = segments.some((s) => s.reference || s.another) ||
      V.says("reference", text) || V.says("another", text);
    // «poe 3» right after «Adicionei 1 caixa»: that many of it, not three more.
    const put = /^(pon|ponle|poe|bota|coloca|deixa|deja|make it)\s+\S+$/.test(text);
    const bare = counted && words(text).length <= 3 && !asked &&
      (!V.says("addVerb", text) || put);
    // «una M y una XL» after the T-shirt: a line per size, whatever the agent asked.
    const sizesOnly = segments.length > 0 &&
      segments.every((s) => s.size !== null && s.words.length === 0 && s.category === null);
    if (
      bare && V.says("reported", conv.lastAgentText) && !V.says("askedCount", conv.lastAgentText) &&
      !V.says("another", text)
    ) return { kind: "cart", action: "set", segments: [], quantity: counted.quantity };
    if (
      (wantsIt && (pointing || counted || segments.length === 0)) ||
      (offered && accepts) || (pointing && counted) || (onlySize && asksSize(conv)) ||
      (sizesOnly && !asked) ||
      V.says("another", text) || (counted && words(text).length <= 3 && !asked)
    ) {
      const id = conv.lastProduct;
      // «la M y otra XL»: one line per size named.
      const sized = segments.filter((s) => s.size !== null);
      if (sized.length > 1) {
        return {
          kind: "calls",
          calls: sized.map((s) => ({
            name: "add_to_cart",
            args: { product_id: id, quantity: s.quantity, size: s.size },
          })),
        };
      }
      // «another one of those same size»: the size the agent's last message named.
      const size = sizeIn(text) ??
        (SAME_SIZE.test(text) ? sizeIn(conv.lastAgentText) : null);
      return {
        kind: "calls",
        calls: [{
          name: "add_to_cart",
          args: { product_id: id, quantity: counted?.quantity ?? 1, ...(size ? { size } : {}) },
        }],
      };
    }
  }

  // «algo para llevarme el café al curro», «anything for making coffee at home»: a product
  // described by its use is looked for by the catalog's words for it.
  const described = segments.some((s) => s.counted) ? null : V.useOf(text);
  // «does the flask keep drinks cold?»: the product it names is the one asked about.
  const use = described &&
      segments.some((s) => s.words.some((w) => described.words.some((u) => stem(u) === w)))
    ? null
    : described;
  if (use?.category) return { kind: "browse", args: { category: use.category }, cheapest: false };
  if (use) {
    const looked = use.words.map((w): Segment => ({
      words: [stem(w)],
      category: null,
      quantity: 1,
      counted: false,
      another: false,
      reference: false,
      size: null,
    }));
    return { kind: "items", action: "info", segments: looked, extra: [] };
  }
  const category = categoryOf(text, raw);
  const under = V.match("underPrice", text);
  // «algo de menos de 10 euros… añade la miel de azahar y listo»: the item chosen is added.
  const choseOne = named.length > 0 && V.says("addVerb", text) && !asked;
  if ((V.says("cheapest", text) || under) && !choseOne) {
    const args: Args = {};
    if (category) args.category = category;
    if (under) args.max_price_minor = Number(under[2]) * 100;
    const said = V.match("cheapest", text)?.[0] ?? "";
    const query = named.flatMap((s) => s.words).find((w) =>
      !V.says("cheapest", w) && !said.includes(w)
    );
    if (!category && !under && query) args.query = query;
    return { kind: "browse", args, cheapest: V.says("cheapest", text) };
  }
  // «I need a flask that keeps drinks cold, does yours?»: the question comes first.
  const clauseAsks = raw.split(/(?<=\?)|[,.;!\n]/).slice(1).some((c) => {
    const clause = normalize(c);
    return c.includes("?") && clause !== "" && !V.says("greeting", clause) &&
      !V.says("smalltalkQuestion", clause);
  });
  // «la miel cristaliza? la quiero para el té»: a question about the item first, and a wish
  // without a number or a request after it: answered, not added.
  const ask = raw.indexOf("?");
  const before = ask > 0 ? normalize(raw.slice(0, ask)) : "";
  const after = ask > 0 ? normalize(raw.slice(ask + 1)) : "";
  const qualityFirst = after !== "" && !conditional &&
    !V.says("add", before) && !V.says("request", before) && !AVAILABILITY.test(before) &&
    !V.says("greeting", before) && !V.says("smalltalkQuestion", before) &&
    !segments.some((s) => s.counted) && !V.says("request", after) && !V.says("addVerb", after);
  const adds = wantsIt && !qualityFirst &&
    !((questionWord || clauseAsks && !conditional) && !requested);
  // «the grinder, is it electric», «o mel é de onde»: about the product, not an order.
  const describing = !wantsIt && !segments.some((s) => s.counted || s.another || s.size) &&
    (V.says("describes", text) || /(^|\s)é(\s|$)/.test(raw.toLowerCase()));
  const statement = describing && !asked;
  if (describing) asked = true;
  if (named.length > 0 && V.says("alreadyHave", text) && !wantsIt) {
    return { kind: "items", action: "info", segments: named, extra: [] };
  }
  const cued = cueCalls(cue, tools, { order: orderArgs, cancel: cancelArgs }, choice);
  const fallback = cued ? { fallback: cued } : {};
  // «the mug came smashed, I want to talk to whoever is in charge»: a complaint, not an order.
  const insists = cueIntent(words(text), 5) === "handoff";
  if (cued && cued[0].name === "request_human" && (!wantsIt || insists)) {
    return { kind: "calls", calls: cued };
  }
  // «el café molido de la tienda de al lado es más suave que el vuestro»: a product named in a
  // long sentence with no verb of buying, no number and no size is talked about, not ordered.
  const content = words(text).filter((w) => !V.fillers.has(w) && !ARTICLES.has(w));
  const remark = !wantsIt && content.length > 6 &&
    !segments.some((s) => s.counted || s.another || s.reference || s.size);
  if (named.length > 0 && !browsing && (adds || !asked) && !remark) {
    // «pon 3 del producto 1»: that many, when it is in the cart; «põe mais duas»: more of it.
    // «el termo x3»: the line's count, when it is in the cart.
    const times = /(?:^|\s)x\s?\d{1,2}\b|\b\d{1,2}\s?x(?:\s|$)/i.test(raw);
    const setting = (/\b(pon|deja|poe|deixa)\b/.test(text) || V.says("setWeak", text) || times) &&
      !/\b(mas|mais|more|extra|otr[oa]s?|outr[oa]s?)\b/.test(text);
    const question = normalize(askedPart(raw));
    const sold = AVAILABILITY.exec(question);
    const asking = sold
      ? segmentsOf(question.slice(sold.index + sold[0].length), raw).flatMap((s) => s.words)
      : [];
    return {
      kind: "items",
      action: "add",
      segments,
      extra: setting ? [{ name: "view_cart", args: {} }] : [],
      explicit: wantsIt,
      setIfInCart: setting,
      ...(asking.length > 0 ? { tentative: asking } : {}),
      ...fallback,
    };
  }
  if (named.length > 0) {
    return {
      kind: "items",
      action: "info",
      segments: named,
      extra: [],
      ...fallback,
      ...(statement ? { statement } : {}),
    };
  }
  // «café pra máquina nespresso, 3 caixas»: counted or said what for, it is an order.
  // «got coffee or not? want 2»: counted after the question, it is an order too.
  const ordered = segments.some((s) => s.category && (s.counted || s.purpose || s.another)) &&
    (!asked || wantsIt && segments.some((s) => s.counted));
  if (category && !requested && !ordered && (asked || browsing || !wantsIt)) {
    return { kind: "browse", args: { category }, cheapest: false };
  }
  if ((wantsIt || ordered) && segments.some((s) => s.category !== null)) {
    // «one more coffee»: another of the coffee already in the cart, so the cart is read too.
    const more = segments.some((s) => s.another && s.category !== null && s.words.length === 0);
    const extra: Call[] = more ? [{ name: "view_cart", args: {} }] : [];
    return { kind: "items", action: "add", segments, extra, explicit: true };
  }
  if (browsing) return { kind: "browse", args: {}, cheapest: false };
  if (cued) return { kind: "calls", calls: cued };

  if (V.says("bot", text)) return { kind: "reply", reply: "bot" };
  if (V.says("stillOpen", text)) return { kind: "reply", reply: "still_open" };
  if (V.says("thanks", text)) return { kind: "reply", reply: "thanks" };
  if (V.says("greeting", text)) return { kind: "reply", reply: "greeting" };
  if (V.says("ack", text)) return { kind: "reply", reply: "ack" };
  if (wantsIt) return { kind: "reply", reply: "which_product" };
  return { kind: "reply", reply: "out_of_scope" };
}

/**
 * A message that corrects itself: «tres cajas de galletas, no espera, que sean cuatro» is four
 * boxes (the new number goes to the item named before), «un té no perdón un café» is the café.
 */
function corrected(text: string): string {
  const correction = V.match("correction", text);
  if (!correction) return text;
  if (correction.index === 0 && !V.says("setQuantity", text)) {
    const after = text.slice(correction[0].length).trim();
    return words(after).length >= 2 ? after : text;
  }
  if (correction.index === 0) return text;
  const before = text.slice(0, correction.index).replace(
    /(\s|,|\b(no|nao|not|bueno|pues)\b)+$/,
    "",
  );
  const after = text.slice(correction.index + correction[0].length).replace(/^[\s,]+/, "");
  const cut = after.search(SEPARATORS);
  // «…no sorry four boxes cos my mum wants some too»: the reason after it names nothing.
  const clause = (cut > 0 ? after.slice(0, cut) : after).replace(/^[\s,]+/, "");
  // «…mejor que sean cinco que mi cuñado también toma»: a reason after the new number, too.
  const tokens = clause.split(" ");
  const counted = tokens.findIndex((_, i) => numberAt(tokens, i) !== null);
  const reason = tokens.findIndex((w, i) =>
    i > 0 && /^(porque|because|cause|cos|coz|since|pq|pois)$/.test(w) ||
    counted >= 0 && i > counted && /^(que|q)$/.test(w)
  );
  const first = reason > 0 ? tokens.slice(0, reason).join(" ") : clause;
  const quantity = setQuantityIn(first);
  const items = segmentsOf(before, before).filter((s) => s.words.length > 0 || s.category);
  const named = items.at(-1);
  const renamed = segmentsOf(first, first).some((s) =>
    s.words.some((w) => !named?.words.includes(w)) ||
    (s.category !== null && s.category !== named?.category)
  );
  if (items.length > 0 && quantity !== null && !renamed) {
    const tokens = before.split(" ");
    let last: { at: number; length: number } | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const n = numberAt(tokens, i);
      if (n) last = { at: i, length: n.length };
    }
    if (last) tokens.splice(last.at, last.length, String(quantity));
    else tokens.push(String(quantity));
    return [tokens.join(" "), cut > 0 ? after.slice(cut) : ""].join(" ").trim();
  }
  // «una sudadera talla M no espera mejor la XL»: the new size goes to the item named before.
  // The reason after it («…que a mi hijo todo le queda pequeño») names nothing.
  const sized = clause.split(/\b(?:que|porque|because|since|pq|pois)\b/)[0];
  const size = sizeIn(sized);
  const other = segmentsOf(sized, sized).some((s) =>
    s.words.some((w) => !named?.words.includes(w)) ||
    (s.category !== null && s.category !== named?.category)
  );
  if (items.length > 0 && size !== null && quantity === null && !other) {
    const kept = before.split(" ").filter((w) => !V.sizes.has(w)).join(" ");
    return [kept, size.toLowerCase(), cut > 0 ? after.slice(cut) : ""].join(" ").trim();
  }
  return words(after).length >= 2 ? after : text;
}

const ORDINAL =
  /\b(?:(?:the|el|la|lo|o|a)\s+)?(first|primer[oa]?|primeir[oa]|1st|second|segund[oa]|2nd|third|tercer[oa]?|terceir[oa]|3rd|last|ultim[oa])(?:\s+(?:one|uno|una|um|uma|opcion|opcao|option))?\b/;
/** «el 2», «la 3 porfa», «number 2», «opção 1»: an item of a numbered list, by its number alone. */
const NUMBERED =
  /^(?:(?:el|la|lo|o|a|the|number|numero|num|n|opcion|opcao|option|nro)\s+)*#?([1-9])(?:\s+(?:porfa|pls|please|por favor|pfv|plis|entonces|then|entao))?$/;
/** «the cheaper one», «el más barato», «o mais barato»: the item of the list with the lowest price. */
const CHEAPER =
  /\b(?:(?:the|el|la|lo|o|a)\s+)?(?:cheaper|cheapest|mas barat[oa]|mais barat[oa]|barat(?:o|a|inho|inha))(?:\s+(?:one|uno|una|um|uma))?\b/;
const POSITIONS: Record<string, number> = {
  first: 1,
  primer: 1,
  primero: 1,
  primera: 1,
  primeiro: 1,
  "1st": 1,
  second: 2,
  segundo: 2,
  segunda: 2,
  "2nd": 2,
  third: 3,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  terceiro: 3,
  terceira: 3,
  "3rd": 3,
};

/** «the first two», «los dos primeros», «as duas primeiras», «both» (of two): how many, from the top. */
function firstOnes(text: string, listed: number): number {
  const m = FIRST_ONES.exec(text);
  if (m) {
    const n = Number(m[1] ?? m[2] ?? m[3]) || FIRST_COUNT[m[1] ?? m[2] ?? m[3] ?? ""] || 0;
    return n <= listed ? n : 0;
  }
  return listed === 2 && BOTH.test(text) ? 2 : 0;
}
const FIRST_ONES =
  /\b(?:the )?first (two|three|2|3)\b|\b(?:los|las|os|as) (dos|do|tres|dois|duas|2|3) primei?r[oa]s\b|\b(?:los|las|os|as) primei?r[oa]s (dos|do|tres|dois|duas|2|3)\b/;
const FIRST_COUNT: Record<string, number> = {
  two: 2,
  three: 3,
  dos: 2,
  do: 2,
  tres: 3,
  dois: 2,
  duas: 2,
};
const BOTH = /\b(both|ambos|ambas|los dos|las dos|os dois|as duas|the two of them)\b/;

/**
 * «the first one, 3 of them», «o segundo, dois pacotes»: an item of the list the agent just
 * wrote, by its place, added as if named (ordinal words name nothing else here).
 */
function pickedIn(text: string, conv: Conversation, raw: string): Plan | null {
  const several = firstOnes(text, conv.listed.length);
  if (several > 1) {
    const plan = oneOfEach(conv.listed.slice(0, several));
    if (plan) return plan;
  }
  if (conv.numbered && NUMBERS_PICKED.test(text)) {
    const picked = (text.match(/\b[1-9]\b/g) ?? []).map((n) => conv.listed[Number(n) - 1]);
    if (picked.every((l) => l !== undefined)) {
      const plan = oneOfEach(picked);
      if (plan) return plan;
    }
  }
  const m = ORDINAL.exec(text) ?? CHEAPER.exec(text) ??
    (conv.numbered ? NUMBERED.exec(text) : null);
  if (!m || conv.listed.length < 2) return null;
  // «o segundo mano, ganhei um moedor de natal»: a reason in a clause of its own names nothing.
  const clause = (text.split(" , ").find((c) => c.includes(m[0])) ?? text).replace(m[0], " ");
  const rest = text.replace(m[0], " ");
  // «the second one, just the one bag»: a container says how many, not another item.
  const other = (s: Segment) => s.words.some((w) => !CONTAINERS.has(w)) || s.category;
  const naming = (t: string) => segmentsOf(t, raw).some(other);
  if (naming(clause) || V.says("addVerb", rest) && naming(rest) || V.says("remove", rest)) {
    return null;
  }
  const prices = conv.listed.map((l) => l.price ?? Infinity);
  const position = m[0].match(CHEAPER)
    ? prices.indexOf(Math.min(...prices)) + 1
    : POSITIONS[m[1]] ?? (/^\d$/.test(m[1]) ? Number(m[1]) : conv.listed.length);
  if (m[0].match(CHEAPER) && !Number.isFinite(prices[position - 1])) return null;
  const item = conv.listed[position - 1]?.name;
  if (!item) return null;
  const id = PRODUCT_REF.exec(normalize(item));
  const quantity = quantityIn(words(rest));
  const size = sizeIn(rest);
  const counted = { quantity: quantity ?? 1, counted: quantity !== null, size };
  if (id) {
    return {
      kind: "calls",
      calls: [{
        name: "add_to_cart",
        args: { product_id: Number(id[1]), quantity: quantity ?? 1, ...(size ? { size } : {}) },
      }],
    };
  }
  const named = segmentsOf(normalize(item), item).find((s) => s.words.length > 0);
  if (!named) return null;
  return {
    kind: "items",
    action: "add",
    segments: [{ ...named, ...counted, another: false, reference: false }],
    extra: [],
    explicit: true,
  };
}

/** «o 3 e o 1», «el 1 y el 4», «2 and 3»: several items of a numbered list, by their numbers. */
const NUMBERS_PICKED =
  /^(?:(?:el|la|lo|o|a|the|los|las|os|as|number|numbers|numero|numeros|n)\s+)*[1-9](?:\s*(?:,|y|e|and|&)\s*(?:(?:el|la|lo|o|a|the|number|numero)\s+)?[1-9])+(?:\s+(?:porfa|pls|please|por favor|pfv|plis|entonces|then|entao))?$/;

/** One of each listed item: a number in a listed name («(producto 13)», «250 g») is no quantity. */
function oneOfEach(picked: readonly Listed[]): Plan | null {
  const ids = picked.map((l) => PRODUCT_REF.exec(normalize(l.name))?.[1]).filter((id) => id);
  if (ids.length === picked.length) {
    return {
      kind: "calls",
      calls: ids.map((id) => ({
        name: "add_to_cart",
        args: { product_id: Number(id), quantity: 1 },
      })),
    };
  }
  const segments = picked.flatMap((l) =>
    segmentsOf(normalize(l.name), l.name).filter((s) => s.words.length > 0).slice(0, 1)
  ).map((s) => ({ ...s, quantity: 1, counted: false, size: null }));
  if (segments.length !== picked.length) return null;
  return { kind: "items", action: "add", segments, extra: [], explicit: true };
}

/** The part of a message with a question that asks for an item: «…? y ponme un termo». */
function requestBeside(raw: string): string | null {
  const clauses = raw.split(/[?¿!.\n]+|,\s|\s(?:y|and|e)\s(?=\S+\s)/).map((c) => c.trim()).filter(
    Boolean,
  );
  if (clauses.length < 2) return null;
  const wanted = clauses.filter((c) => {
    const t = normalize(c);
    return (V.says("addVerb", t) || V.says("request", t) || V.says("add", t)) &&
      topicOf(t, true) === null && !V.says("question", t);
  });
  return wanted.length === 1 ? wanted[0] : null;
}

const ARTICLE = "(?:(?:el|la|los|las|lo|o|a|os|as|the|un|una|um|uma|del|de la|do|da)\\s+)";
const ART = `${ARTICLE}?`;
const WANT =
  "(?:(?:mejor|better|melhor|pues|then|entao|quiero|queria|quero|i want|i d like|id like|want|dame|give me|me da|me ve|ponme|pon|put|add|coloca|bota)\\s+)*";
/** The ways of saying one product instead of another, as (out, in) pairs of captures. */
const SWAPS: [RegExp, "out-in" | "in-out"][] = [
  // «el termo no, la taza», «o termo não, a caneca»
  [new RegExp(`^${ARTICLE}(.{2,40}?) (?:no|nao) , ${WANT}${ARTICLE}(.{2,40})$`), "out-in"],
  // «not the flask, the mug», «no quiero el termo, quiero la taza», «não quero o termo, a caneca»
  [
    new RegExp(
      `^(?:no|not|nao)\\s+(?:quiero\\s+|quero\\s+|i want\\s+|want\\s+)?${ARTICLE}(.{2,40}?) , ${WANT}${ARTICLE}(.{2,40})$`,
    ),
    "out-in",
  ],
  // «la taza en vez del termo», «the mug instead of the flask», «a caneca em vez do termo»
  [
    new RegExp(
      `^${WANT}${ART}(.{2,40}?) (?:instead of|rather than|en vez del?|en lugar del?|em vez d[eoa]|no lugar d[eoa]) ${ART}(.{2,40})$`,
    ),
    "in-out",
  ],
  // «cambia el termo por la taza», «swap the flask for the mug», «troca o termo pela caneca»
  [
    new RegExp(
      `^(?:cambia\\w*|change|swap|switch|troca\\w*|substitui\\w*)\\s+${ART}(.{2,40}?) (?:por|for|with|pel[oa]|para) ${ART}(.{2,40})$`,
    ),
    "out-in",
  ],
];

/** «pensando bem, …», «on second thoughts …», «a ver, …»: words before the change itself. */
const MIND_PREFIX =
  /^(?:(?:pensando bem|pensando melhor|pensandolo bien|pensandolo mejor|bien pensado|on second thoughts?|second thoughts|actually|na verdade|en realidad|a ver|mira|olha|ok|okay|vale|bueno|bom|well|hmm+|mmm+|uy|ah)(?: ,)? )+/;

/** «la taza en vez del termo»: the product wanted and the one it replaces, both named. */
function swapIn(text: string): { out: string; in: string } | null {
  // «3 instead of 1», «pickup instead of delivery»: quantities and ways, not two products.
  const named = (part: string) =>
    !/\d/.test(part) && !words(part).some((w) => V.numbers.some(([n]) => n === w)) &&
    topicOf(part, false) === null && Object.keys(choiceIn(part)).length === 0 &&
    words(part).length <= 4;
  // «cambia el matcha por la manzanilla, a mi mamá no le gusta»: the reason after a comma aside.
  const clauses = text.replace(MIND_PREFIX, "").split(" , ");
  const candidates = clauses.map((_, n) => clauses.slice(0, clauses.length - n).join(" , "));
  for (const [re, order] of SWAPS) {
    for (const candidate of candidates) {
      const m = re.exec(candidate);
      if (!m) continue;
      const pair = order === "out-in" ? { out: m[1], in: m[2] } : { out: m[2], in: m[1] };
      if (named(pair.out) && named(pair.in)) return pair;
    }
  }
  return null;
}

/** Where a clause of a cart change starts: a verb taking out, putting in or changing a line. */
const CLAUSE_VERB =
  /^(quita\w*|saca\w*|elimina\w*|borra\w*|pon|ponme|ponle|ponlo|ponla|pone|poneme|anade\w*|agrega\w*|agregame|mete\w*|suma\w*|deja\w*|cambia\w*|sube\w*|baja\w*|remove|delete|ditch|drop|scrap|take|add|put|chuck|throw|pop|stick|make|change|bump|lower|raise|tira\w*|remove\w*|exclui\w*|apaga\w*|bota|coloca\w*|adiciona\w*|poe|acrescenta\w*|inclui\w*|deixa\w*|muda\w*|aumenta\w*|diminui\w*)$/;
/** Words of a clause that only tie it to the others: «y», «and», «e», «instead», «también». */
const CLAUSE_TIES =
  /\b(y|and|e|then|luego|despues|depois|tambien|tambem|also|plus|ademas|instead|en su lugar|no lugar|em vez disso|a cambio)\b/g;

/**
 * «quita el termo y pon 2 tazas», «make the coffee 2 and add a honey», «tira o chá, coloca 2
 * canecas»: a message changing one line and adding another, one plan for both. Null unless it
 * has an add and a removal or a new quantity, each naming its product.
 */
function compoundIn(text: string, raw: string): Plan | null {
  const ws = words(text);
  const starts = ws.flatMap((w, i) => CLAUSE_VERB.test(w) ? [i] : []);
  // «el molinillo fuera, y la cafetera que sean 2»: the verb after the item, clause by clause.
  const clauses =
    (starts.length >= 2
      ? starts.map((start, n) =>
        ws.slice(n === 0 ? 0 : start, starts[n + 1] ?? ws.length).join(" ")
      )
      : text.split(/ , | \b(?:y|and|e)\b /))
      .map((c) => c.replace(CLAUSE_TIES, " ").replace(/[\s,]+/g, " ").trim())
      .filter((c) => c.length > 0);
  if (clauses.length < 2) return null;
  const adds: Segment[] = [];
  const removing: Segment[] = [];
  let changes = 0;
  for (const clause of clauses) {
    const named = segmentsOf(clause, raw).filter((s) => s.words.length > 0 || s.category);
    if (named.length === 0) return null;
    const quantity = setQuantityIn(clause);
    if (V.says("remove", clause) && !V.says("addVerb", clause)) {
      if (named.some((s) => s.counted)) return null;
      removing.push(...named);
      changes++;
    } else if (V.says("setQuantity", clause) && quantity !== null && named.length === 1) {
      adds.push({ ...named[0], quantity, counted: true, sets: true });
      changes++;
    } else if (V.says("addVerb", clause)) adds.push(...named);
    else return null;
  }
  if (changes === 0 || adds.length === 0) return null;
  // Only lines set («las tazas que sean 4 y las manzanillas 3»): a change of the cart, below.
  if (adds.every((s) => s.sets) && removing.length === 0) return null;
  return {
    kind: "items",
    action: "add",
    segments: adds,
    extra: [{ name: "view_cart", args: {} }],
    explicit: true,
    removing,
  };
}

/** «coming back», «vuelva», «voltar ao estoque»: a product's return, not offers. */
const BACK = /\b(back|vuelv\w*|volv\w*|volt\w*|stock|estoque|restock\w*|repon\w*)\b/;
const CANCEL_THAT =
  /\b(?:cancel|cancell?ing) (?:that|this|it)\b|\b(?:cancelar|cancela|anular|anula) (?:eso|esto|isso|esse|essa|aquilo)\b/;

/** A clause saying how things are («esse mês tá apertado», «my dad already has one»). */
const STATE =
  /\b(ta|esta|estao|estoy|estou|to|tou|estamos|es|is|are|was|were|anda|ando|tenho|tengo|tiene|tem|have|has|had|ive|weve|already|ya|ja)\b/;

/** A clause keeping a line as it is: «leave the bags as they are», «fica só a caneca». */
const KEEP =
  /\b(quedan? igual|igual|as (they|it) (are|is)|leave (the|it|them)|keep (the|it|them)|fica (so|igual)|ficam igual|fico (so )?com|mantem|mantenha|so (o|a|os|as)|solo (el|la|los|las)|just the|only the|me quedo con|como (esta|estan|ta|tao)|do jeito que (esta|ta)|(only|just) (drinks?|wants?|likes?|eats?|uses?|needs?)|solo (toma|bebe|quiere|usa|come)|so (toma|bebe|quer|usa|come))\b/;

/** The part of a cart change that changes something: without the clauses keeping lines. */
function changed(text: string): string {
  const clauses = text.split(/ , |\b(?:y|and|e|but|pero|mas)\b/);
  // «quita la manzanilla y deja el matcha»: a line left, with no new count, is kept as it is.
  const kept = clauses.filter((c) =>
    !KEEP.test(c) &&
    !(/^\s*(deja|dejame|deixa|leave|keep)\b/.test(c) && quantityIn(words(c)) === null)
  );
  return kept.length > 0 && kept.length < clauses.length ? kept.join(" , ") : text;
}

/** The calls the intent of the message's cue words (cues.ts) asks for, among the tools given. */
function cueCalls(
  intent: string | null,
  tools: ReadonlySet<string>,
  orderArgs: { order: Args; cancel: Args },
  choice: Args,
): Call[] | null {
  const calls: Record<string, Call> = {
    handoff: { name: "request_human", args: {} },
    cancel: { name: "cancel_order", args: orderArgs.cancel },
    checkout: { name: "review_order", args: choice },
    optIn: { name: "marketing_consent", args: { consent: true } },
    optOut: { name: "marketing_consent", args: { consent: false } },
    orderStatus: { name: "order_status", args: orderArgs.order },
    viewCart: { name: "view_cart", args: {} },
    paymentLink: { name: "payment_link", args: orderArgs.order },
  };
  const call = intent ? calls[intent] : undefined;
  return call && tools.has(call.name) ? [call] : null;
}

function emojiReply(raw: string): ReplyKind {
  return /[🙏❤️😊😀😁👍👌]/u.test(raw) ? "thanks" : "ack";
}

/** The first size the text names. */
export function sizeIn(text: string): string | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const size = V.sizes.get(`${ws[i]} ${ws[i + 1] ?? ""}`) ?? V.sizes.get(ws[i]);
    if (size) return size;
  }
  return null;
}

/**
 * The count of a change said in one clause that names no product, when the other clauses only
 * give a reason: they add nothing, take nothing out, name no size, and, when no word of changing
 * marks the count («sorry only 2, …»), say no other count.
 */
function bareSet(text: string, raw: string): number | null {
  const clauses = text.split(" , ");
  if (clauses.length < 2) return null;
  const marker = (c: string) => V.match("setQuantity", c) ?? V.match("setWeak", c);
  const marked = clauses.filter((c) => marker(c) !== null && setQuantityIn(c) !== null);
  // «sorry only 2, …»: without a word of changing, the count said first.
  const clause = marked.length === 1 ? marked[0] : marked.length === 0 ? clauses[0] : null;
  const quantity = clause === null ? null : setQuantityIn(clause);
  if (clause === null || quantity === null || quantity <= 0) return null;
  const said = clause.replace(SET_WORDS, " ");
  if (!segmentsOf(said, raw).every((s) => s.words.length === 0)) return null;
  const reasons = clauses.filter((c) => c !== clause);
  const calm = reasons.every((r) =>
    !V.says("add", r) && !REMOVE_VERB.test(r) && !sizeIn(r) &&
    (marked.length === 1 || setQuantityIn(r) === null)
  );
  return calm ? quantity : null;
}

/** The words of a change of count, taken out before asking whether a clause names a product. */
const SET_WORDS =
  /\b(que sean|que sejam|deja(lo|la|los|las)?( en)?|deixa|volta (pra|para)|vuelve a|make it|(is|s|are) (plenty|enough|fine)|only|just|solo|so)\b/g;

/** Words that only tie a size to its count: «M porfa, y que sean 2». */
const SIZE_TIES = new Set(["y", "e", "and", "que", "q", "sean", "sejam", "make", "it", "them"]);

/**
 * The answer to «¿Qué talla?» about the product just discussed: the size, a count if one is
 * said («M porfa, y que sean 2»), and maybe a reason after it («G msm, ele é grandão»).
 */
function sizeAnswer(text: string, conv: Conversation): Plan | null {
  if (conv.lastProduct === null || !asksSize(conv)) return null;
  const [first, ...reasons] = text.split(" , ");
  const size = sizeIn(first);
  if (!size || !words(first).every((w) => V.sizes.has(w) || V.fillers.has(w))) return null;
  const counts = reasons.filter((r) => /\d/.test(r) || quantityIn(words(r)) !== null);
  const counted = counts.length === 1 &&
    words(counts[0]).every((w, i, ws) =>
      SIZE_TIES.has(w) || V.fillers.has(w) || numberAt(ws, i) !== null || /^\d+$/.test(w)
    );
  const rest = reasons.filter((r) => !counts.includes(r));
  if (counts.length > (counted ? 1 : 0) || rest.some((r) => V.says("add", r) || sizeIn(r))) {
    return null;
  }
  const quantity = counted ? quantityIn(words(counts[0])) ?? 1 : 1;
  if (!counted && reasons.length === 0) return null;
  return {
    kind: "calls",
    calls: [{ name: "add_to_cart", args: { product_id: conv.lastProduct, quantity, size } }],
  };
}

function asksSize(conv: Conversation): boolean {
  return /\b(tallas?|talles?|sizes?|tamanhos?|tamanos?)\b|\bs , m\b/.test(conv.lastAgentText);
}

function orderIn(text: string): number | null {
  const m = ORDER_REF.exec(text);
  if (m) return Number(m[1] ?? m[2]);
  const n = ORDER_NOUN_REF.exec(text) ?? ORDER_AFTER_VERB.exec(text) ??
    ORDER_AFTER_CANCEL.exec(text);
  if (n) return Number(n[1] ?? n[2]);
  const news = /\b(update|news|status|novedades|noticias|novidades|estado)\b.{0,15}\b#?(\d{3,9})\b/
    .exec(text);
  if (news) return Number(news[2]);
  // «el enlace de pago del 88»: a number after «del», «for», «#» in a message about an order.
  const about = V.says("paymentLink", text) || V.says("cancelOrder", text) ||
    V.says("orderStatus", text);
  const after = about
    ? /\b(?:del|do|da|for|of|con el|com o|el|#)\s*#?(\d{2,9})\b(?!\s*(?:g|kg|ml|x|%))/.exec(text)
    : null;
  if (after) return Number(after[1]);
  // «y el otro pedido, el 1163, cuándo sale?»: three digits or more after «el» beside the noun.
  const beside = ORDER_NOUN.test(text)
    ? /\b(?:el|la|o|a|the|del|do|da)\s+#?(\d{3,9})\b(?!\s*(?:g|kg|ml|x|%|euros?|reais|€))/.exec(
      text,
    )
    : null;
  return beside ? Number(beside[1]) : null;
}

/** Asking when: the time of an arrival the agent has just spoken of. */
const WHEN_ASKED =
  /\b(a que hora|que hora|cuando|what time|when|how long|que horas|quando|a que horas)\b/;
const ON_ITS_WAY =
  /\b(en camino|entregamos|entrega|llega|enviado|shipped|on its way|out for delivery|arrives?|delivered|delivering|a caminho|saiu|chega|entregue|enviad[oa])\b/;
/** «hacen envoltorio de regalo?»: the shop's terms say nothing of it, so who can tell is said. */
function wrapping(text: string): { after?: ReplyKind } {
  return V.says("giftWrap", text) ? { after: "gift_wrap" } : {};
}

const BEFORE_PAYING =
  /\b(?:before|b4|antes de|antes do|prior to) (?:i |we |you )?(?:pay|paying|pagar|pague|checkout|check out|finalizar)\b/;

/** «treinta y cinco», «vinte e duas»: a number in words with «y»/«e», as digits (the «y» would
 * split it in two items). */
const COMPOUNDS = new Map(V.numbers.filter(([w, n]) => n > 20 && / (y|e) /.test(w)));
const COMPOUND_NUMBER = new RegExp(`\\b(?:${[...COMPOUNDS.keys()].join("|")})\\b`, "g");

/** The message's sentences, each normalized as the message is. */
function sentencesOf(raw: string): string[] {
  return raw.split(/(?<=[.!?;:\n])\s+/).map((c) => respell(normalize(c), V.spelling));
}

/** «cancel the second one», «anula el último»: the newest or the oldest of the open orders. */
function orderPick(text: string): { pick?: "newest" | "oldest" | "second" } {
  if (NEWEST.test(text)) return { pick: "newest" };
  if (OLDEST.test(text)) return { pick: "oldest" };
  if (/\b(second|segund[oa])\b/.test(text)) return { pick: "second" };
  return {};
}
const NEWEST =
  /\b(last|latest|newest|newer|most recent|ultim[oa]|mas reciente|mais recente|(?<!de )nuev[oa]|(?<!de )nov[oa]|de hoy|de hoje|todays)\b/;
const OLDEST = /\b(first|primer[oa]?|primeir[oa]|older|oldest|anterior|viej[oa]|antig[oa])\b/;

/** A change of a line («cambia», «troca», «change … to»), before the size it changes to. */
const RESIZE =
  /\b(cambia\w*|cambiar|change|swap|switch|troca\w*|trocar|muda\w*|make (?:it|that|them|mine))\b/;

/** «y el otro pedido», «the other one»: not the order just spoken of. */
const OTHER_ORDER =
  /\b(?:el|la|the|o|a|my|mi|meu|minha)\s+(?:otro|otra|other|outro|outra)\b|\banother (?:order|one)\b|\b(?:pedidos|orders|encomendas|compras)\b/;

/** The orders the agent's last message named. */
function agentOrders(agentText: string): Set<number> {
  const named = new Set<number>();
  for (const m of agentText.matchAll(new RegExp(ORDER_REF, "g"))) named.add(Number(m[1] ?? m[2]));
  return named;
}

/** The one order the agent's last message named, if it named exactly one. */
function agentOrder(agentText: string): number | null {
  const named = agentOrders(agentText);
  return named.size === 1 ? [...named][0] : null;
}

/** «¿Cuál quieres cancelar?» «el 1003»: the order of those listed that the reply names. */
function orderPicked(text: string, agentText: string): number | null {
  const listed = agentOrders(agentText);
  const said = [...text.matchAll(/\b(\d{2,9})\b/g)].map((m) => Number(m[1]))
    .filter((n) => listed.has(n));
  return said.length === 1 ? said[0] : null;
}

const WHICH_TO_CANCEL =
  /\b(cual quieres cancelar|which one should i cancel|qual voce quer cancelar)\b/;
/** The agent asked for the customer's name. */
const NAME_ASKED = /\b(nombre|name|nome)\b/;
/** Two to five capitalised words, particles between them: a name and nothing else. */
const NAME_ALONE =
  /^(\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|do|dos|das|del|de la)\s+)?\p{Lu}\p{Ll}+){1,4})[.!]?$/u;
/** The agent asked how to receive or pay («Como prefere receber: retirada, entrega…?»). */
const HOW_ASKED =
  /\b(como (prefieres|prefiere|quieres|quiere|prefere|quer|voce quer|vc quer) (recibir\w*|pagar\w*|receber|que te lo)|how (would you like|do you want|d you like) (to )?(get|receive|pay|it))\b/;
/** The agent's question offering news and offers. */
const OFFERS_ASKED =
  /\b(ofertas|offers|promo\w*|novedades|novidades|new arrivals|news|newsletter)\b/;
/** The shop's message carried a payment link. */
const LINK_SENT =
  /\bhttps?\b|\b(enlace|link) de pago\b|\bpayment link\b|\blink de pagamento\b|\bmercado ?pago\b/;
/** «de nuevo», «again», «de novo», «reenvíalo»: the same thing sent once more. */
const AGAIN =
  /\b(de nuevo|otra vez|again|de novo|outra vez|reenvi\w*|resend|re send|no me (abre|llego|llega)|no abre|doesnt open|wont open|nao abre|nao chegou|didnt get|never got|deleted)\b/;
const WHICH_TO_PAY =
  /\b(cual quieres pagar|which one would you like to pay|qual voce quer pagar)\b/;

/** The quantity a change asks for: after "a", "to", "mejor"...; else the number said last. */
function setQuantityIn(said: string): number | null {
  const text = beforeReason(said);
  const ws = words(text);
  const numbers: number[] = [];
  const negated: number[] = [];
  let afterMarker: number | null = null;
  for (let i = 0; i < ws.length; i++) {
    const n = numberAt(ws, i);
    if (n === null) continue;
    numbers.push(n.value);
    const before = ws[i - 1] ?? "";
    if (/^(no|not|nao|ni)$/.test(before)) negated.push(n.value);
    if (afterMarker === null && V.says("setMarker", before)) afterMarker = n.value;
    i += n.length - 1;
  }
  // «coloca mais duas, fica 3 no total»: the total said is the quantity.
  const total = /\b(\d{1,2}) (?:no |en |in |ao )?(?:total|todo|all)\b/.exec(text);
  if (total) return Number(total[1]);
  const fixed = saidAgain(text.split(" "));
  if (fixed !== null) return fixed;
  if (afterMarker !== null) return afterMarker;
  if (numbers.length === 0) return null;
  // «eran 2 termos no 3»: the number said with «no» is the one being corrected.
  if (numbers.length === 2 && negated.length === 1) {
    return numbers.find((n) => n !== negated[0]) ?? numbers[0];
  }
  // «3 flasks instead of 1», «quero 4 em vez de 2»: the number before it is the new one.
  const instead = INSTEAD.exec(text);
  if (instead && numbers.length >= 2) {
    const before = setQuantityIn(text.slice(0, instead.index));
    if (before !== null) return before;
  }
  if (/\b(no|nao|not)\s+\S+\s*$/.test(text)) return numbers[0];
  return numbers[numbers.length - 1];
}

/**
 * «faz 3 q meu cunhado vai querer um também», «5 of those, one for everyone in the house»: the
 * words after the first number giving a reason say no quantity of their own.
 */
function beforeReason(text: string): string {
  const ws = text.split(" ");
  const first = ws.findIndex((_, i) => numberAt(ws, i) !== null);
  if (first < 0) return text;
  const rest = ws.slice(first + 1).join(" ");
  const reason = REASON_AFTER.exec(rest);
  return reason ? [...ws.slice(0, first + 1), rest.slice(0, reason.index)].join(" ").trim() : text;
}

const REASON_AFTER =
  /(?:^|\s)(?:, )?(?:(?:que|q)(?! (?:sean|sea|seja|sejam|fiquem|fique|queden|quede|son|sao|mejor|melhor)\b)|porque|because|cos|coz|cause|since|pq|pois|one for|uno para|una para|um pra|uma pra|um para|uma para)\b/;

/**
 * «três não, quatro», «tres no, cuatro», «three no four»: a number taken back at once by the
 * next; the last one said that way is meant. Without the comma, «tres no dos» and «era 4 não
 * 2» say the first one, not the second, and so does «two not four».
 */
function saidAgain(ts: string[]): number | null {
  let last: number | null = null;
  for (let i = 0; i < ts.length; i++) {
    const n = numberAt(ts, i);
    if (n === null) continue;
    let j = i + n.length;
    if (!/^(no|nao)$/.test(ts[j] ?? "")) continue;
    j++;
    const comma = ts[j] === ",";
    if (comma) j++;
    // «6 no, eran 2»: the verb before the number said again.
    if (comma && /^(eran|era|son|sean|are|were|sao|foram|e|es)$/.test(ts[j] ?? "")) j++;
    const next = numberAt(ts, j);
    if (next && (comma || EN_NUMBER.test(ts[i]) && EN_NUMBER.test(ts[j]))) last = next.value;
  }
  return last;
}

const EN_NUMBER =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/;

/** A purchase told about: «compró», «pedí», «comprei», «bought» (accents tell «compró» from «compro»). */
const PAST =
  /\b(compr[óé]|ped[íi]|pidi[óo]|compraron|pidieron|compramos|regal[éó]|llev[éó]|encargué|encargó|prob[éó])(?![\p{L}])/iu;
const PAST_WORDS =
  /\b(pidio|compraron|pidieron|comprei|comprou|compramos|compraram|pediu|pedimos|bought|ordered|purchased|(?:de )?la otra vez|(?:de )?la ultima vez|da outra vez|da ultima vez|last time|the other day|el otro dia|outro dia|me llego|me llegaron|me chegou|me chegaram|arrived|came today|came yesterday)\b/;

const DOZENS = /^(docenas?|duzias?|dozens?)$/;

/** A number written at word `i`, times twelve before «docenas» («dos docenas»: 24). */
function numberAt(ws: string[], i: number): { value: number; length: number } | null {
  const n = plainNumberAt(ws, i);
  if (!n || !DOZENS.test(ws[i + n.length] ?? "") || DOZENS.test(ws[i + n.length - 1])) return n;
  return { value: n.value * 12, length: n.length + 1 };
}

/** A number written at word `i`: digits or number words not followed by a measure (250 g). */
function plainNumberAt(ws: string[], i: number): { value: number; length: number } | null {
  const w = ws[i];
  // «el más barato de los tres», «the cheaper of the two», «o melhor dos três»: a choice, not a count.
  const of = `${ws[i - 2] ?? ""} ${ws[i - 1] ?? ""}`;
  if (
    /^(de|of|entre|among) (los|las|the|os|as|these|those)$/.test(of) ||
    /^(barat[oa]|car[oa]|melhor|maior|menor|um|uma|qual) (dos|das)$/.test(of)
  ) return null;
  // «una cafetera d esas de 6»: the size in its name, said last, not how many.
  if (
    /^(de|of|do|da)$/.test(ws[i - 1] ?? "") && i >= 2 && !plainNumberAt(ws, i - 2) &&
    ws.slice(i + 1).every((x) => V.fillers.has(x))
  ) return null;
  // «the ground one», «that blue one»: a pronoun for the item, not a count.
  const after = ws[i + 1];
  if (
    w === "one" && /^(the|that|this)$/.test(ws[i - 2] ?? "") && !plainNumberAt(ws, i - 1) &&
    (after === undefined || after === "," || V.fillers.has(after))
  ) return null;
  // «once it's back», «once I get paid»: English «once», not Spanish eleven.
  if (w === "once" && ONCE_AFTER.test(ws[i + 1] ?? "")) return null;
  if (/^\d{1,3}$/.test(w)) {
    const unit = ws[i + 1] ?? "";
    if (KILOS.test(unit) && Number(w) >= 2) return { value: Number(w), length: 2 };
    if (MEASURES.test(unit)) return null;
    return { value: Number(w), length: 1 };
  }
  const joined = /^(\d{1,2})kg$/.exec(w);
  if (joined && Number(joined[1]) >= 2) return { value: Number(joined[1]), length: 1 };
  if (/^\d+(g|kg|ml|%)$/.test(w)) return null;
  for (const [phrase, value] of V.numbers) {
    const parts = phrase.split(" ");
    if (parts.every((p, k) => ws[i + k] === p)) {
      const unit = ws[i + parts.length] ?? "";
      if (KILOS.test(unit) && value >= 2) return { value, length: parts.length + 1 };
      if (MEASURES.test(unit)) return null;
      return { value, length: parts.length };
    }
  }
  return null;
}

/** «4 kilos de café en grano», «6 kg of the beans»: that many kilo bags (one kilo is the name). */
const KILOS = /^(kg|kgs|kilo|kilos|quilo|quilos)$/;

/**
 * Digits before a container word that are part of a name: «italiana de 6 tazas», «the 6 cup
 * stovetop», when a product word comes before or after them.
 */
function inName(ws: string[], i: number, kept: readonly string[]): number {
  const n = plainNumberAt(ws, i);
  if (!n || ARTICLES.has(ws[i]) || !V.units.has(ws[i + n.length] ?? "")) return 0;
  if (kept.length > 0 || NAME_BEFORE.has(ws[i - 1] ?? "")) return n.length;
  if (!/^\d+$/.test(ws[i])) return 0;
  for (const w of ws.slice(i + 2)) {
    if (PURPOSE.has(w)) return 0;
    // «6 tazas moka» names the moka pot; «2 tazas de cerámica» are two mugs.
    const to = V.synonyms.get(w);
    if (to && to !== w && to !== V.synonyms.get(ws[i + 1])) return n.length;
  }
  return 0;
}

/** Words before a number that make it part of a name: «la de 6 tazas», «the six cup one». */
const NAME_BEFORE = new Set(["de", "da", "do", "of", "the", "la", "el"]);

function quantityIn(ws: string[]): number | null {
  for (let i = 0; i < ws.length; i++) {
    const n = numberAt(ws, i);
    if (n && (n.length > 1 || !ARTICLES.has(ws[i]))) return n.value;
  }
  return null;
}

const SEPARATORS =
  /\s*(?:,|\+|;|\by\b|\be\b|\band\b|\bn\b|&|\bplus\b|\btambien\b|\btambem\b|\btb\b|\balso\b|\bas well as\b)\s*/;

/** Words an item named after «para mi madre» starts with. */
const DETERMINERS = new Set(
  "un una uno unos unas um uma uns umas el la los las o a os as the an some".split(" "),
);

const OTHER = /^(otr[oa]|outr[oa]|other|another)$/;
const OF_WORDS = new Set(["of", "de", "del", "do", "da", "dos", "das"]);
const PURPOSE = new Set(["para", "pra", "pa", "for", "pro"]);

/** The items a message names, one segment each ("2 cafés y un termo": two). */
export function segmentsOf(text: string, raw: string): Segment[] {
  const out: Segment[] = [];
  for (const part of countedItems(text).split(SEPARATORS)) {
    if (!part || part.trim().length === 0) continue;
    const ws = words(part);
    let quantity: number | null = null;
    const kept: string[] = [];
    let category: string | null = null;
    let size: string | null = null;
    /** After «para», «for», «pra»: what the item is for, not what it is. */
    let purpose = false;
    const purposeWords: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      const naming = inName(ws, i, kept);
      if (naming > 0) {
        // «la de 6 tazas» describes the item named before it: its words go to that item.
        const unit = V.synonyms.get(ws[i + naming]) ?? ws[i + naming];
        if (kept.length === 0 && out.at(-1)?.words.length) out.at(-1)!.words.push(stem(unit));
        else kept.push(stem(unit));
        i += naming;
        continue;
      }
      const n = numberAt(ws, i);
      if (/^\d+$/.test(ws[i]) && !n) continue;
      if (n) {
        if (quantity === null && (n.length > 1 || !ARTICLES.has(ws[i]))) {
          quantity = n.value;
        }
        i += n.length - 1;
        continue;
      }
      const w = ws[i];
      if (
        PURPOSE.has(w) &&
        (kept.length > 0 || size !== null || quantity !== null || category ||
          i === 1 && (ARTICLES.has(ws[0]) || OTHER.test(ws[0])))
      ) {
        purpose = true;
      } else if (PURPOSE.has(w) && i === 0) {
        // «pa mi madre una miel», «para la cafetera italiana el café molido»: who or what it is
        // for comes first, up to the item's article or number.
        const starts = (j: number) => DETERMINERS.has(ws[j]) || numberAt(ws, j) !== null;
        let next = i + 2;
        while (next < ws.length && !starts(next)) next++;
        if (DETERMINERS.has(ws[i + 1]) && next < ws.length) i = next - 1;
        else while (i + 1 < ws.length && !starts(i + 1)) i++;
        continue;
      }
      // «tee shirts for my team 4 medium»: a size after what it is for is still the item's.
      if (purpose && V.sizes.has(w) && !/^(grande|pequeno|medio|large|small)$/.test(w)) {
        size ??= V.sizes.get(w)!;
        continue;
      }
      if (purpose) {
        if (!PURPOSE.has(w) && !V.fillers.has(w) && !V.says("reference", w)) {
          purposeWords.push(stem(V.synonyms.get(w) ?? w));
        }
        continue;
      }
      const c = categoryWord(ws, i, raw);
      if (c) {
        category ??= c;
        continue;
      }
      const two = V.sizes.get(`${w} ${ws[i + 1] ?? ""}`);
      if (two || V.sizes.has(w)) {
        size ??= two ?? V.sizes.get(w)!;
        if (two) i++;
        continue;
      }
      if (V.fillers.has(w) || V.fillers.has(stem(w)) || MEASURES.test(w) || /^\d/.test(w)) continue;
      if (V.says("add", w) || V.says("addVerb", w) || V.says("remove", w)) continue;
      if (
        (CONTAINERS.has(w) || CONTAINERS.has(stem(w))) &&
        OF_WORDS.has(ws[i + 1] ?? "") && ws.slice(i + 2).some((x) =>
          !V.fillers.has(x) && !/^\d/.test(x)
        )
      ) continue;
      // «the one kilo bag»: a bag of it, not the tote bag.
      if (
        (CONTAINERS.has(w) || CONTAINERS.has(stem(w))) &&
        /^(kilo|kg|kilos|g|gramos)$/.test(ws[i - 1] ?? "")
      ) continue;
      const mapped = V.synonyms.get(w) ?? V.synonyms.get(stem(w)) ?? nearSynonym(w) ?? w;
      for (const m of mapped.split(" ")) if (m.length >= 2) kept.push(stem(m));
    }
    const prev = out.at(-1);
    const container = (w: string) => CONTAINERS.has(w) || CONTAINERS.has(stem(w));
    // «…and 2 packs of the capsules»: the pack says what is in it, an item of its own unless
    // it is the item before («chá de camomila, me separa duas caixinhas de camomila»).
    const packsOf = ws.some((w, k) =>
      container(w) && OF_WORDS.has(ws[k + 1] ?? "") && k + 2 < ws.length
    );
    const packs = ws.some(container) && (!packsOf || prev?.words.includes(kept[0]) === true);
    if (
      (kept.length === 0 || kept.length === 1 && packs) && size === null &&
      quantity !== null && prev && !prev.counted && category === null &&
      (prev.words.length > 0 || prev.category !== null)
    ) {
      // «coffee pls, 2 bags», «the beans one, x2»: how many of the item before (not the tote bag).
      prev.quantity = quantity;
      prev.counted = true;
      continue;
    }
    if (kept.length === 0 && category === null && size !== null && prev?.words.length) {
      // «8 hoodies for the team, all of them XL»: one size, no count, is the size of that line.
      const counts = ws.some((w, k) => ARTICLES.has(w) || numberAt(ws, k) !== null) ||
        V.says("another", part);
      if (!counts && sizeLines(ws).length === 1) {
        prev.size ??= size;
        continue;
      }
      // «two tees, one small one large»: the sizes after a product are its lines.
      if (!prev.size) out.pop();
      for (const line of sizeLines(ws)) out.push({ ...prev, ...line, another: true });
      continue;
    }
    // «dos tazas, una para mi madre y otra para mi tía»: who each of them is for, not more.
    const shares = purpose && category === null &&
      kept.every((w) => OTHER.test(w)) &&
      out.some((s) => s.counted && s.quantity > (quantity ?? 1));
    if (shares) continue;
    const another = V.says("another", part);
    const reference = V.says("reference", part);
    if (
      kept.length === 0 && quantity === null && !another && !reference && category === null &&
      size === null
    ) continue;
    // «algo pa moler el café a mano, la de muela de cerámica»: more about the item before.
    if (
      DESCRIBING.test(part.trim()) && prev && (prev.words.length > 0 || prev.category) &&
      quantity === null && !another
    ) {
      prev.words.push(...kept.filter((w) => !prev.words.includes(w)));
      continue;
    }
    out.push({
      words: [...new Set(kept)],
      category,
      quantity: quantity ?? 1,
      counted: quantity !== null,
      another,
      reference,
      size,
      ...(purpose ? { purpose: purposeWords.slice(0, 2) } : {}),
    });
  }
  const said = sizeIn(text);
  if (said) { for (const s of out) s.size ??= said; }
  const named = out.filter((s) => s.words.length > 0 || s.category !== null);
  if (named.length === 0) return out;
  // «2 of them please and a box of biscuits»: the product just discussed, and another.
  return out.filter((s) =>
    s.words.length > 0 || s.category !== null || s.another || s.reference && s.counted
  );
}

/** «1 mug 1 flask», «2 cafes 3 tazas»: a number starting a new item, unsaid comma put back. */
function countedItems(text: string): string {
  return text.replace(
    /(^|\s)(\d{1,2}\s+[a-z]{3,}(?:\s+[a-z]{3,})?)\s+(?=\d{1,2}\s+(?!tazas|cups|xicaras|g\b|gr\b|ml\b|kg\b|uds?\b|unidades|units|x\b)[a-z]{3,})/g,
    "$1$2 , ",
  );
}

/** Each size a part names with the number before it: «one small one large», «uma P». */
function sizeLines(ws: string[]): Pick<Segment, "quantity" | "counted" | "size">[] {
  const lines: Pick<Segment, "quantity" | "counted" | "size">[] = [];
  let quantity: number | null = null;
  for (let i = 0; i < ws.length; i++) {
    const two = V.sizes.get(`${ws[i]} ${ws[i + 1] ?? ""}`);
    const size = two ?? V.sizes.get(ws[i]);
    if (size) {
      lines.push({ quantity: quantity ?? 1, counted: quantity !== null, size });
      quantity = null;
      if (two) i++;
      continue;
    }
    const n = numberAt(ws, i);
    if (n) {
      quantity = n.value;
      i += n.length - 1;
    }
  }
  return lines;
}

/** Words before «te» that make it the drink: «de te», «un te», «el te verde». */
const TEA_BEFORE = new Set(
  "de del el un algun ningun mas otro ese este su tu sus tus los unos tienen hay venden".split(" "),
);
/** Words after «te» that make it the drink: «te verde», «te matcha». */
const TEA_AFTER = new Set("verde negro rojo blanco matcha chai helado frio".split(" "));

/**
 * The category the word at `i` names. «te» is the pronoun («te pido dos») unless written «té»
 * or standing where only the drink fits («de te», «te verde», alone at the end).
 */
function categoryWord(ws: readonly string[], i: number, raw: string): string | null {
  const w = ws[i];
  const c = V.categories.get(w) ?? V.categories.get(stem(w)) ?? null;
  if (!c || w !== "te" || /(^|[^\p{L}])t[éÉ]([^\p{L}]|$)/u.test(raw)) return c;
  const drink = TEA_BEFORE.has(ws[i - 1] ?? "") || TEA_AFTER.has(ws[i + 1] ?? "") ||
    (i === ws.length - 1 && i > 0);
  return drink ? c : null;
}

function categoryOf(text: string, raw: string): string | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const c = categoryWord(ws, i, raw);
    if (c) return c;
  }
  return null;
}

/** What a question about the shop's terms is about, if the message is one. */
function topicOf(text: string, asked: boolean): string | null {
  if (V.says("topic_hours", text)) return "hours";
  // «do you deliver or is it collection only?»: the delivery terms say both.
  const either = V.says("topic_delivery", text) && /\b(or|o|ou)\b/.test(text);
  if (asked && V.says("topic_pickup", text) && !V.says("topic_payment", text) && !either) {
    return "pickup";
  }
  // «onde fica a loja pra eu buscar?»: where to pick it up.
  if (V.says("topic_general", text)) return V.says("topic_pickup", text) ? "pickup" : "general";
  // «quero trocar a camiseta, ficou pequena»: something received goes back, said not asked.
  if (V.says("topic_returns", text) && RECEIVED.test(text)) return "returns";
  if (
    !asked && !/\b(cuanto cobran|how much is (shipping|delivery)|quanto fica o frete)\b/.test(text)
  ) {
    return null;
  }
  if (V.says("topic_returns", text)) return "returns";
  // «hacen envoltorio de regalo?», «do you do gift wrapping»: what the shop says of itself.
  if (V.says("giftWrap", text)) return "general";
  // «can I pay by card when I pick it up»: the way to pay; «retirar pra não pagar frete»: pickup.
  const method = /\b(card|cash|tarjeta|efectivo|cartao|dinheiro|pix|bizum|paypal|transfer\w*)\b/;
  if (
    V.says("topic_pickup", text) && !either &&
    !(V.says("topic_payment", text) && method.test(text))
  ) return "pickup";
  if (V.says("topic_payment", text)) return "payment";
  // «me mandan fotos de la sudadera»: sending pictures, not an order.
  if (V.says("topic_delivery", text) && !PICTURES.test(text)) return "delivery";
  return null;
}

const MESSAGE_WORDS =
  /\b(promo\w*|ofertas?|offers?|deals?|mensaje\w*|mensage\w*|messages?|msgs?|texts?|whatsapps?|newsletter|spam|publicidad|propaganda|novedades|novidades|notificac\w*|avisos?)\b/;

const PICTURES = /\b(fotos?|photos?|pics?|pictures?|imagen\w*|imagens?|videos?)\b/;

/** The fulfilment and payment method a message names. */
export function choiceIn(text: string): Record<string, string> {
  const choice: Record<string, string> = {};
  if (V.says("fulfil_pickup", text)) choice.fulfilment = "pickup";
  else if (V.says("fulfil_delivery", text)) choice.fulfilment = "delivery";
  else if (V.says("fulfil_shipping", text)) choice.fulfilment = "shipping";
  if (V.says("pay_mercadopago", text)) choice.payment = "mercadopago";
  else if (V.says("pay_card", text)) choice.payment = "card";
  else if (V.says("pay_cash", text)) choice.payment = "cash";
  else if (V.says("pay_transfer", text)) choice.payment = "transfer";
  return choice;
}
