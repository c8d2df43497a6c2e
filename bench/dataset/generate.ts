import { vietnamDay } from '../../src/base/time/vietnamDay'
import type { Random } from './random'
import {
  ACTIONS,
  CATEGORIES,
  FAMILY_NAMES,
  FIELDS,
  GIVEN_NAMES,
  POSITIONS,
  SENTENCES,
  SUBJECTS,
  TIMES,
  TOPICS,
} from './words'

/** How much content the dataset holds; FULL is issue 6's province scale (about 210,000 documents). */
export type Scale = { contactsPerUnit: number; legalPerUnit: number; newsPerUnit: number; procedures: number }
export const FULL_SCALE: Scale = { contactsPerUnit: 30, legalPerUnit: 40, newsPerUnit: 1000, procedures: 2000 }

export const scaled = (factor: number): Scale => ({
  contactsPerUnit: Math.max(1, Math.round(FULL_SCALE.contactsPerUnit * factor)),
  legalPerUnit: Math.max(1, Math.round(FULL_SCALE.legalPerUnit * factor)),
  newsPerUnit: Math.max(1, Math.round(FULL_SCALE.newsPerUnit * factor)),
  procedures: Math.max(3, Math.round(FULL_SCALE.procedures * factor)),
})

const YEAR_MS = 365 * 24 * 60 * 60 * 1000
/** Dates spread over the five years before a fixed moment, so datasets do not depend on the day they are made. */
export const DATASET_NOW = Date.parse('2026-11-01T00:00:00Z')
const pastDate = (random: Random) => new Date(DATASET_NOW - random.next() * 5 * YEAR_MS).toISOString()

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})
const lexicalOf = (paragraphs: string[]) => ({
  root: { type: 'root', children: paragraphs.map(paragraph), direction: 'ltr', format: '', indent: 0, version: 1 },
})

const headline = (random: Random) =>
  `${random.pick(SUBJECTS)} ${random.pick(ACTIONS)} ${random.pick(TOPICS)} ${random.pick(TIMES)}`
const sentences = (random: Random, count: number) =>
  Array.from({ length: count }, () => random.pick(SENTENCES)).join(' ')

export const categoryNames = CATEGORIES

/** A news article: a realistic headline, a summary, four to eight paragraphs, a date in the last five years. */
export const newsData = (random: Random) => {
  const title = headline(random)
  return {
    _status: random.chance(0.05) ? 'draft' : 'published',
    body: lexicalOf(Array.from({ length: random.int(4, 8) }, () => `${title}. ${sentences(random, random.int(3, 6))}`)),
    categoryIndex: random.int(0, CATEGORIES.length - 1),
    featured: random.chance(0.03),
    publishedAt: pastDate(random),
    summary: `${title}. ${sentences(random, 2)}`,
    title,
  }
}

const DOCUMENT_KINDS = [
  ['quyet-dinh', 'QĐ-UBND'],
  ['ke-hoach', 'KH-UBND'],
  ['thong-bao', 'TB-UBND'],
  ['cong-van', 'UBND-VP'],
  ['chi-thi', 'CT-UBND'],
] as const

/** A legal document numbered `index` in its unit; some expired, some not yet in force. */
export const legalDocumentData = (random: Random, index: number, issuingBody: string) => {
  const issuedAt = pastDate(random)
  // The year in a document number is the year of issue in Vietnam (UTC+7), as the schema checks it.
  const year = vietnamDay(issuedAt)!.slice(0, 4)
  const [type, symbol] = random.pick(DOCUMENT_KINDS)
  const numberAndSymbol = type === 'cong-van' ? `${index}/${symbol}` : `${index}/${year}/${symbol}`
  const expires = random.chance(0.15)
  return {
    _status: 'published',
    expiresAt: expires ? new Date(Date.parse(issuedAt) + random.int(60, 700) * 86_400_000).toISOString() : undefined,
    field: random.pick(FIELDS),
    issuedAt,
    issuingBody,
    numberAndSymbol,
    signer: `${random.pick(FAMILY_NAMES)} ${random.pick(GIVEN_NAMES)}`,
    summary: `Về việc ${random.pick(ACTIONS)} ${random.pick(TOPICS)} ${random.pick(TIMES)}`,
    type,
  }
}

export const contactData = (random: Random, index: number) => ({
  email: `canbo${index}@example.gov.vn`,
  kind: 'person',
  name: `${random.pick(FAMILY_NAMES)} ${random.pick(GIVEN_NAMES)}`,
  order: index,
  phones: [{ kind: 'office', number: `0273 3${String(random.int(100000, 999999))}` }],
  position: random.pick(POSITIONS),
})

/** Procedure `index` of the province: about half commune-level (shown on every commune portal), the rest split. */
export const procedureData = (random: Random, index: number) => {
  const level = index % 2 === 0 ? 'commune' : index % 3 === 0 ? 'district' : 'province'
  return {
    _status: 'published',
    code: `${level === 'province' ? 1 : level === 'district' ? 2 : 3}.${String(index).padStart(6, '0')}`,
    field: random.pick(FIELDS),
    level,
    name: `Thủ tục ${random.pick(TOPICS)} ${random.pick(['lần đầu', 'cấp lại', 'điều chỉnh', 'gia hạn', 'trực tuyến'])}`,
    onlineServiceLevel: random.pick(['full', 'partial', 'none']),
    showOnSubunits: level === 'province' ? [] : [level],
    steps: [{ description: 'Nộp hồ sơ' }, { description: 'Tiếp nhận và giải quyết' }, { description: 'Trả kết quả' }],
    submissionMethods: [{ fee: 'Không', method: 'in-person', processingTime: `${random.int(1, 15)} ngày làm việc` }],
  }
}
