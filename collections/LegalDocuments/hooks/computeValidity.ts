import type { FieldHook } from 'payload'

import { vietnamDay } from '../../../src/base/time/vietnamDay'
import { deriveValidity } from '../validity'

/** `validity` as of today: the status set by hand if there is one, otherwise derived from the dates. */
export const computeValidity: FieldHook = ({ siblingData }) =>
  siblingData?.validityOverride || deriveValidity(siblingData ?? {}, vietnamDay(new Date())!)
