import assert from "node:assert/strict";
import { testApp } from "../helpers/app.ts";
import { generatedProducts, insertProducts, type Language } from "./generated.ts";
import { QUALITY_QUERIES } from "./search_queries.ts";

/** Share of the products a query must find that are among the first five answered. */
const TARGET_RECALL_AT_5 = 0.95;

Deno.test("search finds what customers mean: recall in the top 5 per language", async () => {
  await using t = await testApp();
  await t.sql`truncate products restart identity cascade`;
  const catalog = generatedProducts(720);
  await insertProducts(t.sql, catalog);
  const skuKind = new Map(catalog.map((p) => [p.sku, p]));
  const recall: Record<Language, number[]> = { es: [], en: [], pt: [] };
  const misses: string[] = [];
  for (const query of QUALITY_QUERIES) {
    const res = await t.request(`/api/products?limit=5&q=${encodeURIComponent(query.q)}`);
    assert.equal(res.status, 200, query.q);
    const top: { sku: string }[] = (await res.json()).items;
    // A colour or origin is a word of the query's language; a kind alone may be named alike in
    // two («camiseta», «chocolate»).
    const wanted = catalog.filter((p) =>
      query.kinds.includes(p.kind) &&
      (query.modifier === undefined ||
        (p.modifier === query.modifier && p.language === query.language))
    );
    const found = top.filter((p) => wanted.some((w) => w.sku === p.sku)).length;
    const score = found / Math.min(5, wanted.length);
    recall[query.language].push(score);
    if (score < 1) {
      misses.push(
        `${query.language} «${query.q}» ${found}/${Math.min(5, wanted.length)}: ` +
          top.map((p) => skuKind.get(p.sku)?.name).join(" · "),
      );
    }
  }
  const report = Object.entries(recall).map(([language, scores]) => {
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    return { language, queries: scores.length, recallAt5: Math.round(mean * 1000) / 10 };
  });
  console.log("search recall@5:", JSON.stringify(report));
  if (misses.length > 0) console.log(misses.join("\n"));
  assert.ok(QUALITY_QUERIES.length >= 80);
  for (const r of report) {
    assert.ok(r.recallAt5 >= TARGET_RECALL_AT_5 * 100, `${r.language}: ${r.recallAt5}%`);
  }
});
