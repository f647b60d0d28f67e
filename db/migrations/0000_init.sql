CREATE TYPE "public"."activity_kind" AS ENUM('offer', 'volunteer_role');--> statement-breakpoint
CREATE TYPE "public"."contact_visibility" AS ENUM('public', 'internal');--> statement-breakpoint
CREATE TYPE "public"."listing_status" AS ENUM('draft', 'published', 'paused', 'archived');--> statement-breakpoint
CREATE TYPE "public"."schedule_freq" AS ENUM('WEEKLY', 'MONTHLY');--> statement-breakpoint
CREATE TYPE "public"."taxonomy_kind" AS ENUM('target_group', 'category');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'coordinator', 'staff', 'member');--> statement-breakpoint
CREATE TABLE "administrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"abbreviation" text NOT NULL,
	"email" text,
	"phone" text,
	"response_target_days" integer DEFAULT 5 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "administrations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"postal_codes" text[] DEFAULT '{}' NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "districts_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taxonomy" "taxonomy_kind" NOT NULL,
	"slug" text NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"description_da" text,
	"description_en" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"association_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"summary_en" text,
	"how_to_join" text,
	"eligibility" text,
	"is_free" boolean DEFAULT true NOT NULL,
	"price_ore" integer,
	"cost_description" text,
	"languages" text[] DEFAULT '{"da"}' NOT NULL,
	"minimum_age" integer,
	"maximum_age" integer,
	"takes_referrals" boolean DEFAULT false NOT NULL,
	"email" text,
	"website" text,
	"status" "listing_status" DEFAULT 'draft' NOT NULL,
	"last_verified_at" timestamp with time zone,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_slug_unique" UNIQUE("slug"),
	CONSTRAINT "activities_external_id_unique" UNIQUE("external_id"),
	CONSTRAINT "activities_price_nonnegative" CHECK ("activities"."price_ore" is null or "activities"."price_ore" >= 0),
	CONSTRAINT "activities_free_has_no_price" CHECK (not ("activities"."is_free" and coalesce("activities"."price_ore", 0) > 0))
);
--> statement-breakpoint
CREATE TABLE "activity_places" (
	"activity_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	CONSTRAINT "activity_places_activity_id_place_id_pk" PRIMARY KEY("activity_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "activity_terms" (
	"activity_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	CONSTRAINT "activity_terms_activity_id_term_id_pk" PRIMARY KEY("activity_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "associations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"website" text,
	"cvr" text,
	"year_incorporated" integer,
	"administration_id" uuid NOT NULL,
	"district_id" uuid,
	"status" "listing_status" DEFAULT 'draft' NOT NULL,
	"last_verified_at" timestamp with time zone,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "associations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "associations_external_id_unique" UNIQUE("external_id"),
	CONSTRAINT "associations_cvr_format" CHECK ("associations"."cvr" is null or "associations"."cvr" ~ '^[0-9]{8}$')
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"activity_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text,
	"visibility" "contact_visibility" DEFAULT 'public' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_reachable" CHECK ("contacts"."email" is not null or "contacts"."phone" is not null)
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"district_id" uuid,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"wheelchair_accessible" boolean DEFAULT false NOT NULL,
	"accessibility_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_postal_code_format" CHECK ("places"."postal_code" ~ '^[0-9]{4}$'),
	CONSTRAINT "places_latitude_range" CHECK ("places"."latitude" between -90 and 90),
	CONSTRAINT "places_longitude_range" CHECK ("places"."longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"place_id" uuid,
	"freq" "schedule_freq" DEFAULT 'WEEKLY' NOT NULL,
	"interval" integer DEFAULT 1 NOT NULL,
	"byday" text[] NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedules_interval_positive" CHECK ("schedules"."interval" >= 1),
	CONSTRAINT "schedules_byday_present" CHECK (cardinality("schedules"."byday") >= 1)
);
--> statement-breakpoint
CREATE TABLE "association_memberships" (
	"user_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_memberships_user_id_association_id_pk" PRIMARY KEY("user_id","association_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "user_role" NOT NULL,
	"administration_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_administration_matches_role" CHECK (("users"."role" in ('coordinator', 'staff')) = ("users"."administration_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_places" ADD CONSTRAINT "activity_places_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_places" ADD CONSTRAINT "activity_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_terms" ADD CONSTRAINT "activity_terms_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_terms" ADD CONSTRAINT "activity_terms_term_id_taxonomy_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "associations" ADD CONSTRAINT "associations_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "associations" ADD CONSTRAINT "associations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "association_memberships" ADD CONSTRAINT "association_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "association_memberships" ADD CONSTRAINT "association_memberships_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "taxonomy_terms_taxonomy_slug_key" ON "taxonomy_terms" USING btree ("taxonomy","slug");--> statement-breakpoint
CREATE INDEX "activities_association_idx" ON "activities" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "activities_administration_idx" ON "activities" USING btree ("administration_id");--> statement-breakpoint
CREATE INDEX "activity_places_place_idx" ON "activity_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "activity_terms_term_idx" ON "activity_terms" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "associations_administration_idx" ON "associations" USING btree ("administration_id");--> statement-breakpoint
CREATE INDEX "contacts_association_idx" ON "contacts" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "contacts_activity_idx" ON "contacts" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "places_association_idx" ON "places" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "schedules_activity_idx" ON "schedules" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "association_memberships_association_idx" ON "association_memberships" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");