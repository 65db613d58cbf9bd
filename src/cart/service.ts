/**
 * Carts: what a customer intends to buy. Quantities (1 to 99 a line) are checked against
 * stock when set; stock is only decremented by checkout (orders/service.ts). Prices are read
 * from the catalog whenever a cart is shown, never stored here.
 *
 * @example
 * ```ts
 * import type { Sql } from "../db/connect.ts";
 * declare const sql: Sql;
 * const cart = await createCart(sql);
 * await addItem(sql, cart.id, 1, 2); // 2 x product 1
 * ```
 * @module
 */
import type postgres from "postgres";
import type { Sql } from "../db/connect.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { isUuid } from "../shared/ids.ts";

export const MAX_LINE_QUANTITY = 99;

export interface CartLine {
  productId: number;
  sku: string;
  name: string;
  unitPriceMinor: number;
  currency: string;
  quantity: number;
  lineTotalMinor: number;
  imageUrl: string | null;
  /** Units in stock now. */
  stock: number;
  /** False when the product was deactivated after it was added. */
  active: boolean;
  /** For a size or colour: the product it is a variant of, and its option values («M»). */
  parentId: number | null;
  options: string[];
}

export interface Cart {
  id: string;
  customerId: number | null;
  status: "open" | "checked_out";
  currency: string | null;
  items: CartLine[];
  itemCount: number;
  totalMinor: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Creates an empty cart, optionally owned by a customer. */
export async function createCart(sql: Sql, customerId: number | null = null): Promise<Cart> {
  const [{ id }] = await sql<{ id: string }[]>`
    insert into carts (customer_id) values (${customerId}) returning id`;
  return getCart(sql, id);
}

/**
 * Deletes open carts that hold nothing and nobody touched for a day (anonymous REST carts
 * abandoned at once; a customer's next request opens a new one). Returns how many.
 */
export async function deleteAbandonedEmptyCarts(sql: Sql): Promise<number> {
  const rows = await sql`
    delete from carts c
    where c.status = 'open' and c.updated_at < now() - interval '1 day'
      and not exists (select 1 from cart_items i where i.cart_id = c.id)
      and not exists (select 1 from orders o where o.cart_id = c.id)
    returning c.id`;
  return rows.length;
}

/** The customer's open cart, created when there is none. */
export async function openCartId(sql: Sql, customerId: number): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [row] = await sql<{ id: string }[]>`
      with existing as (
        select id from carts where customer_id = ${customerId} and status = 'open'
      ), created as (
        insert into carts (customer_id)
        select ${customerId} where not exists (select 1 from existing)
        on conflict (customer_id) where status = 'open' and customer_id is not null do nothing
        returning id
      )
      select id from existing union all select id from created`;
    if (row) return row.id;
  }
  throw new AppError("cart_conflict", 409, "Could not open a cart; try again");
}

/** A cart with its lines and totals, priced from the catalog now. */
export async function getCart(sql: Sql, id: string): Promise<Cart> {
  if (!isUuid(id)) throw notFound("Cart", id);
  const cart = await selectCart(sql, sql`c.id = ${id}`);
  if (!cart) throw notFound("Cart", id);
  return cart;
}

/** The customer's open cart, or null when they have none (nothing is created). */
export function findOpenCart(sql: Sql, customerId: number): Promise<Cart | null> {
  return selectCart(sql, sql`c.customer_id = ${customerId} and c.status = 'open'`);
}

async function selectCart(sql: Sql, where: postgres.Fragment): Promise<Cart | null> {
  const [row] = await sql<(Omit<Cart, "itemCount" | "totalMinor" | "currency">)[]>`
    select c.id, c.customer_id, c.status, c.created_at, c.updated_at,
      coalesce(json_agg(json_build_object(
        'productId', p.id, 'sku', p.sku, 'name', p.name, 'unitPriceMinor', p.price_minor,
        'currency', p.currency, 'quantity', ci.quantity,
        'lineTotalMinor', p.price_minor * ci.quantity, 'imageUrl', p.image_url,
        'stock', p.stock, 'active', p.active, 'parentId', p.parent_id, 'options', p.option_values
      ) order by ci.created_at, p.id) filter (where p.id is not null), '[]') as items
    from carts c
    left join cart_items ci on ci.cart_id = c.id
    left join products p on p.id = ci.product_id
    where ${where}
    group by c.id`;
  if (!row) return null;
  return {
    ...row,
    currency: row.items[0]?.currency ?? null,
    itemCount: row.items.reduce((n, line) => n + line.quantity, 0),
    totalMinor: row.items.reduce((n, line) => n + line.lineTotalMinor, 0),
  };
}

