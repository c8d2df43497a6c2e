import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "field_counts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"counts" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "field_counts_id" integer;
  CREATE UNIQUE INDEX "field_counts_key_idx" ON "field_counts" USING btree ("key");
  CREATE INDEX "field_counts_updated_at_idx" ON "field_counts" USING btree ("updated_at");
  CREATE INDEX "field_counts_created_at_idx" ON "field_counts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_field_counts_fk" FOREIGN KEY ("field_counts_id") REFERENCES "public"."field_counts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_field_counts_id_idx" ON "payload_locked_documents_rels" USING btree ("field_counts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "field_counts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "field_counts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_field_counts_fk";
  
  DROP INDEX "payload_locked_documents_rels_field_counts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "field_counts_id";`)
}
