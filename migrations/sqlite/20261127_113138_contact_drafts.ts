import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_contacts_v_version_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'office',
  	\`number\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_phones_order_idx\` ON \`_contacts_v_version_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_phones_parent_id_idx\` ON \`_contacts_v_version_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v_version_public_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_public_fields_order_idx\` ON \`_contacts_v_version_public_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_public_fields_parent_idx\` ON \`_contacts_v_version_public_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v\` (
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
  await db.run(sql`CREATE TABLE \`_contacts_v_locales\` (
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_department\` text,
  	\`version_office\` text,
  	\`version_address\` text,
  	\`version_title_key\` text,
  	\`version_text_key\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_contacts_v_locales_locale_parent_id_unique\` ON \`_contacts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_locales_parent_idx\` ON \`_contacts_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_contacts_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'office',
  	\`number\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contacts_phones\`("_order", "_parent_id", "id", "kind", "number") SELECT "_order", "_parent_id", "id", "kind", "number" FROM \`contacts_phones\`;`)
  await db.run(sql`DROP TABLE \`contacts_phones\`;`)
  await db.run(sql`ALTER TABLE \`__new_contacts_phones\` RENAME TO \`contacts_phones\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`contacts_phones_order_idx\` ON \`contacts_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contacts_phones_parent_id_idx\` ON \`contacts_phones\` (\`_parent_id\`);`)
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
  // Edited by hand: drizzle-kit copied the new columns from the old table too (SQLite reads an unknown "name" as a
  // string), and contacts stored before drafts existed were live, so they stay published and approved.
  await db.run(sql`INSERT INTO \`__new_contacts\`("id", "unit_id", "kind", "email", "order", "updated_at", "created_at", "_status", "review_status") SELECT "id", "unit_id", "kind", "email", "order", "updated_at", "created_at", 'published', 'approved' FROM \`contacts\`;`)
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_contacts_v_version_phones\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v_version_public_fields\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`kind\` text DEFAULT 'person' NOT NULL,
  	\`email\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contacts\`("id", "unit_id", "kind", "email", "order", "updated_at", "created_at") SELECT "id", "unit_id", "kind", "email", "order", "updated_at", "created_at" FROM \`contacts\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_contacts\` RENAME TO \`contacts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`contacts_unit_idx\` ON \`contacts\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_order_idx\` ON \`contacts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_contacts_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'office' NOT NULL,
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contacts_phones\`("_order", "_parent_id", "id", "kind", "number") SELECT "_order", "_parent_id", "id", "kind", "number" FROM \`contacts_phones\`;`)
  await db.run(sql`DROP TABLE \`contacts_phones\`;`)
  await db.run(sql`ALTER TABLE \`__new_contacts_phones\` RENAME TO \`contacts_phones\`;`)
  await db.run(sql`CREATE INDEX \`contacts_phones_order_idx\` ON \`contacts_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contacts_phones_parent_id_idx\` ON \`contacts_phones\` (\`_parent_id\`);`)
}
