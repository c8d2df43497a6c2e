import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "news_locales" ADD COLUMN "title_key" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "text_key" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_title_key" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_text_key" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "title_key" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "text_key" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_title_key" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_text_key" varchar;
  ALTER TABLE "legal_documents_locales" ADD COLUMN "title_key" varchar;
  ALTER TABLE "legal_documents_locales" ADD COLUMN "text_key" varchar;
  ALTER TABLE "_legal_documents_v_locales" ADD COLUMN "version_title_key" varchar;
  ALTER TABLE "_legal_documents_v_locales" ADD COLUMN "version_text_key" varchar;
  ALTER TABLE "contacts_locales" ADD COLUMN "title_key" varchar;
  ALTER TABLE "contacts_locales" ADD COLUMN "text_key" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "news_locales" DROP COLUMN "title_key";
  ALTER TABLE "news_locales" DROP COLUMN "text_key";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_title_key";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_text_key";
  ALTER TABLE "procedures_locales" DROP COLUMN "title_key";
  ALTER TABLE "procedures_locales" DROP COLUMN "text_key";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_title_key";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_text_key";
  ALTER TABLE "legal_documents_locales" DROP COLUMN "title_key";
  ALTER TABLE "legal_documents_locales" DROP COLUMN "text_key";
  ALTER TABLE "_legal_documents_v_locales" DROP COLUMN "version_title_key";
  ALTER TABLE "_legal_documents_v_locales" DROP COLUMN "version_text_key";
  ALTER TABLE "contacts_locales" DROP COLUMN "title_key";
  ALTER TABLE "contacts_locales" DROP COLUMN "text_key";`)
}
