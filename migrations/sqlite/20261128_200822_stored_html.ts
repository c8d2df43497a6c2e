import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillStoredHtml } from '../../src/internals/storedHtml'
import { STORED_HTML_COLUMNS as COLUMNS } from '../shared/storedHtmlColumns'
import { toSafeHtml } from '../../src/richText/toSafeHtml'

/**
 * Issue 15: the `…Html` twins of rich-text fields are stored when a document is written (src/richText/htmlField.ts)
 * instead of being made on every read. The columns, then the HTML of every row already stored, made as the read
 * made it (src/richText/toSafeHtml.ts), so that no read has to make it again.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` ADD \`functions_and_duties_html\` text;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` ADD \`organisation_html\` text;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` ADD \`history_html\` text;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` ADD \`natural_conditions_html\` text;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` ADD \`history_and_culture_html\` text;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` ADD \`version_functions_and_duties_html\` text;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` ADD \`version_organisation_html\` text;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` ADD \`version_history_html\` text;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` ADD \`version_natural_conditions_html\` text;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` ADD \`version_history_and_culture_html\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`body_html\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_body_html\` text;`)
  await fillStoredHtml((statement) => db.all(statement), 'sqlite', COLUMNS, toSafeHtml)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` DROP COLUMN \`functions_and_duties_html\`;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` DROP COLUMN \`organisation_html\`;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` DROP COLUMN \`history_html\`;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` DROP COLUMN \`natural_conditions_html\`;`)
  await db.run(sql`ALTER TABLE \`unit_profiles_locales\` DROP COLUMN \`history_and_culture_html\`;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` DROP COLUMN \`version_functions_and_duties_html\`;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` DROP COLUMN \`version_organisation_html\`;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` DROP COLUMN \`version_history_html\`;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` DROP COLUMN \`version_natural_conditions_html\`;`)
  await db.run(sql`ALTER TABLE \`_unit_profiles_v_locales\` DROP COLUMN \`version_history_and_culture_html\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`body_html\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_body_html\`;`)
}
