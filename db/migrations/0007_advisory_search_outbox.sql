-- Joint advisory sessions are a fourth kind of search document (see 0002 for the pattern and
-- docs/decisions/007-search-outbox.md). A change to a session, its hosts or its topics queues the
-- session; a renamed association or administration queues the sessions it hosts, whose documents
-- show its name. The worker decides from the database whether the document is indexed (published
-- and not yet ended) or removed.

CREATE FUNCTION search_outbox_advisory_sessions() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(id) INTO ids FROM new_rows;
  END IF;
  PERFORM search_outbox_enqueue('session', ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_sessions_insert AFTER INSERT ON advisory_sessions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_sessions();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_sessions_update AFTER UPDATE ON advisory_sessions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_sessions();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_sessions_delete AFTER DELETE ON advisory_sessions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_sessions();
--> statement-breakpoint

-- Hosts and topics are part of a session's document.
CREATE FUNCTION search_outbox_advisory_parts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT session_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT session_id) INTO ids
    FROM (SELECT session_id FROM new_rows UNION ALL SELECT session_id FROM old_rows) r;
  ELSE
    SELECT array_agg(DISTINCT session_id) INTO ids FROM old_rows;
  END IF;
  -- A part deleted by the cascade of its session's delete points at a session that is gone: harmless,
  -- the worker removes a document it cannot find.
  PERFORM search_outbox_enqueue('session', ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_hosts_insert AFTER INSERT ON advisory_session_hosts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_parts();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_hosts_update AFTER UPDATE ON advisory_session_hosts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_parts();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_hosts_delete AFTER DELETE ON advisory_session_hosts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_parts();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_terms_insert AFTER INSERT ON advisory_session_terms
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_parts();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_terms_update AFTER UPDATE ON advisory_session_terms
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_parts();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_terms_delete AFTER DELETE ON advisory_session_terms
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_parts();
--> statement-breakpoint

-- A renamed (or unpublished) association or administration changes the documents of the sessions it hosts.
CREATE FUNCTION search_outbox_advisory_hosts_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_outbox_enqueue('session', ARRAY(
    SELECT h.session_id FROM advisory_session_hosts h
    JOIN advisory_sessions s ON s.id = h.session_id
    WHERE (h.association_id IN (SELECT id FROM new_rows) OR h.administration_id IN (SELECT id FROM new_rows))
      AND s.ends_at > now()
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_association_update AFTER UPDATE ON associations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_hosts_renamed();
--> statement-breakpoint
CREATE TRIGGER search_outbox_advisory_administration_update AFTER UPDATE ON administrations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_advisory_hosts_renamed();
