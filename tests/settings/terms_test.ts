import assert from "node:assert/strict";
import { deliveryCoverage, servedCountry } from "../../src/settings/area.ts";
import { loadTerms, updateTerms } from "../../src/settings/terms.ts";
import { testApp } from "../helpers/app.ts";
import { testDatabase } from "../helpers/db.ts";

Deno.test("the terms start with the defaults and staff change them through the admin API", async () => {
  await using t = await testApp();
  assert.equal((await t.request("/api/admin/settings")).status, 401);
  const defaults = await (await t.json("GET", "/api/admin/settings", undefined, { admin: true }))
    .json();
  assert.deepEqual(
    [defaults.pickup_enabled, defaults.delivery_enabled, defaults.shipping_enabled],
    [true, false, true],
  );
  assert.deepEqual(
    [defaults.shipping_fee_minor, defaults.shipping_free_above_minor, defaults.shipping_countries],
    [495, 5000, ["ES"]],
  );
  assert.deepEqual([defaults.hold_minutes, defaults.cash_enabled], [60, true]);
  assert.deepEqual(defaults.providers, { card: false, mercadopago: false });

  const res = await t.json("PATCH", "/api/admin/settings", {
    pickup_address: "  Calle Mayor 1, 28013 Madrid ",
    pickup_hours: "L-V 10:00-20:00",
    delivery_enabled: true,
    delivery_postal_prefixes: ["280", "281", "280"],
    hold_minutes: 30,
  }, { admin: true });
  assert.equal(res.status, 200);
  const saved = await res.json();
  assert.equal(saved.pickup_address, "Calle Mayor 1, 28013 Madrid");
  assert.deepEqual(saved.delivery_postal_prefixes, ["280", "281"]);
  const terms = await loadTerms(t.sql);
  assert.deepEqual([terms.deliveryEnabled, terms.holdMinutes], [true, 30]);
});

Deno.test("terms that would not work are refused, naming each problem, and nothing changes", async () => {
  await using t = await testApp();
  const patch = (body: unknown) => t.json("PATCH", "/api/admin/settings", body, { admin: true });
  const refused = await patch({
    delivery_enabled: true,
    transfer_enabled: true,
    delivery_radius_km: 5,
  });
  assert.equal(refused.status, 422);
  const error = (await refused.json()).error;
  assert.equal(error.code, "invalid_settings");
  assert.deepEqual(error.details.problems, [
    "A delivery radius needs the shop's latitude and longitude.",
    "Local delivery needs its area: postal code prefixes or a radius in km.",
    "Bank transfer needs the instructions to send (account holder, IBAN...).",
  ]);
  for (
    const body of [
      { hold_minutes: 2 },
      { shipping_countries: ["Spain"] },
      { shipping_countries: ["XX"] },
      { delivery_fee_minor: -1 },
      { delivery_fee_minor: 1.5 },
      { pickup_hours: "a\u0007b" },
      { price_minor: 0 },
    ]
  ) {
    const res = await patch(body);
    assert.equal(res.status, 400, JSON.stringify(body));
  }
  const none = await patch({ pickup_enabled: false, shipping_enabled: false });
  assert.equal(none.status, 422);
  const terms = await loadTerms(t.sql);
  assert.deepEqual(
    [terms.deliveryEnabled, terms.transferEnabled, terms.holdMinutes, terms.pickupEnabled],
    [false, false, 60, true],
  );
});

Deno.test("the delivery area is postal code prefixes or a radius around the shop", async () => {
  await using db = await testDatabase();
  const terms = await updateTerms(db.sql, {
    delivery_enabled: true,
    delivery_postal_prefixes: ["280"],
    shop_latitude: 40.4168,
    shop_longitude: -3.7038,
    delivery_radius_km: 10,
  });
  const at = (postalCode: string | null, latitude: number | null, longitude: number | null) =>
    deliveryCoverage(terms, { postalCode, latitude, longitude });
  assert.equal(at("28013", null, null).covered, true);
  assert.equal(at("28 013", null, null).covered, true);
  assert.deepEqual(at(null, 40.45, -3.69), { covered: true, distanceKm: 3.9 });
  assert.deepEqual(at(null, 41.3874, 2.1686), { covered: false, reason: "outside" });
  assert.deepEqual(at("08013", null, null), { covered: false, reason: "needs_location" });
  const byPrefix = await updateTerms(db.sql, { delivery_radius_km: null });
  assert.deepEqual(
    deliveryCoverage(byPrefix, { postalCode: "08013", latitude: null, longitude: null }),
    {
      covered: false,
      reason: "outside",
    },
  );
  assert.deepEqual(
    deliveryCoverage(byPrefix, { postalCode: null, latitude: null, longitude: null }),
    {
      covered: false,
      reason: "needs_postal_code",
    },
  );
});

Deno.test("a served country is found by its code or its name in the customer's words", () => {
  assert.equal(servedCountry(["ES", "PT"], "España"), "ES");
  assert.equal(servedCountry(["ES", "PT"], "spain"), "ES");
  assert.equal(servedCountry(["ES", "PT"], "pt"), "PT");
  assert.equal(servedCountry(["ES", "PT"], "Portugal"), "PT");
  assert.equal(servedCountry(["ES", "PT"], "Francia"), null);
});
