CREATE TYPE "public"."billing_period" AS ENUM('week', 'month', 'quarter', 'half_year', 'year');--> statement-breakpoint
CREATE TYPE "public"."offer_option_kind" AS ENUM('resource', 'location', 'dedicated_ip', 'text');--> statement-breakpoint
CREATE TYPE "public"."offer_type" AS ENUM('pterodactyl', 'wisp', 'pterobox');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('pending', 'provisioning', 'active', 'suspended', 'failed', 'terminated');--> statement-breakpoint
CREATE TABLE "offer_eggs" (
	"offer_id" uuid NOT NULL,
	"nest_id" text NOT NULL,
	"egg_id" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "offer_eggs_offer_id_egg_id_pk" PRIMARY KEY("offer_id","egg_id")
);
--> statement-breakpoint
CREATE TABLE "offer_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"kind" "offer_option_kind" NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"config" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "offer_type" NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"price_cents" integer NOT NULL,
	"billing_period" "billing_period" DEFAULT 'month' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"connection_id" uuid NOT NULL,
	"location_id" text NOT NULL,
	"location_label" text NOT NULL,
	"memory_mb" integer NOT NULL,
	"disk_mb" integer NOT NULL,
	"io" integer DEFAULT 500 NOT NULL,
	"swap_mb" integer DEFAULT 0 NOT NULL,
	"cpu_percent" integer NOT NULL,
	"databases" integer DEFAULT 0 NOT NULL,
	"backups" integer DEFAULT 0 NOT NULL,
	"backup_size_mb" integer,
	"allocations" integer DEFAULT 1 NOT NULL,
	"dedicated_ip" boolean DEFAULT false NOT NULL,
	"port_range" text DEFAULT '' NOT NULL,
	"port_variables" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"server_name_template" text DEFAULT '%product_name% #%service_id%' NOT NULL,
	"server_description_template" text DEFAULT '' NOT NULL,
	"start_on_completion" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"service_id" uuid,
	"result" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"status" "job_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 8 NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"total_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_users" (
	"user_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"panel_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"order_id" integer,
	"user_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"status" "service_status" DEFAULT 'pending' NOT NULL,
	"status_reason" text,
	"nest_id" text NOT NULL,
	"egg_id" text NOT NULL,
	"egg_name" text NOT NULL,
	"location_id" text NOT NULL,
	"location_label" text NOT NULL,
	"memory_mb" integer NOT NULL,
	"disk_mb" integer NOT NULL,
	"swap_mb" integer NOT NULL,
	"io" integer NOT NULL,
	"cpu_percent" integer NOT NULL,
	"databases" integer NOT NULL,
	"backups" integer NOT NULL,
	"allocations" integer NOT NULL,
	"dedicated_ip" boolean DEFAULT false NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"environment" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"price_cents" integer NOT NULL,
	"billing_period" "billing_period" NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"suspended_at" timestamp with time zone,
	"terminated_at" timestamp with time zone,
	"server_name" text NOT NULL,
	"server_description" text DEFAULT '' NOT NULL,
	"panel_user_id" text,
	"panel_server_id" text,
	"panel_server_uuid" text,
	"panel_identifier" text,
	"panel_create_attempted_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_heartbeats" (
	"worker_id" text PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"pid" integer NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offer_eggs" ADD CONSTRAINT "offer_eggs_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_options" ADD CONSTRAINT "offer_options_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_connection_id_panel_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."panel_connections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_users" ADD CONSTRAINT "panel_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_users" ADD CONSTRAINT "panel_users_connection_id_panel_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."panel_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_connection_id_panel_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."panel_connections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_service_idx" ON "audit_log" USING btree ("service_id","at");--> statement-breakpoint
CREATE INDEX "jobs_claim_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_idx" ON "jobs" USING btree ("dedupe_key") WHERE "jobs"."status" in ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "panel_users_user_connection_idx" ON "panel_users" USING btree ("user_id","connection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_number_idx" ON "services" USING btree ("number");--> statement-breakpoint
CREATE INDEX "services_user_idx" ON "services" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "services_status_idx" ON "services" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "services_panel_server_idx" ON "services" USING btree ("connection_id","panel_server_id");