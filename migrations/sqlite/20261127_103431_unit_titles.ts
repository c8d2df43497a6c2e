import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`units\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`units_title_idx\` ON \`units\` (\`title\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`units_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`title\`;`)
}
