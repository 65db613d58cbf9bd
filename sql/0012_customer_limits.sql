-- Limits per customer: the turns (model calls) started in the current one-minute window, the
-- end of a hold (the window's turns are used up: queued messages wait, then are answered
-- together), and when the customer was last told so (once an hour at most).
alter table conversations
  add column turn_window_start timestamptz,
  add column turns_in_window integer not null default 0,
  add column held_until timestamptz,
  add column limit_notice_at timestamptz;
