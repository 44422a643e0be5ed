// The ticket fields desk-sla writes: the one list (issue 16). The processor compares, patches and
// recognises its own echoes by it, the ticket copy must carry it, and the install check asks for it.
import type { Policy } from '../engine/policy.js'

/** Custom fields desk-sla writes, as keys of `policy.deskFields.ticket` (the last three optional there). */
export const WRITTEN_CUSTOM_FIELDS = [
  'severity',
  'ticketType',
  'region',
  'escalationOwner',
  'escalationLevel',
  'slaStatus',
  'firstResponseDue',
  'followUpDue',
  'determinationDue',
] as const satisfies readonly (keyof Policy['deskFields']['ticket'])[]

export type WrittenCustomField = (typeof WRITTEN_CUSTOM_FIELDS)[number]

/** Desk's own fields desk-sla writes (when `deskFields.writeNativeDueDates`). */
export const WRITTEN_NATIVE_FIELDS = ['dueDate', 'responseDueDate'] as const

/** The configured custom fields' API names, then the native ones: every key desk-sla may write to a ticket. */
export function writtenFieldKeys(policy: Policy): string[] {
  const f = policy.deskFields.ticket
  const keys: string[] = []
  for (const role of WRITTEN_CUSTOM_FIELDS) {
    const key = f[role]
    if (key) keys.push(key)
  }
  return [...keys, ...WRITTEN_NATIVE_FIELDS]
}
