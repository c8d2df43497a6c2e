import { searchKey } from '../../base/text/vietnamese'
import { headingReader, itemsOf, pick, type RawRecord, type RecordProblem, textOf } from './cells'

export type { RawRecord, RecordProblem } from './cells'

/**
 * One administrative procedure as an import file gives it, in the National Database on Administrative
 * Procedures' terms: our field names (`code`, `name`…) or the Vietnamese headings of the national portal's pages
 * and exports ("Mã thủ tục", "Tên thủ tục", "Cấp thực hiện"…), matched without accents or case. JSON gives lists
 * as arrays; CSV gives one item per line in a cell (a way to submit as "Trực tiếp | 05 ngày làm việc | Không").
 */

export type ProcedureData = {
  applicants?: string
  code: string
  conditions?: string
  decisionNumber?: string
  field?: string
  implementingAgency?: string
  legalBasis?: { text: string }
  level?: 'commune' | 'district' | 'province'
  name: string
  onlineServiceLevel?: 'full' | 'none' | 'partial'
  requiredDocuments?: Array<{ copies?: number; name: string; originals?: number }>
  result?: string
  steps?: Array<{ description: string }>
  submissionMethods?: Array<{ fee?: string; method: 'in-person' | 'online' | 'postal'; processingTime?: string }>
}

const ALIASES: Record<keyof ProcedureData, string[]> = {
  applicants: ['applicants', 'Đối tượng thực hiện'],
  code: ['code', 'Mã thủ tục', 'Mã TTHC', 'MaTTHC'],
  conditions: ['conditions', 'Yêu cầu, điều kiện', 'Yêu cầu và điều kiện thực hiện', 'Yêu cầu điều kiện'],
  decisionNumber: ['decisionNumber', 'Số quyết định', 'Quyết định công bố', 'QuyetDinhCongBo'],
  field: ['field', 'Lĩnh vực', 'LinhVuc'],
  implementingAgency: ['implementingAgency', 'Cơ quan thực hiện', 'CoQuanThucHien'],
  legalBasis: ['legalBasis', 'Căn cứ pháp lý', 'CanCuPhapLy'],
  level: ['level', 'Cấp thực hiện', 'CapThucHien'],
  name: ['name', 'Tên thủ tục', 'Tên TTHC', 'TenTTHC'],
  onlineServiceLevel: ['onlineServiceLevel', 'Dịch vụ công trực tuyến', 'Mức độ dịch vụ công'],
  requiredDocuments: ['requiredDocuments', 'Thành phần hồ sơ', 'ThanhPhanHoSo'],
  result: ['result', 'Kết quả thực hiện', 'KetQuaThucHien'],
  steps: ['steps', 'Trình tự thực hiện', 'TrinhTuThucHien'],
  submissionMethods: ['submissionMethods', 'Cách thức thực hiện', 'CachThucThucHien'],
}

const headings = headingReader(ALIASES)

/** The column or key a heading names, whatever its accents, case or spacing; undefined for one we do not use. */
export const fieldOfHeading = headings.fieldOfHeading

const LEVELS: Record<string, ProcedureData['level']> = {
  'cap huyen': 'district',
  'cap tinh': 'province',
  'cap xa': 'commune',
  commune: 'commune',
  district: 'district',
  huyen: 'district',
  province: 'province',
  tinh: 'province',
  xa: 'commune',
}
const ONLINE: Record<string, ProcedureData['onlineServiceLevel']> = {
  full: 'full',
  khong: 'none',
  'mot phan': 'partial',
  none: 'none',
  partial: 'partial',
  'toan trinh': 'full',
}
const METHODS: Record<string, 'in-person' | 'online' | 'postal'> = {
  'buu chinh': 'postal',
  'dich vu buu chinh': 'postal',
  'in person': 'in-person',
  'in-person': 'in-person',
  online: 'online',
  postal: 'postal',
  'truc tiep': 'in-person',
  'truc tuyen': 'online',
}

const count = (value: unknown): number | undefined => {
  const text = textOf(value)
  if (text === undefined) return undefined
  const number = Number(text)
  return Number.isInteger(number) && number >= 0 ? number : undefined
}

/**
 * The procedure a record describes, or what is wrong with it (each problem naming the field). Only shape is
 * checked here; the collection's own rules (a code's form, a decision number's) run when it is stored.
 */
