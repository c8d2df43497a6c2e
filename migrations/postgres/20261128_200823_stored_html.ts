import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { fillStoredHtml } from '../../src/internals/storedHtml'
import { STORED_HTML_COLUMNS as COLUMNS } from '../shared/storedHtmlColumns'
import { toSafeHtml } from '../../src/richText/toSafeHtml'

/**
 * Issue 15: the `…Html` twins of rich-text fields are stored when a document is written (src/richText/htmlField.ts)
 * instead of being made on every read. The columns, then the HTML of every row already stored, made as the read
 * made it (src/richText/toSafeHtml.ts), so that no read has to make it again.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "unit_profiles_locales" ADD COLUMN "functions_and_duties_html" varchar;
  ALTER TABLE "unit_profiles_locales" ADD COLUMN "organisation_html" varchar;
  ALTER TABLE "unit_profiles_locales" ADD COLUMN "history_html" varchar;
  ALTER TABLE "unit_profiles_locales" ADD COLUMN "natural_conditions_html" varchar;
  ALTER TABLE "unit_profiles_locales" ADD COLUMN "history_and_culture_html" varchar;
  ALTER TABLE "_unit_profiles_v_locales" ADD COLUMN "version_functions_and_duties_html" varchar;
  ALTER TABLE "_unit_profiles_v_locales" ADD COLUMN "version_organisation_html" varchar;
  ALTER TABLE "_unit_profiles_v_locales" ADD COLUMN "version_history_html" varchar;
  ALTER TABLE "_unit_profiles_v_locales" ADD COLUMN "version_natural_conditions_html" varchar;
  ALTER TABLE "_unit_profiles_v_locales" ADD COLUMN "version_history_and_culture_html" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "body_html" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_body_html" varchar;`)
  await fillStoredHtml(async (statement) => (await db.execute(statement)).rows, 'postgres', COLUMNS, toSafeHtml)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "unit_profiles_locales" DROP COLUMN "functions_and_duties_html";
  ALTER TABLE "unit_profiles_locales" DROP COLUMN "organisation_html";
  ALTER TABLE "unit_profiles_locales" DROP COLUMN "history_html";
  ALTER TABLE "unit_profiles_locales" DROP COLUMN "natural_conditions_html";
  ALTER TABLE "unit_profiles_locales" DROP COLUMN "history_and_culture_html";
  ALTER TABLE "_unit_profiles_v_locales" DROP COLUMN "version_functions_and_duties_html";
  ALTER TABLE "_unit_profiles_v_locales" DROP COLUMN "version_organisation_html";
  ALTER TABLE "_unit_profiles_v_locales" DROP COLUMN "version_history_html";
  ALTER TABLE "_unit_profiles_v_locales" DROP COLUMN "version_natural_conditions_html";
  ALTER TABLE "_unit_profiles_v_locales" DROP COLUMN "version_history_and_culture_html";
  ALTER TABLE "news_locales" DROP COLUMN "body_html";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_body_html";`)
}
