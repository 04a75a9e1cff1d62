CREATE TABLE "ambassador_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"information_session_id" uuid NOT NULL,
	"invited_by_user_id" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ambassadors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"opted_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consent_text" text NOT NULL,
	"message" text,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pathway_id" uuid NOT NULL,
	"months" smallint NOT NULL,
	"due_date" date NOT NULL,
	"token_hash" text,
	"sent_at" timestamp with time zone,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"call_listed_at" timestamp with time zone,
	"last_call_attempt_at" timestamp with time zone,
	"call_attempts" integer DEFAULT 0 NOT NULL,
	"answered_at" timestamp with time zone,
	"answer_channel" text,
	"answered_by_user_id" uuid,
	"situation" text,
	"project_identified" boolean,
	"situation_improved" boolean,
	"self_esteem" smallint,
	"barriers_remaining" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_months_check" CHECK ("follow_ups"."months" in (3, 6, 12)),
	CONSTRAINT "follow_ups_answer_channel_check" CHECK ("follow_ups"."answer_channel" in ('link', 'phone', 'import')),
	CONSTRAINT "follow_ups_situation_check" CHECK ("follow_ups"."situation" in ('employment_durable', 'employment_short', 'qualifying_training_prf', 'qualifying_training_other', 'apprenticeship', 'job_seeking', 'inactive', 'unknown')),
	CONSTRAINT "follow_ups_self_esteem_check" CHECK ("follow_ups"."self_esteem" between 1 and 4),
	CONSTRAINT "follow_ups_answered_check" CHECK (("follow_ups"."answered_at" is null) = ("follow_ups"."answer_channel" is null))
);
--> statement-breakpoint
CREATE TABLE "tripartite_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pathway_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"scheduled_at" timestamp with time zone,
	"place" text,
	"held_on" date,
	"next_step" jsonb,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"recorded_by_user_id" uuid,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_prescription_sender_check";--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "situation_before_12m" text;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "qualification_level" text;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "worked_prior_12m" boolean;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "rqth" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "qpv" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "exit_reason" text;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "situation_at_exit" text;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "next_step" jsonb;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "exit_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "exit_recorded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "source_record_id" text;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "recorded_planned_hours" integer;--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "recorded_hours_done" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "pathways" ADD COLUMN "recorded_internship_hours" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "ambassador_invitations" ADD CONSTRAINT "ambassador_invitations_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_invitations" ADD CONSTRAINT "ambassador_invitations_information_session_id_information_sessions_id_fk" FOREIGN KEY ("information_session_id") REFERENCES "public"."information_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_invitations" ADD CONSTRAINT "ambassador_invitations_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tripartite_interviews" ADD CONSTRAINT "tripartite_interviews_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tripartite_interviews" ADD CONSTRAINT "tripartite_interviews_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ambassador_invitations_key" ON "ambassador_invitations" USING btree ("information_session_id","ambassador_id");--> statement-breakpoint
CREATE INDEX "ambassador_invitations_ambassador_idx" ON "ambassador_invitations" USING btree ("ambassador_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ambassadors_person_key" ON "ambassadors" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_pathway_months_key" ON "follow_ups" USING btree ("pathway_id","months");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_token_key" ON "follow_ups" USING btree ("token_hash") WHERE "follow_ups"."token_hash" is not null;--> statement-breakpoint
CREATE INDEX "follow_ups_unanswered_idx" ON "follow_ups" USING btree ("due_date") WHERE "follow_ups"."answered_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "tripartite_interviews_pathway_key" ON "tripartite_interviews" USING btree ("pathway_id");--> statement-breakpoint
CREATE INDEX "tripartite_interviews_not_held_idx" ON "tripartite_interviews" USING btree ("due_date") WHERE "tripartite_interviews"."held_on" is null;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_exit_recorded_by_user_id_users_id_fk" FOREIGN KEY ("exit_recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pathways_source_record_key" ON "pathways" USING btree ("source","source_record_id") WHERE "pathways"."source" is not null;--> statement-breakpoint
CREATE INDEX "pathways_exit_idx" ON "pathways" USING btree ("exit_date") WHERE "pathways"."exit_date" is not null;--> statement-breakpoint
CREATE INDEX "pathways_planned_end_idx" ON "pathways" USING btree ("planned_end_date") WHERE "pathways"."exit_date" is null;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_situation_before_12m_check" CHECK ("pathways"."situation_before_12m" in ('employment_durable', 'employment_short', 'qualifying_training_prf', 'qualifying_training_other', 'apprenticeship', 'job_seeking', 'inactive', 'unknown'));--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_situation_at_exit_check" CHECK ("pathways"."situation_at_exit" in ('employment_durable', 'employment_short', 'qualifying_training_prf', 'qualifying_training_other', 'apprenticeship', 'job_seeking', 'inactive', 'unknown'));--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_exit_reason_check" CHECK ("pathways"."exit_reason" in ('completed', 'early_exit_employment', 'early_exit_training', 'early_exit_health', 'early_exit_dropout', 'early_exit_other'));--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_qualification_level_check" CHECK ("pathways"."qualification_level" in ('infra3', '3', '4', '5', '6', '7', '8'));--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_exit_reason_with_date_check" CHECK (("pathways"."exit_date" is null) = ("pathways"."exit_reason" is null));--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_source_record_check" CHECK (("pathways"."source" is null) = ("pathways"."source_record_id" is null));--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_gender_check" CHECK ("people"."gender" in ('F', 'M', 'X'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_channel_check" CHECK ("referrals"."channel" in ('france_travail', 'mission_locale', 'cap_emploi', 'departmental_council', 'iae', 'university', 'ccas_cias', 'city_policy', 'other', 'self'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_prescription_sender_check" CHECK ("referrals"."kind" = 'self_referral' or "referrals"."prescriber_organisation_id" is not null or "referrals"."channel" is not null);