// The adapter between the engine and everything that records the classifier's work (issue 14):
// what it reads from the engine's answer for each way a severity and a type can be decided.
import { expect } from 'chai'
import { classifierEvidence } from '../../src/pipeline/classifier-evidence.js'
import { shippedPolicy, slaDetail } from '../engine/helpers.js'

const NOW = '2026-03-02T10:00:00.000Z'
const CREATED = '2026-03-02T09:00:00.000Z'

async function evidenceOf(ticket: { subject?: string; description?: string; cf?: Record<string, unknown> }) {
  return classifierEvidence(await slaDetail({ ...ticket, createdTime: CREATED, now: NOW, country: 'Germany', tier: 'Premium' }), await shippedPolicy())
}

describe('pipeline: the classifier evidence adapter', () => {
  it('names the team rule and the matched words when the severity comes from the text, and the language of the template', async () => {
    const ev = await evidenceOf({
      subject: 'Export totals',
      description: 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly export returns incorrect results',
    })
    expect(ev).to.deep.include({ team: 'Support', language: 'en', exempt: false, clock: '24x5' })
    expect(ev.severity).to.deep.include({ value: '2', source: 'text' })
    expect(ev.severity.rule).to.match(/^Support severity 2: /)
    expect(ev.severity.concept).to.be.a('string')
    expect(ev.severity.words.join(' ')).to.contain('incorrect')
    expect(ev.severity.sourceText).to.contain('incorrect')
    expect(ev.severity.reason).to.match(/^severity 2 from the text: /)
    expect(ev.type).to.deep.include({ value: 'Technical Support', source: 'template', rule: 'template field', sourceText: 'Type of Support request: Technical Support', words: [] })
  })

  it('reads a German ticket whose severity line decides, and keeps the line it read', async () => {
    const ev = await evidenceOf({
      description: 'Art der Supportanfrage: Technischer Support\nSchweregrad 1\nBeschreibung des Problems/der Frage: Das Portal ist nicht erreichbar',
    })
    expect(ev.language).to.equal('de')
    expect(ev.severity).to.deep.include({ value: '1', source: 'template', rule: 'template field', words: [] })
    expect(ev.severity.sourceText).to.equal('Schweregrad: 1')
    expect(ev.type).to.deep.include({ value: 'Technical Support', source: 'template', sourceText: 'Art der Supportanfrage: Technischer Support' })
  })

  it('gives the team default and the default type when nothing decides, in the language of the words', async () => {
    const ev = await evidenceOf({ subject: 'Hello', description: 'Bonjour, merci.' })
    expect(ev.language).to.equal('fr')
    expect(ev.severity).to.deep.include({ value: '3', source: 'default', rule: 'Support default', words: [], sourceText: null })
    expect(ev.type).to.deep.include({ value: 'Technical Support', source: 'default', rule: 'default', sourceText: null })
  })

  it('tells a value taken from a custom field (a human’s) apart from the engine’s own', async () => {
    const ev = await evidenceOf({ subject: 'Invoice', description: 'the amount is wrong', cf: { cf_severity: '1', cf_ticket_type: 'Invoice changes' } })
    expect(ev.team).to.equal('Operations')
    expect(ev.severity).to.deep.include({ value: '1', source: 'custom-field', rule: 'custom field cf_severity', sourceText: '1' })
    expect(ev.type).to.deep.include({ value: 'Invoice changes', source: 'custom-field', rule: 'custom field cf_ticket_type', sourceText: 'Invoice changes' })
  })

  it('keeps every matched word of the most severe rule when less severe words matched too', async () => {
    const ev = await evidenceOf({ subject: 'Outage', description: 'Total outage, all users locked out; how to get a workaround?' })
    expect(ev.severity).to.deep.include({ value: '1', source: 'text' })
    expect(ev.severity.rule).to.match(/^Support severity 1: /)
    expect(ev.severity.words).to.include.members(['Outage', 'locked out'])
    expect(ev.severity.words.join(' ')).to.not.match(/how to|workaround|severity/)
  })
})
