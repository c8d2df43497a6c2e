import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "units" ADD COLUMN "title" varchar;
  CREATE INDEX "units_title_idx" ON "units" USING btree ("title");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "units_title_idx";
  ALTER TABLE "units" DROP COLUMN "title";`)
}
