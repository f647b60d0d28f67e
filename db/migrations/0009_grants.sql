CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_ore" bigint NOT NULL,
	"purpose" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_year_range" CHECK ("grants"."year" between 2000 and 2100),
	CONSTRAINT "grants_amount_nonnegative" CHECK ("grants"."amount_ore" >= 0)
);
--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grants_year_administration_idx" ON "grants" USING btree ("year","administration_id");--> statement-breakpoint
CREATE INDEX "grants_association_idx" ON "grants" USING btree ("association_id");