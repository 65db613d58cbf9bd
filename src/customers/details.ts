/**
 * What a customer gives the shop to receive an order: the name to deliver to, an email, and
 * addresses, either a street address or a WhatsApp location pin. The address the next order
 * goes to is the one saved or chosen last (after an order, the one it used), so a returning
 * customer is offered it again. Every field is checked for length and characters here, for the
 * agent's tool and the REST checkout alike; a bad value is a 422 naming the field.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * await saveCustomerDetails(sql, 1, {
 *   name: "Ana García",
 *   street: "Calle Mayor 5",
 *   city: "Madrid",
 *   postal_code: "28013",
 * });
 * const details = await customerDetails(sql, 1);
 * details.address?.street; // "Calle Mayor 5"
 * ```
 * @module
 */
import { z } from "zod";
import { inTransaction, type Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";

// deno-lint-ignore no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/;
const LETTER = /\p{L}/u;

/** A trimmed single-line text of `min` to `max` characters that `test` accepts. */
function field(min: number, max: number, what: string, test?: (s: string) => boolean) {
  return z.string().trim().min(min, `${what} needs at least ${min} characters`).max(
    max,
    `${what} has at most ${max} characters`,
  ).refine((s) => !CONTROL.test(s), `${what} must be one line of text`)
    .refine((s) => test?.(s) ?? true, `${what} is not valid`);
}

/** The fields a customer may give, each checked; one schema for the tool and the REST API. */
export const DetailFields = {
  name: field(2, 100, "a name", (s) => /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(s)),
  email: field(3, 254, "an email", (s) => z.email().safeParse(s).success),
  street: field(3, 200, "a street address", (s) => LETTER.test(s)),
  city: field(2, 100, "a city", (s) => /^[\p{L}\p{M}][\p{L}\p{M}\d .'’()-]*$/u.test(s)),
  postal_code: field(2, 12, "a postal code", (s) => /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(s)),
  country: field(2, 60, "a country", (s) => /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(s)),
  notes: field(1, 300, "a delivery note"),
};

/** A change to a customer's details: any of the fields, or a saved address to use. */
export const DetailsInput = z.strictObject({
  name: DetailFields.name.optional(),
  email: DetailFields.email.optional(),
  street: DetailFields.street.optional(),
  city: DetailFields.city.optional(),
  postal_code: DetailFields.postal_code.optional(),
  country: DetailFields.country.optional(),
  notes: DetailFields.notes.optional(),
  address_id: z.int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type DetailsInput = z.output<typeof DetailsInput>;

/** A location pin shared on WhatsApp: coordinates, and the place's Address and Label if any. */
export const PinInput = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  address: field(1, 300, "a pin's address").optional(),
  label: field(1, 200, "a pin's label").optional(),
  notes: DetailFields.notes.optional(),
});
export type PinInput = z.output<typeof PinInput>;

/** An address as an order copies it. */
export interface AddressSnapshot {
  kind: "street" | "pin";
  street: string | null;
  city: string | null;
  postalCode: string | null;
  country: string | null;
  notes: string | null;
  latitude: number | null;
  longitude: number | null;
  pinAddress: string | null;
  pinLabel: string | null;
}

/** A saved address. */
export interface Address extends AddressSnapshot {
  id: number;
  createdAt: Date;
  /** When an order last went to it. */
  usedAt: Date | null;
}

/** A customer with what they told the shop. */
export interface CustomerDetails {
  id: number;
  phone: string;
  /** The name their WhatsApp profile shows. */
  profileName: string | null;
  /** The name they gave for their orders. */
  name: string | null;
  email: string | null;
  /** Where the next order goes. */
  address: Address | null;
  /** Their addresses, newest first (at most 5). */
  addresses: Address[];
}

const RECENT_ADDRESSES = 5;

/** A customer's details. */
export async function customerDetails(sql: Sql, customerId: number): Promise<CustomerDetails> {
  const [row] = await sql<(Omit<CustomerDetails, "address"> & { addressId: number | null })[]>`
    select c.id, c.phone, c.name as profile_name, c.full_name as name, c.email, c.address_id,
      coalesce((
        select json_agg(a order by a.id desc) from (
          select id, kind, street, city, postal_code as "postalCode", country, notes, latitude,
            longitude, pin_address as "pinAddress", pin_label as "pinLabel",
            created_at as "createdAt", used_at as "usedAt"
          from customer_addresses
          where customer_id = c.id
          order by id desc limit ${RECENT_ADDRESSES}
        ) a
      ), '[]') as addresses
    from customers c where c.id = ${customerId}`;
  if (!row) throw notFound("Customer", customerId);
  const { addressId, ...details } = row;
  const addresses = details.addresses.map(revive);
  let address = addresses.find((a) => a.id === addressId) ?? null;
  if (addressId !== null && !address) address = await addressById(sql, addressId);
  return { ...details, addresses, address };
}

async function addressById(sql: Sql, id: number): Promise<Address | null> {
  const [row] = await sql<Address[]>`select * from customer_addresses where id = ${id}`;
  return row ?? null;
}

function revive(a: Address): Address {
  return {
    ...a,
    createdAt: new Date(a.createdAt),
    usedAt: a.usedAt === null ? null : new Date(a.usedAt),
  };
}

/**
 * Saves what the customer gave. Address fields change the address the next order goes to: an
 * address no order used yet is corrected in place; otherwise a new one is saved, keeping the
 * fields of the current street address that were not given (a new note keeps the rest).
 * `address_id` picks one of the customer's saved addresses (404 for any other).
 */
export async function saveCustomerDetails(
  sql: Sql,
  customerId: number,
  input: DetailsInput,
): Promise<CustomerDetails> {
  const { name, email, address_id: chosen, ...given } = input;
  const addressFields = Object.entries(given).filter(([, v]) => v !== undefined);
  if (name === undefined && email === undefined && chosen === undefined && !addressFields.length) {
    throw new AppError("invalid_input", 422, "Nothing to save: give a name, email or address");
  }
  if (chosen !== undefined && addressFields.length > 0) {
    throw new AppError(
      "invalid_input",
      422,
      "Either choose a saved address (address_id) or give a new one, not both",
    );
  }
  return await inTransaction(sql, async (tx) => {
    const [customer] = await tx<{ addressId: number | null }[]>`
      update customers set
        full_name = coalesce(${name ?? null}, full_name),
        email = coalesce(${email ?? null}, email),
        updated_at = now()
      where id = ${customerId}
      returning address_id`;
    if (!customer) throw notFound("Customer", customerId);
    if (chosen !== undefined) {
      const picked = await tx`
        update customers set address_id = a.id
        from customer_addresses a
        where customers.id = ${customerId} and a.id = ${chosen} and a.customer_id = ${customerId}
        returning a.id`;
      if (picked.length === 0) throw notFound("Saved address", chosen);
    }
    if (addressFields.length > 0) {
      const current = customer.addressId === null
        ? null
        : await addressById(tx, customer.addressId);
      await saveAddress(tx, customerId, current, given);
    }
    return await customerDetails(tx, customerId);
  });
}

type AddressFields = Omit<DetailsInput, "name" | "email" | "address_id">;

async function saveAddress(
  sql: Sql,
  customerId: number,
  current: Address | null,
  given: AddressFields,
): Promise<void> {
  const onlyNotes = Object.entries(given).every(([k, v]) => k === "notes" || v === undefined);
  const buildsOn = current !== null && (onlyNotes || current.kind === "street");
  if (buildsOn && current.usedAt === null) {
    await sql`
      update customer_addresses set
        street = coalesce(${given.street ?? null}, street),
        city = coalesce(${given.city ?? null}, city),
        postal_code = coalesce(${given.postal_code ?? null}, postal_code),
        country = coalesce(${given.country ?? null}, country),
        notes = coalesce(${given.notes ?? null}, notes)
      where id = ${current.id}`;
    return;
  }
  const base = buildsOn ? current : null;
  await sql`
    with saved as (
      insert into customer_addresses (customer_id, kind, street, city, postal_code, country, notes,
        latitude, longitude, pin_address, pin_label)
      values (${customerId}, ${base?.kind ?? "street"},
        ${given.street ?? base?.street ?? null}, ${given.city ?? base?.city ?? null},
        ${given.postal_code ?? base?.postalCode ?? null}, ${given.country ?? base?.country ?? null},
        ${given.notes ?? base?.notes ?? null}, ${base?.latitude ?? null},
        ${base?.longitude ?? null}, ${base?.pinAddress ?? null}, ${base?.pinLabel ?? null})
      returning id
    )
    update customers set address_id = saved.id from saved where customers.id = ${customerId}`;
}

/** Saves a location pin the customer shared, as the address the next order goes to. */
export async function saveLocationPin(
  sql: Sql,
  customerId: number,
  pin: PinInput,
): Promise<Address> {
  const [row] = await sql<{ id: number }[]>`
    with saved as (
      insert into customer_addresses (customer_id, kind, latitude, longitude, pin_address,
        pin_label, notes)
      values (${customerId}, 'pin', ${pin.latitude}, ${pin.longitude}, ${pin.address ?? null},
        ${pin.label ?? null}, ${pin.notes ?? null})
      returning id
    ), chosen as (
      update customers set address_id = saved.id from saved where customers.id = ${customerId}
    )
    select id from saved`;
  return (await addressById(sql, row.id))!;
}

/** Marks an address as used by an order just placed. */
export async function markAddressUsed(sql: Sql, addressId: number): Promise<void> {
  await sql`update customer_addresses set used_at = now() where id = ${addressId}`;
}

/** The address without its bookkeeping, as an order or a quote copies it. */
export function snapshotOf(a: Address): AddressSnapshot {
  return {
    kind: a.kind,
    street: a.street,
    city: a.city,
    postalCode: a.postalCode,
    country: a.country,
    notes: a.notes,
    latitude: a.latitude,
    longitude: a.longitude,
    pinAddress: a.pinAddress,
    pinLabel: a.pinLabel,
  };
}

/** The address on one line, as a person reads it. */
export function describeAddress(a: AddressSnapshot): string {
  const parts = a.kind === "pin"
    ? [
      a.pinLabel,
      a.pinAddress,
      a.pinAddress || a.pinLabel ? null : `${a.latitude?.toFixed(5)}, ${a.longitude?.toFixed(5)}`,
    ]
    : [a.street, [a.postalCode, a.city].filter(Boolean).join(" "), a.country];
  const line = parts.filter((p) => p).join(", ");
  return a.notes ? `${line} (${a.notes})` : line;
}

/** A link to a map at a pin's coordinates. */
export function mapLink(a: AddressSnapshot): string | null {
  if (a.latitude === null || a.longitude === null) return null;
  return `https://www.openstreetmap.org/?mlat=${a.latitude}&mlon=${a.longitude}#map=17/${a.latitude}/${a.longitude}`;
}
