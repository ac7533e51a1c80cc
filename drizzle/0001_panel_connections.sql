CREATE TYPE "public"."panel_kind" AS ENUM('pterodactyl', 'wisp');--> statement-breakpoint
CREATE TABLE "panel_catalog_cache" (
	"connection_id" uuid NOT NULL,
	"section" text NOT NULL,
	"data" jsonb NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panel_catalog_cache_connection_id_section_pk" PRIMARY KEY("connection_id","section")
);
--> statement-breakpoint
CREATE TABLE "panel_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "panel_kind" NOT NULL,
	"ip_address" text,
	"hostname" text NOT NULL,
	"port" integer DEFAULT 443 NOT NULL,
	"client_key_encrypted" text NOT NULL,
	"application_key_encrypted" text NOT NULL,
	"client_key_hint" text NOT NULL,
	"application_key_hint" text NOT NULL,
	"last_tested_at" timestamp with time zone,
	"last_test_ok" boolean,
	"last_test_checks" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "panel_catalog_cache" ADD CONSTRAINT "panel_catalog_cache_connection_id_panel_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."panel_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_connections_name_lower_idx" ON "panel_connections" USING btree (lower("name"));