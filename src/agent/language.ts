/**
 * The customer's language (Spanish, English or Brazilian Portuguese), guessed from what they
 * write, and the few sentences the server itself says in it. Only words that belong to one of
 * the three count, so short shared words ("me", "a", "no", "de") never switch a conversation;
 * nor do the sample catalog's Spanish product names, which customers of every language write.
 *
 * @example
 * ```ts
 * detectLanguage("Hola, ¿qué productos tienen?"); // "es"
 * detectLanguage("quero 2 cafés"); // "pt"
 * detectLanguage("ok");                           // null: keep the conversation's language
 * ```
 * @module
 */
import type { Language } from "../shared/language.ts";

export type { Language };

const words = (s: string) => new Set(s.split(/\s+/).filter((w) => w.length > 0));

/** Words that, written by a customer, say which language they write in. */
const MARKERS: Record<Language, Set<string>> = {
  es: words(`hola buenas buenos dias tardes noches quiero quisiera quería queria cuál cual cuáles
    cuánto cuanto cuanta cuesta cuestan tienen tienes teneis tenéis hay producto productos carrito
    cesta unidades unidad del los las muéstrame muestrame información informacion actualiza quita
    quitar saca sacar dónde donde está ayuda hablar vez añade añadir añademe ponme pon dame
    pásame pasame dos tres cuatro cinco seis siete ocho nueve diez sí busco precio cómo eso esto
    envío envio envíos envios domicilio recogida recoger tienda efectivo tarjeta transferencia
    pago llamo calle vale dale confirmo cancela cancelar enlace horario abren devolver gracias
    porfa porfavor favor también tambien más llevo kiero mejor sean otra otro usted ustedes
    vosotros gracias muchas perdón perdon disculpa oye che tío tio guay chévere ahorita gustaría
    gustaria necesito puedo pueden hacen pedir pedido mandame mándame mandan llega cuándo cuando
    dónde hasta luego adiós adios estoy hay nada bueno genial hacéis haceis también
    necesito necesitaría necesitaria quería voy vamos llevar pedir podéis podeis sois vuestro
    vuestra mandáis mandais
    otros otras mucho mucha muchos nosotros esos esas ese esa ya pues entonces ahora mismo mi mis el la los las del y con un una unos unas está lo le les nos su sus pero muy bien finalizar comprar compra`),
  en: words(`hello hi hey hiya good morning afternoon evening want would like what which how much
    cost costs have has product products cart basket buy purchase units unit of the an and my
    please pls thanks thank you show info information update remove pay order where is help
    person talk with instead for add see view checkout are two three four five six seven eight
    nine ten yes looking price it this that pick up pickup delivery shipping card cash transfer
    bank name street cancel link open can could i i'm im i'll i'd get me some any do does did
    your our we they just only one another more please cheers ta mate gonna wanna lemme got
    need when will be at there here mug flask beans ground coffee tea honey biscuits cookies
    hoodie shirt bag grinder capsules pods chuck throw sell send ship deliver dozen
    actually make sure okay thx ty bye recommend suggest something anything gift present
    thing stuff nice good best cheap cheapest price prices ship shipping free long take hold
    sec wait texting text message messages sounds ahead fine great right left sold out
    does dont don't can't cannot won't isn't everything else too also maybe sure thanks
    lol lmao omg u ur r btw idk tbh rn plz yall y'all hun innit in on apt st rd write poem
    joke weather today tomorrow yesterday who why know think really very many there their from
    about after before because should been were was am him her she them these those other than
    then out up down over back off still already again never always ever yet tell say said
    tonight week weekend month year time day days hour hours morning night soon late early`),
  pt: words(`oi olá ola bom dia boa tarde noite quero queria gostaria você voce vc vcs vocês
    voces obrigado obrigada brigado valeu não nao sim tem têm tenho qual quais quanto quanta
    custa custam carrinho produto produtos unidades comprar compra meu minha meus minhas
    mostra mostrar informação informacao atualiza tira tirar remove onde está ajuda falar
    atendente pessoa com vez para pra pro adiciona adicionar coloca colocar bota botar põe
    poe me vê ver finalizar dois duas três tres quatro cinco seis sete oito nove dez
    procuro preço preco como isso esse essa isto envio entrega retirada retirar loja dinheiro
    cartão cartao transferência transferencia pagamento pagar chamo rua beleza blz tá ta tô to
    confirmo cancela cancelar link horário horario abrem devolver devolução troca também
    tambem mais mesmo então entao agora pfv pf por favor kkk kkkk cadê cade aí ai né ne
    chá cha caneca xícara xicara garrafa moletom bolacha biscoito mel café cafe cápsulas
    capsulas grão grao moído moido ótimo otimo legal verdade quanto frete pix boleto
    manda mandar chega chegar faz fazem aceitam aceita posso pode podem eu ele ela nós a gente
    entregam entregar mandam enviam vendem vende presente indica recomenda sugere moletom
    camiseta tamanho barato barata caro cara obrigada beleza tchau até vocês ainda também
    fechado fechou bora pera peraí mandem parem mensagem mensagens receber acabou esgotou vou
    querer moedor garrafa térmica termica sacola pano biscoitos canecas encomendar
    outro outra outros outras apaga apagar muito muita nenhum nenhuma dele dela uma umas um uns
    receita bolo na nas num numa pelo pela pelos pelas dá servem funciona funcionam fica ficam
    sai saem esquenta vocês levo leva vaza vazar elétrico elétrica eletrico eletrica é
    tudo alguma algum alguém alguem novidade novidades seu sua seus suas ontem hoje chegou
    comprei paguei recebi chama chamar ligar liga em nome`),
};

