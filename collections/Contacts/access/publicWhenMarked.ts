import type { FieldAccess } from 'payload'

/**
 * Contact details are readable by anonymous visitors only when the item lists them in `publicFields` (a private
 * mobile number stays inside the unit). Signed-in users already only read contacts of their own units.
 */
export const publicWhenMarked =
  (name: string): FieldAccess =>
  ({ data, doc, req }) => {
    if (req.user) return true
    const marked = ((doc ?? data) as { publicFields?: string[] } | undefined)?.publicFields
    return Array.isArray(marked) && marked.includes(name)
  }
