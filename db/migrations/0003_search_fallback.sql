-- The PostgreSQL fallback of search (search/fallback/): when Meilisearch cannot answer, search
-- answers from here with Danish full text (stemming) on folded text, plus trigram similarity for
-- names spelled nearly right. Built to stay usable with 100 000 activities:
--
-- * `search_vector` is a STORED generated column, not only an index expression: ranking
--   (ts_rank) needs the vector of every matching row, and computing it again per query cost
--   14 s for 100 000 rows where reading it costs 0.15 s. PostgreSQL keeps it current on every
--   insert and update, whoever writes. It is not in the Drizzle schema on purpose (Drizzle never
--   writes it, and a generated tsvector needs a custom type): Drizzle's snapshots do not know it,
--   so `drizzle-kit generate` leaves it alone. Do not add it to db/schema without removing it here.
-- * Functions are schema-qualified inside, so that the generated columns and index expressions
--   still resolve under the empty search_path of pg_dump/pg_restore.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint

-- The spelling key: oe/ae/aa as one letter, then ø/æ/å and accents without their marks, so that
-- "boern", "born" and "børn" all become "born". Keep in step with search/query/fold.ts.
CREATE OR REPLACE FUNCTION public.indgang_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT pg_catalog.translate(
    pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.lower(t), 'oe', 'o'), 'ae', 'a'), 'aa', 'a'),
    'æøåéèêëáàâäöüóòôíìîúùûç', 'aoaeeeeaaaaouoooiiiuuuc')
$$;
--> statement-breakpoint

-- The searchable text of a listing: its name (weight A), summaries (B) and description (C), folded
-- and stemmed by the Danish configuration.
CREATE OR REPLACE FUNCTION public.indgang_search_vector(name text, summary text, summary_en text, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.danish'::regconfig, public.indgang_fold(coalesce(name, ''))), 'A')
      || pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.danish'::regconfig,
           public.indgang_fold(coalesce(summary, '') || ' ' || coalesce(summary_en, ''))), 'B')
      || pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.danish'::regconfig, public.indgang_fold(coalesce(description, ''))), 'C')
$$;
--> statement-breakpoint

-- Danish alphabetical order as plain bytes (compare with COLLATE "C"): æ, ø, å after z, "aa" as å,
-- accents ignored. The same order as danishSortKey in search/documents/danish.ts.
CREATE OR REPLACE FUNCTION public.indgang_sort_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT pg_catalog.translate(pg_catalog.replace(pg_catalog.lower(name), 'aa', 'å'),
    'æøåéèêëáàâäöüóòôíìîúùûç', '{|}eeeeaaaaouoooiiiuuuc')
$$;
--> statement-breakpoint

ALTER TABLE activities ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (public.indgang_search_vector(name, summary, summary_en, description)) STORED;
--> statement-breakpoint
ALTER TABLE associations ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (public.indgang_search_vector(name, alternate_name, NULL, description)) STORED;
--> statement-breakpoint

CREATE INDEX activities_search_vector_idx ON activities USING gin (search_vector) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX activities_name_trgm_idx ON activities USING gin (public.indgang_fold(name) gin_trgm_ops) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX activities_sort_key_idx ON activities ((public.indgang_sort_key(name) COLLATE "C")) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX associations_search_vector_idx ON associations USING gin (search_vector) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX associations_name_trgm_idx ON associations USING gin (public.indgang_fold(name) gin_trgm_ops) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX contacts_name_trgm_idx ON contacts USING gin (public.indgang_fold(name) gin_trgm_ops) WHERE visibility = 'public';
--> statement-breakpoint
-- "Near me": places in a box around the point first, then the exact distance.
CREATE INDEX places_latitude_longitude_idx ON places (latitude, longitude);
