// Status changes out of a ticket's History (GET /tickets/{id}/History?fieldName=status), as Zoho
// publishes it: TicketHistory.json in zoho/zohodesk-oas (commit 3f7016e321b5d45b7aa49fdf2b3ecf1547e8506c)
// and Zoho's help page "Get Ticket History API – explained in detail".
//
// - Events come newest first; each is {eventName, eventTime, actor, source, eventInfo, actorInfo}.
// - A status change is a `TicketUpdated` event whose eventInfo holds {propertyName: "Status",
//   propertyType: "ValueTransition", propertyValue: {previousValue, updatedValue}} with status NAMES
//   (custom names too). `propertyName` is a display label, so it is matched without regard to case.
// - A `TicketCreated` event lists the first status as {propertyName: "Status", propertyType: "Text",
//   propertyValue: "Open"}.
// - Each side of a transition is a plain string or an {id, name, type} object: both are read.
// - The inner keys `previousValue` / `updatedValue` come from secondary sources, not from the OpenAPI
//   file (its only example is a TicketCreated); unverified, see README "Desk facts".
// Pure: no I/O. Status names become status types in pipeline/status-types.ts.
import type { HistoryEvent } from './schemas.js'

export type StatusType = 'Open' | 'On Hold' | 'Closed'

export interface StatusChange {
  /** when Desk recorded it (UTC ISO) */
  at: string
  /** the status name before, null for the first status a ticket got */
  from: string | null
  /** the status name after */
  to: string
}

/** a value of a history property as a name: "Open", or {"name":"Open",…} */
export function propertyName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    const name = (value as { name: string }).name
    return name.trim() === '' ? null : name
  }
  return null
}

function isStatusProperty(name: string | null): boolean {
  return typeof name === 'string' && name.trim().toLowerCase() === 'status'
}

/** Every status change the events record, oldest first (events of one instant keep Desk's order). */
export function statusChanges(events: readonly HistoryEvent[]): StatusChange[] {
  const out: Array<StatusChange & { seq: number }> = []
  events.forEach((event, index) => {
    if (!event.eventTime) return
    for (const item of event.eventInfo ?? []) {
      if (!item || !isStatusProperty(item.propertyName)) continue
      const value = item.propertyValue
      // Desk lists newest first: a larger index is an earlier event
      const seq = -index
      if (item.propertyType === 'ValueTransition' && value && typeof value === 'object') {
        const v = value as { previousValue?: unknown; updatedValue?: unknown }
        const to = propertyName(v.updatedValue)
        if (to !== null) out.push({ at: event.eventTime, from: propertyName(v.previousValue), to, seq })
      } else {
        const to = propertyName(value)
        if (to !== null) out.push({ at: event.eventTime, from: null, to, seq })
      }
    }
  })
  out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq)
  return out.map(({ seq: _seq, ...c }) => c)
}

/** "On Hold", "onhold", "ON_HOLD" → On Hold; anything else null */
export function asStatusType(v: unknown): StatusType | null {
  if (typeof v !== 'string') return null
  const k = v.toLowerCase().replace(/[\s_-]+/g, '')
  return k === 'open' ? 'Open' : k === 'onhold' ? 'On Hold' : k === 'closed' ? 'Closed' : null
}
