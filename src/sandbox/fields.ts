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
  { apiName: 'cf_response_due', displayLabel: 'Response Due', type: 'DateTime' },
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

// The fields listings: GET /fields?module=… (Field.json, zoho/zohodesk-oas commit
// 3f7016e321b5d45b7aa49fdf2b3ecf1547e8506c), GET /fields/{id}, and the deprecated GET /organizationFields
// (FieldOld.json, commit 75e1ba570236a06c964d05759dbabd7497248d09). Standard fields are listed beside the
// custom ones; the ticket `status` field is a Picklist whose values carry their status type.
// - The new list leaves picklist values out (Field.json's list example shows a Picklist with none);
//   GET /fields/{id} gives them as `pickListValues: [{value}]`, the status field's as `[{value, statusType}]`.
// - The old listing gives them inline as `allowedValues` in the same shapes.

export type FieldModule = 'tickets' | 'accounts' | 'contacts'

type StandardField = { apiName: string; label: string; type: string; mandatory?: boolean; maxLength?: number }

const STANDARD_FIELDS: Record<FieldModule, StandardField[]> = {
  tickets: [
    { apiName: 'subject', label: 'Subject', type: 'Text', mandatory: true, maxLength: 255 },
    { apiName: 'description', label: 'Description', type: 'Textarea', maxLength: 65535 },
    { apiName: 'status', label: 'Status', type: 'Picklist', maxLength: 120 },
    { apiName: 'priority', label: 'Priority', type: 'Picklist', maxLength: 120 },
    { apiName: 'channel', label: 'Channel', type: 'Picklist', maxLength: 120 },
    { apiName: 'dueDate', label: 'Due Date', type: 'DateTime', maxLength: 300 },
    { apiName: 'responseDueDate', label: 'Response Due Date', type: 'DateTime', maxLength: 300 },
    { apiName: 'departmentId', label: 'Department', type: 'LookUp', mandatory: true, maxLength: 30 },
    { apiName: 'contactId', label: 'Contact Name', type: 'LookUp', mandatory: true, maxLength: 30 },
    { apiName: 'accountId', label: 'Account Name', type: 'LookUp', maxLength: 30 },
    { apiName: 'assigneeId', label: 'Ticket Owner', type: 'LookUp', maxLength: 30 },
    { apiName: 'email', label: 'Email', type: 'Email', maxLength: 120 },
    { apiName: 'phone', label: 'Phone', type: 'Phone', maxLength: 120 },
    { apiName: 'classification', label: 'Classification', type: 'Picklist', maxLength: 120 },
    { apiName: 'category', label: 'Category', type: 'Picklist', maxLength: 120 },
    { apiName: 'language', label: 'Language', type: 'Picklist', maxLength: 255 },
  ],
  accounts: [
    { apiName: 'accountName', label: 'Account Name', type: 'Text', mandatory: true, maxLength: 200 },
    { apiName: 'country', label: 'Country', type: 'Text', maxLength: 30 },
    { apiName: 'state', label: 'State', type: 'Text', maxLength: 30 },
    { apiName: 'city', label: 'City', type: 'Text', maxLength: 30 },
    { apiName: 'website', label: 'Website', type: 'URL', maxLength: 120 },
    { apiName: 'industry', label: 'Industry', type: 'Picklist', maxLength: 120 },
    { apiName: 'phone', label: 'Phone', type: 'Phone', maxLength: 50 },
  ],
  contacts: [
    { apiName: 'firstName', label: 'First Name', type: 'Text', maxLength: 40 },
    { apiName: 'lastName', label: 'Last Name', type: 'Text', mandatory: true, maxLength: 200 },
    { apiName: 'email', label: 'Email', type: 'Email', maxLength: 255 },
    { apiName: 'phone', label: 'Phone', type: 'Phone', maxLength: 50 },
    { apiName: 'accountId', label: 'Account Name', type: 'LookUp', maxLength: 30 },
    { apiName: 'country', label: 'Country', type: 'Text', maxLength: 30 },
    { apiName: 'state', label: 'State', type: 'Text', maxLength: 30 },
    { apiName: 'city', label: 'City', type: 'Text', maxLength: 30 },
  ],
}

const MODULE_DIGIT: Record<FieldModule, string> = { tickets: '1', accounts: '2', contacts: '3' }

