-- Requests per client address and fixed window (cart creation, checkout), shared by every
-- instance; windows older than an hour are deleted by the periodic cleanup.
create table rate_counters (
  bucket text not null check (char_length(bucket) <= 200),
  window_start timestamptz not null,
  hits integer not null,
  primary key (bucket, window_start)
);
create index rate_counters_window_idx on rate_counters (window_start);

-- The cleanup deletes open carts nobody touched for a day that hold no item.
create index carts_open_touched_idx on carts (updated_at) where status = 'open';
