'use client'

import type { DefaultCellComponentProps } from 'payload'

import { vietnamTableDate } from '../base/time/vietnamDay'

/**
 * A date in a list, in Vietnam time whatever the browser's zone ("27/11/2026 13:48", or the day alone):
 * Payload's cell writes it in the browser's zone, so an official abroad, or a machine set to UTC, saw other
 * hours than the item's form and the portal (src/plugins/dates.ts puts it on every date field).
 */
export const VietnamDateCell = ({ cellData, dayOnly }: DefaultCellComponentProps & { dayOnly?: boolean }) => (
  <span>{vietnamTableDate(cellData as string | null | undefined, !dayOnly)}</span>
)
