// Do the custom fields the policy names exist in the org? The policy names Desk fields by API name
// (deskFields.ticket.*, deskFields.account.*, deskFields.contact.*, partnerScore.fields.*); every
// `cf_` name among them must be a custom field of its module, or desk-sla's reads come back empty and
// its writes are refused with 422. Standard fields (country, state…) are not checked.
//
// The listing is the Desk client's `listFields(module)`: `GET /fields?module=tickets|accounts|contacts`
// (Field.json), or the deprecated `GET /organizationFields` when the new path answers 404 (FieldOld.json),
// both `{"data":[{"apiName":"cf_x","isCustomField":true,"displayLabel":"X","type":"Text",…}]}`. desk-sla
// needs only `apiName`; when Desk refuses the listing (403: the scopes Desk.basic.READ / Desk.fields.READ)
// the check is reported as not done, and the install goes on.
import type { DeskClient } from '../desk/client.js'
import { isDeskError } from '../desk/errors.js'
import { WRITTEN_CUSTOM_FIELDS, type WrittenCustomField } from '../pipeline/written-fields.js'
import type { Policy } from '../engine/policy.js'
import { describeError } from '../describe-error.js'

export type FieldModule = 'tickets' | 'accounts' | 'contacts'

export interface RequiredField {
  module: FieldModule
  apiName: string
  /** the policy keys naming it, e.g. deskFields.ticket.region */
  policyPaths: string[]
  /** the Desk field type to create it with (Desk's "Add field" names) */
  type: string
}

export interface FieldCheck {
  /** `unverified`: Desk did not answer the listing; `reason` says why */
  status: 'ok' | 'missing' | 'unverified'
  required: RequiredField[]
  missing: RequiredField[]
  reason?: string
}

const MODULE_LABEL: Record<FieldModule, string> = { tickets: 'Tickets', accounts: 'Accounts', contacts: 'Contacts' }

function pickList(values: readonly string[]): string {
  return `Pick List (values ${values.join(', ')})`
}

/** every cf_ field the policy names, per module, with the type an admin should create it as */
export function requiredFields(policy: Policy): RequiredField[] {
  const tiers = policy.tiers.order
  const f = policy.deskFields
  // the type an admin should give each field desk-sla writes (a Record: a field added to the list needs one)
  const writtenType: Record<WrittenCustomField, string> = {
    severity: pickList(['1', '2', '3']),
    ticketType: pickList(policy.ticketTypes.map((t) => t.name)),
    region: 'Single Line',
    escalationOwner: 'Email',
    escalationLevel: 'Number',
    slaStatus: 'Single Line',
    responseDue: 'Date Time',
    firstResponseDue: 'Date Time',
    followUpDue: 'Date Time',
    determinationDue: 'Date Time',
  }
  const entries: Array<[FieldModule, string | null, string, string]> = [
    ...WRITTEN_CUSTOM_FIELDS.map((role): [FieldModule, string | null, string, string] => ['tickets', f.ticket[role], `deskFields.ticket.${role}`, writtenType[role]]),
    ['tickets', f.ticket.partnerTier, 'deskFields.ticket.partnerTier', pickList(tiers)],
    ['accounts', f.account.partnerTier, 'deskFields.account.partnerTier', pickList(tiers)],
    ['accounts', f.account.partnerScore, 'deskFields.account.partnerScore', 'Number'],
    ['accounts', f.account.userLicenses, 'deskFields.account.userLicenses', 'Number'],
    ['accounts', f.account.country, 'deskFields.account.country', 'Single Line'],
    ['accounts', f.account.state, 'deskFields.account.state', 'Single Line'],
    ['contacts', f.contact.country, 'deskFields.contact.country', 'Single Line'],
    ['contacts', f.contact.state, 'deskFields.contact.state', 'Single Line'],
  ]
  const figureType: Record<string, string> = {
    annualRevenue: 'Decimal',
    revenueGrowth: 'Decimal',
    retentionRate: 'Decimal',
    leadGenEvents: 'Checkbox',
    brandedEvents: 'Checkbox',
  }
  for (const [figure, name] of Object.entries(policy.partnerScore.fields as Record<string, string>)) {
    entries.push(['accounts', name, `partnerScore.fields.${figure}`, figureType[figure] ?? 'Number'])
  }
  const byKey = new Map<string, RequiredField>()
  for (const [module, apiName, path, type] of entries) {
    if (apiName === null || !apiName.startsWith('cf_')) continue
    const key = `${module}:${apiName}`
    const known = byKey.get(key)
    if (known) known.policyPaths.push(path)
    else byKey.set(key, { module, apiName, policyPaths: [path], type })
  }
  return [...byKey.values()]
}

export type FieldLister = (module: FieldModule) => Promise<Set<string> | { refused: string }>

/** a lister over the Desk client's field listing (its fallback to the deprecated path included) */
export function deskFieldLister(desk: Pick<DeskClient, 'listFields'>): FieldLister {
  return async (module) => {
    try {
      const listing = await desk.listFields(module)
      return new Set(listing.fields.flatMap((f) => (f.apiName ? [f.apiName] : [])))
    } catch (err) {
      if (!isDeskError(err)) throw err
      return { refused: describeError(err, 'line') }
    }
  }
}

export async function checkFields(policy: Policy, list: FieldLister): Promise<FieldCheck> {
  const required = requiredFields(policy)
  const modules = [...new Set(required.map((r) => r.module))]
  const known = new Map<FieldModule, Set<string>>()
  for (const module of modules) {
    const answer = await list(module)
    if (!(answer instanceof Set)) return { status: 'unverified', required, missing: [], reason: answer.refused }
    known.set(module, answer)
  }
  const missing = required.filter((r) => !known.get(r.module)!.has(r.apiName))
  return { status: missing.length > 0 ? 'missing' : 'ok', required, missing }
}

/** the label whose Desk-derived API name is `cf_<x>`: cf_sla_ack_due → "Sla Ack Due" */
function labelFor(apiName: string): string {
  return apiName
    .replace(/^cf_/, '')
    .split('_')
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ')
}

/** one line per missing field: where to add it, its API name and type, and which policy keys name it */
export function missingFieldLines(missing: readonly RequiredField[]): string[] {
  return missing.map(
    (m) =>
      `${MODULE_LABEL[m.module]}: ${m.apiName} (named by ${m.policyPaths.join(', ')}) — add it in Desk: Setup → Customization → Layouts and Fields → ` +
      `${MODULE_LABEL[m.module]} → the layout → add a field of type ${m.type} labelled "${labelFor(m.apiName)}" so its API name is ${m.apiName}`,
  )
}

export function fieldReport(check: FieldCheck, orgId: string): string {
  if (check.status === 'ok') return `custom fields: all ${check.required.length} named in the policy exist in org ${orgId}`
  if (check.status === 'unverified') return `custom fields: not checked (${check.reason}); make sure the ${check.required.length} cf_ fields of the policy exist`
  return [
    `custom fields: ${check.missing.length} of the ${check.required.length} named in the policy are missing in org ${orgId}:`,
    ...missingFieldLines(check.missing).map((l) => `  - ${l}`),
    '  (or point the policy at fields the org has: deskFields / partnerScore.fields)',
  ].join('\n')
}
