CREATE TABLE "information_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"seats" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"message" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pathways" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"referral_id" uuid,
	"site_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"exit_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"identity_key" text NOT NULL,
	"email" text,
	"phone" text,
	"commune_code" text NOT NULL,
	"france_travail_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "referral_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"referral_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"reason_code" text,
	"reason_text" text,
	"shared_with_prescriber" boolean DEFAULT false NOT NULL,
	"details" jsonb,
	CONSTRAINT "referral_events_kind_check" CHECK ("referral_events"."kind" in ('created', 'status_changed', 'site_assigned', 'referent_named'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"person_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"site_id" uuid,
	"prescriber_organisation_id" uuid,
	"sender_user_id" uuid,
	"referent_user_id" uuid,
	"situation" text,
	"motivation" text DEFAULT '' NOT NULL,
	"known_barriers" text[] DEFAULT '{}'::text[] NOT NULL,
	"barriers_note" text,
	"availability" text,
	"consented_at" timestamp with time zone,
	"consent_text" text,
	"appointment_at" timestamp with time zone,
	"appointment_place" text,
	"planned_entry_date" date,
	"waiting_since" timestamp with time zone,
	"refusal_reason" text,
	"refusal_shared" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unanswered_flagged_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_kind_check" CHECK ("referrals"."kind" in ('prescription', 'self_referral')),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('sent', 'under_review', 'information_session', 'admission_interview', 'waiting_list', 'accepted', 'entered', 'refused', 'withdrawn', 'expired')),
	CONSTRAINT "referrals_prescription_sender_check" CHECK ("referrals"."kind" = 'self_referral' or "referrals"."prescriber_organisation_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notification_frequency" text DEFAULT 'immediate' NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "accessibility" text;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "information_sessions" ADD CONSTRAINT "information_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_prescriber_organisation_id_organisations_id_fk" FOREIGN KEY ("prescriber_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sender_user_id_users_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referent_user_id_users_id_fk" FOREIGN KEY ("referent_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "information_sessions_site_idx" ON "information_sessions" USING btree ("site_id","starts_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unemailed_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."emailed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "pathways_referral_key" ON "pathways" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "pathways_present_idx" ON "pathways" USING btree ("site_id") WHERE "pathways"."exit_date" is null;--> statement-breakpoint
CREATE INDEX "pathways_person_idx" ON "pathways" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "people_identity_key_idx" ON "people" USING btree ("identity_key");--> statement-breakpoint
CREATE UNIQUE INDEX "people_france_travail_id_key" ON "people" USING btree ("france_travail_id") WHERE "people"."france_travail_id" is not null;--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_site_status_idx" ON "referrals" USING btree ("site_id","status","sent_at");--> statement-breakpoint
CREATE INDEX "referrals_lot_idx" ON "referrals" USING btree ("lot_id","sent_at");--> statement-breakpoint
CREATE INDEX "referrals_prescriber_idx" ON "referrals" USING btree ("prescriber_organisation_id","sent_at");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referrals_unanswered_idx" ON "referrals" USING btree ("sent_at") WHERE "referrals"."status" in ('sent', 'under_review');