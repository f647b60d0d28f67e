-- Search outbox triggers (see db/schema/outbox.ts and docs/decisions/007-search-outbox.md).
--
-- Every insert, update and delete of a listing, or of a row shown in a listing's search document,
-- writes outbox rows for the affected documents in the same transaction, whoever makes the change
-- (the app, the seed, an import, psql). The rows carry only (entity, id); the worker rebuilds the
-- documents from the database, so a row too many costs a little work and never a wrong document.
--
-- Statement-level triggers with transition tables: a bulk insert of 20 000 activities costs one
-- trigger call and one multi-row outbox insert, not 20 000 of each. PostgreSQL allows transition
-- tables only on single-event triggers, hence one trigger per event sharing one function.
-- TRUNCATE writes no rows: run `npm run cli -- reindex` after truncating listings.

-- Queues one row per distinct non-null id.
CREATE FUNCTION search_outbox_enqueue(p_entity search_entity, p_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO search_outbox (entity, entity_id)
  SELECT p_entity, i.id FROM (SELECT DISTINCT unnest(p_ids) AS id) i WHERE i.id IS NOT NULL ORDER BY i.id;
$$;
--> statement-breakpoint

-- Activities: the activity, its association (activity names, target groups and categories are
-- part of the association's document) and, on update, the contacts that name the activity.
CREATE FUNCTION search_outbox_activities() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  owners uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id), array_agg(DISTINCT association_id) INTO ids, owners FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT id), array_agg(DISTINCT association_id) INTO ids, owners
    FROM (SELECT id, association_id FROM new_rows UNION ALL SELECT id, association_id FROM old_rows) r;
    PERFORM search_outbox_enqueue('contact', ARRAY(SELECT c.id FROM contacts c WHERE c.activity_id = ANY (ids)));
  ELSE
    SELECT array_agg(id), array_agg(DISTINCT association_id) INTO ids, owners FROM old_rows;
  END IF;
  PERFORM search_outbox_enqueue('activity', ids);
  PERFORM search_outbox_enqueue('association', owners);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_activities_insert AFTER INSERT ON activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activities();
--> statement-breakpoint
CREATE TRIGGER search_outbox_activities_update AFTER UPDATE ON activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activities();
--> statement-breakpoint
CREATE TRIGGER search_outbox_activities_delete AFTER DELETE ON activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activities();
--> statement-breakpoint

