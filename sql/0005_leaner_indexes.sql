-- Fewer index writes per turn. Only customer messages and sent messages have an external id,
-- so the unique indexes skip the rows without one; reports scan by time, which a BRIN index
-- serves at a fraction of a B-tree's upkeep (rows arrive in time order).
alter table messages drop constraint messages_external_id_key;
create unique index messages_external_id_key on messages (external_id) where external_id is not null;

alter table outbound_messages drop constraint outbound_messages_twilio_sid_key;
create unique index outbound_messages_twilio_sid_key on outbound_messages (twilio_sid)
  where twilio_sid is not null;

drop index messages_created_idx;
create index messages_created_brin on messages using brin (created_at);
create index outbound_created_brin on outbound_messages using brin (created_at);
