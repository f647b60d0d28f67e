-- A renamed topic term or district changes the documents of the coming sessions that show it
-- (migration 0007 covered hosts; see docs/decisions/007-search-outbox.md for the pattern).
CREATE FUNCTION search_outbox_advisory_terms_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_outbox_enqueue('session', ARRAY(
    SELECT st.session_id FROM advisory_session_terms st
    JOIN advisory_sessions s ON s.id = st.session_id
    WHERE st.term_id IN (SELECT id FROM new_rows) AND s.ends_at > now()
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_term_update AFTER UPDATE ON taxonomy_terms
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_terms_renamed();
--> statement-breakpoint
CREATE FUNCTION search_outbox_advisory_districts_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_outbox_enqueue('session', ARRAY(
    SELECT s.id FROM advisory_sessions s
    WHERE s.district_id IN (SELECT id FROM new_rows) AND s.ends_at > now()
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_district_update AFTER UPDATE ON districts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_districts_renamed();
