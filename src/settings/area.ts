/**
 * Where the shop delivers and ships: whether a place is inside the local delivery area (its
 * postal code starts with one of the shop's prefixes, or its coordinates are within the radius
 * around the shop), and which served country a customer's "España", "Spain" or "es" is.
 *
 * @example
 * ```ts
 * import type { Terms } from "./terms.ts";
 * declare const terms: Terms;
 * deliveryCoverage(terms, { postalCode: "28013", latitude: null, longitude: null });
 * // { covered: true } when "280" is a prefix
 * servedCountry(["ES", "PT"], "españa"); // "ES"
 * ```
 * @module
 */
import { regionName, type Terms } from "./terms.ts";

/** What the area check needs to know of an address. */
export interface Place {
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** Why a place is not served by local delivery. */
export type Uncovered =
  /** Known, and outside the prefixes and the radius. */
  | "outside"
  /** The area is only by distance, and the address has no coordinates. */
  | "needs_location"
  /** The area is only by postal code, and the address has none. */
  | "needs_postal_code";

/** Whether local delivery reaches `place`. */
export function deliveryCoverage(
  t: Terms,
  place: Place,
): { covered: true; distanceKm: number | null } | { covered: false; reason: Uncovered } {
  const byRadius = t.deliveryRadiusKm !== null && t.shopLatitude !== null &&
    t.shopLongitude !== null;
  const byPrefix = t.deliveryPostalPrefixes.length > 0;
  const distance = byRadius && place.latitude !== null && place.longitude !== null
    ? distanceKm(
      { latitude: t.shopLatitude!, longitude: t.shopLongitude! },
      { latitude: place.latitude, longitude: place.longitude },
    )
    : null;
  if (distance !== null && distance <= t.deliveryRadiusKm!) {
    return { covered: true, distanceKm: Math.round(distance * 10) / 10 };
  }
  const code = place.postalCode?.replace(/[\s-]/g, "").toUpperCase() ?? null;
  if (byPrefix && code !== null && t.deliveryPostalPrefixes.some((p) => code.startsWith(p))) {
    return { covered: true, distanceKm: distance === null ? null : Math.round(distance * 10) / 10 };
  }
  if (distance !== null) return { covered: false, reason: "outside" };
  if (byRadius) return { covered: false, reason: "needs_location" };
  return { covered: false, reason: code === null ? "needs_postal_code" : "outside" };
}

/** Great-circle distance in km between two points (haversine). */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const LANGUAGES = ["es", "en", "pt", "fr", "it", "de", "ca"];

/**
 * The served country a customer named (a two-letter code, or its name in one of a few
 * languages, ignoring case and accents), or null when it is none of `served`.
 */
export function servedCountry(served: readonly string[], written: string): string | null {
  const key = plain(written);
  for (const code of served) {
    if (key === code.toLowerCase()) return code;
    if (LANGUAGES.some((l) => plain(regionName(code, l) ?? "") === key)) return code;
  }
  return null;
}

function plain(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(
    /[^a-z]/g,
    "",
  );
}
