-- Customers (one per WhatsApp number), carts and orders.

create table customers (
  id bigint generated always as identity primary key,
  phone text not null unique check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  name text check (char_length(name) <= 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table carts (
  id uuid primary key default gen_random_uuid(),
  customer_id bigint references customers (id),
  status text not null default 'open' check (status in ('open', 'checked_out')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- A WhatsApp customer has at most one open cart.
create unique index carts_one_open_per_customer on carts (customer_id)
  where status = 'open' and customer_id is not null;

create table cart_items (
  cart_id uuid not null references carts (id) on delete cascade,
  product_id integer not null references products (id),
  quantity integer not null check (quantity between 1 and 99),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (cart_id, product_id)
);

create table orders (
  id uuid primary key default gen_random_uuid(),
  number bigint generated always as identity (start with 1001) unique,
  cart_id uuid not null unique references carts (id),
  customer_id bigint references customers (id),
  status text not null default 'pending'
    check (status in ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  total_minor bigint not null check (total_minor >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index orders_customer_idx on orders (customer_id, created_at desc);
create index orders_status_idx on orders (status, created_at desc);

create table order_items (
  order_id uuid not null references orders (id) on delete cascade,
  product_id integer not null references products (id),
  sku text not null,
  name text not null,
  unit_price_minor bigint not null check (unit_price_minor >= 0),
  quantity integer not null check (quantity between 1 and 99),
  primary key (order_id, product_id)
);
