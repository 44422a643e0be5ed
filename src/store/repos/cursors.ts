// Sync cursors: where each incremental job left off, per installation (e.g. "tickets.modified").
import type { Db } from '../db.js'
import { run, toIso, type Instant, type Sql } from './sql.js'

export function selectCursorSql(installationId: string, name: string): Sql {
  return { text: 'SELECT cursor FROM sync_cursors WHERE installation_id = $1 AND name = $2', values: [installationId, name] }
}

export function upsertCursorSql(installationId: string, name: string, cursor: string, now: string): Sql {
  return {
    text: `INSERT INTO sync_cursors (installation_id, name, cursor, updated_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (installation_id, name) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = EXCLUDED.updated_at`,
    values: [installationId, name, cursor, now],
  }
}

export function deleteCursorSql(installationId: string, name: string): Sql {
  return { text: 'DELETE FROM sync_cursors WHERE installation_id = $1 AND name = $2', values: [installationId, name] }
}

export async function getCursor(db: Db, installationId: string, name: string): Promise<string | null> {
  const { rows } = await run<{ cursor: string }>(db, selectCursorSql(installationId, name))
  return rows[0]?.cursor ?? null
}

export async function setCursor(db: Db, installationId: string, name: string, cursor: string, now: Instant = new Date()): Promise<void> {
  await run(db, upsertCursorSql(installationId, name, cursor, toIso(now)))
}

export async function deleteCursor(db: Db, installationId: string, name: string): Promise<boolean> {
  return (await run(db, deleteCursorSql(installationId, name))).rowCount === 1
}
