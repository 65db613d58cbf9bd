-- Completing the sale. A quote is what the customer was shown before placing an order: the
-- cart's lines at their prices then, the fulfilment method and its fee, the payment method,
-- the contact and the address; placing it copies exactly that into the order. Orders now
-- snapshot contact, address, method, fee and payment method, and move through
-- awaiting_payment | confirmed -> paid -> ready_for_pickup | shipped -> delivered, or to
-- cancelled before shipping. An unpaid order holds its stock until hold_expires_at.

alter table orders drop constraint orders_status_check;
update orders set status = 'awaiting_payment' where status = 'pending';
alter table orders
  alter column status set default 'awaiting_payment',
  add constraint orders_status_check check (status in ('awaiting_payment', 'confirmed', 'paid',
    'ready_for_pickup', 'shipped', 'delivered', 'cancelled')),
  add column fulfilment text check (fulfilment in ('pickup', 'delivery', 'shipping')),
  add column payment_method text check (payment_method in ('card', 'mercadopago', 'cash',
    'transfer')),
  add column fee_minor bigint not null default 0 check (fee_minor >= 0),
  add column contact_name text check (char_length(contact_name) <= 100),
  add column contact_phone text check (char_length(contact_phone) <= 20),
  add column contact_email text check (char_length(contact_email) <= 254),
  -- The address as it was when the order was placed (customers/details.ts AddressSnapshot).
  add column address jsonb,
  add column address_id bigint references customer_addresses (id),
  add column language text not null default 'es' check (language in ('es', 'en')),
  add column hold_expires_at timestamptz,
  add column paid_at timestamptz,
  add column cancelled_at timestamptz,
  add column cancel_reason text check (char_length(cancel_reason) <= 300),
  -- A refund owed after a cancellation or a payment that came too late: requested, then done.
  add column refund_status text check (refund_status in ('requested', 'refunded', 'failed')),
  -- Something staff must look at (a payment after the order was cancelled, a refund failing).
  add column attention text check (char_length(attention) <= 500);
-- The lines' sum: the total less the fee.
alter table orders
  add column subtotal_minor bigint generated always as (total_minor - fee_minor) stored
    check (subtotal_minor >= 0);
create index orders_holds_idx on orders (hold_expires_at) where status = 'awaiting_payment';

-- Every status an order went through, who moved it, and why.
create table order_events (
  id bigint generated always as identity primary key,
  order_id uuid not null references orders (id),
  from_status text,
  to_status text not null,
  actor text not null check (actor in ('customer', 'staff', 'system', 'provider')),
  note text check (char_length(note) <= 500),
  created_at timestamptz not null default now()
);
create index order_events_order_idx on order_events (order_id, id);

-- Every quote shown to a WhatsApp customer.
create table quotes (
  id uuid primary key default gen_random_uuid(),
  customer_id bigint not null references customers (id),
  cart_id uuid not null references carts (id),
  -- The customer message whose turn made it: an order is placed only from a later turn, after
  -- the customer saw the quote.
  turn_id bigint,
  -- Only a complete quote (nothing missing, nothing in the way) can be placed; an incomplete
  -- one keeps the customer's choices for the next.
  complete boolean not null,
  fulfilment text check (fulfilment in ('pickup', 'delivery', 'shipping')),
  payment_method text check (payment_method in ('card', 'mercadopago', 'cash', 'transfer')),
  address_id bigint references customer_addresses (id),
  -- What was quoted (orders/quote.ts Quote): lines, amounts, contact, address.
  content jsonb not null,
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  total_minor bigint not null check (total_minor >= 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  order_id uuid unique references orders (id)
);
create index quotes_customer_idx on quotes (customer_id, created_at desc);

alter table orders add column quote_id uuid unique references quotes (id);
