/**
 * The customer's details a message gives (name, email, street, city, postal code, country, a note
 * for the courier), as `save_customer_details` arguments: values copied from the message as
 * written, in Spanish, English and Brazilian Portuguese address forms.
 *
 * @example
 * ```ts
 * detailsIn("me llamo Ana Ruiz, calle Mayor 5, 28013 Madrid");
 * // { name: "Ana Ruiz", street: "calle Mayor 5", postal_code: "28013", city: "Madrid" }
 * ```
 * @module
 */

const STREET_WORDS =
  /\b(?:calle|c\/|avda|avenida|av|plaza|paseo|carrera|cra|transversal|diagonal|jiron|jirón|pasaje|rua|travessa|street|road|avenue|ave|lane|drive|crescent|close|terrace|gardens|grove|park|\d{5})\b/i;

/** A yes or an interjection before the details: «Claro, Andrés Rojas, Carrera 15…». */
const LEAD =
  /^(?:claro|s[ií]|vale|ok|okay|dale|listo|perfecto|bueno|pues|yes|yeah|yep|sure|sim|certo|beleza|t[aá]|pronto)\s*[,.!:]\s*/iu;

const COUNTRIES =
  /(?:UK|U\.K\.|United Kingdom|England|Scotland|Wales|Ireland|Spain|España|Espanha|Portugal|Brasil|Brazil|México|Mexico|Argentina|Chile|Colombia|Perú|Peru|Uruguay|USA|US|United States|Estados Unidos|France|Francia|Germany|Alemania|Italy|Italia)/u;

const COURIER =
  /,\s*((?:ask for|pregunt(?:a|ar|ad|en) por|perguntar por|procurar (?:o|a|pel[oa])|chamar (?:o|a)) \p{Lu}\p{Ll}+.*|(?:entregar|deixar|dejar|dejad|leave it|entregad) (?:na|no|en|a la|al|at|in|with) (?:a |o |la |el |the )?(?:recep\w*|portaria|porter[ií]a|conserjer[ií]a|front desk).*)$/u;

/** A door, a bell or a call for the courier: what a delivery note is about. */
const DOOR =
  /\b(timbre|portero|porter[ií]a|interfon\w*|campainha|doorbell|bell|buzzer|intercom|llam(?:en|ad|a|ar) al (?:celu\w*|m[oó]vil|tel[eé]fono|cel)|call (?:me|my (?:mobile|cell|phone))|ring (?:me|my (?:mobile|phone))|liga(?:r|m)? (?:pra mim|no (?:meu )?celular)|me liga)\b/iu;

const THANKS =
  /^(gracias|muchas gracias|thanks|thank you|cheers|obrigad[oa]|valeu|un saludo|saludos|regards)\b/i;

const NAME_STOP = new Set(
  "y e and mi my vivo live en in at calle c/ avenida avda plaza paseo street road rua con with de from soy i"
    .split(" "),
);

