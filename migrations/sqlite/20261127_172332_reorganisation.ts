import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// drizzle-kit leaves "ON DELETE set null" out of the ADD COLUMN statements below; it is written in by hand so that
// deleting a unit does not fail on the items that name it as their original unit (as the schema says).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`units_former_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`domain\` text,
  	\`until\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_former_addresses_order_idx\` ON \`units_former_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`units_former_addresses_parent_id_idx\` ON \`units_former_addresses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_former_addresses_slug_idx\` ON \`units_former_addresses\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_former_addresses_domain_idx\` ON \`units_former_addresses\` (\`domain\`);`)
  await db.run(sql`DROP INDEX \`unit_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`procedures_origin_unit_idx\` ON \`procedures\` (\`origin_unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_originUnit_code_idx\` ON \`procedures\` (\`unit_id\`,\`origin_unit_id\`,\`code\`);`)
  await db.run(sql`DROP INDEX \`version_unit_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_origin_unit_idx\` ON \`_procedures_v\` (\`version_origin_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_originUnit_version_code_idx\` ON \`_procedures_v\` (\`version_unit_id\`,\`version_origin_unit_id\`,\`version_code\`);`)
  await db.run(sql`DROP INDEX \`unit_numberAndSymbol_idx\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`legal_documents_origin_unit_idx\` ON \`legal_documents\` (\`origin_unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_originUnit_numberAndSymbol_idx\` ON \`legal_documents\` (\`unit_id\`,\`origin_unit_id\`,\`number_and_symbol\`);`)
  await db.run(sql`DROP INDEX \`version_unit_version_numberAndSymbol_idx\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_origin_unit_idx\` ON \`_legal_documents_v\` (\`version_origin_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_originUnit_version_numberAndSymbol_idx\` ON \`_legal_documents_v\` (\`version_unit_id\`,\`version_origin_unit_id\`,\`version_number_and_symbol\`);`)
  await db.run(sql`ALTER TABLE \`unit_profiles\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`unit_profiles_origin_unit_idx\` ON \`unit_profiles\` (\`origin_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v\` ADD \`version_origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_origin_unit_idx\` ON \`_unit_profiles_v\` (\`version_origin_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`former_slug\` text;`)
  await db.run(sql`CREATE INDEX \`news_origin_unit_idx\` ON \`news\` (\`origin_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`news_former_slug_idx\` ON \`news\` (\`former_slug\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_former_slug\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_origin_unit_idx\` ON \`_news_v\` (\`version_origin_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_former_slug_idx\` ON \`_news_v\` (\`version_former_slug\`);`)
  await db.run(sql`ALTER TABLE \`news_categories\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`news_categories\` ADD \`former_slug\` text;`)
  await db.run(sql`CREATE INDEX \`news_categories_origin_unit_idx\` ON \`news_categories\` (\`origin_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`news_categories_former_slug_idx\` ON \`news_categories\` (\`former_slug\`);`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`contacts_origin_unit_idx\` ON \`contacts\` (\`origin_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` ADD \`version_origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_origin_unit_idx\` ON \`_contacts_v\` (\`version_origin_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_origin_unit_idx\` ON \`media\` (\`origin_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`files\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`files_origin_unit_idx\` ON \`files\` (\`origin_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`webhooks\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`webhooks_origin_unit_idx\` ON \`webhooks\` (\`origin_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` ADD \`origin_unit_id\` integer REFERENCES units(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_origin_unit_idx\` ON \`webhook_deliveries\` (\`origin_unit_id\`);`)
  // Every item so far was written for its own unit (tenants/fields.ts originUnitField).
  await db.run(sql`UPDATE "unit_profiles" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "news" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "news_categories" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "procedures" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "legal_documents" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "contacts" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "media" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "files" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "webhooks" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "webhook_deliveries" SET "origin_unit_id" = "unit_id" WHERE "origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "_unit_profiles_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "_news_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "_procedures_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "_legal_documents_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;`)
  await db.run(sql`UPDATE "_contacts_v" SET "version_origin_unit_id" = "version_unit_id" WHERE "version_origin_unit_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`units_former_addresses\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_unit_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`organisation_chart_id\` integer,
  	\`administrative_map_id\` integer,
  	\`review_status\` text DEFAULT 'in-progress',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`administrative_map_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_unit_profiles\`("id", "unit_id", "organisation_chart_id", "administrative_map_id", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "organisation_chart_id", "administrative_map_id", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`unit_profiles\`;`)
  await db.run(sql`DROP TABLE \`unit_profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_unit_profiles\` RENAME TO \`unit_profiles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_profiles_unit_idx\` ON \`unit_profiles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_organisation_chart_idx\` ON \`unit_profiles\` (\`organisation_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_administrative_map_idx\` ON \`unit_profiles\` (\`administrative_map_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_review_status_idx\` ON \`unit_profiles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_created_by_idx\` ON \`unit_profiles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_updated_by_idx\` ON \`unit_profiles\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_submitted_by_idx\` ON \`unit_profiles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_published_by_idx\` ON \`unit_profiles\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_updated_at_idx\` ON \`unit_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_created_at_idx\` ON \`unit_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles__status_idx\` ON \`unit_profiles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__unit_profiles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_organisation_chart_id\` integer,
  	\`version_administrative_map_id\` integer,
  	\`version_review_status\` text DEFAULT 'in-progress',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`unit_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_administrative_map_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__unit_profiles_v\`("id", "parent_id", "version_unit_id", "version_organisation_chart_id", "version_administrative_map_id", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_organisation_chart_id", "version_administrative_map_id", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_unit_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`_unit_profiles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__unit_profiles_v\` RENAME TO \`_unit_profiles_v\`;`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_parent_idx\` ON \`_unit_profiles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_unit_idx\` ON \`_unit_profiles_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_organisation_chart_idx\` ON \`_unit_profiles_v\` (\`version_organisation_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_administrative_map_idx\` ON \`_unit_profiles_v\` (\`version_administrative_map_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_review_status_idx\` ON \`_unit_profiles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_created_by_idx\` ON \`_unit_profiles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_updated_by_idx\` ON \`_unit_profiles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_submitted_by_idx\` ON \`_unit_profiles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_published_by_idx\` ON \`_unit_profiles_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_updated_at_idx\` ON \`_unit_profiles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_created_at_idx\` ON \`_unit_profiles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version__status_idx\` ON \`_unit_profiles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_created_at_idx\` ON \`_unit_profiles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_updated_at_idx\` ON \`_unit_profiles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_snapshot_idx\` ON \`_unit_profiles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_published_locale_idx\` ON \`_unit_profiles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_latest_idx\` ON \`_unit_profiles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`slug\` text,
  	\`cover_id\` integer,
  	\`author\` text,
  	\`published_at\` text,
  	\`featured\` integer DEFAULT false,
  	\`source\` text,
  	\`source_url\` text,
  	\`review_status\` text DEFAULT 'in-progress',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "unit_id", "slug", "cover_id", "author", "published_at", "featured", "source", "source_url", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "slug", "cover_id", "author", "published_at", "featured", "source", "source_url", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE INDEX \`news_unit_idx\` ON \`news\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_featured_idx\` ON \`news\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`news_review_status_idx\` ON \`news\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`news_created_by_idx\` ON \`news\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_by_idx\` ON \`news\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_submitted_by_idx\` ON \`news\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_by_idx\` ON \`news\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_slug_idx\` ON \`news\` (\`unit_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_slug\` text,
  	\`version_cover_id\` integer,
  	\`version_author\` text,
  	\`version_published_at\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_source\` text,
  	\`version_source_url\` text,
  	\`version_review_status\` text DEFAULT 'in-progress',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_unit_id", "version_slug", "version_cover_id", "version_author", "version_published_at", "version_featured", "version_source", "version_source_url", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_slug", "version_cover_id", "version_author", "version_published_at", "version_featured", "version_source", "version_source_url", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_unit_idx\` ON \`_news_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_featured_idx\` ON \`_news_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_review_status_idx\` ON \`_news_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_by_idx\` ON \`_news_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_by_idx\` ON \`_news_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_submitted_by_idx\` ON \`_news_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_by_idx\` ON \`_news_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_slug_idx\` ON \`_news_v\` (\`version_unit_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`__new_news_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news_categories\`("id", "unit_id", "slug", "order", "updated_at", "created_at") SELECT "id", "unit_id", "slug", "order", "updated_at", "created_at" FROM \`news_categories\`;`)
  await db.run(sql`DROP TABLE \`news_categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_categories\` RENAME TO \`news_categories\`;`)
  await db.run(sql`CREATE INDEX \`news_categories_unit_idx\` ON \`news_categories\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`news_categories_slug_idx\` ON \`news_categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_categories_updated_at_idx\` ON \`news_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_categories_created_at_idx\` ON \`news_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_slug_1_idx\` ON \`news_categories\` (\`unit_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`code\` text,
  	\`decision_number\` text,
  	\`level\` text,
  	\`procedure_type\` text,
  	\`online_service_level\` text DEFAULT 'none',
  	\`review_status\` text DEFAULT 'in-progress',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "unit_id", "code", "decision_number", "level", "procedure_type", "online_service_level", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "code", "decision_number", "level", "procedure_type", "online_service_level", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE INDEX \`procedures_unit_idx\` ON \`procedures\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_level_idx\` ON \`procedures\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`procedures_online_service_level_idx\` ON \`procedures\` (\`online_service_level\`);`)
  await db.run(sql`CREATE INDEX \`procedures_review_status_idx\` ON \`procedures\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_by_idx\` ON \`procedures\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_by_idx\` ON \`procedures\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_submitted_by_idx\` ON \`procedures\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_published_by_idx\` ON \`procedures\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_code_idx\` ON \`procedures\` (\`unit_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_code\` text,
  	\`version_decision_number\` text,
  	\`version_level\` text,
  	\`version_procedure_type\` text,
  	\`version_online_service_level\` text DEFAULT 'none',
  	\`version_review_status\` text DEFAULT 'in-progress',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_unit_id", "version_code", "version_decision_number", "version_level", "version_procedure_type", "version_online_service_level", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_code", "version_decision_number", "version_level", "version_procedure_type", "version_online_service_level", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_unit_idx\` ON \`_procedures_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_code_idx\` ON \`_procedures_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_level_idx\` ON \`_procedures_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_online_service_level_idx\` ON \`_procedures_v\` (\`version_online_service_level\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_review_status_idx\` ON \`_procedures_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_by_idx\` ON \`_procedures_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_by_idx\` ON \`_procedures_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_submitted_by_idx\` ON \`_procedures_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_published_by_idx\` ON \`_procedures_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_snapshot_idx\` ON \`_procedures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_published_locale_idx\` ON \`_procedures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_code_idx\` ON \`_procedures_v\` (\`version_unit_id\`,\`version_code\`);`)
  await db.run(sql`CREATE TABLE \`__new_legal_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`number_and_symbol\` text,
  	\`type\` text,
  	\`signer\` text,
  	\`issued_at\` text,
  	\`effective_at\` text,
  	\`expires_at\` text,
  	\`validity_override\` text,
  	\`review_status\` text DEFAULT 'in-progress',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_legal_documents\`("id", "unit_id", "number_and_symbol", "type", "signer", "issued_at", "effective_at", "expires_at", "validity_override", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "number_and_symbol", "type", "signer", "issued_at", "effective_at", "expires_at", "validity_override", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_legal_documents\` RENAME TO \`legal_documents\`;`)
  await db.run(sql`CREATE INDEX \`legal_documents_unit_idx\` ON \`legal_documents\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_number_and_symbol_idx\` ON \`legal_documents\` (\`number_and_symbol\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_type_idx\` ON \`legal_documents\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issued_at_idx\` ON \`legal_documents\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_review_status_idx\` ON \`legal_documents\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_by_idx\` ON \`legal_documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_by_idx\` ON \`legal_documents\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_submitted_by_idx\` ON \`legal_documents\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_published_by_idx\` ON \`legal_documents\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents__status_idx\` ON \`legal_documents\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_numberAndSymbol_idx\` ON \`legal_documents\` (\`unit_id\`,\`number_and_symbol\`);`)
  await db.run(sql`CREATE TABLE \`__new__legal_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_number_and_symbol\` text,
  	\`version_type\` text,
  	\`version_signer\` text,
  	\`version_issued_at\` text,
  	\`version_effective_at\` text,
  	\`version_expires_at\` text,
  	\`version_validity_override\` text,
  	\`version_review_status\` text DEFAULT 'in-progress',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__legal_documents_v\`("id", "parent_id", "version_unit_id", "version_number_and_symbol", "version_type", "version_signer", "version_issued_at", "version_effective_at", "version_expires_at", "version_validity_override", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_number_and_symbol", "version_type", "version_signer", "version_issued_at", "version_effective_at", "version_expires_at", "version_validity_override", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__legal_documents_v\` RENAME TO \`_legal_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_idx\` ON \`_legal_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_unit_idx\` ON \`_legal_documents_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_number_and_symbol_idx\` ON \`_legal_documents_v\` (\`version_number_and_symbol\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_type_idx\` ON \`_legal_documents_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issued_at_idx\` ON \`_legal_documents_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_review_status_idx\` ON \`_legal_documents_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_by_idx\` ON \`_legal_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_by_idx\` ON \`_legal_documents_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_submitted_by_idx\` ON \`_legal_documents_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_published_by_idx\` ON \`_legal_documents_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_at_idx\` ON \`_legal_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_at_idx\` ON \`_legal_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version__status_idx\` ON \`_legal_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_created_at_idx\` ON \`_legal_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_updated_at_idx\` ON \`_legal_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_snapshot_idx\` ON \`_legal_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_published_locale_idx\` ON \`_legal_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_latest_idx\` ON \`_legal_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_numberAndSymbol_idx\` ON \`_legal_documents_v\` (\`version_unit_id\`,\`version_number_and_symbol\`);`)
  await db.run(sql`CREATE TABLE \`__new_contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`kind\` text DEFAULT 'person',
  	\`email\` text,
  	\`order\` numeric DEFAULT 0,
  	\`review_status\` text DEFAULT 'in-progress',
  	\`review_note\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contacts\`("id", "unit_id", "kind", "email", "order", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "kind", "email", "order", "review_status", "review_note", "created_by_id", "updated_by_id", "submitted_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`contacts\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_contacts\` RENAME TO \`contacts\`;`)
  await db.run(sql`CREATE INDEX \`contacts_unit_idx\` ON \`contacts\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_order_idx\` ON \`contacts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contacts_review_status_idx\` ON \`contacts\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_by_idx\` ON \`contacts\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_by_idx\` ON \`contacts\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_submitted_by_idx\` ON \`contacts\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_published_by_idx\` ON \`contacts\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts__status_idx\` ON \`contacts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__contacts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_kind\` text DEFAULT 'person',
  	\`version_email\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_review_status\` text DEFAULT 'in-progress',
  	\`version_review_note\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__contacts_v\`("id", "parent_id", "version_unit_id", "version_kind", "version_email", "version_order", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_kind", "version_email", "version_order", "version_review_status", "version_review_note", "version_created_by_id", "version_updated_by_id", "version_submitted_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_contacts_v\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__contacts_v\` RENAME TO \`_contacts_v\`;`)
  await db.run(sql`CREATE INDEX \`_contacts_v_parent_idx\` ON \`_contacts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_unit_idx\` ON \`_contacts_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_order_idx\` ON \`_contacts_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_review_status_idx\` ON \`_contacts_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_created_by_idx\` ON \`_contacts_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_updated_by_idx\` ON \`_contacts_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_submitted_by_idx\` ON \`_contacts_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_published_by_idx\` ON \`_contacts_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_updated_at_idx\` ON \`_contacts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_created_at_idx\` ON \`_contacts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version__status_idx\` ON \`_contacts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_created_at_idx\` ON \`_contacts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_updated_at_idx\` ON \`_contacts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_snapshot_idx\` ON \`_contacts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_published_locale_idx\` ON \`_contacts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_latest_idx\` ON \`_contacts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "unit_id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename") SELECT "id", "unit_id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_unit_idx\` ON \`media\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_files\`("id", "unit_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "unit_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`files\`;`)
  await db.run(sql`DROP TABLE \`files\`;`)
  await db.run(sql`ALTER TABLE \`__new_files\` RENAME TO \`files\`;`)
  await db.run(sql`CREATE INDEX \`files_unit_idx\` ON \`files\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`files_updated_at_idx\` ON \`files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`files_created_at_idx\` ON \`files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`files_filename_idx\` ON \`files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_webhooks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webhooks\`("id", "unit_id", "url", "secret", "active", "updated_at", "created_at") SELECT "id", "unit_id", "url", "secret", "active", "updated_at", "created_at" FROM \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`ALTER TABLE \`__new_webhooks\` RENAME TO \`webhooks\`;`)
  await db.run(sql`CREATE INDEX \`webhooks_unit_idx\` ON \`webhooks\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`webhook_id\` integer NOT NULL,
  	\`event\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending',
  	\`attempts\` numeric DEFAULT 0,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`delivered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webhook_deliveries\`("id", "unit_id", "webhook_id", "event", "document_collection", "document_id", "body", "status", "attempts", "last_status_code", "last_error", "delivered_at", "updated_at", "created_at") SELECT "id", "unit_id", "webhook_id", "event", "document_collection", "document_id", "body", "status", "attempts", "last_status_code", "last_error", "delivered_at", "updated_at", "created_at" FROM \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_webhook_deliveries\` RENAME TO \`webhook_deliveries\`;`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_unit_idx\` ON \`webhook_deliveries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
}
