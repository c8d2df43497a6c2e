import type { ImportReport } from '../importRecords'
import { mergeReports, processesFor, ROWS_WORTH_A_PROCESS } from './shares'

const report = (over: Partial<ImportReport>): ImportReport => ({
  created: 0,
  dryRun: false,
  rejected: [],
  total: 10,
  unchanged: 0,
  updated: 0,
  ...over,
})
const rejection = (line: number) => ({ line, message: { en: 'x', vi: 'x' } })

describe('importing in several processes', () => {
  it('uses one process on SQLite, whatever is asked', () => {
    expect(processesFor({ adapter: 'sqlite', asked: 4, cores: 8, rows: 50_000 })).toBe(1)
  })

  it('uses one per core up to four for a big file on a database server (one core left to PostgreSQL), one for a small file', () => {
    expect(processesFor({ adapter: 'postgres', cores: 2, rows: 50_000 })).toBe(1)
    expect(processesFor({ adapter: 'postgres', cores: 4, rows: 50_000 })).toBe(3)
    expect(processesFor({ adapter: 'postgres', cores: 16, rows: 50_000 })).toBe(4)
    expect(processesFor({ adapter: 'mongoose', cores: 2, rows: 50_000 })).toBe(2)
    expect(processesFor({ adapter: 'mongoose', cores: 16, rows: 50_000 })).toBe(4)
    expect(processesFor({ adapter: 'postgres', cores: 8, rows: ROWS_WORTH_A_PROCESS - 1 })).toBe(1)
  })

  it('takes what is asked, within 1 to 16', () => {
    expect(processesFor({ adapter: 'postgres', asked: 3, cores: 2, rows: 10 })).toBe(3)
    expect(processesFor({ adapter: 'postgres', asked: 0, cores: 2, rows: 10 })).toBe(1)
    expect(processesFor({ adapter: 'postgres', asked: 99, cores: 2, rows: 10 })).toBe(16)
  })

  it('adds the shares’ counts and lists their rejections by line', () => {
    expect(
      mergeReports([
        report({ created: 3, rejected: [rejection(9), rejection(2)], unchanged: 1 }),
        report({ created: 2, rejected: [rejection(5)], updated: 4 }),
      ]),
    ).toEqual(report({ created: 5, rejected: [rejection(2), rejection(5), rejection(9)], unchanged: 1, updated: 4 }))
  })
})
