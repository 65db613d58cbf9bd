-- Catalog search by words: every product keeps a weighted tsvector of its stemmed words (name A,
-- category B, description D) and the shop's vocabulary keeps every stem once, trigram-indexed,
-- for typo tolerance. Both PGlite and Postgres have unaccent, pg_trgm and the 'simple' text
-- search configuration; the stemming below is plain SQL, so both stem alike (docs/catalog.md).

-- The words of a text, lower case, without accents, stemmed for Spanish, English and Portuguese:
-- diminutives (-ito, -cito, -illa, -inho, -zinho), plurals (-es, -s, -ões, -ais; a final m is n) and a final
-- a, e or o go, z and qu spell c: «Tacita», «tazas» and «Taza» all become «tac», «cafezinho» and
-- «Cafés» «caf». Stems keep at least 3 letters; the same function stems queries.
create function catalog_stems(value text) returns text
  language sql immutable strict parallel safe
  as $$
    select btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)),
          '[^a-z0-9]+', ' ', 'g'),
        '([a-z]{2,})qu(it|ill|inh)([ao])s?\M', '\1c\3', 'g'),
        '([a-z]{2,})gu(it|ill|inh)([ao])s?\M', '\1g\3', 'g'),
        'qu', 'c', 'g'),
        'z', 'c', 'g'),
        '([a-z]{2,}[enr])c(it|ill|inh)[ao]s?\M', '\1', 'g'),
        '([a-z]{3,})(it|ill|inh)([ao])s?\M', '\1\3', 'g'),
        '([a-z]{2,})ies\M', '\1y', 'g'),
        '([a-z])[oa]es\M', '\1ao', 'g'),
        '([a-z]{2,})ais\M', '\1al', 'g'),
        '([a-z]{2,})eis\M', '\1el', 'g'),
        '([a-z]{2,}[^aeiou\s])es\M', '\1', 'g'),
        '([a-z]{3,})s\M', '\1', 'g'),
        '([a-z]{2,})m\M', '\1n', 'g'),
        '([a-z]{3,})[aeo]\M', '\1', 'g'),
      '\s+', ' ', 'g'))
  $$;

create function catalog_vector(name text, category text, description text) returns tsvector
  language sql immutable strict parallel safe
  as $$
    select setweight(to_tsvector('simple', catalog_stems(name)), 'A')
      || setweight(to_tsvector('simple', catalog_stems(category)), 'B')
      || setweight(to_tsvector('simple', catalog_stems(description)), 'D')
  $$;

create table catalog_words (word text primary key);
create index catalog_words_trgm_idx on catalog_words using gin (word gin_trgm_ops);

alter table products add column search_vector tsvector;

-- Only name, category and description changes recompute it: a stock decrement stays cheap.
-- The words of inserted rows reach the vocabulary once per statement (a bulk import inserts
-- thousands of rows in one); those of a changed text, row by row.
create function products_search_vector() returns trigger
  language plpgsql
  as $$
  begin
    new.search_vector := catalog_vector(new.name, new.category, new.description);
    if tg_op = 'UPDATE' then
      insert into catalog_words (word)
        select unnest(tsvector_to_array(new.search_vector))
        on conflict do nothing;
    end if;
    return new;
  end
  $$;

create trigger products_search_vector
  before insert or update of name, category, description on products
  for each row execute function products_search_vector();

create function products_inserted_words() returns trigger
  language plpgsql
  as $$
  begin
    insert into catalog_words (word)
      select distinct unnest(tsvector_to_array(search_vector)) from inserted
      on conflict do nothing;
    return null;
  end
  $$;

create trigger products_inserted_words
  after insert on products
  referencing new table as inserted
  for each statement execute function products_inserted_words();

update products set search_vector = catalog_vector(name, category, description);
insert into catalog_words (word)
  select distinct unnest(tsvector_to_array(search_vector)) from products
  on conflict do nothing;

alter table products alter column search_vector set not null;
create index products_search_vector_idx on products using gin (search_vector);
drop index products_search_idx;