-- Associations: the association and, on update (name, slug, status, district...), every activity
-- and contact whose document shows it. Deletes cascade to the children, whose triggers fire.
CREATE FUNCTION search_outbox_associations() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(id) INTO ids FROM new_rows;
    PERFORM search_outbox_enqueue('activity', ARRAY(SELECT a.id FROM activities a WHERE a.association_id = ANY (ids)));
    PERFORM search_outbox_enqueue('contact', ARRAY(SELECT c.id FROM contacts c WHERE c.association_id = ANY (ids)));
  ELSE
    SELECT array_agg(id) INTO ids FROM old_rows;
  END IF;
  PERFORM search_outbox_enqueue('association', ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_associations_insert AFTER INSERT ON associations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_associations();
--> statement-breakpoint
CREATE TRIGGER search_outbox_associations_update AFTER UPDATE ON associations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_associations();
--> statement-breakpoint
CREATE TRIGGER search_outbox_associations_delete AFTER DELETE ON associations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_associations();
--> statement-breakpoint

-- Contacts: the contact and nothing else.
CREATE FUNCTION search_outbox_contacts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_outbox_enqueue('contact', ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM search_outbox_enqueue('contact', ARRAY(SELECT id FROM new_rows UNION SELECT id FROM old_rows));
  ELSE
    PERFORM search_outbox_enqueue('contact', ARRAY(SELECT id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_contacts_insert AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_contacts();
--> statement-breakpoint
CREATE TRIGGER search_outbox_contacts_update AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_contacts();
--> statement-breakpoint
CREATE TRIGGER search_outbox_contacts_delete AFTER DELETE ON contacts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_contacts();
--> statement-breakpoint

-- Places: the activities held there (their place, district, map point and wheelchair access), the
-- owning association and its contacts (both show the districts of the association's places).
-- A deleted place's activity_places rows go by cascade, and their own trigger queues the activities.
CREATE FUNCTION search_outbox_places() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  owners uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id), array_agg(DISTINCT association_id) INTO ids, owners FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT id), array_agg(DISTINCT association_id) INTO ids, owners
    FROM (SELECT id, association_id FROM new_rows UNION ALL SELECT id, association_id FROM old_rows) r;
  ELSE
    SELECT array_agg(id), array_agg(DISTINCT association_id) INTO ids, owners FROM old_rows;
  END IF;
  PERFORM search_outbox_enqueue('activity', ARRAY(SELECT ap.activity_id FROM activity_places ap WHERE ap.place_id = ANY (ids)));
  PERFORM search_outbox_enqueue('association', owners);
  PERFORM search_outbox_enqueue('contact', ARRAY(SELECT c.id FROM contacts c WHERE c.association_id = ANY (owners)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_places_insert AFTER INSERT ON places
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_places();
--> statement-breakpoint
CREATE TRIGGER search_outbox_places_update AFTER UPDATE ON places
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_places();
--> statement-breakpoint
CREATE TRIGGER search_outbox_places_delete AFTER DELETE ON places
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_places();
--> statement-breakpoint

-- Rows that link an activity to something (activity_places, activity_terms, schedules): the
-- activity; for places and terms also its association (districts, target groups, categories) and,
-- for places, the contacts of the activity (a contact shows its activity's districts).
-- TG_ARGV[0] says which: 'place', 'term' or 'schedule'.
CREATE FUNCTION search_outbox_activity_links() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT activity_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT activity_id) INTO ids
    FROM (SELECT activity_id FROM new_rows UNION ALL SELECT activity_id FROM old_rows) r;
  ELSE
    SELECT array_agg(DISTINCT activity_id) INTO ids FROM old_rows;
  END IF;
  PERFORM search_outbox_enqueue('activity', ids);
  IF TG_ARGV[0] IN ('place', 'term') THEN
    PERFORM search_outbox_enqueue('association', ARRAY(SELECT a.association_id FROM activities a WHERE a.id = ANY (ids)));
  END IF;
  IF TG_ARGV[0] = 'place' THEN
    PERFORM search_outbox_enqueue('contact', ARRAY(SELECT c.id FROM contacts c WHERE c.activity_id = ANY (ids)));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_activity_places_insert AFTER INSERT ON activity_places
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('place');
--> statement-breakpoint
CREATE TRIGGER search_outbox_activity_places_update AFTER UPDATE ON activity_places
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('place');
--> statement-breakpoint
CREATE TRIGGER search_outbox_activity_places_delete AFTER DELETE ON activity_places
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('place');
--> statement-breakpoint
CREATE TRIGGER search_outbox_activity_terms_insert AFTER INSERT ON activity_terms
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('term');
--> statement-breakpoint
CREATE TRIGGER search_outbox_activity_terms_update AFTER UPDATE ON activity_terms
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('term');
--> statement-breakpoint
CREATE TRIGGER search_outbox_activity_terms_delete AFTER DELETE ON activity_terms
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('term');
--> statement-breakpoint
CREATE TRIGGER search_outbox_schedules_insert AFTER INSERT ON schedules
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('schedule');
--> statement-breakpoint
CREATE TRIGGER search_outbox_schedules_update AFTER UPDATE ON schedules
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('schedule');
--> statement-breakpoint
CREATE TRIGGER search_outbox_schedules_delete AFTER DELETE ON schedules
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_activity_links('schedule');
--> statement-breakpoint

-- Renames of the vocabularies shown in documents. Only a change of a shown column queues rows:
-- touching an administration's phone number re-indexes nothing.
CREATE FUNCTION search_outbox_administrations() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  owners uuid[];
BEGIN
  SELECT array_agg(n.id) INTO ids FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n.slug, n.name_da, n.name_en) IS DISTINCT FROM (o.slug, o.name_da, o.name_en);
  IF ids IS NULL THEN RETURN NULL; END IF;
  owners := ARRAY(SELECT s.id FROM associations s WHERE s.administration_id = ANY (ids));
  PERFORM search_outbox_enqueue('activity', ARRAY(SELECT a.id FROM activities a WHERE a.administration_id = ANY (ids)));
  PERFORM search_outbox_enqueue('association', owners);
  PERFORM search_outbox_enqueue('contact', ARRAY(
    SELECT c.id FROM contacts c WHERE c.association_id = ANY (owners)
    UNION SELECT c.id FROM contacts c JOIN activities a ON a.id = c.activity_id WHERE a.administration_id = ANY (ids)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_administrations_update AFTER UPDATE ON administrations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_administrations();
--> statement-breakpoint

-- A district's documents: associations in it or with a place in it, all their activities (an
-- activity without places shows its association's district) and their contacts.
CREATE FUNCTION search_outbox_districts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  owners uuid[];
BEGIN
  SELECT array_agg(n.id) INTO ids FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n.slug, n.name) IS DISTINCT FROM (o.slug, o.name);
  IF ids IS NULL THEN RETURN NULL; END IF;
  owners := ARRAY(
    SELECT s.id FROM associations s WHERE s.district_id = ANY (ids)
    UNION SELECT p.association_id FROM places p WHERE p.district_id = ANY (ids));
  PERFORM search_outbox_enqueue('activity', ARRAY(SELECT a.id FROM activities a WHERE a.association_id = ANY (owners)));
  PERFORM search_outbox_enqueue('association', owners);
  PERFORM search_outbox_enqueue('contact', ARRAY(SELECT c.id FROM contacts c WHERE c.association_id = ANY (owners)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_districts_update AFTER UPDATE ON districts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_districts();
--> statement-breakpoint

-- A term's documents: the activities tagged with it and their associations.
CREATE FUNCTION search_outbox_taxonomy_terms() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  tagged uuid[];
BEGIN
  SELECT array_agg(n.id) INTO ids FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n.slug, n.name_da, n.name_en) IS DISTINCT FROM (o.slug, o.name_da, o.name_en);
  IF ids IS NULL THEN RETURN NULL; END IF;
  tagged := ARRAY(SELECT DISTINCT t.activity_id FROM activity_terms t WHERE t.term_id = ANY (ids));
  PERFORM search_outbox_enqueue('activity', tagged);
  PERFORM search_outbox_enqueue('association', ARRAY(SELECT a.association_id FROM activities a WHERE a.id = ANY (tagged)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_taxonomy_terms_update AFTER UPDATE ON taxonomy_terms
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_taxonomy_terms();
