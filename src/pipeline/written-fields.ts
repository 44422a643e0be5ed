// The ticket fields desk-sla writes: the one list (issue 16). The processor compares, patches and
// recognises its own echoes by it, the ticket copy must carry it, and the install check asks for it.
import type { Policy } from '../engine/policy.js'

/** Custom fields desk-sla writes, as keys of `policy.deskFields.ticket` (the last three optional there); responseDue holds the reply owed next (issue #13). */
export const WRITTEN_CUSTOM_FIELDS = [
  'severity',
  'ticketType',
  'region',
  'escalationOwner',
  'escalationLevel',
  'slaStatus',
  'responseDue',
  'firstResponseDue',
  'followUpDue',
  'determinationDue',
] as const satisfies readonly (keyof Policy['deskFields']['ticket'])[]

export type WrittenCustomField = (typeof WRITTEN_CUSTOM_FIELDS)[number]

/**
 * Desk's own fields desk-sla writes (when `deskFields.writeNativeDueDates`): dueDate only. Desk's
 * responseDueDate is Desk's to compute (it takes only null from a client); desk-sla never reads or writes it (#13).
 */
export const WRITTEN_NATIVE_FIELDS = ['dueDate'] as const

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
