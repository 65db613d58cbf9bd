-- What a customer tells the shop to receive an order: the name to deliver to (their WhatsApp
-- profile name stays in `name`, kept current by every message), an email for receipts, and
-- their addresses: a street address, or a WhatsApp location pin (coordinates with Twilio's
-- Address and Label). `address_id` is the address the next order goes to: the one saved or
-- chosen last, which is also the one the last order used.
alter table customers
  add column full_name text check (char_length(full_name) between 1 and 100),
  add column email text check (char_length(email) between 3 and 254);

create table customer_addresses (
  id bigint generated always as identity primary key,
  customer_id bigint not null references customers (id),
  kind text not null check (kind in ('street', 'pin')),
  street text check (char_length(street) between 1 and 200),
  city text check (char_length(city) between 1 and 100),
  postal_code text check (char_length(postal_code) between 1 and 12),
  country text check (char_length(country) between 1 and 60),
  notes text check (char_length(notes) <= 300),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  -- A pin's Address and Label, as WhatsApp shows them.
  pin_address text check (char_length(pin_address) <= 300),
  pin_label text check (char_length(pin_label) <= 200),
  created_at timestamptz not null default now(),
  -- When an order last went to it; an address never used can still be corrected in place.
  used_at timestamptz,
  check (kind <> 'pin' or (latitude is not null and longitude is not null))
);
create index customer_addresses_customer_idx on customer_addresses (customer_id, id desc);

alter table customers add column address_id bigint references customer_addresses (id);
