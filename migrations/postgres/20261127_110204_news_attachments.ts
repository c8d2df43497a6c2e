import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "is_super_admin" DROP DEFAULT;
  ALTER TABLE "news_rels" ADD COLUMN "files_id" integer;
  ALTER TABLE "_news_v_rels" ADD COLUMN "files_id" integer;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_rels_files_id_idx" ON "news_rels" USING btree ("files_id");
  CREATE INDEX "_news_v_rels_files_id_idx" ON "_news_v_rels" USING btree ("files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "news_rels" DROP CONSTRAINT "news_rels_files_fk";
  
  ALTER TABLE "_news_v_rels" DROP CONSTRAINT "_news_v_rels_files_fk";
  
  DROP INDEX "news_rels_files_id_idx";
  DROP INDEX "_news_v_rels_files_id_idx";
  ALTER TABLE "users" ALTER COLUMN "is_super_admin" SET DEFAULT false;
  ALTER TABLE "news_rels" DROP COLUMN "files_id";
  ALTER TABLE "_news_v_rels" DROP COLUMN "files_id";`)
}