/** A word counts only for the one language whose list has it: shared words say nothing. */
const LANGS = Object.keys(MARKERS) as Language[];
const shared = new Set(
  LANGS.flatMap((lang) =>
    [...MARKERS[lang]].filter((w) => LANGS.some((o) => o !== lang && MARKERS[o].has(w)))
  ),
);
for (const lang of LANGS) for (const w of shared) MARKERS[lang].delete(w);
for (
  const w of [
    "a",
    "o",
    "e",
    "no",
    "me",
    "de",
    "ta",
    "to",
    "ya",
    "que",
    "como",
    "dos",
    "tres",
    "cinco",
    "seis",
    "ver",
    "para",
    "favor",
    "nada",
    "compra",
    "comprar",
    "finalizar",
    "pedido",
    "cafe",
    "café",
    "cápsulas",
    "capsulas",
    "camiseta",
    "pago",
    "pagar",
    "envio",
    "cancela",
    "cancelar",
    "link",
    "sí",
    "si",
    "por",
    "do",
  ]
) {
  for (const lang of Object.keys(MARKERS) as Language[]) {
    if (w === "sí" && lang === "es") continue;
    MARKERS[lang].delete(w);
  }
}

/** How words of one language look, for words no list has: «texting», «fechado» says little. */
const SHAPES: [RegExp, Language][] = [
  [/(?:ing|ght)$|^(?:th|wh)/, "en"],
  [/(?:ção|ções|ão|ões|inho|inha)$|nh|lh|^\p{L}{2,}(?:ei|ou)$/u, "pt"],
  [/(?:ción|ciones|ito|ita)$|ñ/, "es"],
];

/** Letters only one of the three languages writes. */
const LETTERS: [RegExp, Language][] = [[/ñ/i, "es"], [/[ãõçêô]/i, "pt"]];

/** The language the text is clearly written in, or null when it does not say. */
export function detectLanguage(text: string): Language | null {
  // An e-mail or a link is in no language: «dave@outlook.com» is not Portuguese «com».
  const plain = text.replace(/\S+@\S+|https?:\/\/\S+|www\.\S+/g, " ");
  const lower = plain.toLowerCase();
  const score: Record<Language, number> = { es: 0, en: 0, pt: 0 };
  // «carrer de Provença», «a nombre de Muñoz»: a name's letters (a capital inside a sentence)
  // say nothing of the writer's language.
  const unnamed = plain.split(/\s+/).filter((w, i, all) =>
    i === 0 || /[.!?]$/.test(all[i - 1]) || !/^[¿¡"'(«]*\p{Lu}/u.test(w)
  ).join(" ");
  if (/[¿¡]/.test(plain)) score.es += 2;
  for (const [letters, lang] of LETTERS) if (letters.test(unnamed)) score[lang] += 2;
  for (const word of lower.split(/[^\p{L}']+/u)) {
    if (word.length === 0 || word.startsWith("whatsapp")) continue;
    let known = false;
    for (const lang of Object.keys(MARKERS) as Language[]) {
      const plural = word.length > 3 && word.endsWith("s") && MARKERS[lang].has(word.slice(0, -1));
      if (MARKERS[lang].has(word) || plural) {
        score[lang]++;
        known = true;
      }
    }
    if (!known) {
      for (const [shape, lang] of SHAPES) if (shape.test(word)) score[lang] += 0.5;
    }
  }
  const ranked = (Object.keys(score) as Language[]).sort((a, b) => score[b] - score[a]);
  const [first, second] = ranked;
  if (score[first] === 0 || score[first] === score[second]) return null;
  return first;
}

const APOLOGY: Record<Language, string> = {
  es:
    "Lo siento, ahora mismo no puedo responder. Tu mensaje ha quedado guardado y te contestaremos lo antes posible.",
  en:
    "Sorry, I can't answer right now. Your message is saved and we'll get back to you as soon as we can.",
  pt:
    "Desculpe, agora não consigo responder. Sua mensagem ficou registrada e vamos responder o mais rápido possível.",
};

const STEP_LIMIT: Record<Language, string> = {
  es:
    "Lo siento, no he podido completar eso. ¿Puedes decírmelo de otra forma o pedir hablar con una persona?",
  en: "Sorry, I couldn't finish that. Could you say it another way, or ask for a person?",
  pt:
    "Desculpe, não consegui concluir isso. Pode dizer de outro jeito ou pedir para falar com uma pessoa?",
};

const FLOOD: Record<Language, string> = {
  es:
    "He recibido varios mensajes seguidos. Los estoy leyendo todos y te respondo a todos juntos en un momento.",
  en:
    "I've received several messages in a row. I'm reading them all and will answer them together in a moment.",
  pt: "Recebi várias mensagens seguidas. Estou lendo todas e já respondo tudo junto.",
};

const WAIT: Record<Language, string> = {
  es: "Estoy con mucha demanda ahora mismo. Tengo tu mensaje y te respondo en cuanto pueda.",
  en: "I'm very busy right now. I have your message and will answer it as soon as I can.",
  pt: "Estou com muita demanda agora. Recebi sua mensagem e respondo assim que puder.",
};

/** What the customer reads, once, when the model asks to wait before their answer. */
export function waitNotice(language: Language): string {
  return WAIT[language] ?? WAIT.es;
}

/** What the customer reads when their message could not be answered. */
export function apology(language: Language): string {
  return APOLOGY[language] ?? APOLOGY.es;
}

/** What the customer reads when the agent ran out of steps for one message. */
export function stepLimitReply(language: Language): string {
  return STEP_LIMIT[language] ?? STEP_LIMIT.es;
}

/** What a customer writing faster than they can be answered reads, once. */
export function floodNotice(language: Language): string {
  return FLOOD[language] ?? FLOOD.es;
}
