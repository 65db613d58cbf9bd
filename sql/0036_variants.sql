-- Sizes and colours: a product with options (option_names, e.g. {Talla}) is sold through its
-- variants, each a products row of its own (parent_id, option_values e.g. {M}) with its own
-- SKU, price, stock and image. Carts, orders, holds and the checkout's atomic decrement work on
-- the variant's row unchanged. The parent's stock is the sum of its variants' (kept here), so
-- listings and search see it; the parent itself is never sold.
alter table products
  add column parent_id integer references products (id),
  add column option_names text[] not null default '{}',
  add column option_values text[] not null default '{}',
  add constraint products_variant_shape check (
    (parent_id is null and cardinality(option_values) = 0)
    or (parent_id is not null and cardinality(option_names) = 0
      and cardinality(option_values) between 1 and 3)
  ),
  add constraint products_option_names check (cardinality(option_names) <= 3);

create index products_variants_idx on products (parent_id, id) where parent_id is not null;

create function products_parent_stock() returns trigger
  language plpgsql
  as $$
  begin
    update products set stock = stock + (new.stock - old.stock) where id = new.parent_id;
    return null;
  end
  $$;

create trigger products_parent_stock_update
  after update of stock on products
  for each row when (new.parent_id is not null and new.stock <> old.stock)
  execute function products_parent_stock();

-- Inserted variants add their stock once per statement and product (an import inserts many).
create function products_inserted_variants() returns trigger
  language plpgsql
  as $$
  begin
    update products p set stock = p.stock + v.stock
    from (select parent_id, sum(stock) as stock from inserted
      where parent_id is not null group by parent_id) v
    where p.id = v.parent_id;
    return null;
  end
  $$;

create trigger products_inserted_variants
  after insert on products
  referencing new table as inserted
  for each statement execute function products_inserted_variants();
