CREATE TYPE "public"."box_server_status" AS ENUM('creating', 'active', 'failed', 'deleting');--> statement-breakpoint
CREATE TYPE "public"."service_kind" AS ENUM('server', 'box');--> statement-breakpoint
CREATE TABLE "box_servers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"status" "box_server_status" DEFAULT 'creating' NOT NULL,
	"status_reason" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"nest_id" text NOT NULL,
	"egg_id" text NOT NULL,
	"egg_name" text NOT NULL,
	"memory_mb" integer NOT NULL,
	"disk_mb" integer NOT NULL,
	"cpu_percent" integer NOT NULL,
	"databases" integer NOT NULL,
	"backups" integer NOT NULL,
	"allocations" integer NOT NULL,
	"environment" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"panel_server_id" text,
	"panel_server_uuid" text,
	"panel_identifier" text,
	"panel_create_attempted_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "max_servers" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "kind" "service_kind" DEFAULT 'server' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "max_servers" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "box_servers" ADD CONSTRAINT "box_servers_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "box_servers_service_idx" ON "box_servers" USING btree ("service_id");