import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillStoredHtml, type HtmlColumn } from '../../src/internals/storedHtml'
import { toSafeHtml } from '../../src/richText/toSafeHtml'

const COLUMNS: HtmlColumn[] = [
  { html: 'body_html', source: 'body', table: 'news_locales' },
  { html: 'version_body_html', source: 'version_body', table: '_news_v_locales' },
  { html: 'functions_and_duties_html', source: 'functions_and_duties', table: 'unit_profiles_locales' },
  { html: 'version_functions_and_duties_html', source: 'version_functions_and_duties', table: '_unit_profiles_v_locales' },
  { html: 'organisation_html', source: 'organisation', table: 'unit_profiles_locales' },
  { html: 'version_organisation_html', source: 'version_organisation', table: '_unit_profiles_v_locales' },
  { html: 'history_html', source: 'history', table: 'unit_profiles_locales' },
  { html: 'version_history_html', source: 'version_history', table: '_unit_profiles_v_locales' },
  { html: 'natural_conditions_html', source: 'natural_conditions', table: 'unit_profiles_locales' },
  { html: 'version_natural_conditions_html', source: 'version_natural_conditions', table: '_unit_profiles_v_locales' },
  { html: 'history_and_culture_html', source: 'history_and_culture', table: 'unit_profiles_locales' },
  { html: 'version_history_and_culture_html', source: 'version_history_and_culture', table: '_unit_profiles_v_locales' },
]

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