/** one field with everything the views below need; `values` is set for picklists */
export type OrgField = {
  id: string
  module: FieldModule
  apiName: string
  displayLabel: string
  type: string
  isCustomField: boolean
  isMandatory: boolean
  maxLength: number | null
  values: Array<{ value: string; statusType?: string }> | null
}

export function moduleFields(
  module: FieldModule,
  custom: readonly FieldDef[],
  statuses: ReadonlyArray<{ name: string; type: string }>,
  priorities: readonly string[] = ['High', 'Medium', 'Low'],
): OrgField[] {
  const picklist = (apiName: string): OrgField['values'] => {
    if (module !== 'tickets') return apiName === 'industry' ? [{ value: 'Software' }, { value: 'Services' }] : null
    if (apiName === 'status') return statuses.map((s) => ({ value: s.name, statusType: s.type }))
    if (apiName === 'priority') return priorities.map((value) => ({ value }))
    if (apiName === 'channel') return ['Email', 'Phone', 'Web', 'Chat', 'Forums'].map((value) => ({ value }))
    if (apiName === 'language') return ['English', 'German', 'French'].map((value) => ({ value }))
    return []
  }
  const std = STANDARD_FIELDS[module].map((f, i): OrgField => ({
    id: `200010000${MODULE_DIGIT[module]}0${String(i + 1).padStart(5, '0')}`,
    module,
    apiName: f.apiName,
    displayLabel: f.label,
    type: f.type,
    isCustomField: false,
    isMandatory: f.mandatory === true,
    maxLength: f.maxLength ?? null,
    values: f.type === 'Picklist' ? picklist(f.apiName) : null,
  }))
  const cf = custom.map((f, i): OrgField => ({
    id: `200010000${MODULE_DIGIT[module]}1${String(i + 1).padStart(5, '0')}`,
    module,
    apiName: f.apiName,
    displayLabel: f.displayLabel ?? f.apiName,
    type: f.type,
    isCustomField: true,
    isMandatory: false,
    maxLength: f.type === 'Text' || f.type === 'Email' ? 255 : f.type === 'Picklist' ? 120 : null,
    values: f.type === 'Picklist' ? (f.allowedValues ?? []).map((value) => ({ value })) : null,
  }))
  return [...std, ...cf]
}

/** Field.json `commonFieldResponse`: what every field of the new listing carries */
function commonNew(f: OrgField): Record<string, unknown> {
  return {
    id: f.id,
    name: f.displayLabel,
    apiName: f.apiName,
    displayLabel: f.displayLabel,
    i18NLabel: f.displayLabel,
    type: f.type,
    maxLength: f.maxLength,
    isMandatory: f.isMandatory,
    isCustomField: f.isCustomField,
    isEncryptedField: false,
    isTrackLastActivityTime: false,
    isIndexed: false,
    isComputed: false,
    isInternalState: false,
    isBasic: !f.isCustomField,
    isIdentifier: false,
    isPresence: true,
    isSortable: false,
    sourceType: f.isCustomField ? 'USERDEFINED' : 'SYSTEM',
    createdBy: null,
    modifiedBy: null,
    createdTime: null,
    modifiedTime: null,
    showToHelpCenter: false,
    ...(f.type === 'Picklist' || f.type === 'Multiselect' ? { subType: 'Plain' } : {}),
  }
}

/** an item of GET /fields?module=… (picklist values left out, as in Field.json's list example) */
export function fieldListView(f: OrgField): Record<string, unknown> {
  return commonNew(f)
}

/** GET /fields/{id}: with `pickListValues` for picklists */
export function fieldView(f: OrgField): Record<string, unknown> {
  return { ...commonNew(f), ...(f.values ? { pickListValues: f.values.map((v) => ({ ...v })) } : {}) }
}

/** an item of the deprecated GET /organizationFields?module=… (FieldOld.json `commonFieldResponse`) */
export function organizationFieldView(f: OrgField): Record<string, unknown> {
  return {
    displayLabel: f.displayLabel,
    apiName: f.apiName,
    isCustomField: f.isCustomField,
    i18NLabel: f.displayLabel,
    name: f.displayLabel,
    isEncryptedField: false,
    id: f.id,
    isTrackLastActivityTime: false,
    type: f.type,
    isMandatory: f.isMandatory,
    maxLength: f.maxLength,
    ...(f.module === 'tickets' ? { showToHelpCenter: false } : {}),
    ...(f.values ? { allowedValues: f.values.map((v) => ({ ...v })) } : {}),
  }
}
