-- What the media of a customer message said: a voice note's transcript, an image's or a
-- document's short description, written by the model before the turn that answers it. Staff
-- read it, search finds it, and later turns see it instead of the bytes.
alter table messages add column media_text text;
