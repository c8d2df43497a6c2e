import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'

/** A rich-text column of Payload's tables and the column its stored HTML goes in (src/richText/htmlField.ts). */
export type HtmlColumn = { html: string; source: string; table: string }

/** Runs one statement in the migration's transaction and gives its rows (each adapter spells this differently). */
export type RunSql = (statement: SQL) => Promise<Array<Record<string, unknown>>>

const ROWS_AT_ONCE = 500

/**
 * Gives rows stored before the HTML was (a migration's backfill) their HTML, made by `toHtml` from the source,
 * in pages of 500 rows by id, each page written by one statement. A source that cannot be made into HTML keeps
 * no HTML, which makes it on read as before (and fails there as it did). `kind` says how the database takes a
 * JSON text as rows (`json_to_recordset` on PostgreSQL, `json_each` on SQLite). Returns the rows given HTML.
 */
export const fillStoredHtml = async (
  run: RunSql,
  kind: 'postgres' | 'sqlite',
  columns: HtmlColumn[],
  toHtml: (source: unknown) => string,
): Promise<number> => {
  let filled = 0
  for (const { html, source, table } of columns) {
    let after = 0
    for (;;) {
      const rows = await run(
        sql`select ${sql.identifier('id')} as id, ${sql.identifier(source)} as source from ${sql.identifier(table)}
            where ${sql.identifier('id')} > ${after} and ${sql.identifier(source)} is not null
            order by ${sql.identifier('id')} limit ${ROWS_AT_ONCE}`,
      )
      if (rows.length === 0) break
      after = Number(rows.at(-1)!.id)
      const made = rows.flatMap(({ id, source: value }) => {
        try {
          return [{ html: toHtml(typeof value === 'string' ? JSON.parse(value) : value), id: Number(id) }]
        } catch {
          return []
        }
      })
      if (made.length === 0) continue
      const json = JSON.stringify(made)
      const values =
        kind === 'postgres'
          ? sql`(select * from json_to_recordset(${json}::json) as v(id integer, html text))`
          : sql`(select value ->> '$.id' as id, value ->> '$.html' as html from json_each(${json}))`
      await run(
        sql`update ${sql.identifier(table)} set ${sql.identifier(html)} = v.html from ${values} as v
            where ${sql.identifier(table)}.${sql.identifier('id')} = v.id`,
      )
      filled += made.length
    }
  }
  return filled
}
