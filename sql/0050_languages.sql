-- A conversation's and an order's language is any two-letter code the server answers in
-- (es, en, pt today), not only Spanish or English.
alter table conversations drop constraint conversations_language_check;
alter table conversations add constraint conversations_language_check
  check (language ~ '^[a-z]{2}$');
alter table orders drop constraint orders_language_check;
alter table orders add constraint orders_language_check check (language ~ '^[a-z]{2}$');
