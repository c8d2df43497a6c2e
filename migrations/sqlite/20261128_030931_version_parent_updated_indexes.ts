import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_unit_profiles_v_parent_updated_idx\` ON \`_unit_profiles_v\` (\`parent_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_updated_idx\` ON \`_news_v\` (\`parent_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_updated_idx\` ON \`_procedures_v\` (\`parent_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_updated_idx\` ON \`_legal_documents_v\` (\`parent_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_parent_updated_idx\` ON \`_contacts_v\` (\`parent_id\`,\`updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_unit_profiles_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_contacts_v_parent_updated_idx\`;`)
}
