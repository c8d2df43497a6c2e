import type { HtmlColumn } from '../../src/internals/storedHtml'

/** The rich-text columns of the `stored_html` migration (both databases): where each one's HTML goes. */
export const STORED_HTML_COLUMNS: HtmlColumn[] = [
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
