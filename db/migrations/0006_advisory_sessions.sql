CREATE TYPE "public"."advisory_audience" AS ENUM('citizens', 'associations', 'both');--> statement-breakpoint
CREATE TYPE "public"."advisory_booking_status" AS ENUM('confirmed', 'waiting', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."advisory_status" AS ENUM('published', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."search_entity" ADD VALUE 'session';--> statement-breakpoint
CREATE TABLE "advisory_access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid,
	"booking_id" uuid,
	"action" text NOT NULL,
	"user_id" uuid,
	"user_name" text,
	"administration_id" uuid,
	"association_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advisory_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"status" "advisory_booking_status" NOT NULL,
	"personal" text,
	"email_index" text,
	"phone_index" text,
	"cancel_token_hash" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"attended" boolean,
	"attendance_recorded_at" timestamp with time zone,
	"follow_up_referral_id" uuid,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisory_bookings_reference_unique" UNIQUE("reference"),
	CONSTRAINT "advisory_bookings_cancel_token_hash_unique" UNIQUE("cancel_token_hash")
);
--> statement-breakpoint
CREATE TABLE "advisory_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"freq" "schedule_freq" NOT NULL,
	"interval" integer DEFAULT 1 NOT NULL,
	"byday" text[] NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advisory_session_hosts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"administration_id" uuid,
	"association_id" uuid,
	CONSTRAINT "advisory_session_hosts_one_kind" CHECK (("advisory_session_hosts"."administration_id" is null) <> ("advisory_session_hosts"."association_id" is null))
);
--> statement-breakpoint
CREATE TABLE "advisory_session_terms" (
	"session_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	CONSTRAINT "advisory_session_terms_session_id_term_id_pk" PRIMARY KEY("session_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "advisory_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"series_id" uuid,
	"administration_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"topic_en" text,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text,
	"place_name" text,
	"address" text,
	"postal_code" text,
	"city" text,
	"district_id" uuid,
	"latitude" double precision,
	"longitude" double precision,
	"online_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"waiting_list" boolean DEFAULT true NOT NULL,
	"audience" "advisory_audience" DEFAULT 'citizens' NOT NULL,
	"languages" text[] DEFAULT '{"da"}' NOT NULL,
	"status" "advisory_status" DEFAULT 'published' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisory_sessions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "advisory_sessions_capacity_positive" CHECK ("advisory_sessions"."capacity" > 0),
	CONSTRAINT "advisory_sessions_ends_after_start" CHECK ("advisory_sessions"."ends_at" > "advisory_sessions"."starts_at"),
	CONSTRAINT "advisory_sessions_has_place_or_link" CHECK ("advisory_sessions"."address" is not null or "advisory_sessions"."online_url" is not null),
	CONSTRAINT "advisory_sessions_postal_code_format" CHECK ("advisory_sessions"."postal_code" is null or "advisory_sessions"."postal_code" ~ '^[0-9]{4}$'),
	CONSTRAINT "advisory_sessions_point_whole" CHECK (("advisory_sessions"."latitude" is null) = ("advisory_sessions"."longitude" is null))
);
--> statement-breakpoint
ALTER TABLE "advisory_access_log" ADD CONSTRAINT "advisory_access_log_session_id_advisory_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advisory_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_access_log" ADD CONSTRAINT "advisory_access_log_booking_id_advisory_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."advisory_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_access_log" ADD CONSTRAINT "advisory_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_access_log" ADD CONSTRAINT "advisory_access_log_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_access_log" ADD CONSTRAINT "advisory_access_log_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_bookings" ADD CONSTRAINT "advisory_bookings_session_id_advisory_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advisory_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_bookings" ADD CONSTRAINT "advisory_bookings_follow_up_referral_id_referrals_id_fk" FOREIGN KEY ("follow_up_referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_series" ADD CONSTRAINT "advisory_series_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_series" ADD CONSTRAINT "advisory_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_session_hosts" ADD CONSTRAINT "advisory_session_hosts_session_id_advisory_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advisory_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_session_hosts" ADD CONSTRAINT "advisory_session_hosts_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_session_hosts" ADD CONSTRAINT "advisory_session_hosts_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_session_terms" ADD CONSTRAINT "advisory_session_terms_session_id_advisory_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advisory_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_session_terms" ADD CONSTRAINT "advisory_session_terms_term_id_taxonomy_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_sessions" ADD CONSTRAINT "advisory_sessions_series_id_advisory_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."advisory_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_sessions" ADD CONSTRAINT "advisory_sessions_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_sessions" ADD CONSTRAINT "advisory_sessions_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_sessions" ADD CONSTRAINT "advisory_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisory_access_log_session_idx" ON "advisory_access_log" USING btree ("session_id","at");--> statement-breakpoint
CREATE INDEX "advisory_access_log_at_idx" ON "advisory_access_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "advisory_bookings_session_idx" ON "advisory_bookings" USING btree ("session_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "advisory_bookings_one_per_email" ON "advisory_bookings" USING btree ("session_id","email_index") WHERE "advisory_bookings"."email_index" is not null and "advisory_bookings"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "advisory_bookings_email_idx" ON "advisory_bookings" USING btree ("email_index");--> statement-breakpoint
CREATE INDEX "advisory_bookings_phone_idx" ON "advisory_bookings" USING btree ("phone_index");--> statement-breakpoint
CREATE UNIQUE INDEX "advisory_session_hosts_unique" ON "advisory_session_hosts" USING btree ("session_id","administration_id","association_id");--> statement-breakpoint
CREATE INDEX "advisory_session_hosts_administration_idx" ON "advisory_session_hosts" USING btree ("administration_id");--> statement-breakpoint
CREATE INDEX "advisory_session_hosts_association_idx" ON "advisory_session_hosts" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "advisory_session_terms_term_idx" ON "advisory_session_terms" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "advisory_sessions_starts_idx" ON "advisory_sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "advisory_sessions_administration_idx" ON "advisory_sessions" USING btree ("administration_id","starts_at");--> statement-breakpoint
CREATE INDEX "advisory_sessions_series_idx" ON "advisory_sessions" USING btree ("series_id");