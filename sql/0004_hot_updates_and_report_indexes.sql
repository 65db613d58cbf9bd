-- A conversation row is updated several times per turn (lease, timestamps): room on its page
-- lets Postgres update it in place (HOT) instead of writing new index entries each time.
alter table conversations set (fillfactor = 70);

-- The dashboard's reports count carts and orders by day.
create index carts_created_idx on carts (created_at);
create index orders_created_idx on orders (created_at);
