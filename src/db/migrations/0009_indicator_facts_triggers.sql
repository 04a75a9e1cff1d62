-- indicator_facts_source defines, for every pathway, the fields the indicators read (spec §2 and §3):
-- imported pathways' recorded hours, Amorce's own computed from attendance (present or late, in sessions
-- not cancelled) and internships' hours done. indicator_facts is its copy, refreshed row by row by the
-- triggers below in the transaction that changes a source row, so the indicators never read stale facts.
CREATE VIEW "indicator_facts_source" AS
SELECT p.id AS pathway_id, p.lot_id, p.site_id, pe.commune_code, r.prescriber_organisation_id,
  coalesce(r.channel, CASE WHEN r.kind = 'self_referral' THEN 'self' ELSE coalesce(o.network_type, 'other') END) AS channel,
  pe.gender, extract(year FROM pe.birth_date)::smallint AS birth_year,
  p.entry_date, p.exit_date, p.exit_reason, p.qualification_level, p.worked_prior_12m,
  coalesce(p.rqth, false) AS rqth, coalesce(p.qpv, false) AS qpv,
  p.situation_before_12m, p.situation_at_exit, f.situation AS situation_6m, f.project_identified, f.situation_improved,
  CASE WHEN p.source IS NULL THEN native.attendance_hours + native.internship_hours ELSE coalesce(p.recorded_hours_done, 0) END::numeric(9, 2) AS hours_done,
  CASE WHEN p.source IS NULL THEN native.internship_hours ELSE coalesce(p.recorded_internship_hours, 0) END::numeric(9, 2) AS internship_hours
FROM pathways p
JOIN people pe ON pe.id = p.person_id
LEFT JOIN referrals r ON r.id = p.referral_id
LEFT JOIN organisations o ON o.id = r.prescriber_organisation_id
LEFT JOIN follow_ups f ON f.pathway_id = p.id AND f.months = 6 AND f.answered_at IS NOT NULL
CROSS JOIN LATERAL (
  SELECT
    CASE WHEN p.source IS NULL THEN (
      SELECT coalesce(sum(a.hours), 0) FROM attendance a JOIN collective_sessions cs ON cs.id = a.session_id
      WHERE a.pathway_id = p.id AND cs.cancelled_at IS NULL AND a.status IN ('present', 'late')
    ) END AS attendance_hours,
    CASE WHEN p.source IS NULL THEN (
      SELECT coalesce(sum(i.hours_done), 0) FROM internships i WHERE i.pathway_id = p.id
    ) END AS internship_hours
) native;
--> statement-breakpoint
-- Locks the pathways' facts first, so that two transactions refreshing one pathway run one after the
-- other and the second computes from what the first committed.
CREATE FUNCTION "refresh_indicator_facts"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM indicator_facts WHERE pathway_id = ANY(ids) ORDER BY pathway_id FOR UPDATE;
  INSERT INTO indicator_facts SELECT * FROM indicator_facts_source s WHERE s.pathway_id = ANY(ids)
  ON CONFLICT (pathway_id) DO UPDATE SET lot_id = excluded.lot_id, site_id = excluded.site_id,
    commune_code = excluded.commune_code, prescriber_organisation_id = excluded.prescriber_organisation_id,
    channel = excluded.channel, gender = excluded.gender, birth_year = excluded.birth_year,
    entry_date = excluded.entry_date, exit_date = excluded.exit_date, exit_reason = excluded.exit_reason,
    qualification_level = excluded.qualification_level, worked_prior_12m = excluded.worked_prior_12m,
    rqth = excluded.rqth, qpv = excluded.qpv, situation_before_12m = excluded.situation_before_12m,
    situation_at_exit = excluded.situation_at_exit, situation_6m = excluded.situation_6m,
    project_identified = excluded.project_identified, situation_improved = excluded.situation_improved,
    hours_done = excluded.hours_done, internship_hours = excluded.internship_hours;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_facts_of_pathways"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_indicator_facts(array(SELECT id FROM changed_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_facts_of_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_indicator_facts(array(SELECT DISTINCT pathway_id FROM changed_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_facts_of_people"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_indicator_facts(array(
    SELECT p.id FROM pathways p JOIN changed_rows n ON n.id = p.person_id JOIN previous_rows o ON o.id = n.id
    WHERE (n.gender, n.commune_code, n.birth_date) IS DISTINCT FROM (o.gender, o.commune_code, o.birth_date)));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_facts_of_referrals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_indicator_facts(array(
    SELECT p.id FROM pathways p JOIN changed_rows n ON n.id = p.referral_id JOIN previous_rows o ON o.id = n.id
    WHERE (n.kind, n.channel, n.prescriber_organisation_id) IS DISTINCT FROM (o.kind, o.channel, o.prescriber_organisation_id)));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_facts_of_organisations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_indicator_facts(array(
    SELECT p.id FROM pathways p JOIN referrals r ON r.id = p.referral_id
    JOIN changed_rows n ON n.id = r.prescriber_organisation_id JOIN previous_rows o ON o.id = n.id
    WHERE n.network_type IS DISTINCT FROM o.network_type));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "indicator_facts_of_sessions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_indicator_facts(array(
    SELECT DISTINCT a.pathway_id FROM attendance a JOIN changed_rows n ON n.id = a.session_id
    JOIN previous_rows o ON o.id = n.id WHERE n.cancelled_at IS DISTINCT FROM o.cancelled_at));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "pathways_insert_indicator_facts" AFTER INSERT ON "pathways" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_pathways"();
--> statement-breakpoint
CREATE TRIGGER "pathways_update_indicator_facts" AFTER UPDATE ON "pathways" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_pathways"();
--> statement-breakpoint
CREATE TRIGGER "people_update_indicator_facts" AFTER UPDATE ON "people" REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_people"();
--> statement-breakpoint
CREATE TRIGGER "referrals_update_indicator_facts" AFTER UPDATE ON "referrals" REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_referrals"();
--> statement-breakpoint
CREATE TRIGGER "organisations_update_indicator_facts" AFTER UPDATE ON "organisations" REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_organisations"();
--> statement-breakpoint
CREATE TRIGGER "collective_sessions_update_indicator_facts" AFTER UPDATE ON "collective_sessions" REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_sessions"();
--> statement-breakpoint
CREATE TRIGGER "attendance_insert_indicator_facts" AFTER INSERT ON "attendance" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "attendance_update_indicator_facts" AFTER UPDATE ON "attendance" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "attendance_delete_indicator_facts" AFTER DELETE ON "attendance" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "internships_insert_indicator_facts" AFTER INSERT ON "internships" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "internships_update_indicator_facts" AFTER UPDATE ON "internships" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "internships_delete_indicator_facts" AFTER DELETE ON "internships" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "follow_ups_insert_indicator_facts" AFTER INSERT ON "follow_ups" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "follow_ups_update_indicator_facts" AFTER UPDATE ON "follow_ups" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
CREATE TRIGGER "follow_ups_delete_indicator_facts" AFTER DELETE ON "follow_ups" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_facts_of_rows"();
--> statement-breakpoint
INSERT INTO "indicator_facts" SELECT * FROM "indicator_facts_source";
