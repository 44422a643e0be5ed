import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'chai'
import { parse } from 'csv-parse/sync'
import type { CliIo } from '../../src/cli/io.js'
import { UsageError } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { runScore } from '../../src/cli/score.js'
import { EngineError } from '../../src/engine/errors.js'

interface FakeIo extends CliIo {
  out: string
  err: string
  files: Map<string, string>
}

function fakeIo(stdin = '', files: Record<string, string> = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    files: new Map(Object.entries(files)),
    readStdin: async () => stdin,
    readFile: async (p) => {
      const text = io.files.get(p)
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' })
      return text
    },
    writeFile: async (p, t) => { io.files.set(p, t) },
    stdout: (t) => { io.out += t },
    stderr: (t) => { io.err += t },
    env: {},
    now: () => Date.parse('2026-01-01T00:00:00Z'),
  }
  return io
}

const rejection = async (p: Promise<unknown>): Promise<Error> => {
  try { await p } catch (e) { return e as Error }
  throw new Error('expected a rejection')
}

const germany = {
  country: 'Germany', annualRevenue: 50000, revenueGrowth: 100000, newCustomers: 12, retentionRate: 68,
  csatRatings: 6, validatedEscalations: 2, certifications: 3, projects: 1, caseStudies: 0, zohoStaff: 4,
  leadGenEvents: true, brandedEvents: false, branding: 10,
}

describe('cli: desk-sla score (one partner, JSON)', () => {
  it('scores the partner in a file and prints one JSON line', async () => {
    const io = fakeIo('', { 'partner.json': JSON.stringify(germany) })
    expect(await runScore(['partner.json'], io)).to.equal(0)
    expect(io.out.endsWith('\n')).to.equal(true)
    expect(io.out.trim().split('\n')).to.have.length(1)
    const out = JSON.parse(io.out)
    // 200 + 10 + 50 + 30 − 20 + 15 + 10 + 0 + 5 + 10 + 10
    expect(out).to.include({ score: 320, tier: 'Authorized', developedRegion: true })
    expect(out.breakdown).to.deep.equal({
      revenueGrowth: 200, customerAcquisition: 10, retention: 50, csat: 30, escalations: -20, certifications: 15,
      projects: 10, caseStudies: 0, practice: 5, campaigns: 10, branding: 10,
    })
    expect(out.nextTier).to.deep.equal({ tier: 'Advanced', pointsNeeded: 81 })
    expect(out.reasons).to.include('retention 68 % → 50 points')
    expect(out.reasons).to.include('2 validated escalations → −20')
    expect(out.reasons[0]).to.equal('Germany → UK & EU / DACH: developed region')
    expect(out.steps.reduce((s: number, st: { points: number }) => s + st.points, 0)).to.be.at.least(81)
    expect(io.err).to.equal('')
  })

  it('reads stdin when the file is "-" or missing', async () => {
    for (const args of [['-'], []]) {
      const io = fakeIo(JSON.stringify({ country: 'India', annualRevenue: 9000, revenueGrowth: 75000 }))
      expect(await runScore(args, io)).to.equal(0)
      expect(JSON.parse(io.out)).to.deep.include({ score: 200, developedRegion: false })
    }
  })

  it('uses the developing benchmark for the rest of the Americas and the developed one for the USA', async () => {
    const brazil = fakeIo(JSON.stringify({ country: 'Brazil', annualRevenue: 9000, revenueGrowth: 150000 }))
    await runScore([], brazil)
    expect(JSON.parse(brazil.out)).to.include({ developedRegion: false, score: 400 })
    const usa = fakeIo(JSON.stringify({ country: 'United States', state: 'TX', annualRevenue: 9000, revenueGrowth: 150000 }))
    await runScore([], usa)
    expect(JSON.parse(usa.out)).to.include({ developedRegion: true, score: 300 })
  })

  it('scores a partner with no or an unknown country as developing, and says so', async () => {
    const none = fakeIo('{}')
    await runScore([], none)
    const out = JSON.parse(none.out)
    expect(out).to.include({ score: 0, tier: 'Authorized', developedRegion: false })
    expect(out.region).to.equal(null)
    expect(out.reasons[0]).to.equal('no country given → developing-region benchmark')
    const unknown = fakeIo('{"country":"Atlantis"}')
    await runScore([], unknown)
    expect(JSON.parse(unknown.out).reasons[0]).to.equal('country "Atlantis" is not known → developing-region benchmark')
  })

  it('refuses input that is not JSON with a one-line message', async () => {
    const err = await rejection(runScore([], fakeIo('{"country": ')))
    expect(err).to.be.instanceOf(EngineError)
    expect((err as EngineError).code).to.equal('SLA_BAD_INPUT')
    expect(err.message).to.match(/^input is not valid JSON: /)
    expect(err.message).not.to.contain('\n')
  })

  it('refuses an array, pointing at --csv', async () => {
    const err = await rejection(runScore([], fakeIo('[{}]')))
    expect(err.message).to.contain('use --csv')
  })

  it('refuses a negative count, naming the figure, and main exits non-zero with it on stderr', async () => {
    const io = fakeIo(JSON.stringify({ certifications: -1 }))
    expect(await main(['score'], io)).to.equal(1)
    expect(io.out).to.equal('')
    expect(io.err).to.equal('desk-sla score: partner figure certifications must not be negative (got -1) [SLA_BAD_INPUT]\n')
  })

  it('reads figure names written as spreadsheet headers and notes the ones it ignores', async () => {
    const io = fakeIo(JSON.stringify({ 'Retention Rate': 80, new_customers: 20, accountId: 'A1', colour: 'blue' }))
    await runScore([], io)
    const out = JSON.parse(io.out)
    expect(out.breakdown).to.include({ retention: 80, customerAcquisition: 20 })
    expect(out.reasons).to.include('ignored "colour": not a score figure')
    expect(out.reasons.join()).not.to.contain('accountId')
  })

  it('applies an admin policy given with --policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-sla-score-'))
    try {
      const file = join(dir, 'policy.yaml')
      await writeFile(file, 'partnerScore:\n  revenueGrowth:\n    benchmark:\n      developed: 100000\n')
      const io = fakeIo(JSON.stringify({ country: 'DE', annualRevenue: 9000, revenueGrowth: 100000 }))
      expect(await runScore(['--policy', file], io)).to.equal(0)
      expect(JSON.parse(io.out).breakdown.revenueGrowth).to.equal(400)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('refuses unknown flags and --out without --csv as usage errors', async () => {
    expect(await rejection(runScore(['--bogus'], fakeIo('{}')))).to.be.instanceOf(UsageError)
    expect(await rejection(runScore(['--out', 'x.csv'], fakeIo('{}')))).to.be.instanceOf(UsageError)
    expect(await rejection(runScore(['a.json', 'b.json'], fakeIo('{}')))).to.be.instanceOf(UsageError)
    const io = fakeIo('{}')
    expect(await main(['score', '--bogus'], io)).not.to.equal(0)
    expect(io.err).to.equal("desk-sla score: Unknown option '--bogus' (try: desk-sla score --help)\n")
  })
})

