// Which severity and type on a ticket are an agent's (DOMAIN.md §4: a human's choice always wins)
// and which are only desk-sla's own earlier writes seen in a copy of the ticket older than its
// latest write (a webhook payload raised before the write landed, a stored copy).
import { expect } from 'chai'
import { humanSetFields, writtenValues } from '../../src/pipeline/decide.js'
import { shippedPolicy } from '../engine/helpers.js'

const ticketWith = (severity: string | null) => ({ cf: { cf_severity: severity } })

describe('pipeline: which severity is an agent’s', () => {
  it('takes a severity desk-sla never wrote as the agent’s', async () => {
    const policy = await shippedPolicy()
    expect(humanSetFields(policy, ticketWith('1'), { cf_severity: '3' }, { written: { cf_severity: ['2', '3'] } })).to.deep.equal(['cf_severity'])
  })

  it('does not take desk-sla’s own earlier severity, in a copy older than its latest write, as the agent’s', async () => {
    const policy = await shippedPolicy()
    // desk-sla wrote 2, then 3; a priority change raised before the 3 landed still shows the 2
    const human = humanSetFields(policy, ticketWith('2'), { cf_severity: '3' }, {
      written: { cf_severity: ['2', '3'] },
      prevState: ticketWith('2'),
      priorHuman: [],
    })
    expect(human).to.deep.equal([])
  })

  it('takes an agent setting the severity back to desk-sla’s earlier value as the agent’s', async () => {
    const policy = await shippedPolicy()
    // the ticket showed desk-sla's latest 3; the event shows someone changing it to 2
    const human = humanSetFields(policy, ticketWith('2'), { cf_severity: '3' }, { written: { cf_severity: ['2', '3'] }, prevState: ticketWith('3') })
    expect(human).to.deep.equal(['cf_severity'])
  })

  it('keeps a severity an agent already held as the agent’s', async () => {
    const policy = await shippedPolicy()
    const human = humanSetFields(policy, ticketWith('2'), { cf_severity: '3' }, { written: { cf_severity: ['2', '3'] }, priorHuman: ['cf_severity'] })
    expect(human).to.deep.equal(['cf_severity'])
  })

  it('never counts desk-sla’s latest value or an empty field as the agent’s', async () => {
    const policy = await shippedPolicy()
    expect(humanSetFields(policy, ticketWith('3'), { cf_severity: '3' })).to.deep.equal([])
    expect(humanSetFields(policy, ticketWith(null), { cf_severity: '3' })).to.deep.equal([])
  })

  it('never takes an agent’s edit of the reply-owed-next field (cf_response_due) for a severity or type change', async () => {
    const policy = await shippedPolicy()
    const ticket = { cf: { cf_severity: '3', cf_ticket_type: 'Upgrades', cf_response_due: '2026-03-02T18:00:00.000Z' } }
    const lastWritten = { cf_severity: '3', cf_ticket_type: 'Upgrades', cf_response_due: '2026-03-02T13:00:00.000Z' }
    const prevState = { cf: { ...ticket.cf, cf_response_due: '2026-03-02T13:00:00.000Z' } }
    expect(humanSetFields(policy, ticket, lastWritten, { written: { cf_severity: ['3'], cf_ticket_type: ['Upgrades'] }, prevState })).to.deep.equal([])
  })

  it('remembers every value desk-sla wrote to the severity and type, once each', async () => {
    const policy = await shippedPolicy()
    const once = writtenValues(policy, undefined, { cf_severity: '2', cf_region: 'UK & EU' })
    expect(writtenValues(policy, once, { cf_severity: '3', cf_ticket_type: 'Upgrades' })).to.deep.equal({ cf_severity: ['2', '3'], cf_ticket_type: ['Upgrades'] })
    expect(writtenValues(policy, { cf_severity: ['2', '3'] }, { cf_severity: '2' })).to.deep.equal({ cf_severity: ['2', '3'] })
  })
})
