import { expect } from 'chai'
import { migrate, migrateDown, schemaVersion } from '../../src/store/migrate.js'
import { migrations } from '../../src/store/migrations/index.js'
import {
  agreementCounts,
  feedbackOf,
  listDisagreements,
  overriddenTickets,
  recordClassification,
  recordOverride,
  type ClassificationRecord,
} from '../../src/store/repos/classifier-feedback.js'
import { forEachStore, useInstallation } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const MINUTE = 60_000
const DAY = 86_400_000

function written(installationId: string, ticketId: string, o: Partial<ClassificationRecord> = {}): ClassificationRecord {
  return {
    installationId,
    ticketId,
    ticketNumber: `#${ticketId}`,
    subject: 'Portal down since 9',
    description: 'Type of Support request: Technical Support\nDescription of the issue/question: the portal is down',
    webUrl: `https://desk.zoho.eu/support/acme/ShowHomePage.do#Cases/dv/${ticketId}`,
    field: 'severity',
    engineValue: '2',
    source: 'text',
    rule: 'Support severity 2',
    concept: null,
    words: ['returns incorrect results'],
    language: 'en',
    team: 'Support',
    evidence: { team: 'Support', severity: { value: '2' }, type: { value: 'Technical Support' } },
    at: T0,
    ...o,
  }
}

const never = (): ClassificationRecord => {
  throw new Error('the value was recorded when it was written')
}

