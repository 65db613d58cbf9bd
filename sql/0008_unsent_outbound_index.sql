-- Finishing a turn asks whether the conversation still has a reply waiting in the outbox (a
-- new reply must not overtake it), and the outbox looks for each conversation's first unsent
-- message. Only unsent rows are in this index, so neither question reads a conversation's
-- whole delivery history.
create index outbound_unsent_idx on outbound_messages (conversation_id, id)
  where status in ('pending', 'sending');
