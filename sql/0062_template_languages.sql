-- A notification template may be in any language the server answers in (Portuguese too), like
-- a conversation's language since 0050.
alter table notification_templates drop constraint notification_templates_language_check;
alter table notification_templates add constraint notification_templates_language_check
  check (language ~ '^[a-z]{2}$');
