-- The customer's mood, judged after each turn from their latest messages (src/agent/mood.ts),
-- and, when the conversation was escalated to staff, what the customer wants in three lines.
alter table conversations
  add column mood text check (mood in ('satisfied', 'neutral', 'frustrated')),
  add column mood_at timestamptz,
  add column attention_summary text check (char_length(attention_summary) <= 1000);
