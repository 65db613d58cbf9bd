/**
 * A realistic generated catalog in Spanish, English and Portuguese: kinds of product (mugs,
 * T-shirts, coffee...) in colours or origins, with descriptions that mention other kinds
 * («ideal para café») so ranking matters. Deterministic; `generatedProducts(n)` repeats the
 * kinds with numbered editions for the bench's 10,000 and 100,000 products.
 *
 * @module
 */
import type { Sql } from "../../src/db/connect.ts";

export type Language = "es" | "en" | "pt";

interface Kind {
  key: string;
  /** Name per language, and whether the Spanish/Portuguese noun is feminine. */
  es: string;
  en: string;
  pt: string;
  feminine: boolean;
  category: { es: string; en: string; pt: string };
  /** Colours for things, origins for food. */
  modifiers: "colour" | "origin";
  /** What the description adds, per language. */
  about: { es: string; en: string; pt: string };
}

const c = (es: string, en: string, pt: string) => ({ es, en, pt });

const HOME = c("Hogar", "Home", "Casa");
const CLOTHES = c("Ropa", "Clothing", "Roupa");
const KITCHEN = c("Cocina", "Kitchen", "Cozinha");
const COFFEE = c("Café", "Coffee", "Café");
const TEA = c("Té e infusiones", "Tea", "Chá");
const SWEETS = c("Dulces", "Sweets", "Doces");
const BAGS = c("Accesorios", "Accessories", "Acessórios");
const PAPER = c("Papelería", "Stationery", "Papelaria");
const SHOES = c("Calzado", "Shoes", "Calçados");

