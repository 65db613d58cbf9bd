-- Scheduled work: a row per thing to do at a time (an unpaid order's hold expiring, a reminder,
-- a cleanup), claimed with FOR UPDATE SKIP LOCKED by the periodic worker of any instance. A
-- job is named by its kind and a key (what it is about: an order, a cart); scheduling the same
-- kind and key again moves the pending job instead of adding another.
create table jobs (
  id bigint generated always as identity primary key,
  kind text not null check (kind ~ '^[a-z][a-z0-9_.]{0,63}$'),
  key text not null check (char_length(key) between 1 and 200),
  payload jsonb not null default '{}',
  due_at timestamptz not null,
  status text not null default 'pending'
    check (status in ('pending', 'running', 'done', 'failed', 'cancelled')),
  attempts integer not null default 0,
  -- While running: until when the claim holds (a dead worker's job is taken again after it).
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz
);
create unique index jobs_open_key on jobs (kind, key) where status in ('pending', 'running');
create index jobs_due_idx on jobs (due_at) where status in ('pending', 'running');
