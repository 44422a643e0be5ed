import { expect } from 'chai'
import { decode } from 'html-entities'
import { IdGenerator } from '../../src/sandbox/ids.js'
import { generateSeed } from '../../src/sandbox/seed.js'
import { COUNTRIES, LABELS, TICKET_TYPES, US_STATES } from '../../src/sandbox/seed-data.js'
import { createSandbox } from '../../src/sandbox/server.js'
import { T0 } from './helpers.js'

const ctx = () => ({ ids: new IdGenerator(), nowMs: T0, departmentIds: ['d1', 'd2'], agentIds: ['a1', 'a2'] })
const text = (html: string) => decode(html.replace(/<[^>]*>/g, '\n'))

describe('sandbox: seed generator', () => {
  it('makes the same portal from the same seed and a different one from another', () => {
    expect(generateSeed({ tickets: 30, seed: 42 }, ctx())).to.deep.equal(generateSeed({ tickets: 30, seed: 42 }, ctx()))
    expect(generateSeed({ tickets: 30, seed: 43 }, ctx())).to.not.deep.equal(generateSeed({ tickets: 30, seed: 42 }, ctx()))
  })

  it('writes the request template with the exact EN, DE and FR labels, in plain text and HTML', () => {
    const data = generateSeed({ tickets: 120, seed: 42 }, ctx())
    const descriptions = data.tickets!.map((t) => t.description!)
    const html = descriptions.filter((d) => d.startsWith('<'))
    expect(html.length).to.be.greaterThan(10)
    expect(descriptions.length - html.length).to.be.greaterThan(10)
    for (const lang of ['en', 'de', 'fr'] as const) {
      const inLang = descriptions.map(text).filter((d) => d.includes(LABELS[lang].type))
      expect(inLang.length, lang).to.be.greaterThan(3)
      for (const d of inLang) for (const label of Object.values(LABELS[lang])) expect(d, label).to.include(label)
    }
    const all = descriptions.map(text).join('\n')
    expect(all).to.match(/Art der Supportanfrage:\s*Rechnungsänderungen/)
    expect(all).to.match(/Type of Support request:\s*Technical Support/)
    expect(all).to.match(/Gravité : [123]|Schweregrad: [123]|Severity: [123]/)
  })

  it('covers every ticket type, every region\'s countries and several US states', () => {
    const data = generateSeed({ tickets: 60, seed: 1 }, ctx())
    const descriptions = data.tickets!.map((t) => text(t.description!)).join('\n')
    for (const type of TICKET_TYPES) {
      expect([type.en, type.de, type.fr].some((name) => descriptions.includes(name)), type.en).to.equal(true)
    }
    const countries = new Set(data.accounts!.map((a) => a.country))
    for (const c of COUNTRIES) expect([c.iso, c.en, c.de, c.fr].some((n) => countries.has(n)), c.en).to.equal(true)
    const states = new Set(data.accounts!.map((a) => a.state).filter(Boolean))
    expect([...states].filter((s) => US_STATES.some((u) => u.code === s || u.name === s)).length).to.be.at.least(1)
  })

  it('gives accounts tiers, scores and license counts, some at or above their region\'s large-account threshold', () => {
    const data = generateSeed({ tickets: 10, seed: 3 }, ctx())
    const licenses = data.accounts!.map((a) => Number(a.cf!.cf_user_licenses))
    expect(licenses.filter((n) => n >= 100).length).to.be.greaterThan(0)
    expect(new Set(data.accounts!.map((a) => a.cf!.cf_partner_tier))).to.include.members(['Authorized', 'Advanced', 'Premium'])
    expect(data.accounts!.every((a) => a.cf!.cf_partner_annual_revenue !== undefined)).to.equal(true)
  })

  it('seeds a live sandbox with threads in both directions and some tickets On Hold, none in the future', async () => {
    const sb = await createSandbox({ clock: () => T0, seed: { tickets: 50, seed: 42 } })
    try {
      const tickets = [...sb.state.tickets.values()]
      expect(tickets).to.have.length(50)
      expect(tickets.some((t) => t.statusType === 'On Hold')).to.equal(true)
      const threads = [...sb.state.threads.values()].flat()
      expect(threads.some((t) => t.direction === 'out')).to.equal(true)
      expect(threads.some((t) => t.direction === 'in' && !t.isDescriptionThread)).to.equal(true)
      expect(threads.every((t) => Date.parse(t.createdTime) <= T0)).to.equal(true)
      expect(tickets.every((t) => Date.parse(t.modifiedTime) <= T0)).to.equal(true)
    } finally {
      await sb.close()
    }
  })
})
