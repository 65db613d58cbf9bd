-- When the customer was told that their answer is coming (the model asked to wait longer than a
-- turn can, inbox/defer.ts): set with the notice, cleared when a turn of the conversation ends,
-- so one wait is announced once however many messages or retries it spans.
alter table conversations add column wait_notice_at timestamptz;
