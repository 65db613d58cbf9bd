-- When the shop writes first (docs/notifications.md): order updates, payment reminders,
-- abandoned-cart reminders and back-in-stock alerts, the customer's consent to marketing, the
-- templates (Twilio Content SIDs) used outside WhatsApp's 24-hour window, and a record of
-- every proactive message, sent or skipped with its reason.

-- Consent to marketing messages (abandoned carts): unknown until the customer says, granted
-- (the agent asked, staff set it), or opted out (a STOP word, the agent's tool, staff, or
-- WhatsApp's 131050). Order updates do not depend on it.
alter table customers
  add column marketing text not null default 'unknown'
    check (marketing in ('unknown', 'granted', 'opted_out')),
  add column marketing_source text
    check (marketing_source in ('agent', 'staff', 'keyword', 'provider')),
  add column marketing_changed_at timestamptz;

-- What staff gave when marking an order shipped.
alter table orders
  add column tracking_number text check (char_length(tracking_number) <= 100),
  add column tracking_url text check (char_length(tracking_url) <= 500);

-- The approved template of a kind of message in a language, sent outside the window.
create table notification_templates (
  kind text not null check (kind ~ '^[a-z_]{1,40}$'),
  language text not null check (language in ('es', 'en')),
  content_sid text not null check (content_sid ~ '^HX[0-9a-fA-F]{32}$'),
  updated_at timestamptz not null default now(),
  primary key (kind, language)
);

-- The reminders' timing, one row. Quiet hours are whole hours in STORE_TIMEZONE, from
-- quiet_from_hour to quiet_to_hour (across midnight when from > to; equal: none).
create table notification_settings (
  id integer primary key default 1 check (id = 1),
  -- Minutes before an unpaid order's hold ends that its payment reminder is sent; 0: never.
  payment_reminder_minutes integer not null default 15
    check (payment_reminder_minutes between 0 and 1440),
  -- A cart with items and a customer silent this long gets a reminder.
  cart_reminder_minutes integer not null default 60
    check (cart_reminder_minutes between 5 and 10080),
  -- Reminders per cart at most; 0: none.
  cart_reminder_max integer not null default 1 check (cart_reminder_max between 0 and 5),
  quiet_from_hour integer not null default 21 check (quiet_from_hour between 0 and 23),
  quiet_to_hour integer not null default 9 check (quiet_to_hour between 0 and 23),
  updated_at timestamptz not null default now()
);
insert into notification_settings (id) values (1);

-- Every proactive message: one row per kind and key (an order's update, a cart's n-th
-- reminder, an alert), so nothing is sent twice; skipped ones say why.
create table proactive_messages (
  id bigint generated always as identity primary key,
  customer_id bigint not null references customers (id),
  kind text not null check (kind ~ '^[a-z_]{1,40}$'),
  key text not null check (char_length(key) between 1 and 200),
  order_id uuid references orders (id),
  cart_id uuid references carts (id) on delete set null,
  status text not null check (status in ('queued', 'skipped')),
  -- queued: as free text inside the window, as a template outside it, or kept in the thread
  -- (terminal chat, no WhatsApp sender).
  via text check (via in ('text', 'template', 'thread')),
  reason text check (char_length(reason) <= 200),
  message_id bigint,
  outbound_id bigint,
  created_at timestamptz not null default now(),
  unique (kind, key)
);
create index proactive_messages_customer_idx on proactive_messages (customer_id, id desc);
create index proactive_messages_reminders_idx on proactive_messages (created_at)
  where kind = 'cart_reminder' and status = 'queued';

-- Customers waiting for a product to be back in stock; notified_at once told.
create table stock_alerts (
  id bigint generated always as identity primary key,
  product_id integer not null references products (id),
  customer_id bigint not null references customers (id),
  created_at timestamptz not null default now(),
  notified_at timestamptz
);
create unique index stock_alerts_waiting on stock_alerts (product_id, customer_id)
  where notified_at is null;

-- A product's stock going from none to some, by any path (the API, the dashboard, a
-- cancellation returning stock), queues the alerts' fan-out as a job (jobs/), due at once: a
-- minute back, so that a runner whose clock is a little behind the database's takes it too.
create function queue_stock_alerts() returns trigger language plpgsql as $$
begin
  if exists (select 1 from stock_alerts where product_id = new.id and notified_at is null) then
    insert into jobs (kind, key, due_at) values ('product.back_in_stock', new.id::text, now() - interval '1 minute')
      on conflict (kind, key) where status in ('pending', 'running') do nothing;
  end if;
  return new;
end $$;
create trigger products_back_in_stock after update of stock on products
  for each row when (old.stock <= 0 and new.stock > 0 and new.active)
  execute function queue_stock_alerts();