describe('cli: desk-sla score --csv (a spreadsheet export)', () => {
  const csv = [
    'Account ID,Country,State,Annual Revenue,Revenue Growth,New Customers,Retention Rate,Certifications,Lead Gen Events,Branded Events,Name',
    'A1,Germany,,50000,100000,12,68 %,3,yes,no,Alpha GmbH',
    'A2,India,,9000,75000,-4,50,2,no,no,Broken Ltd',
    'A3,United States,CA,9000,200000,20,76,21,1,1,"Gamma, Inc."',
  ].join('\n') + '\n'

  it('scores the good rows, reports the bad one with its line number and exits 1', async () => {
    const io = fakeIo('', { 'partners.csv': csv })
    expect(await runScore(['--csv', 'partners.csv'], io)).to.equal(1)
    expect(io.err).to.contain('line 3 (account A2): partner figure newCustomers must not be negative (got "-4") [SLA_BAD_INPUT]')
    expect(io.err).to.contain('2 of 3 rows scored, 1 not')
    const rows = parse(io.out, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r['Account ID'])).to.deep.equal(['A1', 'A3'])
    expect(rows[0]).to.include({ Name: 'Alpha GmbH', score: '285', tier: 'Authorized', developedRegion: 'true',
      revenueGrowthPoints: '200', retentionPoints: '50', certificationsPoints: '15', campaignsPoints: '10',
      nextTier: 'Advanced', pointsNeeded: '116' })
    // 400 + 20 + 76 + 100 + 25
    expect(rows[1]).to.include({ Name: 'Gamma, Inc.', score: '621', tier: 'Premium', nextTier: '', pointsNeeded: '' })
  })

  it('writes the scored CSV to --out and nothing to stdout', async () => {
    const io = fakeIo('', { 'partners.csv': csv.split('\n').filter((l) => !l.startsWith('A2')).join('\n') })
    expect(await runScore(['--csv', 'partners.csv', '--out', 'scored.csv'], io)).to.equal(0)
    expect(io.out).to.equal('')
    expect(io.err).to.equal('')
    const rows = parse(io.files.get('scored.csv')!, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.score)).to.deep.equal(['285', '621'])
  })

  it('reads the CSV from stdin with --csv -', async () => {
    const io = fakeIo('account_id,certifications\nB1,3\n')
    expect(await runScore(['--csv', '-'], io)).to.equal(0)
    expect(parse(io.out, { columns: true })[0]).to.include({ account_id: 'B1', certificationsPoints: '15' })
  })

  it('overwrites the score columns of an already scored sheet instead of adding them twice', async () => {
    const first = fakeIo('accountId,projects\nC1,2\n')
    await runScore(['--csv', '-'], first)
    const again = fakeIo(first.out.replace('C1,2,', 'C1,3,'))
    await runScore(['--csv', '-'], again)
    const [header] = parse(again.out) as string[][]
    expect(header!.filter((h) => h === 'score')).to.have.length(1)
    expect(parse(again.out, { columns: true })[0]).to.include({ projects: '3', projectsPoints: '30', score: '30' })
  })

  it('counts the line of a row after blank lines and reports rows with too many fields or no account id', async () => {
    const io = fakeIo('accountId,projects\nD1,1\n\n,2\nD3,1,9\n')
    expect(await runScore(['--csv', '-'], io)).to.equal(1)
    expect(io.err).to.contain('line 4: accountId is empty')
    expect(io.err).to.contain('line 5 (account D3): has 3 fields, the header has 2')
    expect(parse(io.out, { columns: true })).to.have.length(1)
  })

  it('refuses a sheet with no account id column', async () => {
    const err = await rejection(runScore(['--csv', '-'], fakeIo('projects\n1\n')))
    expect(err.message).to.contain('no accountId column')
  })
})
