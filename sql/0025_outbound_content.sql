-- Outbound messages sent as a Twilio Content resource (an approved template outside WhatsApp's
-- 24-hour window, quick-reply buttons, a list picker): its sid and the variables it is filled
-- with. The body stays what the customer reads, for the thread and for matching a send Twilio
-- accepted unseen.
alter table outbound_messages
  add column content_sid text check (content_sid ~ '^HX[0-9a-fA-F]{32}$'),
  add column content_variables jsonb;
