// Accounts and contacts for the engine, from the store's copy while it is fresh and Desk otherwise
// (issue 15: they change rarely, and Desk tells desk-sla when they do through Account_Update and
// Contact_Update). A copy older than the context's time to live is read again: the slow refresh
// that covers an org whose webhook does not carry those events.
import type { DeskClient } from '../desk/client.js'
import { isDeskError } from '../desk/errors.js'
import { Account, Contact } from '../desk/schemas.js'
import { getCachedRecord, putCachedRecord, type DeskRecordKind } from '../store/repos/desk-records.js'
import type { Installation } from '../store/repos/installations.js'
import type { ServiceContext } from './context.js'
import { DEFAULTS } from '../config.js'

/** how long a cached account or contact is used before it is read again (ms): a day */
export const DEFAULT_RECORD_TTL_MS = DEFAULTS.recordCacheHours * 3_600_000

type RecordOf<K extends DeskRecordKind> = K extends 'account' ? Account : Contact

/**
 * The account or contact `id`: the store's copy when younger than the time to live, else read from
 * Desk (and stored). A record Desk no longer has is null.
 */
export async function deskRecord<K extends DeskRecordKind>(
  ctx: ServiceContext,
  inst: Installation,
  desk: () => Promise<DeskClient>,
  kind: K,
  id: string,
): Promise<RecordOf<K> | null> {
  const now = ctx.now()
  const cached = await getCachedRecord(ctx.db, inst.id, kind, id)
  if (cached && now - Date.parse(cached.fetchedAt) < ctx.recordTtlMs) {
    const parsed = (kind === 'account' ? Account : Contact).safeParse(cached.data)
    if (parsed.success) return parsed.data as RecordOf<K>
  }
  let fresh: RecordOf<K>
  try {
    const client = await desk()
    fresh = (kind === 'account' ? await client.getAccount(id) : await client.getContact(id)) as RecordOf<K>
  } catch (err) {
    if (isDeskError(err) && err.code === 'DESK_NOT_FOUND') return null
    throw err
  }
  await putCachedRecord(ctx.db, inst.id, kind, id, fresh as Record<string, unknown>, now)
  return fresh
}

/** a record as an event carried it, when it parses as one */
export function recordFromEvent(kind: DeskRecordKind, payload: unknown): Account | Contact | null {
  const parsed = (kind === 'account' ? Account : Contact).safeParse(payload)
  return parsed.success ? parsed.data : null
}
