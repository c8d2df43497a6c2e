import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_entries_action" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'schedule', 'login', 'login-failed', 'logout', 'password-reset-requested', 'password-reset', 'roles-changed', 'reorganise', 'import');
  CREATE TABLE "audit_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sequence" numeric NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_audit_entries_action" NOT NULL,
  	"actor_id" varchar,
  	"actor_email" varchar,
  	"address" varchar,
  	"unit_id" varchar,
  	"unit_title" varchar,
  	"collection" varchar,
  	"document_id" varchar,
  	"document_title" varchar,
  	"changes" jsonb,
  	"previous_hash" varchar,
  	"hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_entries_id" integer;
  CREATE UNIQUE INDEX "audit_entries_sequence_idx" ON "audit_entries" USING btree ("sequence");
  CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");
  CREATE INDEX "audit_entries_action_idx" ON "audit_entries" USING btree ("action");
  CREATE INDEX "audit_entries_actor_id_idx" ON "audit_entries" USING btree ("actor_id");
  CREATE INDEX "audit_entries_actor_email_idx" ON "audit_entries" USING btree ("actor_email");
  CREATE INDEX "audit_entries_unit_id_idx" ON "audit_entries" USING btree ("unit_id");
  CREATE INDEX "audit_entries_collection_idx" ON "audit_entries" USING btree ("collection");
  CREATE INDEX "audit_entries_document_id_idx" ON "audit_entries" USING btree ("document_id");
  CREATE INDEX "audit_entries_hash_idx" ON "audit_entries" USING btree ("hash");
  CREATE INDEX "audit_entries_updated_at_idx" ON "audit_entries" USING btree ("updated_at");
  CREATE INDEX "audit_entries_created_at_idx" ON "audit_entries" USING btree ("created_at");
  CREATE INDEX "unitId_at_idx" ON "audit_entries" USING btree ("unit_id","at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_entries_fk" FOREIGN KEY ("audit_entries_id") REFERENCES "public"."audit_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_entries_id");
  ALTER TABLE "users" DROP COLUMN "reset_password_requested_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_entries_id_idx";
  ALTER TABLE "users" ADD COLUMN "reset_password_requested_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_entries_id";
  DROP TYPE "public"."enum_audit_entries_action";`)
}
