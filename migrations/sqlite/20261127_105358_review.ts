import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`unit_profiles\` ADD \`review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`unit_profiles\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`unit_profiles\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`unit_profiles\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`unit_profiles\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`unit_profiles\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_review_status_idx\` ON \`unit_profiles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_created_by_idx\` ON \`unit_profiles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_updated_by_idx\` ON \`unit_profiles\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_submitted_by_idx\` ON \`unit_profiles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_published_by_idx\` ON \`unit_profiles\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v\` ADD \`version_review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_review_status_idx\` ON \`_unit_profiles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_created_by_idx\` ON \`_unit_profiles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_updated_by_idx\` ON \`_unit_profiles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_submitted_by_idx\` ON \`_unit_profiles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_published_by_idx\` ON \`_unit_profiles_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`news_review_status_idx\` ON \`news\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`news_created_by_idx\` ON \`news\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_by_idx\` ON \`news\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_submitted_by_idx\` ON \`news\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_by_idx\` ON \`news\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_review_status_idx\` ON \`_news_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_by_idx\` ON \`_news_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_by_idx\` ON \`_news_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_submitted_by_idx\` ON \`_news_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_by_idx\` ON \`_news_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`procedures_review_status_idx\` ON \`procedures\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_by_idx\` ON \`procedures\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_by_idx\` ON \`procedures\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_submitted_by_idx\` ON \`procedures\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_published_by_idx\` ON \`procedures\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_review_status_idx\` ON \`_procedures_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_by_idx\` ON \`_procedures_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_by_idx\` ON \`_procedures_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_submitted_by_idx\` ON \`_procedures_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_published_by_idx\` ON \`_procedures_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`legal_documents_review_status_idx\` ON \`legal_documents\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_by_idx\` ON \`legal_documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_by_idx\` ON \`legal_documents\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_submitted_by_idx\` ON \`legal_documents\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_published_by_idx\` ON \`legal_documents\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_review_status\` text DEFAULT 'in-progress';`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_review_status_idx\` ON \`_legal_documents_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_by_idx\` ON \`_legal_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_by_idx\` ON \`_legal_documents_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_submitted_by_idx\` ON \`_legal_documents_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_published_by_idx\` ON \`_legal_documents_v\` (\`version_published_by_id\`);`)
  // Items published before the review existed count as approved, not as being written.
  for (const table of ['news', 'procedures', 'legal_documents', 'unit_profiles']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`review_status\` = 'approved' WHERE \`_status\` = 'published';`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_unit_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`organisation_chart_id\` integer,
  	\`administrative_map_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`administrative_map_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_unit_profiles\`("id", "unit_id", "organisation_chart_id", "administrative_map_id", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "organisation_chart_id", "administrative_map_id", "updated_at", "created_at", "_status" FROM \`unit_profiles\`;`)
  await db.run(sql`DROP TABLE \`unit_profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_unit_profiles\` RENAME TO \`unit_profiles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_profiles_unit_idx\` ON \`unit_profiles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_organisation_chart_idx\` ON \`unit_profiles\` (\`organisation_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_administrative_map_idx\` ON \`unit_profiles\` (\`administrative_map_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_updated_at_idx\` ON \`unit_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_created_at_idx\` ON \`unit_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles__status_idx\` ON \`unit_profiles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__unit_profiles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_organisation_chart_id\` integer,
  	\`version_administrative_map_id\` integer,
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
  	FOREIGN KEY (\`version_administrative_map_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__unit_profiles_v\`("id", "parent_id", "version_unit_id", "version_organisation_chart_id", "version_administrative_map_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_organisation_chart_id", "version_administrative_map_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_unit_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`_unit_profiles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__unit_profiles_v\` RENAME TO \`_unit_profiles_v\`;`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_parent_idx\` ON \`_unit_profiles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_unit_idx\` ON \`_unit_profiles_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_organisation_chart_idx\` ON \`_unit_profiles_v\` (\`version_organisation_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_version_administrative_map_idx\` ON \`_unit_profiles_v\` (\`version_administrative_map_id\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "unit_id", "slug", "cover_id", "author", "published_at", "featured", "source", "source_url", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "slug", "cover_id", "author", "published_at", "featured", "source", "source_url", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE INDEX \`news_unit_idx\` ON \`news\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_featured_idx\` ON \`news\` (\`featured\`);`)
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
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_unit_id", "version_slug", "version_cover_id", "version_author", "version_published_at", "version_featured", "version_source", "version_source_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_slug", "version_cover_id", "version_author", "version_published_at", "version_featured", "version_source", "version_source_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_unit_idx\` ON \`_news_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_featured_idx\` ON \`_news_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_slug_idx\` ON \`_news_v\` (\`version_unit_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`code\` text,
  	\`decision_number\` text,
  	\`level\` text,
  	\`procedure_type\` text,
  	\`online_service_level\` text DEFAULT 'none',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "unit_id", "code", "decision_number", "level", "procedure_type", "online_service_level", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "code", "decision_number", "level", "procedure_type", "online_service_level", "updated_at", "created_at", "_status" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE INDEX \`procedures_unit_idx\` ON \`procedures\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_level_idx\` ON \`procedures\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`procedures_online_service_level_idx\` ON \`procedures\` (\`online_service_level\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_unit_id", "version_code", "version_decision_number", "version_level", "version_procedure_type", "version_online_service_level", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_code", "version_decision_number", "version_level", "version_procedure_type", "version_online_service_level", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_unit_idx\` ON \`_procedures_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_code_idx\` ON \`_procedures_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_level_idx\` ON \`_procedures_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_online_service_level_idx\` ON \`_procedures_v\` (\`version_online_service_level\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_legal_documents\`("id", "unit_id", "number_and_symbol", "type", "signer", "issued_at", "effective_at", "expires_at", "validity_override", "updated_at", "created_at", "_status") SELECT "id", "unit_id", "number_and_symbol", "type", "signer", "issued_at", "effective_at", "expires_at", "validity_override", "updated_at", "created_at", "_status" FROM \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_legal_documents\` RENAME TO \`legal_documents\`;`)
  await db.run(sql`CREATE INDEX \`legal_documents_unit_idx\` ON \`legal_documents\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_number_and_symbol_idx\` ON \`legal_documents\` (\`number_and_symbol\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_type_idx\` ON \`legal_documents\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issued_at_idx\` ON \`legal_documents\` (\`issued_at\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__legal_documents_v\`("id", "parent_id", "version_unit_id", "version_number_and_symbol", "version_type", "version_signer", "version_issued_at", "version_effective_at", "version_expires_at", "version_validity_override", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_unit_id", "version_number_and_symbol", "version_type", "version_signer", "version_issued_at", "version_effective_at", "version_expires_at", "version_validity_override", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__legal_documents_v\` RENAME TO \`_legal_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_idx\` ON \`_legal_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_unit_idx\` ON \`_legal_documents_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_number_and_symbol_idx\` ON \`_legal_documents_v\` (\`version_number_and_symbol\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_type_idx\` ON \`_legal_documents_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issued_at_idx\` ON \`_legal_documents_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_at_idx\` ON \`_legal_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_at_idx\` ON \`_legal_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version__status_idx\` ON \`_legal_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_created_at_idx\` ON \`_legal_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_updated_at_idx\` ON \`_legal_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_snapshot_idx\` ON \`_legal_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_published_locale_idx\` ON \`_legal_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_latest_idx\` ON \`_legal_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_numberAndSymbol_idx\` ON \`_legal_documents_v\` (\`version_unit_id\`,\`version_number_and_symbol\`);`)
}
