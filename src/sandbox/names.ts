// How Desk names people in threads, comments and History: an agent by first and last name, a
// contact by the names it has ("Customer" when the ticket has none). Shared by state.ts and history.ts.
import type { Agent, Contact } from './model.js'

export function contactName(c: Contact | undefined): string {
  if (!c) return 'Customer'
  return [c.firstName, c.lastName].filter(Boolean).join(' ')
}

export function agentName(a: Agent): string {
  return `${a.firstName} ${a.lastName}`
}