/**
 * Which cart to change: one addressed by its id (REST), or a customer's open cart, created
 * when they have none (the agent's tools), in the same statement as the change.
 */
export type CartRef = string | { customerId: number };

/**
 * Adds `quantity` units of a product (to what the cart already holds).
 * 409 `out_of_stock` with `{ available }` when the stock cannot cover the new total.
 */
export function addItem(
  sql: Sql,
  cart: CartRef,
  productId: number,
  quantity: number,
): Promise<Cart> {
  checkQuantity(quantity, 1);
  return upsertLine(sql, cart, productId, quantity, "add");
}

/** Sets the quantity of a line; 0 removes it. */
export function setItemQuantity(
  sql: Sql,
  cart: CartRef,
  productId: number,
  quantity: number,
): Promise<Cart> {
  checkQuantity(quantity, 0);
  if (quantity === 0) return removeItem(sql, cart, productId);
  return upsertLine(sql, cart, productId, quantity, "set");
}

/** Removes a product from the cart; 404 when it is not in it. */
export async function removeItem(sql: Sql, cart: CartRef, productId: number): Promise<Cart> {
  const [row] = await sql<{ cartId: string }[]>`
    with ${targetCart(sql, cart)}, changed as (
      delete from cart_items ci using c
      where ci.cart_id = c.id and ci.product_id = ${productId}
      returning ci.cart_id
    ), ${touch(sql)}
    select cart_id from changed`;
  if (row) return await getCart(sql, row.cartId);
  const current = await getCart(sql, await resolveCartId(sql, cart));
  if (current.status !== "open") throw cartClosed();
  throw new AppError("item_not_found", 404, `Product ${productId} is not in the cart`);
}

/** Inserts or updates one line in a single statement, or explains why it could not. */
async function upsertLine(
  sql: Sql,
  cart: CartRef,
  productId: number,
  quantity: number,
  mode: "add" | "set",
): Promise<Cart> {
  const [row] = await sql<{ cartId: string }[]>`
    with ${targetCart(sql, cart)}, changed as (
    insert into cart_items (cart_id, product_id, quantity)
    select c.id, p.id, ${quantity}
    from c, products p
    where p.id = ${productId} and p.active and ${quantity} <= p.stock
      and cardinality(p.option_names) = 0
      and (p.parent_id is null
        or exists (select 1 from products pp where pp.id = p.parent_id and pp.active))
      and not exists (
        select 1 from cart_items ci join products o on o.id = ci.product_id
        where ci.cart_id = c.id and o.currency <> p.currency)
    on conflict (cart_id, product_id) do update
      set quantity = ${
    mode === "add" ? sql`cart_items.quantity + excluded.quantity` : sql`excluded.quantity`
  },
        updated_at = now()
      where ${
    mode === "add" ? sql`cart_items.quantity + excluded.quantity` : sql`excluded.quantity`
  }
        <= least(${MAX_LINE_QUANTITY}, (select stock from products where id = excluded.product_id))
    returning cart_id
    ), ${touch(sql)}
    select cart_id from changed`;
  if (row) return await getCart(sql, row.cartId);
  return await explainRefusal(sql, await resolveCartId(sql, cart), productId, quantity, mode);
}

/**
 * CTEs ending in `c(id)`: the open cart to change, its row locked, so concurrent changes to
 * one cart queue there and a cart checked out meanwhile yields no row. A customer without an
 * open cart gets one.
 */
function targetCart(sql: Sql, cart: CartRef) {
  if (typeof cart === "string") {
    if (!isUuid(cart)) throw notFound("Cart", cart);
    return sql`c as (select id from carts where id = ${cart} and status = 'open' for update)`;
  }
  return sql`existing as (
      select id from carts
      where customer_id = ${cart.customerId} and status = 'open'
      for update
    ), created as (
      insert into carts (customer_id)
      select ${cart.customerId} where not exists (select 1 from existing)
      on conflict (customer_id) where status = 'open' and customer_id is not null do nothing
      returning id
    ), c as (select id from existing union all select id from created)`;
}

