import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_unit_profiles_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__unit_profiles_v_version_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_news_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__news_v_version_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_procedures_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__procedures_v_version_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_legal_documents_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__legal_documents_v_version_review_status" AS ENUM('in-progress', 'submitted', 'returned', 'approved');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'review-submitted';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'review-returned';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'review-approved';
  ALTER TABLE "unit_profiles" ADD COLUMN "review_status" "enum_unit_profiles_review_status" DEFAULT 'in-progress';
  ALTER TABLE "unit_profiles" ADD COLUMN "review_note" varchar;
  ALTER TABLE "unit_profiles" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "unit_profiles" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "unit_profiles" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "unit_profiles" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "_unit_profiles_v" ADD COLUMN "version_review_status" "enum__unit_profiles_v_version_review_status" DEFAULT 'in-progress';
  ALTER TABLE "_unit_profiles_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_unit_profiles_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_unit_profiles_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_unit_profiles_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_unit_profiles_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "review_status" "enum_news_review_status" DEFAULT 'in-progress';
  ALTER TABLE "news" ADD COLUMN "review_note" varchar;
  ALTER TABLE "news" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_status" "enum__news_v_version_review_status" DEFAULT 'in-progress';
  ALTER TABLE "_news_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "procedures" ADD COLUMN "review_status" "enum_procedures_review_status" DEFAULT 'in-progress';
  ALTER TABLE "procedures" ADD COLUMN "review_note" varchar;
  ALTER TABLE "procedures" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "procedures" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "procedures" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "procedures" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_review_status" "enum__procedures_v_version_review_status" DEFAULT 'in-progress';
  ALTER TABLE "_procedures_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "legal_documents" ADD COLUMN "review_status" "enum_legal_documents_review_status" DEFAULT 'in-progress';
  ALTER TABLE "legal_documents" ADD COLUMN "review_note" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "legal_documents" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "legal_documents" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "legal_documents" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_review_status" "enum__legal_documents_v_version_review_status" DEFAULT 'in-progress';
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_unit_profiles_v" ADD CONSTRAINT "_unit_profiles_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "unit_profiles_review_status_idx" ON "unit_profiles" USING btree ("review_status");
  CREATE INDEX "unit_profiles_created_by_idx" ON "unit_profiles" USING btree ("created_by_id");
  CREATE INDEX "unit_profiles_updated_by_idx" ON "unit_profiles" USING btree ("updated_by_id");
  CREATE INDEX "unit_profiles_submitted_by_idx" ON "unit_profiles" USING btree ("submitted_by_id");
  CREATE INDEX "unit_profiles_published_by_idx" ON "unit_profiles" USING btree ("published_by_id");
  CREATE INDEX "_unit_profiles_v_version_version_review_status_idx" ON "_unit_profiles_v" USING btree ("version_review_status");
  CREATE INDEX "_unit_profiles_v_version_version_created_by_idx" ON "_unit_profiles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_unit_profiles_v_version_version_updated_by_idx" ON "_unit_profiles_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_unit_profiles_v_version_version_submitted_by_idx" ON "_unit_profiles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_unit_profiles_v_version_version_published_by_idx" ON "_unit_profiles_v" USING btree ("version_published_by_id");
  CREATE INDEX "news_review_status_idx" ON "news" USING btree ("review_status");
  CREATE INDEX "news_created_by_idx" ON "news" USING btree ("created_by_id");
  CREATE INDEX "news_updated_by_idx" ON "news" USING btree ("updated_by_id");
  CREATE INDEX "news_submitted_by_idx" ON "news" USING btree ("submitted_by_id");
  CREATE INDEX "news_published_by_idx" ON "news" USING btree ("published_by_id");
  CREATE INDEX "_news_v_version_version_review_status_idx" ON "_news_v" USING btree ("version_review_status");
  CREATE INDEX "_news_v_version_version_created_by_idx" ON "_news_v" USING btree ("version_created_by_id");
  CREATE INDEX "_news_v_version_version_updated_by_idx" ON "_news_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_news_v_version_version_submitted_by_idx" ON "_news_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_news_v_version_version_published_by_idx" ON "_news_v" USING btree ("version_published_by_id");
  CREATE INDEX "procedures_review_status_idx" ON "procedures" USING btree ("review_status");
  CREATE INDEX "procedures_created_by_idx" ON "procedures" USING btree ("created_by_id");
  CREATE INDEX "procedures_updated_by_idx" ON "procedures" USING btree ("updated_by_id");
  CREATE INDEX "procedures_submitted_by_idx" ON "procedures" USING btree ("submitted_by_id");
  CREATE INDEX "procedures_published_by_idx" ON "procedures" USING btree ("published_by_id");
  CREATE INDEX "_procedures_v_version_version_review_status_idx" ON "_procedures_v" USING btree ("version_review_status");
  CREATE INDEX "_procedures_v_version_version_created_by_idx" ON "_procedures_v" USING btree ("version_created_by_id");
  CREATE INDEX "_procedures_v_version_version_updated_by_idx" ON "_procedures_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_procedures_v_version_version_submitted_by_idx" ON "_procedures_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_procedures_v_version_version_published_by_idx" ON "_procedures_v" USING btree ("version_published_by_id");
  CREATE INDEX "legal_documents_review_status_idx" ON "legal_documents" USING btree ("review_status");
  CREATE INDEX "legal_documents_created_by_idx" ON "legal_documents" USING btree ("created_by_id");
  CREATE INDEX "legal_documents_updated_by_idx" ON "legal_documents" USING btree ("updated_by_id");
  CREATE INDEX "legal_documents_submitted_by_idx" ON "legal_documents" USING btree ("submitted_by_id");
  CREATE INDEX "legal_documents_published_by_idx" ON "legal_documents" USING btree ("published_by_id");
  CREATE INDEX "_legal_documents_v_version_version_review_status_idx" ON "_legal_documents_v" USING btree ("version_review_status");
  CREATE INDEX "_legal_documents_v_version_version_created_by_idx" ON "_legal_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_legal_documents_v_version_version_updated_by_idx" ON "_legal_documents_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_legal_documents_v_version_version_submitted_by_idx" ON "_legal_documents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_legal_documents_v_version_version_published_by_idx" ON "_legal_documents_v" USING btree ("version_published_by_id");`)
  // Items published before the review existed count as approved, not as being written.
  for (const table of ['news', 'procedures', 'legal_documents', 'unit_profiles']) {
    await db.execute(sql.raw(`UPDATE "${table}" SET "review_status" = 'approved' WHERE "_status" = 'published';`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "unit_profiles" DROP CONSTRAINT "unit_profiles_created_by_id_users_id_fk";
  
  ALTER TABLE "unit_profiles" DROP CONSTRAINT "unit_profiles_updated_by_id_users_id_fk";
  
  ALTER TABLE "unit_profiles" DROP CONSTRAINT "unit_profiles_submitted_by_id_users_id_fk";
  
  ALTER TABLE "unit_profiles" DROP CONSTRAINT "unit_profiles_published_by_id_users_id_fk";
  
  ALTER TABLE "_unit_profiles_v" DROP CONSTRAINT "_unit_profiles_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_unit_profiles_v" DROP CONSTRAINT "_unit_profiles_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "_unit_profiles_v" DROP CONSTRAINT "_unit_profiles_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_unit_profiles_v" DROP CONSTRAINT "_unit_profiles_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_created_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_updated_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_submitted_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_published_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_created_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_updated_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_submitted_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_published_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "legal_documents" DROP CONSTRAINT "legal_documents_created_by_id_users_id_fk";
  
  ALTER TABLE "legal_documents" DROP CONSTRAINT "legal_documents_updated_by_id_users_id_fk";
  
  ALTER TABLE "legal_documents" DROP CONSTRAINT "legal_documents_submitted_by_id_users_id_fk";
  
  ALTER TABLE "legal_documents" DROP CONSTRAINT "legal_documents_published_by_id_users_id_fk";
  
  ALTER TABLE "_legal_documents_v" DROP CONSTRAINT "_legal_documents_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_legal_documents_v" DROP CONSTRAINT "_legal_documents_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "_legal_documents_v" DROP CONSTRAINT "_legal_documents_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_legal_documents_v" DROP CONSTRAINT "_legal_documents_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('schedule-failed');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  DROP INDEX "unit_profiles_review_status_idx";
  DROP INDEX "unit_profiles_created_by_idx";
  DROP INDEX "unit_profiles_updated_by_idx";
  DROP INDEX "unit_profiles_submitted_by_idx";
  DROP INDEX "unit_profiles_published_by_idx";
  DROP INDEX "_unit_profiles_v_version_version_review_status_idx";
  DROP INDEX "_unit_profiles_v_version_version_created_by_idx";
  DROP INDEX "_unit_profiles_v_version_version_updated_by_idx";
  DROP INDEX "_unit_profiles_v_version_version_submitted_by_idx";
  DROP INDEX "_unit_profiles_v_version_version_published_by_idx";
  DROP INDEX "news_review_status_idx";
  DROP INDEX "news_created_by_idx";
  DROP INDEX "news_updated_by_idx";
  DROP INDEX "news_submitted_by_idx";
  DROP INDEX "news_published_by_idx";
  DROP INDEX "_news_v_version_version_review_status_idx";
  DROP INDEX "_news_v_version_version_created_by_idx";
  DROP INDEX "_news_v_version_version_updated_by_idx";
  DROP INDEX "_news_v_version_version_submitted_by_idx";
  DROP INDEX "_news_v_version_version_published_by_idx";
  DROP INDEX "procedures_review_status_idx";
  DROP INDEX "procedures_created_by_idx";
  DROP INDEX "procedures_updated_by_idx";
  DROP INDEX "procedures_submitted_by_idx";
  DROP INDEX "procedures_published_by_idx";
  DROP INDEX "_procedures_v_version_version_review_status_idx";
  DROP INDEX "_procedures_v_version_version_created_by_idx";
  DROP INDEX "_procedures_v_version_version_updated_by_idx";
  DROP INDEX "_procedures_v_version_version_submitted_by_idx";
  DROP INDEX "_procedures_v_version_version_published_by_idx";
  DROP INDEX "legal_documents_review_status_idx";
  DROP INDEX "legal_documents_created_by_idx";
  DROP INDEX "legal_documents_updated_by_idx";
  DROP INDEX "legal_documents_submitted_by_idx";
  DROP INDEX "legal_documents_published_by_idx";
  DROP INDEX "_legal_documents_v_version_version_review_status_idx";
  DROP INDEX "_legal_documents_v_version_version_created_by_idx";
  DROP INDEX "_legal_documents_v_version_version_updated_by_idx";
  DROP INDEX "_legal_documents_v_version_version_submitted_by_idx";
  DROP INDEX "_legal_documents_v_version_version_published_by_idx";
  ALTER TABLE "unit_profiles" DROP COLUMN "review_status";
  ALTER TABLE "unit_profiles" DROP COLUMN "review_note";
  ALTER TABLE "unit_profiles" DROP COLUMN "created_by_id";
  ALTER TABLE "unit_profiles" DROP COLUMN "updated_by_id";
  ALTER TABLE "unit_profiles" DROP COLUMN "submitted_by_id";
  ALTER TABLE "unit_profiles" DROP COLUMN "published_by_id";
  ALTER TABLE "_unit_profiles_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_unit_profiles_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_unit_profiles_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_unit_profiles_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_unit_profiles_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_unit_profiles_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "news" DROP COLUMN "review_status";
  ALTER TABLE "news" DROP COLUMN "review_note";
  ALTER TABLE "news" DROP COLUMN "created_by_id";
  ALTER TABLE "news" DROP COLUMN "updated_by_id";
  ALTER TABLE "news" DROP COLUMN "submitted_by_id";
  ALTER TABLE "news" DROP COLUMN "published_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_news_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "procedures" DROP COLUMN "review_status";
  ALTER TABLE "procedures" DROP COLUMN "review_note";
  ALTER TABLE "procedures" DROP COLUMN "created_by_id";
  ALTER TABLE "procedures" DROP COLUMN "updated_by_id";
  ALTER TABLE "procedures" DROP COLUMN "submitted_by_id";
  ALTER TABLE "procedures" DROP COLUMN "published_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "legal_documents" DROP COLUMN "review_status";
  ALTER TABLE "legal_documents" DROP COLUMN "review_note";
  ALTER TABLE "legal_documents" DROP COLUMN "created_by_id";
  ALTER TABLE "legal_documents" DROP COLUMN "updated_by_id";
  ALTER TABLE "legal_documents" DROP COLUMN "submitted_by_id";
  ALTER TABLE "legal_documents" DROP COLUMN "published_by_id";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_published_by_id";
  DROP TYPE "public"."enum_unit_profiles_review_status";
  DROP TYPE "public"."enum__unit_profiles_v_version_review_status";
  DROP TYPE "public"."enum_news_review_status";
  DROP TYPE "public"."enum__news_v_version_review_status";
  DROP TYPE "public"."enum_procedures_review_status";
  DROP TYPE "public"."enum__procedures_v_version_review_status";
  DROP TYPE "public"."enum_legal_documents_review_status";
  DROP TYPE "public"."enum__legal_documents_v_version_review_status";`)
}
