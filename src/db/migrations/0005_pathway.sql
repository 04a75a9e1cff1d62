CREATE TABLE "barrier_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"barrier_id" uuid NOT NULL,
	"description" text NOT NULL,
	"partner" text,
	"due_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "barrier_actions_status_check" CHECK ("barrier_actions"."status" in ('planned', 'in_progress', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "barrier_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "barrier_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"barrier_id" uuid NOT NULL,
	"action_id" uuid,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "barrier_events_kind_check" CHECK ("barrier_events"."kind" in ('identified', 'status_changed', 'details_changed', 'action_added', 'action_changed'))
);
--> statement-breakpoint
CREATE TABLE "barriers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pathway_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"situation" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'identified' NOT NULL,
	"details" text,
	"identified_on" date NOT NULL,
	"closed_on" date,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "barriers_theme_check" CHECK ("barriers"."theme" in ('mobility', 'housing', 'health', 'childcare_family', 'money', 'paperwork', 'digital', 'language_literacy', 'justice')),
	CONSTRAINT "barriers_severity_check" CHECK ("barriers"."severity" in ('low', 'medium', 'high')),
	CONSTRAINT "barriers_status_check" CHECK ("barriers"."status" in ('identified', 'in_progress', 'lifted', 'not_lifted'))
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"session_id" uuid NOT NULL,
	"pathway_id" uuid NOT NULL,
	"status" text NOT NULL,
	"hours" numeric(5, 2) NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"marked_by_user_id" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by_trainee_at" timestamp with time zone,
	CONSTRAINT "attendance_session_id_pathway_id_pk" PRIMARY KEY("session_id","pathway_id"),
	CONSTRAINT "attendance_status_check" CHECK ("attendance"."status" in ('present', 'late', 'absent_excused', 'absent_unexcused')),
	CONSTRAINT "attendance_hours_check" CHECK ("attendance"."hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "collective_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"format" text DEFAULT 'collective' NOT NULL,
	"module" text NOT NULL,
	"title" text NOT NULL,
	"trainer_user_id" uuid,
	"trainer_name" text,
	"room" text,
	"capacity" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collective_sessions_format_check" CHECK ("collective_sessions"."format" in ('collective', 'individual')),
	CONSTRAINT "collective_sessions_module_check" CHECK ("collective_sessions"."module" in ('dynamisation', 'projection', 'construction')),
	CONSTRAINT "collective_sessions_capacity_check" CHECK ("collective_sessions"."capacity" > 0),
	CONSTRAINT "collective_sessions_period_check" CHECK ("collective_sessions"."starts_at" < "collective_sessions"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "session_enrolments" (
	"session_id" uuid NOT NULL,
	"pathway_id" uuid NOT NULL,
	"enrolled_by_user_id" uuid,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_enrolments_session_id_pathway_id_pk" PRIMARY KEY("session_id","pathway_id")
);
--> statement-breakpoint
CREATE TABLE "host_companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siret" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"postal_code" text NOT NULL,
	"commune_code" text,
	"city" text NOT NULL,
	"sector" text NOT NULL,
	"created_by_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "host_companies_siret_check" CHECK ("host_companies"."siret" ~ '^[0-9]{14}$')
);
--> statement-breakpoint
CREATE TABLE "internship_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"internship_id" uuid NOT NULL,
	"party" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"agreement_hash" text,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_signatures_party_check" CHECK ("internship_signatures"."party" in ('trainee', 'company', 'training_organisation', 'referent'))
);
--> statement-breakpoint
CREATE TABLE "internships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pathway_id" uuid NOT NULL,
	"host_company_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"tutor_name" text NOT NULL,
	"tutor_job_title" text,
	"tutor_email" text NOT NULL,
	"tutor_phone" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"daily_schedule" text NOT NULL,
	"hours" numeric(6, 2) NOT NULL,
	"rome_code" text NOT NULL,
	"objective" text NOT NULL,
	"activities" text,
	"hours_done" numeric(6, 2),
	"agreement_hash" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internships_status_check" CHECK ("internships"."status" in ('draft', 'awaiting_signatures', 'signed', 'completed', 'cancelled')),
	CONSTRAINT "internships_objective_check" CHECK ("internships"."objective" in ('discover_job', 'confirm_project', 'start_recruitment')),
	CONSTRAINT "internships_period_check" CHECK ("internships"."start_date" <= "internships"."end_date"),
	CONSTRAINT "internships_hours_check" CHECK ("internships"."hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "tutor_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"internship_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"answers" jsonb,
	"comment" text,
	"hours_done" numeric(6, 2),
	"led_to_job_offer" boolean,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pathway_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pathway_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rule_version_id" uuid,
	"objectives" text DEFAULT '' NOT NULL,
	"planned_end_date" date NOT NULL,
	"items" jsonb NOT NULL,
	"valid" boolean NOT NULL,
	"revision_note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_rule_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_assessments" (
	"pathway_id" uuid NOT NULL,
	"moment" text NOT NULL,
	"domain" text NOT NULL,
	"level" smallint NOT NULL,
	"note" text,
	"assessed_by_user_id" uuid,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_assessments_pathway_id_moment_domain_pk" PRIMARY KEY("pathway_id","moment","domain"),
	CONSTRAINT "skill_assessments_moment_check" CHECK ("skill_assessments"."moment" in ('entry', 'exit')),
	CONSTRAINT "skill_assessments_domain_check" CHECK ("skill_assessments"."domain" in ('french', 'numeracy', 'digital', 'teamwork', 'autonomy', 'learning', 'safety_rules')),
	CONSTRAINT "skill_assessments_level_check" CHECK ("skill_assessments"."level" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "planned_end_date" date;--> statement-breakpoint
ALTER TABLE "barrier_actions" ADD CONSTRAINT "barrier_actions_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_actions" ADD CONSTRAINT "barrier_actions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_events" ADD CONSTRAINT "barrier_events_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_events" ADD CONSTRAINT "barrier_events_action_id_barrier_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."barrier_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_events" ADD CONSTRAINT "barrier_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_collective_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."collective_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_marked_by_user_id_users_id_fk" FOREIGN KEY ("marked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_sessions" ADD CONSTRAINT "collective_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_sessions" ADD CONSTRAINT "collective_sessions_trainer_user_id_users_id_fk" FOREIGN KEY ("trainer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_sessions" ADD CONSTRAINT "collective_sessions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_enrolments" ADD CONSTRAINT "session_enrolments_session_id_collective_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."collective_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_enrolments" ADD CONSTRAINT "session_enrolments_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_enrolments" ADD CONSTRAINT "session_enrolments_enrolled_by_user_id_users_id_fk" FOREIGN KEY ("enrolled_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_companies" ADD CONSTRAINT "host_companies_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_companies" ADD CONSTRAINT "host_companies_created_by_organisation_id_organisations_id_fk" FOREIGN KEY ("created_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_signatures" ADD CONSTRAINT "internship_signatures_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_host_company_id_host_companies_id_fk" FOREIGN KEY ("host_company_id") REFERENCES "public"."host_companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tutor_assessments" ADD CONSTRAINT "tutor_assessments_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_plans" ADD CONSTRAINT "pathway_plans_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_plans" ADD CONSTRAINT "pathway_plans_rule_version_id_programme_rule_versions_id_fk" FOREIGN KEY ("rule_version_id") REFERENCES "public"."programme_rule_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_plans" ADD CONSTRAINT "pathway_plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_rule_versions" ADD CONSTRAINT "programme_rule_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_assessed_by_user_id_users_id_fk" FOREIGN KEY ("assessed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "barrier_actions_barrier_idx" ON "barrier_actions" USING btree ("barrier_id");--> statement-breakpoint
CREATE INDEX "barrier_events_barrier_idx" ON "barrier_events" USING btree ("barrier_id","at");--> statement-breakpoint
CREATE INDEX "barriers_pathway_idx" ON "barriers" USING btree ("pathway_id");--> statement-breakpoint
CREATE INDEX "attendance_pathway_idx" ON "attendance" USING btree ("pathway_id");--> statement-breakpoint
CREATE INDEX "collective_sessions_site_idx" ON "collective_sessions" USING btree ("site_id","starts_at");--> statement-breakpoint
CREATE INDEX "session_enrolments_pathway_idx" ON "session_enrolments" USING btree ("pathway_id");--> statement-breakpoint
CREATE UNIQUE INDEX "host_companies_siret_key" ON "host_companies" USING btree ("siret");--> statement-breakpoint
CREATE UNIQUE INDEX "internship_signatures_party_key" ON "internship_signatures" USING btree ("internship_id","party");--> statement-breakpoint
CREATE UNIQUE INDEX "internship_signatures_token_key" ON "internship_signatures" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "internships_pathway_idx" ON "internships" USING btree ("pathway_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "tutor_assessments_internship_key" ON "tutor_assessments" USING btree ("internship_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tutor_assessments_token_key" ON "tutor_assessments" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "pathway_plans_version_key" ON "pathway_plans" USING btree ("pathway_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_rule_versions_version_key" ON "programme_rule_versions" USING btree ("version");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_person_key" ON "users" USING btree ("person_id") WHERE "users"."person_id" is not null;