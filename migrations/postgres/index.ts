import * as migration_20261126_111257_initial from './20261126_111257_initial';
import * as migration_20261126_120333_tenancy from './20261126_120333_tenancy';
import * as migration_20261126_123857_unit_profiles from './20261126_123857_unit_profiles';
import * as migration_20261126_142123_content_model from './20261126_142123_content_model';
import * as migration_20261126_145259_search_keys from './20261126_145259_search_keys';
import * as migration_20261126_152044_webhooks from './20261126_152044_webhooks';
import * as migration_20261126_173550_locale_parent_indexes from './20261126_173550_locale_parent_indexes';
import * as migration_20261126_181500_search_trigrams from './20261126_181500_search_trigrams';
import * as migration_20261127_070448_webhook_choices from './20261127_070448_webhook_choices';
import * as migration_20261127_072850_search_trigram_indexes from './20261127_072850_search_trigram_indexes';
import * as migration_20261127_081614_idempotency_keys from './20261127_081614_idempotency_keys';
import * as migration_20261127_103431_unit_titles from './20261127_103431_unit_titles';
import * as migration_20261127_104118_notifications from './20261127_104118_notifications';
import * as migration_20261127_105358_review from './20261127_105358_review';
import * as migration_20261127_105743_invitations from './20261127_105743_invitations';
import * as migration_20261127_110204_news_attachments from './20261127_110204_news_attachments';
import * as migration_20261127_110747_roles_summary from './20261127_110747_roles_summary';
import * as migration_20261127_111341_unit_preview_url from './20261127_111341_unit_preview_url';
import * as migration_20261127_113139_contact_drafts from './20261127_113139_contact_drafts';
import * as migration_20261127_140445_unit_tree_key from './20261127_140445_unit_tree_key';
import * as migration_20261127_143605_audit_log from './20261127_143605_audit_log';
import * as migration_20261127_172332_reorganisation from './20261127_172332_reorganisation';
import * as migration_20261128_030931_version_parent_updated_indexes from './20261128_030931_version_parent_updated_indexes';
import * as migration_20261128_124252_field_counts from './20261128_124252_field_counts';
import * as migration_20261128_164147_search_keys_text_trigram from './20261128_164147_search_keys_text_trigram';
import * as migration_20261128_200823_stored_html from './20261128_200823_stored_html';

export const migrations = [
  {
    up: migration_20261126_111257_initial.up,
    down: migration_20261126_111257_initial.down,
    name: '20261126_111257_initial',
  },
  {
    up: migration_20261126_120333_tenancy.up,
    down: migration_20261126_120333_tenancy.down,
    name: '20261126_120333_tenancy',
  },
  {
    up: migration_20261126_123857_unit_profiles.up,
    down: migration_20261126_123857_unit_profiles.down,
    name: '20261126_123857_unit_profiles',
  },
  {
    up: migration_20261126_142123_content_model.up,
    down: migration_20261126_142123_content_model.down,
    name: '20261126_142123_content_model',
  },
  {
    up: migration_20261126_145259_search_keys.up,
    down: migration_20261126_145259_search_keys.down,
    name: '20261126_145259_search_keys',
  },
  {
    up: migration_20261126_152044_webhooks.up,
    down: migration_20261126_152044_webhooks.down,
    name: '20261126_152044_webhooks',
  },
  {
    up: migration_20261126_173550_locale_parent_indexes.up,
    down: migration_20261126_173550_locale_parent_indexes.down,
    name: '20261126_173550_locale_parent_indexes',
  },
  {
    up: migration_20261126_181500_search_trigrams.up,
    down: migration_20261126_181500_search_trigrams.down,
    name: '20261126_181500_search_trigrams',
  },
  {
    up: migration_20261127_070448_webhook_choices.up,
    down: migration_20261127_070448_webhook_choices.down,
    name: '20261127_070448_webhook_choices',
  },
  {
    up: migration_20261127_072850_search_trigram_indexes.up,
    down: migration_20261127_072850_search_trigram_indexes.down,
    name: '20261127_072850_search_trigram_indexes',
  },
  {
    up: migration_20261127_081614_idempotency_keys.up,
    down: migration_20261127_081614_idempotency_keys.down,
    name: '20261127_081614_idempotency_keys',
  },
  {
    up: migration_20261127_103431_unit_titles.up,
    down: migration_20261127_103431_unit_titles.down,
    name: '20261127_103431_unit_titles',
  },
  {
    up: migration_20261127_104118_notifications.up,
    down: migration_20261127_104118_notifications.down,
    name: '20261127_104118_notifications',
  },
  {
    up: migration_20261127_105358_review.up,
    down: migration_20261127_105358_review.down,
    name: '20261127_105358_review',
  },
  {
    up: migration_20261127_105743_invitations.up,
    down: migration_20261127_105743_invitations.down,
    name: '20261127_105743_invitations',
  },
  {
    up: migration_20261127_110204_news_attachments.up,
    down: migration_20261127_110204_news_attachments.down,
    name: '20261127_110204_news_attachments',
  },
  {
    up: migration_20261127_110747_roles_summary.up,
    down: migration_20261127_110747_roles_summary.down,
    name: '20261127_110747_roles_summary',
  },
  {
    up: migration_20261127_111341_unit_preview_url.up,
    down: migration_20261127_111341_unit_preview_url.down,
    name: '20261127_111341_unit_preview_url',
  },
  {
    up: migration_20261127_113139_contact_drafts.up,
    down: migration_20261127_113139_contact_drafts.down,
    name: '20261127_113139_contact_drafts',
  },
  {
    up: migration_20261127_140445_unit_tree_key.up,
    down: migration_20261127_140445_unit_tree_key.down,
    name: '20261127_140445_unit_tree_key',
  },
  {
    up: migration_20261127_143605_audit_log.up,
    down: migration_20261127_143605_audit_log.down,
    name: '20261127_143605_audit_log',
  },
  {
    up: migration_20261127_172332_reorganisation.up,
    down: migration_20261127_172332_reorganisation.down,
    name: '20261127_172332_reorganisation',
  },
  {
    up: migration_20261128_030931_version_parent_updated_indexes.up,
    down: migration_20261128_030931_version_parent_updated_indexes.down,
    name: '20261128_030931_version_parent_updated_indexes',
  },
  {
    up: migration_20261128_124252_field_counts.up,
    down: migration_20261128_124252_field_counts.down,
    name: '20261128_124252_field_counts',
  },
  {
    up: migration_20261128_164147_search_keys_text_trigram.up,
    down: migration_20261128_164147_search_keys_text_trigram.down,
    name: '20261128_164147_search_keys_text_trigram',
  },
  {
    up: migration_20261128_200823_stored_html.up,
    down: migration_20261128_200823_stored_html.down,
    name: '20261128_200823_stored_html'
  },
];
