-- Staff accounts: each person of the shop signs in as themselves. An owner can do everything
-- (settings, products, accounts, the audit log); staff answer conversations and handle orders.
-- The password is kept only as an argon2id hash (src/staff/password.ts).
create table staff_accounts (
  id bigint generated always as identity primary key,
  name text not null check (char_length(name) between 1 and 100),
  login text not null unique check (login ~ '^[a-z0-9._@+-]{2,100}$'),
  password_hash text not null check (password_hash like '$argon2id$%'),
  role text not null check (role in ('owner', 'staff')),
  -- The dashboard's language for this person; null: the browser's.
  language text check (language in ('es', 'en', 'pt')),
  -- A disabled account cannot sign in, and its sessions were ended when it was disabled.
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);

alter table staff_sessions
  add constraint staff_sessions_account_fk foreign key (staff_id)
  references staff_accounts (id) on delete cascade;

-- Who did what from the dashboard: sign-ins, takeovers, replies, order status changes, price and
-- stock edits, settings and accounts. `staff_id` is null for the owner's admin token; `actor`
-- keeps the name shown at the time.
create table staff_audit (
  id bigint generated always as identity primary key,
  staff_id bigint references staff_accounts (id),
  actor text not null,
  action text not null,
  subject text,
  details jsonb,
  at timestamptz not null default now()
);
create index staff_audit_at_idx on staff_audit (at desc, id desc);

-- The person who wrote a staff message (the customer sees the shop; the thread shows the name).
alter table messages add column staff_id bigint references staff_accounts (id);
