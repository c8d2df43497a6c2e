/** What the benchmark asks, in the words a portal's frontend would use (docs/frontend.md). */

/**
 * Issue 6's portal home page: latest news, newest legal documents, procedures by field, the unit's contacts, as
 * docs/frontend.md recommends writing it (no total counts, only the fields shown).
 */
export const HOME_QUERY = `query Home {
  News(limit: 10, sort: "-publishedAt", pagination: false, select: true) { docs { title slug summary publishedAt featured categories { name slug } } }
  LegalDocuments(limit: 5, sort: "-issuedAt", pagination: false, select: true) { docs { numberAndSymbol summary issuedAt validity } }
  procedureFields { field count }
  Contacts(limit: 30, sort: "order", pagination: false, select: true) { docs { name position email phones { kind number } } }
}`

export const SEARCH_QUERY = `query Search($q: String!, $wide: Boolean) {
  search(q: $q, includeSubunits: $wide, limit: 10) { totalDocs docs { collection heading slug date titleMatch } }
}`

/** Twenty searches people type: ten topics, each with its diacritics and without (as typed on a phone). */
export const SEARCH_TERMS = [
  'đăng ký kết hôn',
  'dang ky ket hon',
  'chuyển đổi số',
  'chuyen doi so',
  'cấp giấy khai sinh',
  'cap giay khai sinh',
  'nông thôn mới',
  'nong thon moi',
  'chứng thực bản sao',
  'chung thuc ban sao',
  'Bảo hiểm y tế',
  'BAO HIEM Y TE',
  'dịch vụ công trực tuyến',
  'dich vu cong truc tuyen',
  'an toàn giao thông',
  'an toan giao thong',
  'hạn mặn',
  'han man',
  'quyết định',
  'quyet dinh',
]

export const LEGAL_FILTER_QUERY = `query Documents($type: LegalDocument_type_Input, $from: DateTime, $to: DateTime) {
  LegalDocuments(limit: 20, sort: "-issuedAt", select: true, where: { type: { equals: $type }, validity: { equals: in_force }, issuedAt: { greater_than_equal: $from, less_than: $to } }) {
    totalDocs docs { numberAndSymbol summary issuedAt effectiveAt expiresAt validity }
  }
}`

/** Type + year combinations for the legal-document filter: five types, four years. */
export const LEGAL_FILTERS = ['quyet_dinh', 'ke_hoach', 'thong_bao', 'cong_van', 'chi_thi'].flatMap((type) =>
  [2022, 2023, 2024, 2025].map((year) => ({
    from: `${year}-01-01T00:00:00+07:00`,
    to: `${year + 1}-01-01T00:00:00+07:00`,
    type,
  })),
)

export const PROCEDURE_QUERY = `query Procedure($code: String!) {
  Procedures(where: { code: { equals: $code } }, limit: 1, pagination: false, select: true) {
    docs { code name level field onlineServiceLevel nationalPortalUrl steps { description } submissionMethods { method processingTime fee } }
  }
}`

/** Twenty commune-level procedure codes (the dataset numbers them `3.0000NN`, even NN), all inherited by communes. */
export const procedureCodes = (procedures: number) =>
  Array.from(
    { length: 20 },
    (_, index) => `3.${String(2 * (1 + ((index * 37) % Math.floor(procedures / 2)))).padStart(6, '0')}`,
  )

/** A news page: one item by its slug on its portal, with what the page shows (docs/frontend.md). */
export const NEWS_PAGE_QUERY = `query NewsPage($slug: String!) {
  News(where: { slug: { equals: $slug } }, limit: 1, pagination: false, select: true) {
    docs { title slug summary publishedAt bodyHtml categories { name slug } }
  }
}`

/** A page of a portal's news archive (pages 2 to 20, 20 items each), with the page count (docs/frontend.md). */
export const NEWS_ARCHIVE_QUERY = `query NewsArchive($page: Int!) {
  News(page: $page, limit: 20, sort: "-publishedAt", select: true) {
    totalPages
    docs { title slug summary publishedAt }
  }
}`
