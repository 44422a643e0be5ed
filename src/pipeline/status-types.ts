// Status names → status types, per installation (issue 13). History speaks in status NAMES, and orgs
// rename statuses and add their own ("Waiting on partner" of type On Hold); the clock needs the TYPE:
// On Hold pauses it, Closed stops it. The map is the ticket status field's values `[{value, statusType}]`
// from the fields API (DeskClient.getTicketStatuses), cached in the store (desk_status_maps) and read
// again when History names a status the cache does not hold.
//
// Lookup order: the cached map, then what the ticket itself says (its current `status` with its
// `statusType`, and its prevState's), then a refresh from Desk (at most once per REFRESH_MIN_INTERVAL_MS
// per installation). A name still unknown counts as Open — the clock keeps running, so an unknown status
// never hides a breach — and a warning names it (README "Desk facts").
import type { DeskClient } from '../desk/client.js'
import { isDeskError } from '../desk/errors.js'
import { asStatusType, statusChanges, type StatusType } from '../desk/status-history.js'
import type { Ticket } from '../desk/schemas.js'
import { getStatusMap, saveStatusMap, type DeskStatus } from '../store/repos/desk-statuses.js'
import type { Installation } from '../store/repos/installations.js'
import type { ServiceContext } from './context.js'
import { intervalsFromStatusChanges, type StatusInterval } from './desk-input.js'

/** a refresh of the map that still left a name unknown is not repeated sooner than this (ms) */
export const REFRESH_MIN_INTERVAL_MS = 10 * 60_000
/** the status type an unknown status name counts as */
export const UNKNOWN_STATUS_FALLBACK: StatusType = 'Open'

/** the key a status name is looked up by: case and surrounding spaces do not matter */
export function statusKey(name: string): string {
  return name.trim().toLowerCase()
}

/** `[{name, statusType}]` from the fields API, only the entries whose type is Open / On Hold / Closed */
export function toStatusMap(values: ReadonlyArray<{ name: string; statusType: string | null }>): DeskStatus[] {
  const out: DeskStatus[] = []
  for (const v of values) {
    const type = asStatusType(v.statusType)
    if (type) out.push({ name: v.name, statusType: type })
  }
  return out
}

/** Reads the org's statuses from Desk and caches them for the installation. */
export async function refreshStatusMap(ctx: ServiceContext, inst: Installation, desk: DeskClient): Promise<DeskStatus[]> {
  const answer = await desk.getTicketStatuses()
  const statuses = toStatusMap(answer.statuses)
  await saveStatusMap(ctx.db, inst.id, statuses, answer.source, new Date(ctx.now()))
  return statuses
}

export interface StatusTyper {
  typeOf(name: string): StatusType
  /** names that fell back to UNKNOWN_STATUS_FALLBACK */
  readonly unknown: ReadonlySet<string>
}

/**
 * A typer that knows every name in `names` it can: from the cache, the hints, and (when one is
 * missing) one refresh from Desk. A refresh Desk refuses for good (403 scope, 404, 400) is logged and
 * the fallback used; a passing failure (5xx, network, 429) is thrown so the event is tried again
 * rather than stored with a guessed interval.
 */
export async function statusTyper(
  ctx: ServiceContext,
  inst: Installation,
  desk: DeskClient,
  names: readonly string[],
  hints: ReadonlyArray<{ name: string | null | undefined; statusType: unknown }> = [],
): Promise<StatusTyper> {
  const map = new Map<string, StatusType>()
  const cached = await getStatusMap(ctx.db, inst.id)
  for (const s of cached?.statuses ?? []) map.set(statusKey(s.name), s.statusType)
  for (const h of hints) {
    const type = asStatusType(h.statusType)
    if (h.name && type && !map.has(statusKey(h.name))) map.set(statusKey(h.name), type)
  }
  const missing = () => names.filter((n) => !map.has(statusKey(n)))
  const recent = cached !== null && ctx.now() - Date.parse(cached.fetchedAt) < REFRESH_MIN_INTERVAL_MS
  if (missing().length > 0 && !recent) {
    try {
      for (const s of await refreshStatusMap(ctx, inst, desk)) map.set(statusKey(s.name), s.statusType)
    } catch (err) {
      if (!isDeskError(err) || !['DESK_FORBIDDEN', 'DESK_NOT_FOUND', 'DESK_INVALID_REQUEST', 'DESK_BAD_RESPONSE', 'DESK_HTTP_4XX'].includes(err.code)) throw err
      ctx.logger.warn('desk status map could not be read', { installationId: inst.id, code: err.code, deskErrorCode: err.deskErrorCode })
    }
  }
  const unknown = new Set(missing())
  for (const name of unknown) {
    ctx.logger.warn('desk status not in the org status map; counted as Open', { installationId: inst.id, status: name, fallback: UNKNOWN_STATUS_FALLBACK })
  }
  return { typeOf: (name) => map.get(statusKey(name)) ?? UNKNOWN_STATUS_FALLBACK, unknown }
}

/**
 * The ticket's On Hold / Closed intervals rebuilt from its History (`fieldName=status`, every page),
 * status names typed with the org's status map.
 */
export async function historyIntervals(
  ctx: ServiceContext,
  inst: Installation,
  desk: DeskClient,
  ticket: Pick<Ticket, 'id' | 'createdTime' | 'status' | 'statusType'>,
  hints: ReadonlyArray<{ name: string | null | undefined; statusType: unknown }> = [],
): Promise<StatusInterval[]> {
  const changes = statusChanges(await desk.getHistory(ticket.id, { fieldName: 'status' }))
  const names = [...new Set(changes.flatMap((c) => (c.from === null ? [c.to] : [c.from, c.to])))]
  const typer = await statusTyper(ctx, inst, desk, names, [{ name: ticket.status, statusType: ticket.statusType }, ...hints])
  return intervalsFromStatusChanges(ticket.createdTime, changes, typer.typeOf)
}
