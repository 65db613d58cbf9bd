-- Every turn reads the newest messages of its conversation up to a character budget; their
-- size is computed once, when written, instead of on every read.
alter table messages
  add column size integer not null
  generated always as (coalesce(length(parts::text), length(text) + 40, 40)) stored;
