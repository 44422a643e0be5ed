// Where a ticket opens in Desk, and how agents know it (issue 13): the ticket's own `webUrl` as the API
// gave it (Ticket.json: https://desk.zoho.<dc>/support/<portal>/ShowHomePage.do#Cases/dv/<id>, or the
// org's custom domain), never a URL built from the id — the portal name and custom domain are not known
// to the service. The processor keeps `{ticketNumber, subject, webUrl}` in the ticket's stored state
// (`state.ref`); a ticket evaluated before that was kept has no link until Desk is read again.
import { safeWebUrl } from '../../desk/web-url.js'
import { html, type Html } from './html.js'

export { safeWebUrl }

export interface DeskTicketRef {
  ticketNumber: string | null
  subject: string | null
  /** an http(s) address, or null when the service holds none */
  webUrl: string | null
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null
}

/** the ticket's number, subject and link from its stored state */
export function deskTicketRef(state: Record<string, unknown> | null | undefined): DeskTicketRef {
  const ref = state?.ref as Record<string, unknown> | null | undefined
  return { ticketNumber: text(ref?.ticketNumber), subject: text(ref?.subject), webUrl: safeWebUrl(ref?.webUrl) }
}

/** "#4711" linked to Desk's webUrl, the subject under it; a ticket never read with its number shows "ticket <id>" */
export function ticketLink(ref: DeskTicketRef | null | undefined, ticketId: string): Html {
  const label = ref?.ticketNumber ? html`#${ref.ticketNumber}` : html`<small>ticket ${ticketId}</small>`
  const url = safeWebUrl(ref?.webUrl)
  const link = url ? html`<a href="${url}" target="_blank" rel="noopener noreferrer">${label}</a>` : label
  return ref?.subject ? html`${link}<br><small class="subject">${ref.subject}</small>` : link
}

/** the key of a ticket's ref among several installations' */
export function refKey(installationId: string, ticketId: string): string {
  return `${installationId}:${ticketId}`
}
