-- The shop's terms, one row: how it hands orders over (pickup, local delivery, shipping), how
-- customers may pay, and how long an unpaid order holds its stock. The row is created here with
-- the defaults; staff change it in the dashboard or through the admin API. Amounts are minor
-- units of STORE_CURRENCY.
create table shop_settings (
  id integer primary key default 1 check (id = 1),
  pickup_enabled boolean not null default true,
  pickup_address text not null default '' check (char_length(pickup_address) <= 300),
  -- Opening hours, as the shop writes them ("L-V 10:00-20:00, S 10:00-14:00").
  pickup_hours text not null default '' check (char_length(pickup_hours) <= 300),
  delivery_enabled boolean not null default false,
  delivery_fee_minor bigint not null default 300 check (delivery_fee_minor between 0 and 100000000),
  -- Orders whose subtotal reaches this pay no fee; null: never free.
  delivery_free_above_minor bigint check (delivery_free_above_minor between 0 and 100000000000),
  -- The area: postal codes starting with one of these, or within delivery_radius_km of the shop.
  delivery_postal_prefixes text[] not null default '{}'
    check (cardinality(delivery_postal_prefixes) <= 200),
  delivery_radius_km double precision check (delivery_radius_km > 0 and delivery_radius_km <= 500),
  shop_latitude double precision check (shop_latitude between -90 and 90),
  shop_longitude double precision check (shop_longitude between -180 and 180),
  shipping_enabled boolean not null default true,
  shipping_fee_minor bigint not null default 495 check (shipping_fee_minor between 0 and 100000000),
  shipping_free_above_minor bigint default 5000
    check (shipping_free_above_minor between 0 and 100000000000),
  -- ISO 3166-1 alpha-2 codes.
  shipping_countries text[] not null default '{ES}' check (cardinality(shipping_countries) <= 250),
  -- Card (Stripe) and Mercado Pago are offered only when also configured on the server.
  card_enabled boolean not null default true,
  mercadopago_enabled boolean not null default true,
  cash_enabled boolean not null default true,
  transfer_enabled boolean not null default false,
  transfer_instructions text not null default '' check (char_length(transfer_instructions) <= 1000),
  hold_minutes integer not null default 60 check (hold_minutes between 5 and 1440),
  returns_policy text not null default '' check (char_length(returns_policy) <= 1000),
  updated_at timestamptz not null default now()
);
insert into shop_settings (id) values (1);
