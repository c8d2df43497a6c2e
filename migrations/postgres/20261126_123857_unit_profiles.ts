import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_unit_profiles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__unit_profiles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__unit_profiles_v_published_locale" AS ENUM('vi', 'en');
  CREATE TABLE "unit_profiles_leaders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"photo_id" integer
  );
  
  CREATE TABLE "unit_profiles_leaders_locales" (
  	"position" varchar,
  	"bio" varchar,
  	"responsibilities" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "unit_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"organisation_chart_id" integer,
  	"administrative_map_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_unit_profiles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "unit_profiles_locales" (
  	"title" varchar DEFAULT 'Giới thiệu',
  	"functions_and_duties" jsonb,
  	"organisation" jsonb,
  	"history" jsonb,
  	"natural_conditions" jsonb,
  	"history_and_culture" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_unit_profiles_v_version_leaders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"photo_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_unit_profiles_v_version_leaders_locales" (
  	"position" varchar,
  	"bio" varchar,
  	"responsibilities" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_unit_profiles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_unit_id" integer,
  	"version_organisation_chart_id" integer,
  	"version_administrative_map_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__unit_profiles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__unit_profiles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_unit_profiles_v_locales" (
  	"version_title" varchar DEFAULT 'Giới thiệu',
  	"version_functions_and_duties" jsonb,
  	"version_organisation" jsonb,
  	"version_history" jsonb,
  	"version_natural_conditions" jsonb,
  	"version_history_and_culture" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "unit_profiles_id" integer;
  ALTER TABLE "unit_profiles_leaders" ADD CONSTRAINT "unit_profiles_leaders_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_profiles_leaders" ADD CONSTRAINT "unit_profiles_leaders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."unit_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "unit_profiles_leaders_locales" ADD CONSTRAINT "unit_profiles_leaders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."unit_profiles_leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_organisation_chart_id_media_id_fk" FOREIGN KEY ("organisation_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_administrative_map_id_media_id_fk" FOREIGN KEY ("administrative_map_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_profiles_locales" ADD CONSTRAINT "unit_profiles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."unit_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v_version_leaders" ADD CONSTRAINT "_unit_profiles_v_version_leaders_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v_version_leaders" ADD CONSTRAINT "_unit_profiles_v_version_leaders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_unit_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v_version_leaders_locales" ADD CONSTRAINT "_unit_profiles_v_version_leaders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_unit_profiles_v_version_leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_parent_id_unit_profiles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."unit_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_organisation_chart_id_media_id_fk" FOREIGN KEY ("version_organisation_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_administrative_map_id_media_id_fk" FOREIGN KEY ("version_administrative_map_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v_locales" ADD CONSTRAINT "_unit_profiles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_unit_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "unit_profiles_leaders_order_idx" ON "unit_profiles_leaders" USING btree ("_order");
  CREATE INDEX "unit_profiles_leaders_parent_id_idx" ON "unit_profiles_leaders" USING btree ("_parent_id");
  CREATE INDEX "unit_profiles_leaders_photo_idx" ON "unit_profiles_leaders" USING btree ("photo_id");
  CREATE UNIQUE INDEX "unit_profiles_leaders_locales_locale_parent_id_unique" ON "unit_profiles_leaders_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "unit_profiles_unit_idx" ON "unit_profiles" USING btree ("unit_id");
  CREATE INDEX "unit_profiles_organisation_chart_idx" ON "unit_profiles" USING btree ("organisation_chart_id");
  CREATE INDEX "unit_profiles_administrative_map_idx" ON "unit_profiles" USING btree ("administrative_map_id");
  CREATE INDEX "unit_profiles_updated_at_idx" ON "unit_profiles" USING btree ("updated_at");
  CREATE INDEX "unit_profiles_created_at_idx" ON "unit_profiles" USING btree ("created_at");
  CREATE INDEX "unit_profiles__status_idx" ON "unit_profiles" USING btree ("_status");
  CREATE UNIQUE INDEX "unit_profiles_locales_locale_parent_id_unique" ON "unit_profiles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_unit_profiles_v_version_leaders_order_idx" ON "_unit_profiles_v_version_leaders" USING btree ("_order");
  CREATE INDEX "_unit_profiles_v_version_leaders_parent_id_idx" ON "_unit_profiles_v_version_leaders" USING btree ("_parent_id");
  CREATE INDEX "_unit_profiles_v_version_leaders_photo_idx" ON "_unit_profiles_v_version_leaders" USING btree ("photo_id");
  CREATE UNIQUE INDEX "_unit_profiles_v_version_leaders_locales_locale_parent_id_un" ON "_unit_profiles_v_version_leaders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_unit_profiles_v_parent_idx" ON "_unit_profiles_v" USING btree ("parent_id");
  CREATE INDEX "_unit_profiles_v_version_version_unit_idx" ON "_unit_profiles_v" USING btree ("version_unit_id");
  CREATE INDEX "_unit_profiles_v_version_version_organisation_chart_idx" ON "_unit_profiles_v" USING btree ("version_organisation_chart_id");
  CREATE INDEX "_unit_profiles_v_version_version_administrative_map_idx" ON "_unit_profiles_v" USING btree ("version_administrative_map_id");
  CREATE INDEX "_unit_profiles_v_version_version_updated_at_idx" ON "_unit_profiles_v" USING btree ("version_updated_at");
  CREATE INDEX "_unit_profiles_v_version_version_created_at_idx" ON "_unit_profiles_v" USING btree ("version_created_at");
  CREATE INDEX "_unit_profiles_v_version_version__status_idx" ON "_unit_profiles_v" USING btree ("version__status");
  CREATE INDEX "_unit_profiles_v_created_at_idx" ON "_unit_profiles_v" USING btree ("created_at");
  CREATE INDEX "_unit_profiles_v_updated_at_idx" ON "_unit_profiles_v" USING btree ("updated_at");
  CREATE INDEX "_unit_profiles_v_snapshot_idx" ON "_unit_profiles_v" USING btree ("snapshot");
  CREATE INDEX "_unit_profiles_v_published_locale_idx" ON "_unit_profiles_v" USING btree ("published_locale");
  CREATE INDEX "_unit_profiles_v_latest_idx" ON "_unit_profiles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_unit_profiles_v_locales_locale_parent_id_unique" ON "_unit_profiles_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_unit_profiles_fk" FOREIGN KEY ("unit_profiles_id") REFERENCES "public"."unit_profiles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_unit_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("unit_profiles_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "unit_profiles_leaders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unit_profiles_leaders_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unit_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unit_profiles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_unit_profiles_v_version_leaders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_unit_profiles_v_version_leaders_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_unit_profiles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_unit_profiles_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "unit_profiles_leaders" CASCADE;
  DROP TABLE "unit_profiles_leaders_locales" CASCADE;
  DROP TABLE "unit_profiles" CASCADE;
  DROP TABLE "unit_profiles_locales" CASCADE;
  DROP TABLE "_unit_profiles_v_version_leaders" CASCADE;
  DROP TABLE "_unit_profiles_v_version_leaders_locales" CASCADE;
  DROP TABLE "_unit_profiles_v" CASCADE;
  DROP TABLE "_unit_profiles_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_unit_profiles_fk";
  
  DROP INDEX "payload_locked_documents_rels_unit_profiles_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "unit_profiles_id";
  DROP TYPE "public"."enum_unit_profiles_status";
  DROP TYPE "public"."enum__unit_profiles_v_version_status";
  DROP TYPE "public"."enum__unit_profiles_v_published_locale";`)
}
