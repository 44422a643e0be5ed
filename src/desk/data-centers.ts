import { z } from 'zod'
import { DeskError } from './errors.js'

// Hosts per Zoho data center (DESK_API.md "Hosts and auth"). The DC comes from installation config,
// never from the token's api_domain. ca, sa and uk hosts are unverified; ca's API path follows the others.
export const DATA_CENTERS = {
  com: { accountsUrl: 'https://accounts.zoho.com', apiBase: 'https://desk.zoho.com/api/v1' },
  eu: { accountsUrl: 'https://accounts.zoho.eu', apiBase: 'https://desk.zoho.eu/api/v1' },
  in: { accountsUrl: 'https://accounts.zoho.in', apiBase: 'https://desk.zoho.in/api/v1' },
  'com.au': { accountsUrl: 'https://accounts.zoho.com.au', apiBase: 'https://desk.zoho.com.au/api/v1' },
  jp: { accountsUrl: 'https://accounts.zoho.jp', apiBase: 'https://desk.zoho.jp/api/v1' },
  ca: { accountsUrl: 'https://accounts.zohocloud.ca', apiBase: 'https://desk.zohocloud.ca/api/v1' },
  sa: { accountsUrl: 'https://accounts.zoho.sa', apiBase: 'https://desk.zoho.sa/api/v1' },
  uk: { accountsUrl: 'https://accounts.zoho.uk', apiBase: 'https://desk.zoho.uk/api/v1' },
  'com.cn': { accountsUrl: 'https://accounts.zoho.com.cn', apiBase: 'https://desk.zoho.com.cn/api/v1' },
} as const

export type DataCenter = keyof typeof DATA_CENTERS
export const DataCenter = z.enum(Object.keys(DATA_CENTERS) as [DataCenter, ...DataCenter[]])

export interface DeskEndpoints {
  /** Desk API root without a trailing slash, e.g. https://desk.zoho.eu/api/v1 */
  apiBase: string
  /** accounts server without a trailing slash, e.g. https://accounts.zoho.eu */
  accountsUrl: string
}

/** The hosts for a data center; `apiBase`/`accountsUrl` override them (that is how the client points at the sandbox).
 *  Empty strings count as unset. */
export function resolveEndpoints(opts: { dataCenter: string; apiBase?: string; accountsUrl?: string }): DeskEndpoints {
  const override = (v: string | undefined) => (v && v.trim() !== '' ? v.trim().replace(/\/+$/, '') : undefined)
  const apiBase = override(opts.apiBase)
  const accountsUrl = override(opts.accountsUrl)
  const known = DataCenter.safeParse(opts.dataCenter)
  if (!known.success) {
    if (apiBase && accountsUrl) return { apiBase, accountsUrl }
    throw new DeskError('DESK_UNKNOWN_DATA_CENTER', `unknown Zoho data center "${opts.dataCenter}"`, {
      dataCenter: opts.dataCenter,
      known: Object.keys(DATA_CENTERS),
    })
  }
  const dc = DATA_CENTERS[known.data]
  return { apiBase: apiBase ?? dc.apiBase, accountsUrl: accountsUrl ?? dc.accountsUrl }
}
