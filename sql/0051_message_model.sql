-- Which model wrote a model step or answer (gemini-..., offline), so staff can see when the
-- offline model answered because Gemini could not.
alter table messages add column model text check (char_length(model) <= 100);