/** A CTE bumping `updated_at` of the cart a `changed(cart_id)` CTE changed, if any. */
function touch(sql: Sql) {
  return sql`touched as (
    update carts set updated_at = now() where id in (select cart_id from changed))`;
}

function resolveCartId(sql: Sql, cart: CartRef): Promise<string> {
  return typeof cart === "string" ? Promise.resolve(cart) : openCartId(sql, cart.customerId);
}

function checkQuantity(quantity: number, min: 0 | 1): void {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_LINE_QUANTITY) {
    throw new AppError(
      "invalid_quantity",
      422,
      `Quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`,
    );
  }
}

function cartClosed(): AppError {
  return new AppError("cart_closed", 409, "This cart was already checked out");
}

/** Finds out why an add or set changed nothing, and throws that. */
async function explainRefusal(
  sql: Sql,
  cartId: string,
  productId: number,
  quantity: number,
  mode: "add" | "set",
): Promise<never> {
  const [row] = await sql<
    {
      status: string | null;
      active: boolean | null;
      name: string | null;
      stock: number | null;
      currency: string | null;
      inCart: number | null;
      cartCurrency: string | null;
      optionNames: string[] | null;
      sizes: { id: number; values: string[]; stock: number }[] | null;
    }[]
  >`
    select
      (select status from carts where id = ${cartId}) as status,
      p.active and coalesce((select pp.active from products pp where pp.id = p.parent_id), true)
        as active,
      p.name, p.stock, p.currency, p.option_names,
      (select json_agg(json_build_object('id', v.id, 'values', v.option_values, 'stock', v.stock)
          order by v.id)
        from products v where v.parent_id = p.id and v.active) as sizes,
      (select quantity from cart_items where cart_id = ${cartId} and product_id = ${productId})
        as in_cart,
      (select o.currency from cart_items ci join products o on o.id = ci.product_id
        where ci.cart_id = ${cartId} limit 1) as cart_currency
    from (select 1) one left join products p on p.id = ${productId}`;
  if (row.status === null) throw notFound("Cart", cartId);
  if (row.status !== "open") throw cartClosed();
  if (row.name === null || !row.active) throw notFound("Product", productId);
  if (row.optionNames !== null && row.optionNames.length > 0) {
    const variants = row.sizes ?? [];
    const inStock = variants.filter((v) => v.stock > 0).map((v) => v.values.join(" / "));
    throw new AppError(
      "variant_required",
      422,
      `«${row.name}» comes in ${row.optionNames.join(", ")}: choose one` +
        (inStock.length > 0 ? ` (in stock: ${inStock.join(", ")})` : " (none in stock now)"),
      {
        options: row.optionNames,
        variants: variants.map((v) => ({ variant_id: v.id, options: v.values, stock: v.stock })),
      },
    );
  }
  if (row.cartCurrency !== null && row.cartCurrency !== row.currency) {
    throw new AppError(
      "currency_mismatch",
      422,
      `«${row.name}» is priced in ${row.currency}; this cart is in ${row.cartCurrency}`,
    );
  }
  const inCart = row.inCart ?? 0;
  const wanted = mode === "add" ? inCart + quantity : quantity;
  if (wanted > MAX_LINE_QUANTITY) {
    throw new AppError(
      "quantity_limit",
      422,
      `At most ${MAX_LINE_QUANTITY} units of one product per order (the cart has ${inCart})`,
      { max: MAX_LINE_QUANTITY, in_cart: inCart },
    );
  }
  const stock = row.stock ?? 0;
  if (wanted <= stock) {
    throw new AppError("cart_conflict", 409, "The cart changed at the same time; try again");
  }
  throw new AppError(
    "out_of_stock",
    409,
    stock === 0 ? `«${row.name}» is out of stock` : `Only ${stock} left of «${row.name}»`,
    { product_id: productId, available: stock, in_cart: inCart, requested: wanted },
  );
}
