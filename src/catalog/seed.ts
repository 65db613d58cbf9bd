/**
 * The sample catalog: 15 products a small Spanish shop might sell, with stable ids 1..15 so
 * «producto 1» means the same everywhere (README, tests, the seed guide's conversations). The
 * T-shirt (9) and the hoodie (10) come in sizes S to XL: variants with ids from 16.
 * Loaded only into an empty catalog.
 *
 * @module
 */
import type { Client } from "../db/connect.ts";
import { createVariant } from "./service.ts";

const SIZES = ["S", "M", "L", "XL"];

interface SeedProduct {
  sku: string;
  /** Units per size S, M, L, XL: the product is sold in those sizes (variants). */
  sizes?: [number, number, number, number];
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  stock: number;
}

const products: SeedProduct[] = [
  {
    sku: "CAF-MOL-250",
    name: "Café molido 250 g",
    description:
      "Mezcla de arábica de Colombia y Brasil, tueste medio, molido para cafetera italiana.",
    category: "Café",
    priceMinor: 650,
    stock: 50,
  },
  {
    sku: "CAF-GRA-1K",
    name: "Café en grano 1 kg",
    description: "Arábica 100 % de Etiopía, notas florales y de cítricos.",
    category: "Café",
    priceMinor: 1890,
    stock: 30,
  },
  {
    sku: "CAF-CAP-20",
    name: "Cápsulas de café (20 uds.)",
    description: "Cápsulas compostables compatibles con Nespresso, intensidad 8.",
    category: "Café",
    priceMinor: 520,
    stock: 80,
  },
  {
    sku: "TE-MAT-100",
    name: "Té verde matcha 100 g",
    description: "Matcha ceremonial de Japón, para preparar con batidor de bambú.",
    category: "Té e infusiones",
    priceMinor: 1200,
    stock: 25,
  },
  {
    sku: "INF-MAN-20",
    name: "Infusión de manzanilla (20 bolsitas)",
    description: "Manzanilla ecológica de cultivo nacional.",
    category: "Té e infusiones",
    priceMinor: 310,
    stock: 60,
  },
  {
    sku: "HOG-TAZ-350",
    name: "Taza de cerámica 350 ml",
    description: "Taza esmaltada hecha a mano, apta para lavavajillas.",
    category: "Hogar",
    priceMinor: 895,
    stock: 40,
  },
  {
    sku: "HOG-CAF-6",
    name: "Cafetera italiana 6 tazas",
    description: "Cafetera de aluminio para todo tipo de cocinas excepto inducción.",
    category: "Hogar",
    priceMinor: 2490,
    stock: 15,
  },
  {
    sku: "HOG-MOL-MAN",
    name: "Molinillo de café manual",
    description: "Muela cónica de cerámica, regulable del espresso al café de filtro.",
    category: "Hogar",
    priceMinor: 3200,
    stock: 10,
  },
  {
    sku: "ROP-CAM",
    name: "Camiseta de algodón «Café Lover»",
    description: "Camiseta unisex de algodón orgánico, tallas S a XL.",
    category: "Ropa",
    priceMinor: 1500,
    stock: 35,
    sizes: [8, 12, 10, 5],
  },
  {
    sku: "ROP-SUD",
    name: "Sudadera con capucha",
    description: "Sudadera de felpa con el logo de la tienda, tallas S a XL.",
    category: "Ropa",
    priceMinor: 2990,
    stock: 20,
    sizes: [4, 6, 6, 4],
  },
  {
    sku: "ACC-BOL-TEL",
    name: "Bolsa de tela reutilizable",
    description: "Bolsa de algodón con asas largas, 38 x 42 cm.",
    category: "Accesorios",
    priceMinor: 450,
    stock: 100,
  },
  {
    sku: "ACC-TER-500",
    name: "Termo de acero 500 ml",
    description: "Mantiene el café caliente 12 horas y frío 24 horas.",
    category: "Accesorios",
    priceMinor: 1950,
    stock: 25,
  },
  {
    sku: "DUL-CHO-70",
    name: "Chocolate negro 70 %",
    description: "Tableta de 100 g de cacao de Ecuador.",
    category: "Dulces",
    priceMinor: 280,
    stock: 70,
  },
  {
    sku: "DUL-GAL-MAN",
    name: "Galletas de mantequilla",
    description: "Caja de 200 g de galletas artesanas.",
    category: "Dulces",
    priceMinor: 360,
    stock: 45,
  },
  {
    sku: "DUL-MIE-500",
    name: "Miel de azahar 500 g",
    description: "Miel cruda de flor de naranjo de Valencia.",
    category: "Dulces",
    priceMinor: 725,
    stock: 30,
  },
];

/**
 * Loads the sample catalog, priced in `currency`, when the catalog is empty. Returns how many
 * products it inserted (0 when there were products already).
 */
export async function seedCatalog(sql: Client, currency: string): Promise<number> {
  return await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(727413002)`;
    const [{ count }] = await tx<{ count: number }[]>`select count(*)::int as count from products`;
    if (count > 0) return 0;
    const ids = products.map((_, i) => i + 1);
    await tx`
      insert into products (id, sku, name, description, category, price_minor, currency, stock,
        image_url)
      select v.id, v.sku, v.name, v.description, v.category, v.price, ${currency}, v.stock,
        'https://picsum.photos/seed/' || lower(v.sku) || '/600/600'
      from unnest(${ids}::int[], ${products.map((p) => p.sku)}::text[],
        ${products.map((p) => p.name)}::text[], ${products.map((p) => p.description)}::text[],
        ${products.map((p) => p.category)}::text[], ${products.map((p) => p.priceMinor)}::bigint[],
        ${products.map((p) => p.stock)}::int[])
        as v(id, sku, name, description, category, price, stock)`;
    await tx`select setval(pg_get_serial_sequence('products', 'id'), (select max(id) from products))`;
    for (const [i, p] of products.entries()) {
      if (!p.sizes) continue;
      await tx`update products set option_names = '{Talla}', stock = 0 where id = ${i + 1}`;
      for (const [s, size] of SIZES.entries()) {
        await createVariant(tx, i + 1, {
          sku: `${p.sku}-${size}`,
          optionValues: [size],
          stock: p.sizes[s],
        });
      }
    }
    return products.length;
  });
}
