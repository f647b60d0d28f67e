CREATE TYPE "public"."referral_purpose" AS ENUM('help', 'volunteer');--> statement-breakpoint
CREATE TYPE "public"."referral_reason" AS ENUM('capacity', 'not_eligible', 'outside_area', 'not_reachable', 'citizen_declined', 'other');--> statement-breakpoint
CREATE TYPE "public"."referral_source" AS ENUM('staff', 'api', 'citizen');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('sent', 'received', 'accepted', 'declined', 'forwarded', 'contacted', 'started', 'not_started', 'closed');--> statement-breakpoint
CREATE TYPE "public"."referral_urgency" AS ENUM('normal', 'soon', 'urgent');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "referral_access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"referral_id" uuid,
	"action" text NOT NULL,
	"user_id" uuid,
	"user_name" text,
	"administration_id" uuid,
	"association_id" uuid,
	"api_token_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" "referral_status",
	"to_status" "referral_status" NOT NULL,
	"reason" "referral_reason",
	"comment" text,
	"forwarded_to_administration_id" uuid,
	"actor_user_id" uuid,
	"actor_name" text,
	"actor_administration_id" uuid,
	"actor_association_id" uuid,
	"api_token_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"source" "referral_source" NOT NULL,
	"purpose" "referral_purpose" DEFAULT 'help' NOT NULL,
	"activity_id" uuid,
	"association_id" uuid,
	"receiver_administration_id" uuid NOT NULL,
	"sender_administration_id" uuid,
	"sender_user_id" uuid,
	"status" "referral_status" DEFAULT 'sent' NOT NULL,
	"urgency" "referral_urgency" DEFAULT 'normal' NOT NULL,
	"term_ids" uuid[] DEFAULT '{}' NOT NULL,
	"personal" text,
	"email_index" text,
	"phone_index" text,
	"consent_at" timestamp with time zone NOT NULL,
	"idempotency_key" text,
	"due_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "routing_rules" (
	"term_id" uuid PRIMARY KEY NOT NULL,
	"administration_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_access_log" ADD CONSTRAINT "referral_access_log_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_access_log" ADD CONSTRAINT "referral_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_access_log" ADD CONSTRAINT "referral_access_log_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_access_log" ADD CONSTRAINT "referral_access_log_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_forwarded_to_administration_id_administrations_id_fk" FOREIGN KEY ("forwarded_to_administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_administration_id_administrations_id_fk" FOREIGN KEY ("actor_administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_association_id_associations_id_fk" FOREIGN KEY ("actor_association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_receiver_administration_id_administrations_id_fk" FOREIGN KEY ("receiver_administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sender_administration_id_administrations_id_fk" FOREIGN KEY ("sender_administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sender_user_id_users_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_term_id_taxonomy_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_administration_idx" ON "api_tokens" USING btree ("administration_id");--> statement-breakpoint
CREATE INDEX "referral_access_log_referral_idx" ON "referral_access_log" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referral_access_log_at_idx" ON "referral_access_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_idempotency_key" ON "referrals" USING btree ("idempotency_key") WHERE "referrals"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "referrals_receiver_idx" ON "referrals" USING btree ("receiver_administration_id","status");--> statement-breakpoint
CREATE INDEX "referrals_sender_idx" ON "referrals" USING btree ("sender_administration_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_association_idx" ON "referrals" USING btree ("association_id","status");--> statement-breakpoint
CREATE INDEX "referrals_activity_idx" ON "referrals" USING btree ("activity_id","status");--> statement-breakpoint
CREATE INDEX "referrals_email_idx" ON "referrals" USING btree ("email_index");--> statement-breakpoint
CREATE INDEX "referrals_phone_idx" ON "referrals" USING btree ("phone_index");--> statement-breakpoint
CREATE INDEX "referrals_closed_idx" ON "referrals" USING btree ("closed_at") WHERE "referrals"."erased_at" is null;--> statement-breakpoint
CREATE INDEX "routing_rules_administration_idx" ON "routing_rules" USING btree ("administration_id");