forEachStore('store: classifier feedback', (getDb) => {
  const installation = useInstallation(getDb)
  const period = () => ({ installationIds: [installation()], from: T0 - DAY, to: T0 + DAY })

  it('keeps a written severity with its evidence, and the agent’s value once an agent changes it', async () => {
    const db = getDb()
    await recordClassification(db, written(installation(), '101'))
    const outcome = await recordOverride(db, { installationId: installation(), ticketId: '101', field: 'severity', humanValue: '1', at: T0 + 5 * MINUTE }, never)
    expect(outcome).to.equal('recorded')

    const [row] = await feedbackOf(db, installation(), '101')
    expect(row).to.deep.include({
      ticketId: '101',
      ticketNumber: '#101',
      subject: 'Portal down since 9',
      webUrl: 'https://desk.zoho.eu/support/acme/ShowHomePage.do#Cases/dv/101',
      field: 'severity',
      engineValue: '2',
      source: 'text',
      rule: 'Support severity 2',
      concept: null,
      words: ['returns incorrect results'],
      language: 'en',
      team: 'Support',
      writtenAt: '2026-03-02T09:00:00.000Z',
      humanValue: '1',
      overriddenAt: '2026-03-02T09:05:00.000Z',
    })
    expect(row!.evidence).to.deep.equal({ team: 'Support', severity: { value: '2' }, type: { value: 'Technical Support' } })
  })

  it('records the same change once when it is processed twice, and keeps the agent’s latest value', async () => {
    const db = getDb()
    await recordClassification(db, written(installation(), '102'))
    const change = { installationId: installation(), ticketId: '102', field: 'severity' as const, humanValue: '1', at: T0 + MINUTE }
    expect(await recordOverride(db, change, never)).to.equal('recorded')
    expect(await recordOverride(db, { ...change, at: T0 + 2 * MINUTE }, never)).to.equal('unchanged')
    expect(await recordOverride(db, { ...change, humanValue: '3', at: T0 + 3 * MINUTE }, never)).to.equal('relabelled')

    const rows = await feedbackOf(db, installation(), '102')
    expect(rows.map((r) => [r.engineValue, r.humanValue, r.overriddenAt])).to.deep.equal([['2', '3', '2026-03-02T09:01:00.000Z']])
  })

  it('takes the engine’s new answer for a value no agent has judged yet, keeping the ticket’s number and address', async () => {
    const db = getDb()
    await recordClassification(db, written(installation(), '103'))
    await recordClassification(db, written(installation(), '103', { engineValue: '1', rule: 'Support severity 1', words: ['is down'], ticketNumber: null, webUrl: null, at: T0 + MINUTE }))
    const rows = await feedbackOf(db, installation(), '103')
    expect(rows).to.have.length(1)
    expect(rows[0]).to.deep.include({ engineValue: '1', rule: 'Support severity 1', words: ['is down'], ticketNumber: '#103', writtenAt: '2026-03-02T09:01:00.000Z', humanValue: null })
  })

  it('starts a new record when the service writes a field again after an agent’s change was recorded', async () => {
    const db = getDb()
    await recordClassification(db, written(installation(), '104'))
    await recordOverride(db, { installationId: installation(), ticketId: '104', field: 'severity', humanValue: '1', at: T0 + MINUTE }, never)
    await recordClassification(db, written(installation(), '104', { at: T0 + 2 * MINUTE }))
    const rows = await feedbackOf(db, installation(), '104')
    expect(rows.map((r) => [r.engineValue, r.humanValue])).to.deep.equal([
      ['2', '1'],
      ['2', null],
    ])
  })

  it('records an agent’s change of a value written before anything was recorded, from what the engine says of it', async () => {
    const db = getDb()
    const outcome = await recordOverride(db, { installationId: installation(), ticketId: '105', field: 'type', humanValue: 'Store Related', at: T0 + MINUTE }, () =>
      written(installation(), '105', { field: 'type', engineValue: 'Technical Support', source: 'default', rule: 'default', words: [], at: T0 + MINUTE }),
    )
    expect(outcome).to.equal('recorded')
    const rows = await feedbackOf(db, installation(), '105')
    expect(rows.map((r) => [r.field, r.engineValue, r.humanValue, r.writtenAt])).to.deep.equal([['type', 'Technical Support', 'Store Related', '2026-03-02T09:01:00.000Z']])
  })

  it('counts values written and changed by rule, team and language over a period, and lists the changes newest first', async () => {
    const db = getDb()
    const inst = installation()
    await recordClassification(db, written(inst, '201', { rule: 'Support severity 1', engineValue: '1', language: 'de' }))
    await recordClassification(db, written(inst, '202', { rule: 'Support severity 1', engineValue: '1', language: 'de' }))
    await recordClassification(db, written(inst, '203', { rule: 'Operations default', engineValue: '2', team: 'Operations', language: null, words: [] }))
    await recordClassification(db, written(inst, '204', { field: 'type', rule: 'template field', engineValue: 'Technical Support', source: 'template' }))
    await recordClassification(db, written(inst, '205', { at: T0 - 3 * DAY })) // before the period
    await recordOverride(db, { installationId: inst, ticketId: '201', field: 'severity', humanValue: '2', at: T0 + MINUTE }, never)
    await recordOverride(db, { installationId: inst, ticketId: '203', field: 'severity', humanValue: '1', at: T0 + 2 * MINUTE }, never)
    await recordOverride(db, { installationId: inst, ticketId: '205', field: 'severity', humanValue: '3', at: T0 + 3 * MINUTE }, never)

    const byRule = await agreementCounts(db, period(), 'rule')
    expect(byRule).to.deep.include.members([
      { field: 'severity', key: 'Support severity 1', concept: null, written: 2, overridden: 1 },
      { field: 'severity', key: 'Operations default', concept: null, written: 1, overridden: 1 },
      { field: 'type', key: 'template field', concept: null, written: 1, overridden: 0 },
    ])
    expect(byRule).to.have.length(3)
    expect(await agreementCounts(db, period(), 'team')).to.deep.equal([
      { field: null, key: 'Support', concept: null, written: 3, overridden: 1 },
      { field: null, key: 'Operations', concept: null, written: 1, overridden: 1 },
    ])
    expect(await agreementCounts(db, period(), 'language')).to.deep.include.members([
      { field: null, key: 'de', concept: null, written: 2, overridden: 1 },
      { field: null, key: 'unknown', concept: null, written: 1, overridden: 1 },
      { field: null, key: 'en', concept: null, written: 1, overridden: 0 },
    ])
    expect(await agreementCounts(db, { ...period(), language: 'unknown' }, 'team')).to.deep.equal([{ field: null, key: 'Operations', concept: null, written: 1, overridden: 1 }])
    expect(await agreementCounts(db, { ...period(), field: 'type' }, 'team')).to.deep.equal([{ field: null, key: 'Support', concept: null, written: 1, overridden: 0 }])

    const changes = await listDisagreements(db, period())
    expect(changes.map((c) => [c.ticketId, c.engineValue, c.humanValue])).to.deep.equal([
      ['203', '2', '1'],
      ['201', '1', '2'],
    ])
    expect((await listDisagreements(db, { ...period(), team: 'Support' })).map((c) => c.ticketId)).to.deep.equal(['201'])
  })

  it('gives, for each ticket an agent corrected in a period, the latest record of its severity and of its type', async () => {
    const db = getDb()
    const inst = installation()
    await recordClassification(db, written(inst, '301'))
    await recordClassification(db, written(inst, '301', { field: 'type', engineValue: 'Technical Support', source: 'template', rule: 'template field' }))
    await recordClassification(db, written(inst, '302'))
    await recordClassification(db, written(inst, '303'))
    await recordOverride(db, { installationId: inst, ticketId: '301', field: 'severity', humanValue: '1', at: T0 + 2 * MINUTE }, never)
    await recordOverride(db, { installationId: inst, ticketId: '303', field: 'severity', humanValue: '3', at: T0 + MINUTE }, never)
    await recordOverride(db, { installationId: inst, ticketId: '302', field: 'severity', humanValue: '3', at: T0 + 2 * DAY }, never)

    const tickets = await overriddenTickets(db, { installationIds: [inst], since: T0, until: T0 + DAY })
    expect(tickets.map((t) => t.map((r) => [r.ticketId, r.field, r.engineValue, r.humanValue]))).to.deep.equal([
      [['303', 'severity', '2', '3']],
      [
        ['301', 'severity', '2', '1'],
        ['301', 'type', 'Technical Support', null],
      ],
    ])
    expect((await overriddenTickets(db, { installationIds: [inst], since: null, until: null })).map((t) => t[0]!.ticketId)).to.deep.equal(['303', '301', '302'])
  })

  it('migration 7 goes down, dropping only the feedback, and up again, where a record round-trips', async () => {
    const db = getDb()
    await recordClassification(db, written(installation(), '401'))
    await migrateDown(db, 6)
    const tables = async () =>
      (await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`)).rows.map((r) => r.name)
    expect(await tables()).to.not.include('classifier_feedback')
    expect(await tables()).to.include.members(['ticket_sla', 'outbox', 'admin_sessions'])
    expect(await schemaVersion(db)).to.equal(6)

    expect((await migrate(db)).versions).to.deep.equal(migrations.slice(6).map((m) => m.version))
    expect(await tables()).to.include('classifier_feedback')
    await recordClassification(db, written(installation(), '401', { words: ['Ausfall', 'l’accès'], language: 'de' }))
    await recordOverride(db, { installationId: installation(), ticketId: '401', field: 'severity', humanValue: '1', at: T0 + MINUTE }, never)
    const [row] = await feedbackOf(db, installation(), '401')
    expect(row).to.deep.include({ words: ['Ausfall', 'l’accès'], language: 'de', humanValue: '1' })
  })

  it('forgets an installation’s feedback with the installation', async () => {
    const db = getDb()
    await recordClassification(db, written(installation(), '501'))
    await db.query('DELETE FROM installations WHERE id = $1', [installation()])
    expect(await feedbackOf(db, installation(), '501')).to.deep.equal([])
  })
})
