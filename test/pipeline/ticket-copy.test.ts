import { expect } from 'chai'
import { creationTimeline, ticketFromCopy, timelineComplete, withThread, type TimelineThread } from '../../src/pipeline/ticket-copy.js'

const TICKET = {
  id: '20001000004000001',
  ticketNumber: '1001',
  subject: 'Sync fails',
  description: 'the nightly sync returns incorrect results',
  status: 'Open',
  statusType: 'Open',
  createdTime: '2026-03-02T09:00:00.000Z',
  modifiedTime: '2026-03-02T09:00:00.000Z',
  closedTime: null,
  onholdTime: null,
  dueDate: null,
  responseDueDate: null,
  departmentId: '20001000000000901',
  contactId: '20001000003000001',
  accountId: '20001000002000001',
  threadCount: '1',
  cf: { cf_severity: null },
}

const thread = (id: string | null, at: string, direction: 'in' | 'out' = 'out'): TimelineThread => ({
  id,
  direction,
  createdTime: at,
  visibility: 'public',
  status: 'SUCCESS',
  isDescriptionThread: false,
})

describe("pipeline: Desk's copy of a ticket standing in for a read", () => {
  it('takes a payload that carries every field the processor reads', () => {
    expect(ticketFromCopy(TICKET)?.id).to.equal(TICKET.id)
  })

  it('refuses a payload missing one of those fields, even one whose value would be null', () => {
    for (const key of ['cf', 'threadCount', 'closedTime', 'accountId']) {
      const copy: Record<string, unknown> = { ...TICKET }
      delete copy[key]
      expect(ticketFromCopy(copy), key).to.equal(null)
    }
  })

  it("takes a search result without a description only when the store holds the ticket's description", () => {
    const { description: _d, ...listed } = TICKET
    expect(ticketFromCopy(listed)).to.equal(null)
    expect(ticketFromCopy(listed, 'stored text')?.description).to.equal('stored text')
    expect(ticketFromCopy(listed, null)?.description).to.equal(null)
  })

  it('refuses what does not parse as a ticket', () => {
    expect(ticketFromCopy({ ...TICKET, statusType: 'Pending' })).to.equal(null)
    expect(ticketFromCopy([TICKET])).to.equal(null)
    expect(ticketFromCopy(null)).to.equal(null)
  })
})

describe("pipeline: a ticket's thread timeline", () => {
  it("starts a new ticket's timeline with its description when Desk counts one thread, empty when none", () => {
    expect(creationTimeline({ createdTime: TICKET.createdTime, threadCount: '1' })).to.deep.equal([
      { id: null, direction: 'in', createdTime: TICKET.createdTime, visibility: 'public', status: 'SUCCESS', isDescriptionThread: true },
    ])
    expect(creationTimeline({ createdTime: TICKET.createdTime, threadCount: '0' })).to.deep.equal([])
    expect(creationTimeline({ createdTime: TICKET.createdTime, threadCount: '2' })).to.equal(null)
    expect(creationTimeline({ createdTime: TICKET.createdTime, threadCount: null })).to.equal(null)
  })

  it('adds a thread in time order, and a thread it holds already only once', () => {
    const t = [thread('a', '2026-03-02T10:00:00.000Z'), thread('c', '2026-03-02T12:00:00.000Z')]
    const once = withThread(t, thread('b', '2026-03-02T11:00:00.000Z', 'in'))
    expect(once.added).to.equal(true)
    expect(once.timeline.map((x) => x.id)).to.deep.equal(['a', 'b', 'c'])
    const twice = withThread(once.timeline, thread('b', '2026-03-02T11:00:00.000Z', 'in'))
    expect(twice.added).to.equal(false)
    expect(twice.timeline).to.have.length(3)
  })

  it("is complete when its length agrees with Desk's thread count, less the threads Desk counts but does not list", () => {
    const t = [thread('a', '2026-03-02T10:00:00.000Z'), thread('b', '2026-03-02T11:00:00.000Z')]
    expect(timelineComplete(t, '2', 0)).to.equal(true)
    expect(timelineComplete(t, '3', 0)).to.equal(false)
    expect(timelineComplete(t, '3', 1)).to.equal(true)
    expect(timelineComplete(t, undefined, 0)).to.equal(false)
  })
})
