// The private comment desk-sla adds when a ticket reaches a new level: it lists the reasons of the
// levels crossed, taken from the engine's reasons as data (issue 16), not parsed out of sentences.
import { expect } from 'chai'
import { escalationComment } from '../../src/pipeline/decide.js'
import { slaDetail } from '../engine/helpers.js'

describe('pipeline: the escalation comment', () => {
  const base = { cf: { cf_severity: '2', cf_ticket_type: 'Technical Support' }, tier: 'Premium', createdTime: '2026-01-05T09:00:00Z' }

  it('lists the reasons of the levels crossed, from above the old level up to the new one', async () => {
    const d = await slaDetail({ ...base, now: '2026-01-06T09:00:01Z' }) // levels 1, 2 and 3 reached
    const lines = escalationComment(d, 1, 3, 'support-manager@example.com').split('\n')
    expect(lines[0]).to.equal('desk-sla: escalated from level 1 to level 3. Owner now: support-manager@example.com.')
    expect(lines.filter((l) => l.startsWith('- '))).to.deep.equal([`- ${d.escalation.reasons[1]!.text}`, `- ${d.escalation.reasons[2]!.text}`])
    expect(lines.some((l) => /^- level \d/.test(l))).to.equal(false)
  })

  it('lists no reason of a level already reached before', async () => {
    const d = await slaDetail({ ...base, now: '2026-01-06T09:00:01Z' })
    expect(escalationComment(d, 3, 3, 'support-manager@example.com')).to.not.match(/^- /m)
  })
})
