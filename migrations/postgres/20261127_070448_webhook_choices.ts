import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "webhooks_collections" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhooks_collections";
  CREATE TYPE "public"."enum_webhooks_collections" AS ENUM('unit-profiles', 'news', 'procedures', 'legal-documents', 'contacts');
  ALTER TABLE "webhooks_collections" ALTER COLUMN "value" SET DATA TYPE "public"."enum_webhooks_collections" USING "value"::"public"."enum_webhooks_collections";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "webhooks_collections" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhooks_collections";
  CREATE TYPE "public"."enum_webhooks_collections" AS ENUM('news', 'procedures', 'legal-documents', 'contacts', 'unit-profiles');
  ALTER TABLE "webhooks_collections" ALTER COLUMN "value" SET DATA TYPE "public"."enum_webhooks_collections" USING "value"::"public"."enum_webhooks_collections";`)
}
