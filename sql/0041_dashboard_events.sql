-- What changed for the dashboard's live pages, written by triggers so every writer (webhook,
-- agent, outbox, staff, any instance) is covered: a message stored, a delivery status moved, a
-- conversation handed over or flagged. Dashboards poll it (src/conversations/changes.ts); the
-- hourly cleanup deletes rows older than an hour.
create table dashboard_events (
  id bigint generated always as identity primary key,
  conversation_id bigint not null,
  kind text not null check (kind in ('message', 'delivery', 'conversation')),
  at timestamptz not null default now()
);
create index dashboard_events_at_idx on dashboard_events (at);

create function dashboard_event() returns trigger language plpgsql as $$
begin
  -- Separate statements: plpgsql plans each when it runs, and only one of the fields exists.
  if tg_table_name = 'conversations' then
    insert into dashboard_events (conversation_id, kind) values (new.id, tg_argv[0]);
  else
    insert into dashboard_events (conversation_id, kind) values (new.conversation_id, tg_argv[0]);
  end if;
  return null;
end $$;

create trigger messages_dashboard_event after insert on messages
  for each row when (new.kind <> 'tool') execute function dashboard_event('message');
create trigger outbound_dashboard_event after update of status on outbound_messages
  for each row when (old.status is distinct from new.status)
  execute function dashboard_event('delivery');
create trigger conversations_dashboard_event
  after update of handler, needs_attention on conversations
  for each row when (old.handler is distinct from new.handler
    or old.needs_attention is distinct from new.needs_attention)
  execute function dashboard_event('conversation');