export const KINDS: Kind[] = [
  {
    key: "mug",
    es: "Taza de cerámica",
    en: "Ceramic mug",
    pt: "Caneca de cerâmica",
    feminine: true,
    category: HOME,
    modifiers: "colour",
    about: c(
      "350 ml, ideal para café o té",
      "350 ml, for coffee or tea",
      "350 ml, para café ou chá",
    ),
  },
  {
    key: "tshirt",
    es: "Camiseta de algodón",
    en: "Cotton T-shirt",
    pt: "Camiseta de algodão",
    feminine: true,
    category: CLOTHES,
    modifiers: "colour",
    about: c("manga corta, tallas S a XL", "short sleeves, sizes S to XL", "manga curta, S a XL"),
  },
  {
    key: "hoodie",
    es: "Sudadera con capucha",
    en: "Hooded sweatshirt hoodie",
    pt: "Moletom com capuz",
    feminine: true,
    category: CLOTHES,
    modifiers: "colour",
    about: c(
      "algodón grueso, bolsillo delantero",
      "heavy cotton, front pocket",
      "algodão grosso, bolso frontal",
    ),
  },
  {
    key: "coffeemaker",
    es: "Cafetera italiana",
    en: "Stovetop coffee maker",
    pt: "Cafeteira italiana",
    feminine: true,
    category: KITCHEN,
    modifiers: "colour",
    about: c(
      "de aluminio, 6 tazas de café",
      "aluminium, 6 cups of coffee",
      "de alumínio, 6 xícaras",
    ),
  },
  {
    key: "teapot",
    es: "Tetera de hierro",
    en: "Cast iron teapot",
    pt: "Bule de ferro",
    feminine: true,
    category: KITCHEN,
    modifiers: "colour",
    about: c("con filtro para té", "with a tea strainer", "com filtro para chá"),
  },
  {
    key: "ground",
    es: "Café molido",
    en: "Ground coffee",
    pt: "Café moído",
    feminine: false,
    category: COFFEE,
    modifiers: "origin",
    about: c("250 g, tueste medio", "250 g, medium roast", "250 g, torra média"),
  },
  {
    key: "beans",
    es: "Café en grano",
    en: "Whole coffee beans",
    pt: "Café em grão",
    feminine: false,
    category: COFFEE,
    modifiers: "origin",
    about: c("1 kg, para molinillo", "1 kg, for your grinder", "1 kg, para moedor"),
  },
  {
    key: "tea",
    es: "Té verde",
    en: "Green tea",
    pt: "Chá verde",
    feminine: false,
    category: TEA,
    modifiers: "origin",
    about: c("hojas sueltas, 100 g", "loose leaves, 100 g", "folhas soltas, 100 g"),
  },
  {
    key: "chocolate",
    es: "Chocolate negro",
    en: "Dark chocolate",
    pt: "Chocolate amargo",
    feminine: false,
    category: SWEETS,
    modifiers: "origin",
    about: c("tableta de 100 g, 70 % cacao", "100 g bar, 70 % cocoa", "barra de 100 g, 70 % cacau"),
  },
  {
    key: "cookies",
    es: "Galletas de mantequilla",
    en: "Butter cookies",
    pt: "Biscoitos de manteiga",
    feminine: true,
    category: SWEETS,
    modifiers: "origin",
    about: c("caja de 300 g", "300 g tin", "caixa de 300 g"),
  },
  {
    key: "backpack",
    es: "Mochila urbana",
    en: "City backpack",
    pt: "Mochila urbana",
    feminine: true,
    category: BAGS,
    modifiers: "colour",
    about: c("20 litros, para portátil", "20 litres, laptop sleeve", "20 litros, para notebook"),
  },
  {
    key: "tote",
    es: "Bolsa de tela",
    en: "Canvas tote bag",
    pt: "Bolsa de tecido",
    feminine: true,
    category: BAGS,
    modifiers: "colour",
    about: c("reutilizable, asas largas", "reusable, long handles", "reutilizável, alças longas"),
  },
  {
    key: "candle",
    es: "Vela aromática",
    en: "Scented candle",
    pt: "Vela aromática",
    feminine: true,
    category: HOME,
    modifiers: "colour",
    about: c("cera de soja, 40 horas", "soy wax, 40 hours", "cera de soja, 40 horas"),
  },
  {
    key: "notebook",
    es: "Cuaderno de tapa dura",
    en: "Hardcover notebook",
    pt: "Caderno de capa dura",
    feminine: false,
    category: PAPER,
    modifiers: "colour",
    about: c("A5, 120 hojas punteadas", "A5, 120 dotted pages", "A5, 120 folhas pontilhadas"),
  },
  {
    key: "pen",
    es: "Bolígrafo de metal",
    en: "Metal ballpoint pen",
    pt: "Caneta de metal",
    feminine: false,
    category: PAPER,
    modifiers: "colour",
    about: c("tinta azul recargable", "refillable blue ink", "tinta azul recarregável"),
  },
  {
    key: "sneakers",
    es: "Zapatillas de lona",
    en: "Canvas sneakers",
    pt: "Tênis de lona",
    feminine: true,
    category: SHOES,
    modifiers: "colour",
    about: c("suela de goma, tallas 36 a 45", "rubber sole, sizes 36 to 45", "sola de borracha"),
  },
  {
    key: "cap",
    es: "Gorra de béisbol",
    en: "Baseball cap",
    pt: "Boné de beisebol",
    feminine: true,
    category: BAGS,
    modifiers: "colour",
    about: c("talla única ajustable", "one size, adjustable", "tamanho único ajustável"),
  },
  {
    key: "socks",
    es: "Calcetines de lana",
    en: "Wool socks",
    pt: "Meias de lã",
    feminine: false,
    category: CLOTHES,
    modifiers: "colour",
    about: c("pack de 3 pares", "pack of 3 pairs", "pacote com 3 pares"),
  },
  {
    key: "scarf",
    es: "Bufanda de punto",
    en: "Knitted scarf",
    pt: "Cachecol de tricô",
    feminine: true,
    category: CLOTHES,
    modifiers: "colour",
    about: c("lana merino, muy suave", "merino wool, very soft", "lã merino, muito macio"),
  },
  {
    key: "cushion",
    es: "Cojín de lino",
    en: "Linen cushion",
    pt: "Almofada de linho",
    feminine: false,
    category: HOME,
    modifiers: "colour",
    about: c("45 x 45 cm, funda lavable", "45 x 45 cm, washable cover", "45 x 45 cm, capa lavável"),
  },
  {
    key: "blanket",
    es: "Manta de sofá",
    en: "Sofa throw blanket",
    pt: "Cobertor de sofá",
    feminine: true,
    category: HOME,
    modifiers: "colour",
    about: c("130 x 170 cm, muy cálida", "130 x 170 cm, very warm", "130 x 170 cm, bem quente"),
  },
];