/** The name, email, address or note a message gives, as `save_customer_details` arguments. */
export function detailsIn(raw: string): Record<string, string> | null {
  const found: Record<string, string> = {};
  const name =
    /\b(?:me llamo|mi nombre es|my name is|my names|my name's|name's|names|a nombre de|meu nome é|meu nome e|me chamo|sou o|sou a|name for (?:the |my |this )?(?:order|delivery|parcel) is|nombre (?:para el|del) pedido(?: es)?:?|nome (?:para o|do) pedido(?: [ée])?:?|name is|nombre:|name:|nome:|nombre es|no nome d(?:e|a|o|ela|ele)(?: (?:minha|meu) \p{L}+)?:?,?|em nome de|a nome de|in the name of|under the name|(?:a la )?atenci[oó]n de|attn\.?:?|invoice (?:name|to)|name on the invoice|(?:put it |have it )?under my name(?:,? please)?,?|(?:put|have) (?:it|the order|that|this|them) under|name on it|en nombre de|anota(?: s[óo])? o nome,?|apunta(?: solo)? el nombre,?|o nome [ée])\s+([^,;.\n]+)/iu
      .exec(raw);
  // «pode entregar pra Mariana Costa, Rua…»: the person it goes to, capitalised.
  const to = name
    ? null
    : /\b(?:entregar|entrega|entreguem|mandar|manda|enviar|envia|env[ií]a(?:lo|la|los|las)|m[aá]nda(?:lo|la|los|las)|entr[eé]ga(?:lo|la|los|las)|deliver(?: it)? to|send(?: it)? to) (?:pra |para |a )?(\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\s+\p{Lu}(?:['’]\p{Lu})?\p{Ll}+){1,3})\s*,/u
      .exec(raw);
  if (to && STREET_WORDS.test(raw)) found.name = to[1];
  if (name) {
    const ws = [];
    const said = name[1].trim().split(/\s+/);
    for (const [i, word] of said.entries()) {
      // «Terezinha Alves de Lima»: a particle between capitalised names is part of the name.
      const particle = /^(de|da|do|dos|das|del)$/.test(word) && ws.length > 0 &&
        /^\p{Lu}/u.test(said[i + 1] ?? "");
      if (particle) {
        ws.push(word);
        continue;
      }
      if (NAME_STOP.has(word.toLowerCase()) || !/^[\p{L}][\p{L}\p{M}'’-]*$/u.test(word)) break;
      ws.push(word);
    }
    if (ws.length > 0) found.name = ws.slice(0, 5).join(" ");
  }
  // «soy Camila Rojas», «Carlos Eduardo Souza, carlos@...»: a capitalised name said plainly.
  // «apunta pal envío: Marta Solé, …»: what comes after a short lead-in and its colon;
  // «I'm Olu», «Soy Ana»: the words saying so, in any case.
  const body = raw.trim().replace(LEAD, "").replace(/^[^:,\d@]{3,30}:\s*(?=\p{Lu})/u, "")
    .replace(/\b(I'?m|I am|Soy|Sou|This is|Here is)\b/g, (w) => w.toLowerCase());
  const plain =
    /(?:^(?!(?:soy|sou|i'?m|i am|this is|aqui|here is|it'?s for|its for|this is for|es para|é para|e para)\b)|\b(?:soy|sou|i'?m|i am|this is|aqui|here is|it'?s for|its for|this is for|es para|é para|e para)\s+)(\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|do|dos|das|del|de la)\s+)?\p{Lu}(?:['’]\p{L})?\p{Ll}+){0,4})(?=\s*(?:[,.;\n]|$))/u
      .exec(body);
  if (
    !found.name && plain &&
    !/^(calle|rua|avenida|av|plaza|hola|oi|ola|hi|hello|buenas)\b/i.test(plain[1])
  ) {
    const said =
      /^(soy|sou|i'?m|i am|this is|aqui|here is|it'?s for|its for|this is for|es para|é para|e para)\b/iu
        .test(body) ||
      plain.index > 0;
    // «soy Ana» alone or with an address is a name; «soy Ana, ponme 3 tazas» is an order.
    const alone = body.length <= plain.index + plain[0].length + 2;
    if ((said && alone) || /@/.test(raw) || STREET_WORDS.test(raw)) found.name = plain[1];
  }
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(raw);
  if (email) found.email = email[0];
  const street =
    /\b((?:calle|c\/|avda\.?|avenida|av\.?|plaza|pza\.?|paseo|camino|carrer|ronda|travesía|carretera|carrera|cra\.?|transversal|diagonal|jir[oó]n|pasaje|rua|travessa|alameda|praça)\s+[^,;\n]*?\d+[^,;\n]*)/iu
      .exec(raw) ??
      // «Rua das Acácias, 215», «14 Calle Sol»: the number after a comma, or first.
      /\b((?:calle|avenida|rua|travessa|alameda|avda\.?|av\.)\s+[^,;\n\d]+,\s*\d+[a-z]?(?:\s*-\s*(?:apto|ap|apartamento|casa|bloco|sala|loja)\.?\s*[\w-]{1,5})?)(?=\s*(?:[,;\n]|$))/iu
        .exec(raw) ??
      // «vivo en Insurgentes Sur 1602», «my address is 5 Elm Way»: the street after the words saying so.
      /\b(?:vivo en|vivo na|vivo no|moro na|moro no|moro em|i live at|my address is|address is|mi direcci[oó]n es|direcci[oó]n:|endere[cç]o:|meu endere[cç]o [ée])\s+([^,;\n]*?\d+[^,;\n]*)/iu
        .exec(raw) ??
      /\b(\d+[a-z]?\s+(?:calle|c\/|avenida|avda\.?|plaza|paseo|rua)\s+[^,;\n\d]+)/iu.exec(raw) ??
      /\b(\d+[a-z]?\s+(?:(?!(?:is|are|was|too|so|very|and|of|the|mugs?|flasks?)\b)[\p{L}'’-]+\s+){1,4}(?:street|st|road|rd|avenue|ave|lane|drive|crescent|park)\b\.?(?:\s+(?:Lower|Upper|North|South|East|West|Middle)\b)?(?:\s+(?:apt|apartment|unit|suite|ste|flat|#)\.?\s*[\w-]{1,5})?)/iu
        .exec(raw) ??
      /\b(\d+[a-z]?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Way|Close|Grove|Place|Square|Gardens|Terrace|Row)\b\.?)/u
        .exec(raw);
  if (street) {
    // The floor and door after a comma belong to the street: «Calle Sol 14, 2ºA».
    const floor =
      /^\s*,\s*((?:\d{1,2}\s?[º°ª]\s?(?:izquierda|derecha|izqda|izda|izq|dcha|dch|der|[\p{L}\d]{0,2})|\d{1,2}\s?[A-Za-z](?![\p{L}])|(?:(?:piso|puerta|pta|depto|dpto|dto|apto|apt|ap|flat|bajo|planta|andar|bloco|torre|interior|int)\.?\s*[\p{L}\d]{1,4}\s*){1,3}))(?=\s*(?:[,;\n]|$))/iu
        .exec(raw.slice(street.index + street[0].length));
    // «Flat 3, 47 King Street»: the flat before the street belongs to it too.
    const flat = /\b((?:flat|apartment|apt|unit)\.?\s*\d{1,4}[a-z]?)\s*,\s*$/iu.exec(
      raw.slice(0, street.index),
    );
    const full = floor ? `${street[1].trim()}, ${floor[1]}` : street[1].trim();
    found.street = flat ? `${flat[1]}, ${full}` : full;
  }
  const place = /\b(\d{5})\s*,?\s+([\p{L}][\p{L}\p{M} .'’-]*?)\s*(?=[,.;\n]|$)/u.exec(raw);
  const uk = /,\s*([\p{Lu}][\p{L}]+)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/u.exec(raw);
  // «…, London, SE15 4ST»: a British postcode on its own after the city.
  const ukAlone =
    /,\s*([\p{Lu}][\p{L}]+),\s*([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s*[.!]*(?:\s*,?\s*(?:please|pls|plz|thanks|thank you|cheers|ta)\b[.!]*)?\s*$/u
      .exec(raw);
  const british = uk ?? ukAlone;
  // «…, Springfield IL 62704»: a US city, its state and its ZIP code.
  const us = /,\s*([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?),?\s+[A-Z]{2}\s+(\d{5}(?:-\d{4})?)\b/u
    .exec(raw);
  // «…, Auckland 1011», «…, Sydney NSW 2000», «…, Rosario 2000»: a four-digit postcode after the city.
  const four = found.street
    ? /,\s*(?!(?:CP|CEP|ZIP|PC)\b)([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{Ll}]+)?)(?:\s+[A-Z]{2,3})?\s+(\d{4})\s*(?=[,.;\n]|$)/u
      .exec(raw.slice(raw.indexOf(found.street) + found.street.length))
    : null;
  const marked =
    /\b(?:CP|C\.P\.|c[oó]digo postal|zip(?: code)?|post ?code)\s*:?\s*([A-Z]?\d{4,5}[A-Z]{0,3})\b/iu
      .exec(raw);
  // «Calle Mayor 12, Alicante, 03002»: the postcode said on its own, after the city.
  const alone = /(?:^|,)\s*(\d{5})\s*(?=[,.;\n]|$)/.exec(raw);
  // «Av. Corrientes 2450 piso 3, CABA, 1046»: a four-digit postcode alone at the end.
  const lastFour = /,\s*(\d{4})\s*[.!]*\s*$/.exec(raw);
  // An Irish Eircode: «Galway, H91 E2K8».
  const eircode = /(?:^|,)\s*([AC-FHKNPRTV-Y]\d{2}|D6W)\s?([0-9AC-FHKNPRTV-Y]{4})\s*(?=[,.;\n]|$)/
    .exec(
      raw,
    );
  const cityEircode =
    /,\s*([\p{Lu}][\p{L}]+)\s+([AC-FHKNPRTV-Y]\d{2}|D6W)\s?([0-9AC-FHKNPRTV-Y]{4})\s*(?=[,.;\n]|$)/u
      .exec(raw);
  const cep = /\bCEP:?\s*(\d{5}-?\d{3})\b/i.exec(raw) ?? /\b(\d{5}-\d{3})\b/.exec(raw);
  const cityFirst = /(?:^|,)\s*([\p{Lu}][\p{L}\p{M} .'’-]*?)\s+(\d{5}|\d{6})(?![-\d])/u.exec(raw);
  if (us) {
    found.city = us[1];
    found.postal_code = us[2];
  } else if (place && !/^(cep)$/i.test(place[2].trim())) {
    found.postal_code = place[1];
    found.city = place[2].trim();
  } else if (cityFirst && !/\d|^cep$/i.test(cityFirst[1])) {
    found.city = cityFirst[1].trim();
    found.postal_code = cityFirst[2];
  } else if (british) {
    found.city = british[1];
    found.postal_code = british[2];
  } else if (cityEircode) {
    found.city = cityEircode[1];
    found.postal_code = `${cityEircode[2]} ${cityEircode[3]}`;
  } else if (eircode) {
    found.postal_code = `${eircode[1]} ${eircode[2]}`;
  } else if (four) {
    found.city = four[1];
    found.postal_code = four[2];
  } else if (marked) {
    found.postal_code = marked[1];
  } else if (alone && STREET_WORDS.test(raw)) {
    found.postal_code = alone[1];
  } else if (lastFour && found.street && !found.street.includes(lastFour[1])) {
    found.postal_code = lastFour[1];
  } else if (cep) {
    found.postal_code = cep[1];
    const city = /,\s*([\p{L}][\p{L}\p{M} .'’-]*?)\s*,\s*CEP/iu.exec(raw) ??
      // «cep 88015-200 florianópolis, rua bocaiúva 1200»: the city right after the code.
      /\bCEP:?\s*\d{5}-?\d{3}\s*,?\s+(?!(?:rua|avenida|av|travessa|alameda|praça)\b)([\p{L}][\p{L}\p{M} '’-]*?)\s*(?=[,.;\n]|$)/iu
        .exec(raw) ??
      // «…, São Paulo - SP, 01310-100»: the city before its state.
      /,\s*([\p{Lu}][\p{L}\p{M} .'’]*?)\s*[-/]\s*[A-Z]{2}\s*(?=,|$)/u.exec(raw);
    if (city) found.city = city[1].trim();
  }
  const note =
    /(?:pon(?:ed)? en la nota que|nota:|note:|obs:|(?:apunta|anota|pon) (?:para|pa) el repartidor:?|(?:note|tell) (?:for )?the (?:driver|courier):?|(?:avisa|diz|fala) (?:pro|para o) entregador:?)\s*(.+)$/iu
      .exec(raw) ??
      /(?:^|[.!;]\s+)(?:(?:ah|oh|e|y|and|ah e|ah y|oh and)\s+)?(?:please\s+|por favor\s+)?((?:(?:leave it|déjalo|dejalo|deja el paquete|deixa|pode deixar)\s+(?:with|con|com|en|na|no|at|in)\s+(?:the |el |la |o |a )?(?:neighbou?r|vecin|porter|conserje|portaria|recep|front|puerta|door)|se eu n[aã]o (?:es)?tiver|se n[aã]o (?:es)?tiver ningu[eé]m|if i'?m (?:out|not in)|toquen el timbre|ring the bell|si no estoy)\b.*)$/iu
        .exec(raw.trim());
  // «…, ask for Dave at reception», «…, entregar na recepção do 3º andar»: for the courier.
  const told = note ?? COURIER.exec(raw);
  if (told) found.notes = told[1].trim();
  // «el timbre no anda, que llamen al celu cuando lleguen. Me llamo …»: a sentence beside the
  // details about the door or a call is a note for the courier.
  const hint = Object.keys(found).length > 0 && !found.notes
    ? raw.split(/(?<=[.!\n])\s+/).find((s) =>
      DOOR.test(s) && !s.includes("?") && !(found.name && s.includes(found.name)) &&
      !(found.street && s.includes(found.street))
    )
    : undefined;
  if (hint) found.notes = hint.trim().replace(/[.!]+$/, "");
  if (found.street && !found.city) {
    // «Av. Providencia 1234 depto 56, Santiago»: the place named after the street.
    const after = raw.slice(raw.indexOf(found.street) + found.street.length);
    // «…, Alcalá de Henares, 28801»: the little words inside a place's name are part of it.
    const city =
      /^\s*,\s*([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:(?:de|del|de la|de los|do|da|dos|das|on|upon)\s+)?[\p{Lu}][\p{L}\p{M}'’-]*){0,3})\s*(?=[,.;\n]|$)/u
        .exec(after);
    if (city && !COUNTRIES.test(city[1])) found.city = city[1];
  }
  // «…, 28013 Madrid. el portero no funciona, llamad al movil»: a sentence after the address
  // that is no part of it is a note for the courier.
  const end = Math.max(
    ...[found.postal_code, found.city, found.street, found.country]
      .map((v) => v && raw.includes(v) ? raw.indexOf(v) + v.length : -1),
  );
  const rest = end > 0 ? /^\s*[.!]\s+(.+?)[.!]*\s*$/s.exec(raw.slice(end)) : null;
  if (
    !found.notes && found.street && rest && rest[1].split(/\s+/).length >= 3 &&
    !THANKS.test(rest[1]) && !/@/.test(rest[1]) && !(found.name && rest[1].includes(found.name))
  ) found.notes = rest[1].trim();
  if (found.city || found.postal_code) {
    const country = new RegExp(`,\\s*(${COUNTRIES.source})\\s*(?=[,.;\\n]|$)`, "iu").exec(raw);
    if (country) found.country = country[1];
  }
  return Object.keys(found).length > 0 ? found : null;
}
