import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_webhook_deliveries_event" ADD VALUE 'reorganise';
  CREATE TABLE "units_former_addresses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"domain" varchar,
  	"until" timestamp(3) with time zone
  );
  
  DROP INDEX "unit_code_idx";
  DROP INDEX "version_unit_version_code_idx";
  DROP INDEX "unit_numberAndSymbol_idx";
  DROP INDEX "version_unit_version_numberAndSymbol_idx";
  ALTER TABLE "unit_profiles" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "_unit_profiles_v" ADD COLUMN "version_origin_unit_id" integer;
  ALTER TABLE "news" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "news" ADD COLUMN "former_slug" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_origin_unit_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_former_slug" varchar;
  ALTER TABLE "news_categories" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "news_categories" ADD COLUMN "former_slug" varchar;
  ALTER TABLE "procedures" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_origin_unit_id" integer;
  ALTER TABLE "legal_documents" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_origin_unit_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_origin_unit_id" integer;
  ALTER TABLE "media" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "files" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "webhooks" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "webhook_deliveries" ADD COLUMN "origin_unit_id" integer;
  ALTER TABLE "units_former_addresses" ADD CONSTRAINT "units_former_addresses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "units_former_addresses_order_idx" ON "units_former_addresses" USING btree ("_order");
  CREATE INDEX "units_former_addresses_parent_id_idx" ON "units_former_addresses" USING btree ("_parent_id");
  CREATE INDEX "units_former_addresses_slug_idx" ON "units_former_addresses" USING btree ("slug");
  CREATE INDEX "units_former_addresses_domain_idx" ON "units_former_addresses" USING btree ("domain");
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_origin_unit_id_units_id_fk" FOREIGN KEY ("version_origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_origin_unit_id_units_id_fk" FOREIGN KEY ("version_origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_categories" ADD CONSTRAINT "news_categories_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_origin_unit_id_units_id_fk" FOREIGN KEY ("version_origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_origin_unit_id_units_id_fk" FOREIGN KEY ("version_origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_origin_unit_id_units_id_fk" FOREIGN KEY ("version_origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "files" ADD CONSTRAINT "files_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "unit_profiles_origin_unit_idx" ON "unit_profiles" USING btree ("origin_unit_id");
  CREATE INDEX "_unit_profiles_v_version_version_origin_unit_idx" ON "_unit_profiles_v" USING btree ("version_origin_unit_id");
  CREATE INDEX "news_origin_unit_idx" ON "news" USING btree ("origin_unit_id");
  CREATE INDEX "news_former_slug_idx" ON "news" USING btree ("former_slug");
  CREATE INDEX "_news_v_version_version_origin_unit_idx" ON "_news_v" USING btree ("version_origin_unit_id");
  CREATE INDEX "_news_v_version_version_former_slug_idx" ON "_news_v" USING btree ("version_former_slug");
  CREATE INDEX "news_categories_origin_unit_idx" ON "news_categories" USING btree ("origin_unit_id");
  CREATE INDEX "news_categories_former_slug_idx" ON "news_categories" USING btree ("former_slug");
  CREATE INDEX "procedures_origin_unit_idx" ON "procedures" USING btree ("origin_unit_id");
  CREATE UNIQUE INDEX "unit_originUnit_code_idx" ON "procedures" USING btree ("unit_id","origin_unit_id","code");
  CREATE INDEX "_procedures_v_version_version_origin_unit_idx" ON "_procedures_v" USING btree ("version_origin_unit_id");
  CREATE INDEX "version_unit_version_originUnit_version_code_idx" ON "_procedures_v" USING btree ("version_unit_id","version_origin_unit_id","version_code");
  CREATE INDEX "legal_documents_origin_unit_idx" ON "legal_documents" USING btree ("origin_unit_id");
  CREATE UNIQUE INDEX "unit_originUnit_numberAndSymbol_idx" ON "legal_documents" USING btree ("unit_id","origin_unit_id","number_and_symbol");
  CREATE INDEX "_legal_documents_v_version_version_origin_unit_idx" ON "_legal_documents_v" USING btree ("version_origin_unit_id");
  CREATE INDEX "version_unit_version_originUnit_version_numberAndSymbol_idx" ON "_legal_documents_v" USING btree ("version_unit_id","version_origin_unit_id","version_number_and_symbol");
  CREATE INDEX "contacts_origin_unit_idx" ON "contacts" USING btree ("origin_unit_id");
  CREATE INDEX "_contacts_v_version_version_origin_unit_idx" ON "_contacts_v" USING btree ("version_origin_unit_id");
  CREATE INDEX "media_origin_unit_idx" ON "media" USING btree ("origin_unit_id");
  CREATE INDEX "files_origin_unit_idx" ON "files" USING btree ("origin_unit_id");
  CREATE INDEX "webhooks_origin_unit_idx" ON "webhooks" USING btree ("origin_unit_id");
  CREATE INDEX "webhook_deliveries_origin_unit_idx" ON "webhook_deliveries" USING btree ("origin_unit_id");
  -- Every item so far was written for its own unit (tenants/fields.ts originUnitField).
  UPDATE "unit_profiles" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "news" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "news_categories" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "procedures" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "legal_documents" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "contacts" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "media" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "files" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "webhooks" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "webhook_deliveries" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;
  UPDATE "_unit_profiles_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;
  UPDATE "_news_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;
  UPDATE "_procedures_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;
  UPDATE "_legal_documents_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;
  UPDATE "_contacts_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "units_former_addresses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "units_former_addresses" CASCADE;
  ALTER TABLE "unit_profiles" DROP CONSTRAINT "unit_profiles_origin_unit_id_units_id_fk";
  
  ALTER TABLE "_unit_profiles_v" DROP CONSTRAINT "_unit_profiles_v_version_origin_unit_id_units_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_origin_unit_id_units_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_origin_unit_id_units_id_fk";
  
  ALTER TABLE "news_categories" DROP CONSTRAINT "news_categories_origin_unit_id_units_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_origin_unit_id_units_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_origin_unit_id_units_id_fk";
  
  ALTER TABLE "legal_documents" DROP CONSTRAINT "legal_documents_origin_unit_id_units_id_fk";
  
  ALTER TABLE "_legal_documents_v" DROP CONSTRAINT "_legal_documents_v_version_origin_unit_id_units_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_origin_unit_id_units_id_fk";
  
  ALTER TABLE "_contacts_v" DROP CONSTRAINT "_contacts_v_version_origin_unit_id_units_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_origin_unit_id_units_id_fk";
  
  ALTER TABLE "files" DROP CONSTRAINT "files_origin_unit_id_units_id_fk";
  
  ALTER TABLE "webhooks" DROP CONSTRAINT "webhooks_origin_unit_id_units_id_fk";
  
  ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_origin_unit_id_units_id_fk";
  
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhook_deliveries_event";
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('publish', 'unpublish');
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "event" SET DATA TYPE "public"."enum_webhook_deliveries_event" USING "event"::"public"."enum_webhook_deliveries_event";
  DROP INDEX "unit_profiles_origin_unit_idx";
  DROP INDEX "_unit_profiles_v_version_version_origin_unit_idx";
  DROP INDEX "news_origin_unit_idx";
  DROP INDEX "news_former_slug_idx";
  DROP INDEX "_news_v_version_version_origin_unit_idx";
  DROP INDEX "_news_v_version_version_former_slug_idx";
  DROP INDEX "news_categories_origin_unit_idx";
  DROP INDEX "news_categories_former_slug_idx";
  DROP INDEX "procedures_origin_unit_idx";
  DROP INDEX "unit_originUnit_code_idx";
  DROP INDEX "_procedures_v_version_version_origin_unit_idx";
  DROP INDEX "version_unit_version_originUnit_version_code_idx";
  DROP INDEX "legal_documents_origin_unit_idx";
  DROP INDEX "unit_originUnit_numberAndSymbol_idx";
  DROP INDEX "_legal_documents_v_version_version_origin_unit_idx";
  DROP INDEX "version_unit_version_originUnit_version_numberAndSymbol_idx";
  DROP INDEX "contacts_origin_unit_idx";
  DROP INDEX "_contacts_v_version_version_origin_unit_idx";
  DROP INDEX "media_origin_unit_idx";
  DROP INDEX "files_origin_unit_idx";
  DROP INDEX "webhooks_origin_unit_idx";
  DROP INDEX "webhook_deliveries_origin_unit_idx";
  CREATE UNIQUE INDEX "unit_code_idx" ON "procedures" USING btree ("unit_id","code");
  CREATE INDEX "version_unit_version_code_idx" ON "_procedures_v" USING btree ("version_unit_id","version_code");
  CREATE UNIQUE INDEX "unit_numberAndSymbol_idx" ON "legal_documents" USING btree ("unit_id","number_and_symbol");
  CREATE INDEX "version_unit_version_numberAndSymbol_idx" ON "_legal_documents_v" USING btree ("version_unit_id","version_number_and_symbol");
  ALTER TABLE "unit_profiles" DROP COLUMN "origin_unit_id";
  ALTER TABLE "_unit_profiles_v" DROP COLUMN "version_origin_unit_id";
  ALTER TABLE "news" DROP COLUMN "origin_unit_id";
  ALTER TABLE "news" DROP COLUMN "former_slug";
  ALTER TABLE "_news_v" DROP COLUMN "version_origin_unit_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_former_slug";
  ALTER TABLE "news_categories" DROP COLUMN "origin_unit_id";
  ALTER TABLE "news_categories" DROP COLUMN "former_slug";
  ALTER TABLE "procedures" DROP COLUMN "origin_unit_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_origin_unit_id";
  ALTER TABLE "legal_documents" DROP COLUMN "origin_unit_id";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_origin_unit_id";
  ALTER TABLE "contacts" DROP COLUMN "origin_unit_id";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_origin_unit_id";
  ALTER TABLE "media" DROP COLUMN "origin_unit_id";
  ALTER TABLE "files" DROP COLUMN "origin_unit_id";
  ALTER TABLE "webhooks" DROP COLUMN "origin_unit_id";
  ALTER TABLE "webhook_deliveries" DROP COLUMN "origin_unit_id";`)
}
