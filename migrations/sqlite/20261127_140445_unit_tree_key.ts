import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`units\` ADD \`tree_key\` text;`)
  await db.run(sql`CREATE INDEX \`units_tree_key_idx\` ON \`units\` (\`tree_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`units_tree_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`tree_key\`;`)
}
