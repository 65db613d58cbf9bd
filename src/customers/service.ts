/**
 * Customers: one row per WhatsApp number, found or created when they write, with the name
 * their WhatsApp profile shows kept current.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const [{ id }] = await sql`with ${customerCte(sql, "+34600000001", "Ana")} select id from customer`;
 * ```
 * @module
 */
import type { Sql } from "../db/connect.ts";

/**
 * CTEs ending in `customer(id)`: the customer with this phone number, created when there is
 * none; a `profileName` different from the stored name replaces it. Composed into the statement
 * that stores the customer's message, so a message costs no extra round trip.
 */
export function customerCte(sql: Sql, phone: string, profileName: string | null) {
  return sql`known_customer as (
    select id, name from customers where phone = ${phone}
  ), renamed_customer as (
    update customers c set name = ${profileName}, updated_at = now()
    from known_customer k
    where c.id = k.id and ${profileName}::text is not null and k.name is distinct from ${profileName}
  ), new_customer as (
    insert into customers (phone, name)
    select ${phone}, ${profileName}
    where not exists (select 1 from known_customer)
    on conflict (phone) do nothing
    returning id
  ), customer as (
    select id from known_customer union all select id from new_customer
  )`;
}
