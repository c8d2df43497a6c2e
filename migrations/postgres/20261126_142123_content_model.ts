import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_submission_methods_method" AS ENUM('in-person', 'online', 'postal');
  CREATE TYPE "public"."enum_procedures_show_on_subunits" AS ENUM('department', 'district', 'commune');
  CREATE TYPE "public"."enum_procedures_level" AS ENUM('province', 'district', 'commune');
  CREATE TYPE "public"."enum_procedures_procedure_type" AS ENUM('transferred', 'not-transferred');
  CREATE TYPE "public"."enum_procedures_online_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_submission_methods_method" AS ENUM('in-person', 'online', 'postal');
  CREATE TYPE "public"."enum__procedures_v_version_show_on_subunits" AS ENUM('department', 'district', 'commune');
  CREATE TYPE "public"."enum__procedures_v_version_level" AS ENUM('province', 'district', 'commune');
  CREATE TYPE "public"."enum__procedures_v_version_procedure_type" AS ENUM('transferred', 'not-transferred');
  CREATE TYPE "public"."enum__procedures_v_version_online_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_legal_documents_relations_kind" AS ENUM('amends', 'replaces', 'guides');
  CREATE TYPE "public"."enum_legal_documents_show_on_subunits" AS ENUM('department', 'district', 'commune');
  CREATE TYPE "public"."enum_legal_documents_type" AS ENUM('luat', 'bo-luat', 'phap-lenh', 'nghi-quyet', 'nghi-dinh', 'thong-tu', 'thong-tu-lien-tich', 'quyet-dinh', 'chi-thi', 'ke-hoach', 'thong-bao', 'huong-dan', 'bao-cao', 'cong-van', 'khac');
  CREATE TYPE "public"."enum_legal_documents_validity_override" AS ENUM('in-force', 'partly-expired', 'expired', 'not-yet-in-force');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_version_relations_kind" AS ENUM('amends', 'replaces', 'guides');
  CREATE TYPE "public"."enum__legal_documents_v_version_show_on_subunits" AS ENUM('department', 'district', 'commune');
  CREATE TYPE "public"."enum__legal_documents_v_version_type" AS ENUM('luat', 'bo-luat', 'phap-lenh', 'nghi-quyet', 'nghi-dinh', 'thong-tu', 'thong-tu-lien-tich', 'quyet-dinh', 'chi-thi', 'ke-hoach', 'thong-bao', 'huong-dan', 'bao-cao', 'cong-van', 'khac');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity_override" AS ENUM('in-force', 'partly-expired', 'expired', 'not-yet-in-force');
  CREATE TYPE "public"."enum__legal_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_contacts_phones_kind" AS ENUM('office', 'mobile', 'hotline', 'fax');
  CREATE TYPE "public"."enum_contacts_public_fields" AS ENUM('phones', 'email', 'office', 'address');
  CREATE TYPE "public"."enum_contacts_kind" AS ENUM('person', 'office');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"news_categories_id" integer
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"news_categories_id" integer
  );
  
  CREATE TABLE "news_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"slug" varchar,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "news_categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_submission_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"method" "enum_procedures_submission_methods_method"
  );
  
  CREATE TABLE "procedures_submission_methods_locales" (
  	"processing_time" varchar,
  	"fee" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_required_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"form_id" integer,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0
  );
  
  CREATE TABLE "procedures_required_documents_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_show_on_subunits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_show_on_subunits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"code" varchar,
  	"decision_number" varchar,
  	"level" "enum_procedures_level",
  	"procedure_type" "enum_procedures_procedure_type",
  	"online_service_level" "enum_procedures_online_service_level" DEFAULT 'none',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_locales" (
  	"name" varchar,
  	"field" varchar,
  	"applicants" varchar,
  	"implementing_agency" varchar,
  	"result" varchar,
  	"conditions" varchar,
  	"legal_basis_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "_procedures_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_steps_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_submission_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"method" "enum__procedures_v_version_submission_methods_method",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_submission_methods_locales" (
  	"processing_time" varchar,
  	"fee" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_required_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_required_documents_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_show_on_subunits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_show_on_subunits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_unit_id" integer,
  	"version_code" varchar,
  	"version_decision_number" varchar,
  	"version_level" "enum__procedures_v_version_level",
  	"version_procedure_type" "enum__procedures_v_version_procedure_type",
  	"version_online_service_level" "enum__procedures_v_version_online_service_level" DEFAULT 'none',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_name" varchar,
  	"version_field" varchar,
  	"version_applicants" varchar,
  	"version_implementing_agency" varchar,
  	"version_result" varchar,
  	"version_conditions" varchar,
  	"version_legal_basis_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "legal_documents_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_legal_documents_relations_kind",
  	"document_id" integer
  );
  
  CREATE TABLE "legal_documents_show_on_subunits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_legal_documents_show_on_subunits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"number_and_symbol" varchar,
  	"type" "enum_legal_documents_type",
  	"signer" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"effective_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"validity_override" "enum_legal_documents_validity_override",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_legal_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "legal_documents_locales" (
  	"summary" varchar,
  	"issuing_body" varchar,
  	"field" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "legal_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer
  );
  
  CREATE TABLE "_legal_documents_v_version_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__legal_documents_v_version_relations_kind",
  	"document_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_show_on_subunits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__legal_documents_v_version_show_on_subunits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_legal_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_unit_id" integer,
  	"version_number_and_symbol" varchar,
  	"version_type" "enum__legal_documents_v_version_type",
  	"version_signer" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_effective_at" timestamp(3) with time zone,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_validity_override" "enum__legal_documents_v_version_validity_override",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__legal_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__legal_documents_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_legal_documents_v_locales" (
  	"version_summary" varchar,
  	"version_issuing_body" varchar,
  	"version_field" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_legal_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer
  );
  
  CREATE TABLE "contacts_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_contacts_phones_kind" DEFAULT 'office' NOT NULL,
  	"number" varchar NOT NULL
  );
  
  CREATE TABLE "contacts_public_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contacts_public_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"kind" "enum_contacts_kind" DEFAULT 'person' NOT NULL,
  	"email" varchar,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contacts_locales" (
  	"name" varchar,
  	"position" varchar,
  	"department" varchar,
  	"office" varchar,
  	"address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "files_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "news" ADD COLUMN "slug" varchar;
  ALTER TABLE "news" ADD COLUMN "cover_id" integer;
  ALTER TABLE "news" ADD COLUMN "author" varchar;
  ALTER TABLE "news" ADD COLUMN "featured" boolean DEFAULT false;
  ALTER TABLE "news" ADD COLUMN "source" varchar;
  ALTER TABLE "news" ADD COLUMN "source_url" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_cover_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_author" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_featured" boolean DEFAULT false;
  ALTER TABLE "_news_v" ADD COLUMN "version_source" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_source_url" varchar;
  ALTER TABLE "media" ADD COLUMN "unit_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "news_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procedures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "legal_documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contacts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "files_id" integer;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_news_categories_fk" FOREIGN KEY ("news_categories_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_news_categories_fk" FOREIGN KEY ("news_categories_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_categories" ADD CONSTRAINT "news_categories_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_categories_locales" ADD CONSTRAINT "news_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps_locales" ADD CONSTRAINT "procedures_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_submission_methods" ADD CONSTRAINT "procedures_submission_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_submission_methods_locales" ADD CONSTRAINT "procedures_submission_methods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_submission_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_required_documents" ADD CONSTRAINT "procedures_required_documents_form_id_files_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_required_documents" ADD CONSTRAINT "procedures_required_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_required_documents_locales" ADD CONSTRAINT "procedures_required_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_required_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_show_on_subunits" ADD CONSTRAINT "procedures_show_on_subunits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps" ADD CONSTRAINT "_procedures_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps_locales" ADD CONSTRAINT "_procedures_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_submission_methods" ADD CONSTRAINT "_procedures_v_version_submission_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_submission_methods_locales" ADD CONSTRAINT "_procedures_v_version_submission_methods_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_submission_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_required_documents" ADD CONSTRAINT "_procedures_v_version_required_documents_form_id_files_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_required_documents" ADD CONSTRAINT "_procedures_v_version_required_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_required_documents_locales" ADD CONSTRAINT "_procedures_v_version_required_documents_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_required_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_show_on_subunits" ADD CONSTRAINT "_procedures_v_version_show_on_subunits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_relations" ADD CONSTRAINT "legal_documents_relations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_relations" ADD CONSTRAINT "legal_documents_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_show_on_subunits" ADD CONSTRAINT "legal_documents_show_on_subunits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_locales" ADD CONSTRAINT "legal_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_relations" ADD CONSTRAINT "_legal_documents_v_version_relations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_relations" ADD CONSTRAINT "_legal_documents_v_version_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_show_on_subunits" ADD CONSTRAINT "_legal_documents_v_version_show_on_subunits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_parent_id_legal_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_locales" ADD CONSTRAINT "_legal_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_phones" ADD CONSTRAINT "contacts_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_public_fields" ADD CONSTRAINT "contacts_public_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts_locales" ADD CONSTRAINT "contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "files" ADD CONSTRAINT "files_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "files_locales" ADD CONSTRAINT "files_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_news_categories_id_idx" ON "news_rels" USING btree ("news_categories_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_news_categories_id_idx" ON "_news_v_rels" USING btree ("news_categories_id");
  CREATE INDEX "news_categories_unit_idx" ON "news_categories" USING btree ("unit_id");
  CREATE INDEX "news_categories_slug_idx" ON "news_categories" USING btree ("slug");
  CREATE INDEX "news_categories_updated_at_idx" ON "news_categories" USING btree ("updated_at");
  CREATE INDEX "news_categories_created_at_idx" ON "news_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "unit_slug_1_idx" ON "news_categories" USING btree ("unit_id","slug");
  CREATE UNIQUE INDEX "news_categories_locales_locale_parent_id_unique" ON "news_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_steps_locales_locale_parent_id_unique" ON "procedures_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_submission_methods_order_idx" ON "procedures_submission_methods" USING btree ("_order");
  CREATE INDEX "procedures_submission_methods_parent_id_idx" ON "procedures_submission_methods" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_submission_methods_locales_locale_parent_id_uniqu" ON "procedures_submission_methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_required_documents_order_idx" ON "procedures_required_documents" USING btree ("_order");
  CREATE INDEX "procedures_required_documents_parent_id_idx" ON "procedures_required_documents" USING btree ("_parent_id");
  CREATE INDEX "procedures_required_documents_form_idx" ON "procedures_required_documents" USING btree ("form_id");
  CREATE UNIQUE INDEX "procedures_required_documents_locales_locale_parent_id_uniqu" ON "procedures_required_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_show_on_subunits_order_idx" ON "procedures_show_on_subunits" USING btree ("order");
  CREATE INDEX "procedures_show_on_subunits_parent_idx" ON "procedures_show_on_subunits" USING btree ("parent_id");
  CREATE INDEX "procedures_show_on_subunits_value_idx" ON "procedures_show_on_subunits" USING btree ("value");
  CREATE INDEX "procedures_unit_idx" ON "procedures" USING btree ("unit_id");
  CREATE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_level_idx" ON "procedures" USING btree ("level");
  CREATE INDEX "procedures_online_service_level_idx" ON "procedures" USING btree ("online_service_level");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE UNIQUE INDEX "unit_code_idx" ON "procedures" USING btree ("unit_id","code");
  CREATE INDEX "procedures_field_idx" ON "procedures_locales" USING btree ("field","_locale");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_legal_documents_id_idx" ON "procedures_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_procedures_v_version_steps_order_idx" ON "_procedures_v_version_steps" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_steps_parent_id_idx" ON "_procedures_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_steps_locales_locale_parent_id_unique" ON "_procedures_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_submission_methods_order_idx" ON "_procedures_v_version_submission_methods" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_submission_methods_parent_id_idx" ON "_procedures_v_version_submission_methods" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_submission_methods_locales_locale_pare" ON "_procedures_v_version_submission_methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_required_documents_order_idx" ON "_procedures_v_version_required_documents" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_required_documents_parent_id_idx" ON "_procedures_v_version_required_documents" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_required_documents_form_idx" ON "_procedures_v_version_required_documents" USING btree ("form_id");
  CREATE UNIQUE INDEX "_procedures_v_version_required_documents_locales_locale_pare" ON "_procedures_v_version_required_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_show_on_subunits_order_idx" ON "_procedures_v_version_show_on_subunits" USING btree ("order");
  CREATE INDEX "_procedures_v_version_show_on_subunits_parent_idx" ON "_procedures_v_version_show_on_subunits" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_show_on_subunits_value_idx" ON "_procedures_v_version_show_on_subunits" USING btree ("value");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_unit_idx" ON "_procedures_v" USING btree ("version_unit_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_level_idx" ON "_procedures_v" USING btree ("version_level");
  CREATE INDEX "_procedures_v_version_version_online_service_level_idx" ON "_procedures_v" USING btree ("version_online_service_level");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "version_unit_version_code_idx" ON "_procedures_v" USING btree ("version_unit_id","version_code");
  CREATE INDEX "_procedures_v_version_version_field_idx" ON "_procedures_v_locales" USING btree ("version_field","_locale");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_legal_documents_id_idx" ON "_procedures_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "legal_documents_relations_order_idx" ON "legal_documents_relations" USING btree ("_order");
  CREATE INDEX "legal_documents_relations_parent_id_idx" ON "legal_documents_relations" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_relations_document_idx" ON "legal_documents_relations" USING btree ("document_id");
  CREATE INDEX "legal_documents_show_on_subunits_order_idx" ON "legal_documents_show_on_subunits" USING btree ("order");
  CREATE INDEX "legal_documents_show_on_subunits_parent_idx" ON "legal_documents_show_on_subunits" USING btree ("parent_id");
  CREATE INDEX "legal_documents_show_on_subunits_value_idx" ON "legal_documents_show_on_subunits" USING btree ("value");
  CREATE INDEX "legal_documents_unit_idx" ON "legal_documents" USING btree ("unit_id");
  CREATE INDEX "legal_documents_number_and_symbol_idx" ON "legal_documents" USING btree ("number_and_symbol");
  CREATE INDEX "legal_documents_type_idx" ON "legal_documents" USING btree ("type");
  CREATE INDEX "legal_documents_issued_at_idx" ON "legal_documents" USING btree ("issued_at");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "legal_documents__status_idx" ON "legal_documents" USING btree ("_status");
  CREATE UNIQUE INDEX "unit_numberAndSymbol_idx" ON "legal_documents" USING btree ("unit_id","number_and_symbol");
  CREATE INDEX "legal_documents_issuing_body_idx" ON "legal_documents_locales" USING btree ("issuing_body","_locale");
  CREATE INDEX "legal_documents_field_idx" ON "legal_documents_locales" USING btree ("field","_locale");
  CREATE UNIQUE INDEX "legal_documents_locales_locale_parent_id_unique" ON "legal_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "legal_documents_rels_order_idx" ON "legal_documents_rels" USING btree ("order");
  CREATE INDEX "legal_documents_rels_parent_idx" ON "legal_documents_rels" USING btree ("parent_id");
  CREATE INDEX "legal_documents_rels_path_idx" ON "legal_documents_rels" USING btree ("path");
  CREATE INDEX "legal_documents_rels_files_id_idx" ON "legal_documents_rels" USING btree ("files_id");
  CREATE INDEX "_legal_documents_v_version_relations_order_idx" ON "_legal_documents_v_version_relations" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_relations_parent_id_idx" ON "_legal_documents_v_version_relations" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_relations_document_idx" ON "_legal_documents_v_version_relations" USING btree ("document_id");
  CREATE INDEX "_legal_documents_v_version_show_on_subunits_order_idx" ON "_legal_documents_v_version_show_on_subunits" USING btree ("order");
  CREATE INDEX "_legal_documents_v_version_show_on_subunits_parent_idx" ON "_legal_documents_v_version_show_on_subunits" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_show_on_subunits_value_idx" ON "_legal_documents_v_version_show_on_subunits" USING btree ("value");
  CREATE INDEX "_legal_documents_v_parent_idx" ON "_legal_documents_v" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_unit_idx" ON "_legal_documents_v" USING btree ("version_unit_id");
  CREATE INDEX "_legal_documents_v_version_version_number_and_symbol_idx" ON "_legal_documents_v" USING btree ("version_number_and_symbol");
  CREATE INDEX "_legal_documents_v_version_version_type_idx" ON "_legal_documents_v" USING btree ("version_type");
  CREATE INDEX "_legal_documents_v_version_version_issued_at_idx" ON "_legal_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_legal_documents_v_version_version_updated_at_idx" ON "_legal_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_documents_v_version_version_created_at_idx" ON "_legal_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_documents_v_version_version__status_idx" ON "_legal_documents_v" USING btree ("version__status");
  CREATE INDEX "_legal_documents_v_created_at_idx" ON "_legal_documents_v" USING btree ("created_at");
  CREATE INDEX "_legal_documents_v_updated_at_idx" ON "_legal_documents_v" USING btree ("updated_at");
  CREATE INDEX "_legal_documents_v_snapshot_idx" ON "_legal_documents_v" USING btree ("snapshot");
  CREATE INDEX "_legal_documents_v_published_locale_idx" ON "_legal_documents_v" USING btree ("published_locale");
  CREATE INDEX "_legal_documents_v_latest_idx" ON "_legal_documents_v" USING btree ("latest");
  CREATE INDEX "version_unit_version_numberAndSymbol_idx" ON "_legal_documents_v" USING btree ("version_unit_id","version_number_and_symbol");
  CREATE INDEX "_legal_documents_v_version_version_issuing_body_idx" ON "_legal_documents_v_locales" USING btree ("version_issuing_body","_locale");
  CREATE INDEX "_legal_documents_v_version_version_field_idx" ON "_legal_documents_v_locales" USING btree ("version_field","_locale");
  CREATE UNIQUE INDEX "_legal_documents_v_locales_locale_parent_id_unique" ON "_legal_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_legal_documents_v_rels_order_idx" ON "_legal_documents_v_rels" USING btree ("order");
  CREATE INDEX "_legal_documents_v_rels_parent_idx" ON "_legal_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_rels_path_idx" ON "_legal_documents_v_rels" USING btree ("path");
  CREATE INDEX "_legal_documents_v_rels_files_id_idx" ON "_legal_documents_v_rels" USING btree ("files_id");
  CREATE INDEX "contacts_phones_order_idx" ON "contacts_phones" USING btree ("_order");
  CREATE INDEX "contacts_phones_parent_id_idx" ON "contacts_phones" USING btree ("_parent_id");
  CREATE INDEX "contacts_public_fields_order_idx" ON "contacts_public_fields" USING btree ("order");
  CREATE INDEX "contacts_public_fields_parent_idx" ON "contacts_public_fields" USING btree ("parent_id");
  CREATE INDEX "contacts_unit_idx" ON "contacts" USING btree ("unit_id");
  CREATE INDEX "contacts_order_idx" ON "contacts" USING btree ("order");
  CREATE INDEX "contacts_updated_at_idx" ON "contacts" USING btree ("updated_at");
  CREATE INDEX "contacts_created_at_idx" ON "contacts" USING btree ("created_at");
  CREATE UNIQUE INDEX "contacts_locales_locale_parent_id_unique" ON "contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "files_unit_idx" ON "files" USING btree ("unit_id");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE UNIQUE INDEX "files_locales_locale_parent_id_unique" ON "files_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_categories_fk" FOREIGN KEY ("news_categories_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE INDEX "news_featured_idx" ON "news" USING btree ("featured");
  CREATE UNIQUE INDEX "unit_slug_idx" ON "news" USING btree ("unit_id","slug");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_featured_idx" ON "_news_v" USING btree ("version_featured");
  CREATE INDEX "version_unit_version_slug_idx" ON "_news_v" USING btree ("version_unit_id","version_slug");
  CREATE INDEX "media_unit_idx" ON "media" USING btree ("unit_id");
  CREATE INDEX "payload_locked_documents_rels_news_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("news_categories_id");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("contacts_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "news_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_submission_methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_submission_methods_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_required_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_required_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_show_on_subunits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_submission_methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_submission_methods_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_required_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_required_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_show_on_subunits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents_relations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents_show_on_subunits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_version_relations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_version_show_on_subunits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_public_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "files_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "news_categories" CASCADE;
  DROP TABLE "news_categories_locales" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_steps_locales" CASCADE;
  DROP TABLE "procedures_submission_methods" CASCADE;
  DROP TABLE "procedures_submission_methods_locales" CASCADE;
  DROP TABLE "procedures_required_documents" CASCADE;
  DROP TABLE "procedures_required_documents_locales" CASCADE;
  DROP TABLE "procedures_show_on_subunits" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_steps" CASCADE;
  DROP TABLE "_procedures_v_version_steps_locales" CASCADE;
  DROP TABLE "_procedures_v_version_submission_methods" CASCADE;
  DROP TABLE "_procedures_v_version_submission_methods_locales" CASCADE;
  DROP TABLE "_procedures_v_version_required_documents" CASCADE;
  DROP TABLE "_procedures_v_version_required_documents_locales" CASCADE;
  DROP TABLE "_procedures_v_version_show_on_subunits" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "legal_documents_relations" CASCADE;
  DROP TABLE "legal_documents_show_on_subunits" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "legal_documents_locales" CASCADE;
  DROP TABLE "legal_documents_rels" CASCADE;
  DROP TABLE "_legal_documents_v_version_relations" CASCADE;
  DROP TABLE "_legal_documents_v_version_show_on_subunits" CASCADE;
  DROP TABLE "_legal_documents_v" CASCADE;
  DROP TABLE "_legal_documents_v_locales" CASCADE;
  DROP TABLE "_legal_documents_v_rels" CASCADE;
  DROP TABLE "contacts_phones" CASCADE;
  DROP TABLE "contacts_public_fields" CASCADE;
  DROP TABLE "contacts" CASCADE;
  DROP TABLE "contacts_locales" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "files_locales" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "news" DROP CONSTRAINT "news_cover_id_media_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_cover_id_media_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_unit_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_news_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procedures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_legal_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contacts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_files_fk";
  
  DROP INDEX "news_slug_idx";
  DROP INDEX "news_cover_idx";
  DROP INDEX "news_featured_idx";
  DROP INDEX "unit_slug_idx";
  DROP INDEX "_news_v_version_version_slug_idx";
  DROP INDEX "_news_v_version_version_cover_idx";
  DROP INDEX "_news_v_version_version_featured_idx";
  DROP INDEX "version_unit_version_slug_idx";
  DROP INDEX "media_unit_idx";
  DROP INDEX "payload_locked_documents_rels_news_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_procedures_id_idx";
  DROP INDEX "payload_locked_documents_rels_legal_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_contacts_id_idx";
  DROP INDEX "payload_locked_documents_rels_files_id_idx";
  ALTER TABLE "news" DROP COLUMN "slug";
  ALTER TABLE "news" DROP COLUMN "cover_id";
  ALTER TABLE "news" DROP COLUMN "author";
  ALTER TABLE "news" DROP COLUMN "featured";
  ALTER TABLE "news" DROP COLUMN "source";
  ALTER TABLE "news" DROP COLUMN "source_url";
  ALTER TABLE "_news_v" DROP COLUMN "version_slug";
  ALTER TABLE "_news_v" DROP COLUMN "version_cover_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_author";
  ALTER TABLE "_news_v" DROP COLUMN "version_featured";
  ALTER TABLE "_news_v" DROP COLUMN "version_source";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_url";
  ALTER TABLE "media" DROP COLUMN "unit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "news_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procedures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "legal_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contacts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "files_id";
  DROP TYPE "public"."enum_procedures_submission_methods_method";
  DROP TYPE "public"."enum_procedures_show_on_subunits";
  DROP TYPE "public"."enum_procedures_level";
  DROP TYPE "public"."enum_procedures_procedure_type";
  DROP TYPE "public"."enum_procedures_online_service_level";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_submission_methods_method";
  DROP TYPE "public"."enum__procedures_v_version_show_on_subunits";
  DROP TYPE "public"."enum__procedures_v_version_level";
  DROP TYPE "public"."enum__procedures_v_version_procedure_type";
  DROP TYPE "public"."enum__procedures_v_version_online_service_level";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";
  DROP TYPE "public"."enum_legal_documents_relations_kind";
  DROP TYPE "public"."enum_legal_documents_show_on_subunits";
  DROP TYPE "public"."enum_legal_documents_type";
  DROP TYPE "public"."enum_legal_documents_validity_override";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum__legal_documents_v_version_relations_kind";
  DROP TYPE "public"."enum__legal_documents_v_version_show_on_subunits";
  DROP TYPE "public"."enum__legal_documents_v_version_type";
  DROP TYPE "public"."enum__legal_documents_v_version_validity_override";
  DROP TYPE "public"."enum__legal_documents_v_version_status";
  DROP TYPE "public"."enum__legal_documents_v_published_locale";
  DROP TYPE "public"."enum_contacts_phones_kind";
  DROP TYPE "public"."enum_contacts_public_fields";
  DROP TYPE "public"."enum_contacts_kind";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
