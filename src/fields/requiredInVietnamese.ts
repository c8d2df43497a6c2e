import type { TextFieldSingleValidation } from 'payload'

import { inLanguage } from '../base/errors/fieldError'

/**
 * Required in Vietnamese only: a person's name has no English version, so an English edit of the same item
 * (a translated position, say) must not be refused for it; readers fall back to the Vietnamese name.
 */
export const requiredInVietnamese: TextFieldSingleValidation = (value, { req }) =>
  value || (req.locale && req.locale !== 'vi')
    ? true
    : inLanguage(req, { en: 'This field is required.', vi: 'Trường này là bắt buộc.' })
