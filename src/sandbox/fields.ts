import { z } from 'zod'

// Custom fields the sandbox portal knows. A PATCH or POST naming any other `cf_` key is refused
// with Desk's 422 body, which is how the installer's "do my fields exist" check is exercised.
export const FieldDef = z.object({
  apiName: z.string().regex(/^cf_[a-z0-9_]+$/),
  displayLabel: z.string().optional(),
  type: z.enum(['Text', 'Number', 'Decimal', 'Date', 'DateTime', 'Picklist', 'Boolean', 'Email', 'Textarea']).default('Text'),
  allowedValues: z.array(z.string()).optional(),
})
export type FieldDef = z.infer<typeof FieldDef>

export const FieldSpec = z.union([z.string().regex(/^cf_[a-z0-9_]+$/), FieldDef])
export type FieldSpec = z.input<typeof FieldSpec>

/** The partner figures the value score (DOMAIN.md §7) is computed from, keyed by their camelCase name. */
export const PARTNER_FIGURES = [
  'annualRevenue', 'revenueGrowth', 'newCustomers', 'retentionRate', 'csatRatings',
  'validatedEscalations', 'certifications', 'projects', 'caseStudies', 'zohoStaff',
  'leadGenEvents', 'brandedEvents', 'branding',
] as const
export type PartnerFigure = (typeof PARTNER_FIGURES)[number]

/** cf api name of a partner figure: annualRevenue → cf_partner_annual_revenue. */
export function partnerFigureField(figure: PartnerFigure): string {
  return 'cf_partner_' + figure.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())
}

export const DEFAULT_TICKET_FIELDS: FieldDef[] = [
  { apiName: 'cf_severity', displayLabel: 'Severity', type: 'Picklist', allowedValues: ['1', '2', '3'] },
  { apiName: 'cf_ticket_type', displayLabel: 'Ticket Type', type: 'Picklist', allowedValues: [
    'Technical Support', 'Product Management Related', 'Payments Renewal', 'Trial Extension', 'Store Related',
    'Upgrades', 'Invoice changes', 'Commission Payment', 'Sales Discussions'] },
  { apiName: 'cf_region', displayLabel: 'Region', type: 'Text' },
  { apiName: 'cf_escalation_owner', displayLabel: 'Escalation Owner', type: 'Email' },
  { apiName: 'cf_escalation_level', displayLabel: 'Escalation Level', type: 'Number' },
  { apiName: 'cf_sla_status', displayLabel: 'SLA Status', type: 'Text' },
  { apiName: 'cf_sla_ack_due', displayLabel: 'SLA Acknowledgement Due', type: 'DateTime' },
  { apiName: 'cf_sla_followup_due', displayLabel: 'SLA Follow-up Due', type: 'DateTime' },
  { apiName: 'cf_sla_determination_due', displayLabel: 'SLA Determination Due', type: 'DateTime' },
  { apiName: 'cf_partner_tier', displayLabel: 'Partner Tier', type: 'Picklist', allowedValues: ['Authorized', 'Advanced', 'Premium'] },
]

export const DEFAULT_ACCOUNT_FIELDS: FieldDef[] = [
  { apiName: 'cf_partner_tier', displayLabel: 'Partner Tier', type: 'Picklist', allowedValues: ['Authorized', 'Advanced', 'Premium'] },
  { apiName: 'cf_partner_score', displayLabel: 'Partner Score', type: 'Number' },
  { apiName: 'cf_user_licenses', displayLabel: 'User Licenses', type: 'Number' },
  ...PARTNER_FIGURES.map((f): FieldDef => ({
    apiName: partnerFigureField(f),
    displayLabel: 'Partner ' + f.replace(/[A-Z]/g, (c) => ' ' + c.toLowerCase()),
    type: f === 'annualRevenue' || f === 'revenueGrowth' || f === 'retentionRate' ? 'Decimal' : 'Number',
  })),
]

export function normalizeFields(specs: readonly FieldSpec[]): FieldDef[] {
  return specs.map((s) => FieldDef.parse(typeof s === 'string' ? { apiName: s } : s))
}

// Standard (non-custom) fields listed next to the custom ones by GET /organizationFields.
const STANDARD_FIELDS: Record<'tickets' | 'accounts' | 'contacts', string[]> = {
  tickets: ['subject', 'description', 'status', 'priority', 'channel', 'dueDate', 'responseDueDate',
    'departmentId', 'contactId', 'accountId', 'assigneeId', 'email', 'phone', 'classification', 'category', 'language'],
  accounts: ['accountName', 'country', 'state', 'city', 'website', 'industry', 'phone'],
  contacts: ['firstName', 'lastName', 'email', 'phone', 'accountId', 'country', 'state', 'city'],
}

/**
 * One entry of GET /organizationFields?module=…
 * Unverified shape: modelled on Desk's layout-field listing (displayLabel, apiName, isCustomField, type,
 * allowedValues). An installer only needs `apiName` and `isCustomField` to check its fields exist.
 */
export type OrgFieldView = {
  id: string
  apiName: string
  displayLabel: string
  isCustomField: boolean
  type: string
  isMandatory: boolean
  allowedValues: string[] | null
}

export function organizationFields(
  module: 'tickets' | 'accounts' | 'contacts',
  custom: readonly FieldDef[],
): OrgFieldView[] {
  const std = STANDARD_FIELDS[module].map((apiName, i): OrgFieldView => ({
    id: `10${module.length}${String(i + 1).padStart(3, '0')}`,
    apiName,
    displayLabel: apiName.replace(/[A-Z]/g, (c) => ' ' + c).replace(/^./, (c) => c.toUpperCase()),
    isCustomField: false,
    type: 'Text',
    isMandatory: module === 'tickets' ? ['subject', 'departmentId', 'contactId'].includes(apiName) : apiName === 'accountName' || apiName === 'lastName',
    allowedValues: null,
  }))
  const cf = custom.map((f, i): OrgFieldView => ({
    id: `20${module.length}${String(i + 1).padStart(3, '0')}`,
    apiName: f.apiName,
    displayLabel: f.displayLabel ?? f.apiName,
    isCustomField: true,
    type: f.type,
    isMandatory: false,
    allowedValues: f.allowedValues ?? null,
  }))
  return [...std, ...cf]
}
