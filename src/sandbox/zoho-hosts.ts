// Zoho Desk's web host in each data center, where an org's portal links point. The sandbox keeps
// its own list (it shares no module with desk-sla, whose client it stands in front of: issue #16).
export const DESK_HOSTS = {
  com: 'https://desk.zoho.com',
  eu: 'https://desk.zoho.eu',
  in: 'https://desk.zoho.in',
  'com.au': 'https://desk.zoho.com.au',
  jp: 'https://desk.zoho.jp',
  ca: 'https://desk.zohocloud.ca',
  sa: 'https://desk.zoho.sa',
  uk: 'https://desk.zoho.uk',
  'com.cn': 'https://desk.zoho.com.cn',
} as const

export type DataCenter = keyof typeof DESK_HOSTS
