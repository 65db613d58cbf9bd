/**
 * The search-quality set: what customers write, in Spanish, English and Portuguese, and which
 * products of the generated catalog (generated.ts) each must find: those of the `kinds` named
 * (and of the colour or origin `modifier` when given) in that language.
 *
 * @module
 */
import type { Language } from "./generated.ts";

export interface QualityQuery {
  language: Language;
  q: string;
  kinds: string[];
  modifier?: number;
}

const q = (language: Language, text: string, kinds: string[], modifier?: number): QualityQuery => ({
  language,
  q: text,
  kinds,
  modifier,
});

// Modifiers: colours 0 blue, 1 red, 2 black, 3 white, 4 green, 5 grey;
// origins 0 Colombia, 1 Ethiopia, 2 Brazil, 3 Peru, 4 organic, 5 Ecuador.
export const QUALITY_QUERIES: QualityQuery[] = [
  // Spanish
  q("es", "taza", ["mug"]),
  q("es", "tazas", ["mug"]),
  q("es", "tacitas", ["mug"]),
  q("es", "una taza bonita para regalo", ["mug"]),
  q("es", "TAZA AZUL", ["mug"], 0),
  q("es", "tazas azules", ["mug"], 0),
  q("es", "camiseta", ["tshirt"]),
  q("es", "camisetas rojas", ["tshirt"], 1),
  q("es", "camseta", ["tshirt"]),
  q("es", "camisetita negra", ["tshirt"], 2),
  q("es", "sudadera gris", ["hoodie"], 5),
  q("es", "sudaderas con capucha", ["hoodie"]),
  q("es", "sudad", ["hoodie"]),
  q("es", "cafetera", ["coffeemaker"]),
  q("es", "cafetra", ["coffeemaker"]),
  q("es", "cafeteras italianas", ["coffeemaker"]),
  q("es", "tetera", ["teapot"]),
  q("es", "cafe molido", ["ground"]),
  q("es", "café en grano de etiopia", ["beans"], 1),
  q("es", "busco cafe de colombia", ["ground", "beans"], 0),
  q("es", "te verde", ["tea"]),
  q("es", "chocolate negro", ["chocolate"]),
  q("es", "chocolte", ["chocolate"]),
  q("es", "choco", ["chocolate"]),
  q("es", "galletitas", ["cookies"]),
  q("es", "mochila", ["backpack"]),
  q("es", "bolsas de tela", ["tote"]),
  q("es", "velas", ["candle"]),
  q("es", "cuadernos", ["notebook"]),
  q("es", "boligrafo", ["pen"]),
  q("es", "zapatillas blancas", ["sneakers"], 3),
  q("es", "gorras", ["cap"]),
  q("es", "calcetines de lana", ["socks"]),
  q("es", "bufanda", ["scarf"]),
  q("es", "cojines", ["cushion"]),
  q("es", "quiero una manta para el sofa", ["blanket"]),
  // English
  q("en", "mug", ["mug"]),
  q("en", "mugs", ["mug"]),
  q("en", "a nice mug for a gift", ["mug"]),
  q("en", "blue mugs", ["mug"], 0),
  q("en", "t-shirt", ["tshirt"]),
  q("en", "red t-shirts", ["tshirt"], 1),
  q("en", "hoodies", ["hoodie"]),
  q("en", "grey hoodie", ["hoodie"], 5),
  q("en", "hodie", ["hoodie"]),
  q("en", "coffee maker", ["coffeemaker"]),
  q("en", "teapots", ["teapot"]),
  q("en", "ground coffee", ["ground"]),
  q("en", "coffee beans from ethiopia", ["beans"], 1),
  q("en", "green tea", ["tea"]),
  q("en", "dark chocolate", ["chocolate"]),
  q("en", "chocolat", ["chocolate"]),
  q("en", "cookies", ["cookies"]),
  q("en", "cokies", ["cookies"]),
  q("en", "backpacks", ["backpack"]),
  q("en", "tote bag", ["tote"]),
  q("en", "candles", ["candle"]),
  q("en", "scented candle", ["candle"]),
  q("en", "notebooks", ["notebook"]),
  q("en", "pens", ["pen"]),
  q("en", "white sneakers", ["sneakers"], 3),
  q("en", "snekers", ["sneakers"]),
  q("en", "baseball caps", ["cap"]),
  q("en", "wool socks", ["socks"]),
  q("en", "scarves", ["scarf"]),
  q("en", "cushions", ["cushion"]),
  q("en", "I want a blanket for my sofa", ["blanket"]),
  q("en", "organic coffee", ["ground", "beans"], 4),
  // Portuguese
  q("pt", "caneca", ["mug"]),
  q("pt", "canecas", ["mug"]),
  q("pt", "canequinha", ["mug"]),
  q("pt", "uma caneca bonita para presente", ["mug"]),
  q("pt", "canecas azuis", ["mug"], 0),
  q("pt", "camisetas vermelhas", ["tshirt"], 1),
  q("pt", "moletom cinza", ["hoodie"], 5),
  q("pt", "moletons", ["hoodie"]),
  q("pt", "cafeteira", ["coffeemaker"]),
  q("pt", "cafeteria", ["coffeemaker"]),
  q("pt", "bule", ["teapot"]),
  q("pt", "cafe moido", ["ground"]),
  q("pt", "café em grão do brasil", ["beans"], 2),
  q("pt", "cha verde", ["tea"]),
  q("pt", "chocolate amargo", ["chocolate"]),
  q("pt", "biscoitos", ["cookies"]),
  q("pt", "biscoitinhos", ["cookies"]),
  q("pt", "mochilas", ["backpack"]),
  q("pt", "bolsa de tecido", ["tote"]),
  q("pt", "velas aromaticas", ["candle"]),
  q("pt", "cadernos", ["notebook"]),
  q("pt", "canetas", ["pen"]),
  q("pt", "tenis branco", ["sneakers"], 3),
  q("pt", "bonés", ["cap"]),
  q("pt", "meias de lã", ["socks"]),
  q("pt", "cachecol", ["scarf"]),
  q("pt", "almofadas", ["cushion"]),
  q("pt", "quero um cobertor para o sofá", ["blanket"]),
  q("pt", "cafe organico", ["ground", "beans"], 4),
];
