import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`unit_profiles_leaders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`photo_id\` integer,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`unit_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_profiles_leaders_order_idx\` ON \`unit_profiles_leaders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_leaders_parent_id_idx\` ON \`unit_profiles_leaders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_leaders_photo_idx\` ON \`unit_profiles_leaders\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_profiles_leaders_locales\` (
  	\`position\` text,
  	\`bio\` text,
  	\`responsibilities\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`unit_profiles_leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_profiles_leaders_locales_locale_parent_id_unique\` ON \`unit_profiles_leaders_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_profiles\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`unit_profiles_unit_idx\` ON \`unit_profiles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_organisation_chart_idx\` ON \`unit_profiles\` (\`organisation_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_administrative_map_idx\` ON \`unit_profiles\` (\`administrative_map_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_updated_at_idx\` ON \`unit_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles_created_at_idx\` ON \`unit_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_profiles__status_idx\` ON \`unit_profiles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`unit_profiles_locales\` (
  	\`title\` text DEFAULT 'Giới thiệu',
  	\`functions_and_duties\` text,
  	\`organisation\` text,
  	\`history\` text,
  	\`natural_conditions\` text,
  	\`history_and_culture\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`unit_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_profiles_locales_locale_parent_id_unique\` ON \`unit_profiles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_unit_profiles_v_version_leaders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_unit_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_leaders_order_idx\` ON \`_unit_profiles_v_version_leaders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_leaders_parent_id_idx\` ON \`_unit_profiles_v_version_leaders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_version_leaders_photo_idx\` ON \`_unit_profiles_v_version_leaders\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_unit_profiles_v_version_leaders_locales\` (
  	\`position\` text,
  	\`bio\` text,
  	\`responsibilities\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_unit_profiles_v_version_leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_unit_profiles_v_version_leaders_locales_locale_parent_id_un\` ON \`_unit_profiles_v_version_leaders_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_unit_profiles_v\` (
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
  await db.run(sql`CREATE TABLE \`_unit_profiles_v_locales\` (
  	\`version_title\` text DEFAULT 'Giới thiệu',
  	\`version_functions_and_duties\` text,
  	\`version_organisation\` text,
  	\`version_history\` text,
  	\`version_natural_conditions\` text,
  	\`version_history_and_culture\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_unit_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_unit_profiles_v_locales_locale_parent_id_unique\` ON \`_unit_profiles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`unit_profiles_id\` integer REFERENCES unit_profiles(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_profiles_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`unit_profiles_leaders\`;`)
  await db.run(sql`DROP TABLE \`unit_profiles_leaders_locales\`;`)
  await db.run(sql`DROP TABLE \`unit_profiles\`;`)
  await db.run(sql`DROP TABLE \`unit_profiles_locales\`;`)
  await db.run(sql`DROP TABLE \`_unit_profiles_v_version_leaders\`;`)
  await db.run(sql`DROP TABLE \`_unit_profiles_v_version_leaders_locales\`;`)
  await db.run(sql`DROP TABLE \`_unit_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`_unit_profiles_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "units_id", "users_id", "news_id", "media_id") SELECT "id", "order", "parent_id", "path", "units_id", "users_id", "news_id", "media_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
}
