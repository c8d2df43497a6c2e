import type { Field, Plugin } from 'payload'

import { choiceListOf } from '../fields/choices/readyMade'
import { spellAsChoice } from '../fields/choices/spellAsChoice'
import { eachField } from './edit'

const withChoices = (field: Field): Field => {
  const list = field.type === 'text' ? choiceListOf(field) : undefined
  if (field.type !== 'text' || !list) return field
  return {
    ...field,
    admin: {
      ...field.admin,
      components: {
        ...field.admin?.components,
        Field: { clientProps: { list }, path: '/src/admin/ChoiceText#ChoiceText' },
      },
    },
    hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), spellAsChoice(list)] },
  }
}

/**
 * Text fields marked `choicesFrom(list)` (a procedure's field, a document's issuing body) offer ready-made
 * values as people type (src/admin/ChoiceText.tsx, from `GET /api/choices/<list>`) and store a ready-made value
 * in its own spelling. Other values stay allowed: the national lists grow, and imports bring what they bring.
 */
export const choices = (): Plugin => eachField(withChoices)
