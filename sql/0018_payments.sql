-- Online payments. A session is a provider's checkout page for an order (a Stripe Checkout
-- Session, a Mercado Pago preference), created when the customer opens the order's payment
-- link and reused while it is open. A payment is money a provider says it received for an
-- order (a Stripe PaymentIntent, a Mercado Pago payment): the one that paid the order, or one
-- that came too late, twice or for another amount, which is refunded. Every event a provider
-- sent is stored once by its id, with what it did.
create table payment_sessions (
  id bigint generated always as identity primary key,
  order_id uuid not null references orders (id),
  provider text not null check (provider in ('stripe', 'mercadopago')),
  -- 1 for the order's first session, 2 for the next (after one failed or expired), ...
  attempt integer not null check (attempt >= 1),
  reference text not null check (char_length(reference) between 1 and 200),
  url text not null check (char_length(url) <= 2000),
  status text not null default 'open' check (status in ('open', 'complete', 'expired', 'failed')),
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (order_id, attempt),
  unique (provider, reference)
);

create table payments (
  id bigint generated always as identity primary key,
  order_id uuid not null references orders (id),
  provider text not null check (provider in ('stripe', 'mercadopago')),
  reference text not null check (char_length(reference) between 1 and 200),
  amount_minor bigint not null check (amount_minor >= 0),
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  -- Whether this payment paid its order; one that did not is refunded.
  settles_order boolean not null default false,
  status text not null default 'captured'
    check (status in ('captured', 'refunded', 'refund_failed')),
  refund_reference text check (char_length(refund_reference) <= 200),
  created_at timestamptz not null default now(),
  refunded_at timestamptz,
  unique (provider, reference)
);
create index payments_order_idx on payments (order_id);

create table payment_events (
  id bigint generated always as identity primary key,
  provider text not null check (provider in ('stripe', 'mercadopago')),
  event_id text not null check (char_length(event_id) between 1 and 200),
  type text not null check (char_length(type) <= 100),
  order_id uuid references orders (id),
  -- What handling it did: paid, already_paid, refund, payment_failed, ignored, ...
  outcome text not null check (char_length(outcome) <= 100),
  payload jsonb not null,
  received_at timestamptz not null default now(),
  unique (provider, event_id)
);
create index payment_events_order_idx on payment_events (order_id, id);
