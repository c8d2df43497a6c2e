import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`title_key\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`text_key\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_title_key\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_text_key\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` ADD \`title_key\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` ADD \`text_key\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` ADD \`version_title_key\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` ADD \`version_text_key\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents_locales\` ADD \`title_key\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents_locales\` ADD \`text_key\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v_locales\` ADD \`version_title_key\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v_locales\` ADD \`version_text_key\` text;`)
  await db.run(sql`ALTER TABLE \`contacts_locales\` ADD \`title_key\` text;`)
  await db.run(sql`ALTER TABLE \`contacts_locales\` ADD \`text_key\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`title_key\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`text_key\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_title_key\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_text_key\`;`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` DROP COLUMN \`title_key\`;`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` DROP COLUMN \`text_key\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` DROP COLUMN \`version_title_key\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` DROP COLUMN \`version_text_key\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents_locales\` DROP COLUMN \`title_key\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents_locales\` DROP COLUMN \`text_key\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v_locales\` DROP COLUMN \`version_title_key\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v_locales\` DROP COLUMN \`version_text_key\`;`)
  await db.run(sql`ALTER TABLE \`contacts_locales\` DROP COLUMN \`title_key\`;`)
  await db.run(sql`ALTER TABLE \`contacts_locales\` DROP COLUMN \`text_key\`;`)
}