/** Six colours: [masculine, feminine] per language. */
export const COLOURS: Record<Language, [string, string][]> = {
  es: [["azul", "azul"], ["rojo", "roja"], ["negro", "negra"], ["blanco", "blanca"], [
    "verde",
    "verde",
  ], ["gris", "gris"]],
  en: [["blue", "blue"], ["red", "red"], ["black", "black"], ["white", "white"], [
    "green",
    "green",
  ], ["grey", "grey"]],
  pt: [["azul", "azul"], ["vermelho", "vermelha"], ["preto", "preta"], ["branco", "branca"], [
    "verde",
    "verde",
  ], ["cinza", "cinza"]],
};

export const ORIGINS: Record<Language, string[]> = {
  es: ["de Colombia", "de Etiopía", "de Brasil", "de Perú", "ecológico", "de Ecuador"],
  en: ["from Colombia", "from Ethiopia", "from Brazil", "from Peru", "organic", "from Ecuador"],
  pt: ["da Colômbia", "da Etiópia", "do Brasil", "do Peru", "orgânico", "do Equador"],
};

const LANGUAGES: Language[] = ["es", "en", "pt"];

export interface GeneratedProduct {
  sku: string;
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  stock: number;
  language: Language;
  kind: string;
  modifier: number;
}

/** `n` products, cycling language, kind and modifier; past the first 360, numbered editions. */
export function generatedProducts(n: number): GeneratedProduct[] {
  const out: GeneratedProduct[] = [];
  const per = KINDS.length * 6;
  for (let i = 0; i < n; i++) {
    const language = LANGUAGES[i % 3];
    const j = Math.floor(i / 3);
    const kind = KINDS[j % KINDS.length];
    const modifier = Math.floor(j / KINDS.length) % 6;
    const edition = Math.floor(j / per);
    const word = kind.modifiers === "origin"
      ? ORIGINS[language][modifier]
      : COLOURS[language][modifier][kind.feminine && language !== "en" ? 1 : 0];
    const name = language === "en" && kind.modifiers === "colour"
      ? `${word[0].toUpperCase()}${word.slice(1)} ${kind.en.toLowerCase()}`
      : `${kind[language]} ${word}`;
    out.push({
      sku: `GEN-${language.toUpperCase()}-${kind.key.toUpperCase()}-${i}`,
      name: edition === 0 ? name : `${name} ${edition + 1}`,
      description: `${kind[language]} ${word}: ${kind.about[language]}.`,
      category: kind.category[language],
      priceMinor: 300 + (i * 37) % 4000,
      stock: i % 7 === 0 ? 0 : 5 + i % 40,
      language,
      kind: kind.key,
      modifier,
    });
  }
  return out;
}

/** Inserts products in batches of 1,000 (the search triggers run for each). */
export async function insertProducts(sql: Sql, products: GeneratedProduct[]): Promise<void> {
  for (let i = 0; i < products.length; i += 1000) {
    const batch = products.slice(i, i + 1000);
    await sql`
      insert into products (sku, name, description, category, price_minor, currency, stock)
      select v.sku, v.name, v.description, v.category, v.price, 'EUR', v.stock
      from unnest(${batch.map((p) => p.sku)}::text[], ${batch.map((p) => p.name)}::text[],
        ${batch.map((p) => p.description)}::text[], ${batch.map((p) => p.category)}::text[],
        ${batch.map((p) => p.priceMinor)}::bigint[], ${batch.map((p) => p.stock)}::int[])
        as v(sku, name, description, category, price, stock)`;
  }
}
