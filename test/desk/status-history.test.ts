import { expect } from 'chai'
import { asStatusType, propertyName, statusChanges } from '../../src/desk/status-history.js'
import { HistoryEvent, parseDesk } from '../../src/desk/schemas.js'
import { intervalsFromStatusChanges } from '../../src/pipeline/desk-input.js'

// History as Zoho publishes it (TicketHistory.json), newest first, parsed into status changes.

const events = (list: unknown[]) => list.map((e) => parseDesk(HistoryEvent, e, 'GET /tickets/{id}/History'))

function change(at: string | number, from: unknown, to: unknown, name = 'Status') {
  return {
    eventName: 'TicketUpdated', eventTime: at, actor: { id: '1', name: 'Ana', type: 'Agent' }, source: null,
    eventInfo: [{ propertyName: name, propertyType: 'ValueTransition', propertyValue: { previousValue: from, updatedValue: to }, systemProperty: true }],
    actorInfo: [],
  }
}

function created(at: string | number, status: string) {
  return {
    eventName: 'TicketCreated', eventTime: at, actor: { id: '2', name: 'Lea', type: 'Contact' }, source: 'Email',
    eventInfo: [
      { propertyName: 'Department', propertyType: 'Entity', propertyValue: { id: '9', name: 'Support', type: 'Department' }, systemProperty: true },
      { propertyName: 'Status', propertyType: 'Text', propertyValue: status, systemProperty: true },
    ],
    actorInfo: [],
  }
}

describe('desk: status changes out of a ticket\'s History', () => {
  it('turns newest-first events into oldest-first changes of status names, the creation giving the first status', () => {
    const list = events([
      change('2026-03-02T11:00:00.000Z', 'Waiting on partner', 'Open'),
      change('2026-03-02T10:00:00.000Z', 'Open', 'Waiting on partner'),
      created('2026-03-02T09:00:00.000Z', 'Open'),
    ])
    expect(statusChanges(list)).to.deep.equal([
      { at: '2026-03-02T09:00:00.000Z', from: null, to: 'Open' },
      { at: '2026-03-02T10:00:00.000Z', from: 'Open', to: 'Waiting on partner' },
      { at: '2026-03-02T11:00:00.000Z', from: 'Waiting on partner', to: 'Open' },
    ])
  })

  it('reads epoch-millisecond times and {id, name, type} values, as Zoho\'s own examples show them', () => {
    const list = events([change(1772445600000, { id: '1', name: 'Open', type: null }, { id: '2', name: 'Waiting on partner', type: null })])
    expect(statusChanges(list)).to.deep.equal([{ at: '2026-03-02T10:00:00.000Z', from: 'Open', to: 'Waiting on partner' }])
  })

  it('finds the Status property whatever its case, and ignores other properties and events without a time', () => {
    const list = events([
      change('2026-03-02T10:00:00.000Z', 'High', 'Low', 'Priority'),
      change('2026-03-02T10:05:00.000Z', 'Open', 'Closed', 'STATUS'),
      { ...change('2026-03-02T10:10:00.000Z', 'Closed', 'Open'), eventTime: null },
    ])
    expect(statusChanges(list)).to.deep.equal([{ at: '2026-03-02T10:05:00.000Z', from: 'Open', to: 'Closed' }])
  })

  it('keeps Desk\'s order for changes of the same instant (newest listed first)', () => {
    const list = events([change('2026-03-02T10:00:00.000Z', 'On Hold', 'Open'), change('2026-03-02T10:00:00.000Z', 'Open', 'On Hold')])
    expect(statusChanges(list).map((c) => c.to)).to.deep.equal(['On Hold', 'Open'])
  })

  it('reads a name from a string or an object with a name, and nothing else', () => {
    expect(propertyName('Open')).to.equal('Open')
    expect(propertyName({ id: '1', name: 'Open', type: null })).to.equal('Open')
    expect(propertyName('  ')).to.equal(null)
    expect(propertyName(null)).to.equal(null)
    expect(propertyName(42)).to.equal(null)
  })

  it('knows the three status types however Desk writes them', () => {
    expect(['Open', 'On Hold', 'onhold', 'ON_HOLD', 'Closed', 'Waiting'].map(asStatusType)).to.deep.equal(['Open', 'On Hold', 'On Hold', 'On Hold', 'Closed', null])
  })
})

describe('pipeline: On Hold and Closed intervals from status changes', () => {
  const types: Record<string, 'Open' | 'On Hold' | 'Closed'> = { Open: 'Open', 'In Progress': 'Open', 'Waiting on partner': 'On Hold', Resolved: 'Closed' }
  const typeOf = (name: string) => types[name] ?? 'Open'

  it('pauses for a custom On Hold status and stops for a custom closed one, each from the instant it was set', () => {
    const intervals = intervalsFromStatusChanges('2026-03-02T09:00:00.000Z', [
      { at: '2026-03-02T09:00:00.000Z', from: null, to: 'Open' },
      { at: '2026-03-02T10:00:00.000Z', from: 'Open', to: 'Waiting on partner' },
      { at: '2026-03-02T12:30:00.000Z', from: 'Waiting on partner', to: 'In Progress' },
      { at: '2026-03-02T15:00:00.000Z', from: 'In Progress', to: 'Resolved' },
    ], typeOf)
    expect(intervals).to.deep.equal([
      { statusType: 'On Hold', from: '2026-03-02T10:00:00.000Z', to: '2026-03-02T12:30:00.000Z' },
      { statusType: 'Closed', from: '2026-03-02T15:00:00.000Z', to: null },
    ])
  })

  it('does not split an interval when one On Hold status follows another', () => {
    types['Waiting on customer'] = 'On Hold'
    const intervals = intervalsFromStatusChanges('2026-03-02T09:00:00.000Z', [
      { at: '2026-03-02T10:00:00.000Z', from: 'Open', to: 'Waiting on partner' },
      { at: '2026-03-02T11:00:00.000Z', from: 'Waiting on partner', to: 'Waiting on customer' },
    ], typeOf)
    expect(intervals).to.deep.equal([{ statusType: 'On Hold', from: '2026-03-02T10:00:00.000Z', to: null }])
  })

  it('has no intervals for a ticket that never left Open', () => {
    expect(intervalsFromStatusChanges('2026-03-02T09:00:00.000Z', [{ at: '2026-03-02T09:00:00.000Z', from: null, to: 'In Progress' }], typeOf)).to.deep.equal([])
  })
})
