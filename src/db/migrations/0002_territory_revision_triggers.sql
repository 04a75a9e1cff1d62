-- Every change to the territory's tables bumps territory_revision.revision, in the same transaction,
-- so that cached lists of the territory are never served after a committed change.
INSERT INTO "territory_revision" ("id", "revision") VALUES (1, 0) ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION "bump_territory_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "territory_revision" ("id", "revision") VALUES (1, 1)
  ON CONFLICT ("id") DO UPDATE SET "revision" = "territory_revision"."revision" + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "basins_bump_territory_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "basins" FOR EACH STATEMENT EXECUTE FUNCTION "bump_territory_revision"();
--> statement-breakpoint
CREATE TRIGGER "basin_communes_bump_territory_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "basin_communes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_territory_revision"();
--> statement-breakpoint
CREATE TRIGGER "lots_bump_territory_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "lots" FOR EACH STATEMENT EXECUTE FUNCTION "bump_territory_revision"();
--> statement-breakpoint
CREATE TRIGGER "lot_basins_bump_territory_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "lot_basins" FOR EACH STATEMENT EXECUTE FUNCTION "bump_territory_revision"();
--> statement-breakpoint
CREATE TRIGGER "sites_bump_territory_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sites" FOR EACH STATEMENT EXECUTE FUNCTION "bump_territory_revision"();
--> statement-breakpoint
CREATE TRIGGER "organisations_bump_territory_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisations" FOR EACH STATEMENT EXECUTE FUNCTION "bump_territory_revision"();
--> statement-breakpoint
CREATE TRIGGER "communes_bump_territory_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "communes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_territory_revision"();
