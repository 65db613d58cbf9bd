-- The click-to-WhatsApp ad (or post) a customer last came from: its Referral* fields, as
-- Twilio sent them, with when.
alter table conversations add column referral jsonb;
