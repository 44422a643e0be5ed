import { expect } from 'chai'
import type { Policy } from '../../src/engine/policy.js'
import { INSTALL_ERROR_CODES } from '../../src/install/errors.js'
import { checkFields, fieldReport, requiredFields, type FieldModule } from '../../src/install/fields.js'
import { webhookSubscriptions, webhookUrl } from '../../src/install/webhooks.js'
import { shippedPolicy } from '../engine/helpers.js'

function withTicketFields(policy: Policy, fields: Partial<Policy['deskFields']['ticket']>): Policy {
  return { ...policy, deskFields: { ...policy.deskFields, ticket: { ...policy.deskFields.ticket, ...fields } } }
}

describe('install: the custom fields a policy needs', () => {
  let policy: Policy
  before(async () => {
    policy = await shippedPolicy()
  })

  it('lists every cf_ field the policy names, per module, and no standard field', () => {
    const req = requiredFields(policy)
    const tickets = req.filter((r) => r.module === 'tickets').map((r) => r.apiName)
    // the fields desk-sla writes (written-fields.ts), then those it only reads
    expect(tickets).to.deep.equal(['cf_severity', 'cf_ticket_type', 'cf_region', 'cf_escalation_owner', 'cf_escalation_level', 'cf_sla_status', 'cf_response_due', 'cf_partner_tier'])
    expect(req.find((r) => r.apiName === 'cf_response_due')).to.deep.include({ type: 'Date Time', policyPaths: ['deskFields.ticket.responseDue'] })
    const accounts = req.filter((r) => r.module === 'accounts').map((r) => r.apiName)
    expect(accounts).to.include.members(['cf_partner_tier', 'cf_partner_score', 'cf_user_licenses', 'cf_partner_annual_revenue'])
    expect(req.map((r) => r.apiName)).to.not.include.members(['country', 'state'])
    expect(req.find((r) => r.apiName === 'cf_severity')!.type).to.equal('Pick List (values 1, 2, 3)')
    expect(req.find((r) => r.module === 'accounts' && r.apiName === 'cf_partner_tier')!.type).to.equal('Pick List (values Authorized, Advanced, Premium)')
  })

  it('adds the due-date fields when the policy sets them, and names a field used twice once', () => {
    const p = withTicketFields(policy, { firstResponseDue: 'cf_sla_ack_due', followUpDue: 'cf_sla_ack_due', determinationDue: null })
    const due = requiredFields(p).filter((r) => r.apiName === 'cf_sla_ack_due')
    expect(due).to.have.length(1)
    expect(due[0]).to.deep.include({ module: 'tickets', type: 'Date Time', policyPaths: ['deskFields.ticket.firstResponseDue', 'deskFields.ticket.followUpDue'] })
  })

  it('reports the check as not done when Desk refuses the listing, without blocking', async () => {
    const check = await checkFields(policy, async () => ({ refused: 'Desk answered 403 SCOPE_MISMATCH to GET /organizationFields?module=tickets' }))
    expect(check.status).to.equal('unverified')
    expect(fieldReport(check, '1')).to.match(/not checked \(Desk answered 403 SCOPE_MISMATCH/)
  })

  it('finds exactly the fields a module lacks', async () => {
    const all = requiredFields(policy)
    const lister = async (module: FieldModule) => new Set(all.filter((r) => r.module === module && r.apiName !== 'cf_user_licenses').map((r) => r.apiName))
    const check = await checkFields(policy, lister)
    expect(check.missing.map((m) => `${m.module}:${m.apiName}`)).to.deep.equal(['accounts:cf_user_licenses'])
    expect(fieldReport(check, '60001234')).to.match(/Accounts: cf_user_licenses .* Layouts and Fields → Accounts .* type Number labelled "User Licenses"/)
  })
})

describe('install: the webhook subscription', () => {
  it('builds the hook URL from the public URL, the installation id and the secret', () => {
    expect(webhookUrl('https://sla.example.com/', 'abc', 's3cret')).to.equal('https://sla.example.com/hooks/desk/abc/s3cret')
  })

  it('subscribes the four ticket events and the account and contact updates, updates with their previous state', () => {
    const records = { Account_Update: { includePrevState: true }, Contact_Update: { includePrevState: true } }
    expect(webhookSubscriptions([])).to.deep.equal({ Ticket_Add: null, Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null, Ticket_Comment_Add: null, ...records })
    // Webhook.json gives account and contact events no department filter
    expect(webhookSubscriptions(['7'])).to.deep.equal({
      Ticket_Add: { departmentIds: ['7'] },
      Ticket_Update: { departmentIds: ['7'], includePrevState: true },
      Ticket_Thread_Add: { departmentIds: ['7'] },
      Ticket_Comment_Add: { departmentIds: ['7'] },
      ...records,
    })
  })
})

describe('install: error codes', () => {
  it('say for every code what happened and how to solve it', () => {
    for (const [code, entry] of Object.entries(INSTALL_ERROR_CODES)) {
      expect(code).to.match(/^INSTALL_[A-Z_]+$/)
      expect(entry.meaning, code).to.have.length.greaterThan(10)
      expect(entry.fix, code).to.have.length.greaterThan(10)
    }
  })
})
