CREATE TABLE "indicator_facts" (
	"pathway_id" uuid PRIMARY KEY NOT NULL,
	"lot_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"commune_code" text NOT NULL,
	"prescriber_organisation_id" uuid,
	"channel" text NOT NULL,
	"gender" text,
	"birth_year" smallint NOT NULL,
	"entry_date" date NOT NULL,
	"exit_date" date,
	"exit_reason" text,
	"qualification_level" text,
	"worked_prior_12m" boolean,
	"rqth" boolean NOT NULL,
	"qpv" boolean NOT NULL,
	"situation_before_12m" text,
	"situation_at_exit" text,
	"situation_6m" text,
	"project_identified" boolean,
	"situation_improved" boolean,
	"hours_done" numeric(9, 2) NOT NULL,
	"internship_hours" numeric(9, 2) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_facts" ADD CONSTRAINT "indicator_facts_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_facts_entry_idx" ON "indicator_facts" USING btree ("entry_date");--> statement-breakpoint
CREATE INDEX "indicator_facts_lot_entry_idx" ON "indicator_facts" USING btree ("lot_id","entry_date");--> statement-breakpoint
CREATE INDEX "indicator_facts_site_idx" ON "indicator_facts" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "indicator_facts_prescriber_idx" ON "indicator_facts" USING btree ("prescriber_organisation_id");