export const procedureFromRecord = (raw: RawRecord): { data: ProcedureData } | { problems: RecordProblem[] } => {
  const given = headings.read(raw)
  const problems: RecordProblem[] = []
  const code = textOf(given.code)
  const name = textOf(given.name)
  if (!code)
    problems.push({ field: 'code', message: { en: 'The procedure code is missing.', vi: 'Thiếu mã thủ tục.' } })
  if (!name)
    problems.push({ field: 'name', message: { en: 'The procedure name is missing.', vi: 'Thiếu tên thủ tục.' } })

  const levelText = textOf(given.level)
  const level = levelText === undefined ? undefined : LEVELS[searchKey(levelText)]
  if (levelText !== undefined && !level)
    problems.push({
      field: 'level',
      message: {
        en: `Unknown level "${levelText}" (province, district or commune).`,
        vi: `Cấp thực hiện "${levelText}" không hợp lệ (cấp tỉnh, cấp huyện hoặc cấp xã).`,
      },
    })
  const onlineText = textOf(given.onlineServiceLevel)
  const onlineServiceLevel = onlineText === undefined ? undefined : ONLINE[searchKey(onlineText)]
  if (onlineText !== undefined && !onlineServiceLevel)
    problems.push({
      field: 'onlineServiceLevel',
      message: {
        en: `Unknown online service level "${onlineText}" (full, partial or none).`,
        vi: `Mức dịch vụ công trực tuyến "${onlineText}" không hợp lệ (toàn trình, một phần hoặc không).`,
      },
    })

  const submissionMethods: NonNullable<ProcedureData['submissionMethods']> = []
  for (const item of itemsOf(given.submissionMethods)) {
    const [methodText, processingTime, fee] =
      typeof item === 'string'
        ? item.split('|').map((part) => part.trim())
        : [
            pick(item, 'method', 'Hình thức nộp'),
            pick(item, 'processingTime', 'Thời hạn giải quyết'),
            pick(item, 'fee', 'Phí, lệ phí', 'Phí và lệ phí'),
          ]
    const method = METHODS[searchKey(String(methodText ?? ''))]
    if (!method) {
      problems.push({
        field: 'submissionMethods',
        message: {
          en: `Unknown way to submit "${String(methodText ?? '')}" (in person, online or by post).`,
          vi: `Cách thức nộp "${String(methodText ?? '')}" không hợp lệ (trực tiếp, trực tuyến hoặc dịch vụ bưu chính).`,
        },
      })
      continue
    }
    submissionMethods.push({ fee: textOf(fee), method, processingTime: textOf(processingTime) })
  }

  const requiredDocuments = itemsOf(given.requiredDocuments).flatMap((item) => {
    if (typeof item === 'string') {
      const [docName, originals, copies] = item.split('|').map((part) => part.trim())
      return docName ? [{ copies: count(copies), name: docName, originals: count(originals) }] : []
    }
    const docName = textOf(pick(item, 'name', 'Tên giấy tờ'))
    return docName
      ? [
          {
            copies: count(pick(item, 'copies', 'Số bản sao')),
            name: docName,
            originals: count(pick(item, 'originals', 'Số bản chính')),
          },
        ]
      : []
  })
  const steps = itemsOf(given.steps).flatMap((item) => {
    const description = textOf(typeof item === 'string' ? item : pick(item, 'description', 'Nội dung bước'))
    return description ? [{ description }] : []
  })

  if (problems.length > 0 || !code || !name) return { problems }
  const legalBasis = textOf(given.legalBasis)
  return {
    data: {
      applicants: textOf(given.applicants),
      code,
      conditions: textOf(given.conditions),
      decisionNumber: textOf(given.decisionNumber),
      field: textOf(given.field),
      implementingAgency: textOf(given.implementingAgency),
      legalBasis: legalBasis === undefined ? undefined : { text: legalBasis },
      level,
      name,
      onlineServiceLevel,
      requiredDocuments: requiredDocuments.length ? requiredDocuments : undefined,
      result: textOf(given.result),
      steps: steps.length ? steps : undefined,
      submissionMethods: submissionMethods.length ? submissionMethods : undefined,
    },
  }
}
