-- A transfer receipt the customer sent (a PDF) for an order waiting for its transfer: the
-- message that carries it. Staff confirm the payment; nothing is marked paid by it.
alter table orders add column receipt_message_id bigint references messages (id);
