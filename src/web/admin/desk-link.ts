// Where a ticket opens in Desk. UNVERIFIED: Zoho's agent URLs also carry the portal name, which
// the service does not store; the classic `support/ShowHomePage.do#Cases/dv/<id>` form (also the
// shape of a ticket's `webUrl`) is used. An installation with an api_base override (the sandbox)
// links to `<api_base>/tickets/<id>` instead.
import { DATA_CENTERS } from '../../desk/data-centers.js'
import type { Installation } from '../../store/repos/installations.js'

export function deskTicketUrl(inst: Pick<Installation, 'dataCenter' | 'apiBase'>, ticketId: string): string {
  const id = encodeURIComponent(ticketId)
  if (inst.apiBase) return `${inst.apiBase.replace(/\/+$/, '')}/tickets/${id}`
  const api = DATA_CENTERS[inst.dataCenter]?.apiBase ?? DATA_CENTERS.com.apiBase
  return `${api.replace(/\/api\/v1$/, '')}/support/ShowHomePage.do#Cases/dv/${id}`
}
