import { declare, unitScoped } from '../../../src/declaration'

/**
 * A throw-away collection, declared the way the README's "Adding a collection" says: this folder, one line in
 * the config's collection list, and the generated migrations. Nothing else names it.
 */
export const Notices = declare(
  unitScoped({
    drafts: { maxVersions: 5 },
    inherit: 'marked',
    public: true,
    search: { date: 'updatedAt', heading: 'title', text: ['body'], title: ['title'] },
    webhooks: true,
  }),
  {
    slug: 'notices',
    fields: [
      { name: 'title', type: 'text', localized: true, required: true },
      { name: 'body', type: 'textarea', localized: true },
    ],
  },
)
