-- The dashboard counts the conversations that need attention on every page.
create index conversations_attention_idx on conversations (last_message_at desc)
  where needs_attention;
