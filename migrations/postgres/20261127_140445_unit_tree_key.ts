import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "units" ADD COLUMN "tree_key" varchar;
  CREATE INDEX "units_tree_key_idx" ON "units" USING btree ("tree_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "units_tree_key_idx";
  ALTER TABLE "units" DROP COLUMN "tree_key";`)
}
