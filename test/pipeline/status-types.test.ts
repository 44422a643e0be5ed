import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import type { Logger } from '../../src/logger.js'
import { historyIntervals, REFRESH_MIN_INTERVAL_MS, statusTyper } from '../../src/pipeline/status-types.js'
import { DEFAULT_STATUSES } from '../../src/sandbox/model.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createSecretBox } from '../../src/store/crypto.js'
import { getStatusMap, saveStatusMap } from '../../src/store/repos/desk-statuses.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { shippedPolicy } from '../engine/helpers.js'
import { forEachStore } from '../store/helpers.js'

// Status names from History become status types through the org's status map (issue 13).

const STATUSES = [...DEFAULT_STATUSES, { name: 'Waiting on partner', type: 'On Hold' as const }, { name: 'Resolved', type: 'Closed' as const }]

forEachStore('pipeline: the org\'s status map', (getDb) => {
  let sb: Sandbox
  let ctx: ServiceContext
  let inst: Installation
  let clock = Date.parse('2026-03-02T09:00:00.000Z')
  const warnings: Array<{ message: string; meta?: Record<string, unknown> }> = []
  const logger: Logger = { debug() {}, info() {}, error() {}, warn: (message, meta) => warnings.push({ message, meta }) }

  beforeEach(async () => {
    warnings.length = 0
    sb = await createSandbox({ clock: () => clock, statuses: STATUSES })
    const box = createSecretBox(randomBytes(32))
    inst = await createInstallation(getDb(), box, { ...sb.connection() })
    ctx = createContext({ db: getDb(), box, policy: await shippedPolicy(), now: () => clock, logger, desk: { sleep: async () => {}, random: () => 0.5 } })
  })
  afterEach(async () => {
    await sb.close()
  })

  function ticket(): string {
    sb.seed({ accounts: [{ id: '20001000002999001', accountName: 'Nordwerk GmbH', country: 'Germany' }],
      contacts: [{ id: '20001000003999001', lastName: 'Weber', accountId: '20001000002999001' }] })
    const t = sb.ops.create({ subject: 'Sync fails', contactId: '20001000003999001', departmentId: sb.state.defaultDepartmentId() },
      { actor: { name: 'Lea Weber', type: 'END_USER' } })
    return String(t.id)
  }

  const agent = { actor: { name: 'Ana Silva', type: 'AGENT' as const } }

  it('pauses the clock for a custom On Hold status and stops it for a custom closed one, reading the map from GET /fields', async () => {
    const id = ticket()
    clock += 60 * 60_000
    sb.ops.update(id, { status: 'Waiting on partner' }, agent)
    clock += 90 * 60_000
    sb.ops.update(id, { status: 'In Progress' }, agent)
    clock += 30 * 60_000
    sb.ops.update(id, { status: 'Resolved' }, agent)
    const t = sb.state.tickets.get(id)!
    const intervals = await historyIntervals(ctx, inst, await ctx.deskFor(inst), t)
    expect(intervals).to.deep.equal([
      { statusType: 'On Hold', from: '2026-03-02T10:00:00.000Z', to: '2026-03-02T11:30:00.000Z' },
      { statusType: 'Closed', from: '2026-03-02T12:00:00.000Z', to: null },
    ])
    const map = await getStatusMap(getDb(), inst.id)
    expect(map!.source).to.equal('fields')
    expect(map!.statuses).to.deep.include.members([{ name: 'Waiting on partner', statusType: 'On Hold' }, { name: 'Resolved', statusType: 'Closed' }])
    // the list leaves picklist values out: the status field is read by id
    const paths = sb.requests.list({ kind: 'api' }).map((r) => r.path)
    expect(paths).to.include('/api/v1/fields')
    expect(paths.some((p) => /^\/api\/v1\/fields\/\d+$/.test(p))).to.equal(true)
    expect(warnings).to.deep.equal([])
  })

  it('uses the cached map without asking Desk, and refreshes it when History names a status it does not hold', async () => {
    await saveStatusMap(getDb(), inst.id, [{ name: 'Open', statusType: 'Open' }], 'fields', clock - REFRESH_MIN_INTERVAL_MS - 1)
    const desk = await ctx.deskFor(inst)
    sb.requests.clear()
    const known = await statusTyper(ctx, inst, desk, ['Open'])
    expect(known.typeOf('open')).to.equal('Open')
    expect(sb.requests.list({ path: '/fields' })).to.have.length(0)
    const fresh = await statusTyper(ctx, inst, desk, ['Waiting on partner'])
    expect(fresh.typeOf('Waiting on partner')).to.equal('On Hold')
    expect(sb.requests.list({ path: '/fields' }).length).to.be.greaterThan(0)
    expect((await getStatusMap(getDb(), inst.id))!.fetchedAt).to.equal(new Date(clock).toISOString())
  })

  it("falls back to the deprecated GET /organizationFields when GET /fields answers 404 URL_NOT_FOUND", async () => {
    sb.faults.set({ fieldsApi: 'missing' })
    const typer = await statusTyper(ctx, inst, await ctx.deskFor(inst), ['Resolved'])
    expect(typer.typeOf('Resolved')).to.equal('Closed')
    expect((await getStatusMap(getDb(), inst.id))!.source).to.equal('organizationFields')
  })

  it('counts a status still unknown after a refresh as Open (the clock runs), says so in a warning, and does not ask Desk again at once', async () => {
    const desk = await ctx.deskFor(inst)
    const typer = await statusTyper(ctx, inst, desk, ['Parked'])
    expect(typer.typeOf('Parked')).to.equal('Open')
    expect([...typer.unknown]).to.deep.equal(['Parked'])
    expect(warnings.map((w) => [w.message, w.meta?.status])).to.deep.equal([['desk status not in the org status map; counted as Open', 'Parked']])
    sb.requests.clear()
    await statusTyper(ctx, inst, desk, ['Parked'])
    expect(sb.requests.list({ path: '/fields' })).to.have.length(0)
  })

  it("takes the type of the ticket's own current status from the ticket when the map lacks it", async () => {
    sb.faults.set({ fieldsApi: 'missing' })
    await saveStatusMap(getDb(), inst.id, [], 'fields', clock)
    const typer = await statusTyper(ctx, inst, await ctx.deskFor(inst), ['Escalated to R&D'], [{ name: 'Escalated to R&D', statusType: 'On Hold' }])
    expect(typer.typeOf('Escalated to R&D')).to.equal('On Hold')
    expect(warnings).to.deep.equal([])
  })

  it('lets a passing Desk failure through, so the event is tried again rather than stored with a guessed interval', async () => {
    sb.faults.set({ serverError: { count: 20, status: 503, path: '/fields' } })
    const err = await statusTyper(ctx, inst, await ctx.deskFor(inst), ['Resolved']).then(() => null, (e: unknown) => e)
    expect(err).to.have.property('code', 'DESK_HTTP_5XX')
  })
})
