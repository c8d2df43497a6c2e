import type { ImportKind } from '../importRecords'
import { LEGAL_DOCUMENTS } from './legalDocuments'
import { NEWS } from './news'
import { PROCEDURES } from './procedures'

/** What can be imported, by the name the command line and the endpoint use. */
export const IMPORT_KINDS = {
  'legal-documents': LEGAL_DOCUMENTS,
  news: NEWS,
  procedures: PROCEDURES,
} as const satisfies Record<string, ImportKind>

export type ImportKindName = keyof typeof IMPORT_KINDS

export const isImportKind = (name: unknown): name is ImportKindName =>
  typeof name === 'string' && Object.hasOwn(IMPORT_KINDS, name)
