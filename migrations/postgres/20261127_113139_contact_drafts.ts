import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contacts_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_contacts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contacts_v_version_phones_kind" AS ENUM('office', 'mobile', 'hotline', 'fax');
  CREATE TYPE "public"."enum__contacts_v_version_public_fields" AS ENUM('phones', 'email', 'office', 'address');
  CREATE TYPE "public"."enum__contacts_v_version_kind" AS ENUM('person', 'office');
  CREATE TYPE "public"."enum__contacts_v_version_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__contacts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contacts_v_published_locale" AS ENUM('vi', 'en');
  CREATE TABLE "_contacts_v_version_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__contacts_v_version_phones_kind" DEFAULT 'office',
  	"number" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contacts_v_version_public_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contacts_v_version_public_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_contacts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_unit_id" integer,
  	"version_kind" "enum__contacts_v_version_kind" DEFAULT 'person',
  	"version_email" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_review_status" "enum__contacts_v_version_review_status" DEFAULT 'in-progress',
  	"version_review_note" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_submitted_by_id" integer,
  	"version_published_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contacts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__contacts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_contacts_v_locales" (
  	"version_name" varchar,
  	"version_position" varchar,
  	"version_department" varchar,
  	"version_office" varchar,
  	"version_address" varchar,
  	"version_title_key" varchar,
  	"version_text_key" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "contacts_phones" ALTER COLUMN "kind" DROP NOT NULL;
  ALTER TABLE "contacts_phones" ALTER COLUMN "number" DROP NOT NULL;
  ALTER TABLE "contacts" ALTER COLUMN "kind" DROP NOT NULL;
  ALTER TABLE "contacts" ADD COLUMN "review_status" "enum_contacts_review_status" DEFAULT 'in-progress';
  ALTER TABLE "contacts" ADD COLUMN "review_note" varchar;
  ALTER TABLE "contacts" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "_status" "enum_contacts_status" DEFAULT 'draft';
  -- Contacts stored before drafts existed were live: they stay published (and approved).
  UPDATE "contacts" SET "_status" = 'published', "review_status" = 'approved';
  ALTER TABLE "_contacts_v_version_phones" ADD CONSTRAINT "_contacts_v_version_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_public_fields" ADD CONSTRAINT "_contacts_v_version_public_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_parent_id_contacts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v_locales" ADD CONSTRAINT "_contacts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_contacts_v_version_phones_order_idx" ON "_contacts_v_version_phones" USING btree ("_order");
  CREATE INDEX "_contacts_v_version_phones_parent_id_idx" ON "_contacts_v_version_phones" USING btree ("_parent_id");
  CREATE INDEX "_contacts_v_version_public_fields_order_idx" ON "_contacts_v_version_public_fields" USING btree ("order");
  CREATE INDEX "_contacts_v_version_public_fields_parent_idx" ON "_contacts_v_version_public_fields" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_parent_idx" ON "_contacts_v" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_version_version_unit_idx" ON "_contacts_v" USING btree ("version_unit_id");
  CREATE INDEX "_contacts_v_version_version_order_idx" ON "_contacts_v" USING btree ("version_order");
  CREATE INDEX "_contacts_v_version_version_review_status_idx" ON "_contacts_v" USING btree ("version_review_status");
  CREATE INDEX "_contacts_v_version_version_created_by_idx" ON "_contacts_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contacts_v_version_version_updated_by_idx" ON "_contacts_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_contacts_v_version_version_submitted_by_idx" ON "_contacts_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_contacts_v_version_version_published_by_idx" ON "_contacts_v" USING btree ("version_published_by_id");
  CREATE INDEX "_contacts_v_version_version_updated_at_idx" ON "_contacts_v" USING btree ("version_updated_at");
  CREATE INDEX "_contacts_v_version_version_created_at_idx" ON "_contacts_v" USING btree ("version_created_at");
  CREATE INDEX "_contacts_v_version_version__status_idx" ON "_contacts_v" USING btree ("version__status");
  CREATE INDEX "_contacts_v_created_at_idx" ON "_contacts_v" USING btree ("created_at");
  CREATE INDEX "_contacts_v_updated_at_idx" ON "_contacts_v" USING btree ("updated_at");
  CREATE INDEX "_contacts_v_snapshot_idx" ON "_contacts_v" USING btree ("snapshot");
  CREATE INDEX "_contacts_v_published_locale_idx" ON "_contacts_v" USING btree ("published_locale");
  CREATE INDEX "_contacts_v_latest_idx" ON "_contacts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_contacts_v_locales_locale_parent_id_unique" ON "_contacts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_contacts_v_locales_parent_idx" ON "_contacts_v_locales" USING btree ("_parent_id");
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contacts_review_status_idx" ON "contacts" USING btree ("review_status");
  CREATE INDEX "contacts_created_by_idx" ON "contacts" USING btree ("created_by_id");
  CREATE INDEX "contacts_updated_by_idx" ON "contacts" USING btree ("updated_by_id");
  CREATE INDEX "contacts_submitted_by_idx" ON "contacts" USING btree ("submitted_by_id");
  CREATE INDEX "contacts_published_by_idx" ON "contacts" USING btree ("published_by_id");
  CREATE INDEX "contacts__status_idx" ON "contacts" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_contacts_v_version_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contacts_v_version_public_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contacts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contacts_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_contacts_v_version_phones" CASCADE;
  DROP TABLE "_contacts_v_version_public_fields" CASCADE;
  DROP TABLE "_contacts_v" CASCADE;
  DROP TABLE "_contacts_v_locales" CASCADE;
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_created_by_id_users_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_updated_by_id_users_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_submitted_by_id_users_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_published_by_id_users_id_fk";
  
  DROP INDEX "contacts_review_status_idx";
  DROP INDEX "contacts_created_by_idx";
  DROP INDEX "contacts_updated_by_idx";
  DROP INDEX "contacts_submitted_by_idx";
  DROP INDEX "contacts_published_by_idx";
  DROP INDEX "contacts__status_idx";
  ALTER TABLE "contacts_phones" ALTER COLUMN "kind" SET NOT NULL;
  ALTER TABLE "contacts_phones" ALTER COLUMN "number" SET NOT NULL;
  ALTER TABLE "contacts" ALTER COLUMN "kind" SET NOT NULL;
  ALTER TABLE "contacts" DROP COLUMN "review_status";
  ALTER TABLE "contacts" DROP COLUMN "review_note";
  ALTER TABLE "contacts" DROP COLUMN "created_by_id";
  ALTER TABLE "contacts" DROP COLUMN "updated_by_id";
  ALTER TABLE "contacts" DROP COLUMN "submitted_by_id";
  ALTER TABLE "contacts" DROP COLUMN "published_by_id";
  ALTER TABLE "contacts" DROP COLUMN "_status";
  DROP TYPE "public"."enum_contacts_review_status";
  DROP TYPE "public"."enum_contacts_status";
  DROP TYPE "public"."enum__contacts_v_version_phones_kind";
  DROP TYPE "public"."enum__contacts_v_version_public_fields";
  DROP TYPE "public"."enum__contacts_v_version_kind";
  DROP TYPE "public"."enum__contacts_v_version_review_status";
  DROP TYPE "public"."enum__contacts_v_version_status";
  DROP TYPE "public"."enum__contacts_v_published_locale";`)
}
