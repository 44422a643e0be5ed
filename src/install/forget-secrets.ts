// Uninstall with --keep-data: the installation row stays (its tickets' SLA history, audit, scores stay
// readable) but nothing secret does. Every `*_enc` and `*_hash` column of `installations` is cleared —
// found in the catalogue, so secret columns other modules add (widget tokens…) are cleared too — and
// the cached access token goes. Columns declared NOT NULL (client_secret_enc, refresh_token_enc) get
// the empty string: no ciphertext, and nothing that decrypts. The row is marked disabled, so webhooks,
// jobs and widget reads refuse it; installing the org again brings new credentials and reactivates it.
import type { Db } from '../store/db.js'

const SECRET_COLUMN = /^[a-z_][a-z0-9_]*_(enc|hash)$/

export async function forgetInstallationSecrets(db: Db, installationId: string, reason: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ column_name: string; is_nullable: string }>(
      `SELECT column_name, is_nullable FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'installations' ORDER BY ordinal_position`,
    )
    const sets = rows
      .filter((r) => SECRET_COLUMN.test(r.column_name))
      .map((r) => `${r.column_name} = ${r.is_nullable === 'YES' ? 'NULL' : `''`}`)
    const { rowCount } = await tx.query(
      `UPDATE installations SET ${[...sets, `webhook_ids = '[]'::jsonb`, `status = 'disabled'`, 'status_reason = $2', 'updated_at = $3'].join(', ')} WHERE id = $1`,
      [installationId, reason, now.toISOString()],
    )
    await tx.query('DELETE FROM oauth_tokens WHERE installation_id = $1', [installationId])
    return rowCount === 1
  })
}
