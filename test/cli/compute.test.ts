import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { main } from '../../src/cli/main.js'
import { SlaResultSchema } from '../../src/engine/compute.js'
import { fakeIo } from './fake-io.js'

const run = promisify(execFile)

const FRIDAY_NIGHT = {
  ticket: { id: '20001000000123457', subject: 'Sync fails', createdTime: '2026-03-06T22:00:00.000Z', cf: { cf_severity: '2' } },
  account: { country: 'United Kingdom', cf: { cf_partner_tier: 'Premium' } },
  now: '2026-03-07T09:00:00Z',
}

describe('cli: desk-sla compute', () => {
  it('reads a ticket on stdin and prints exactly the contract fields', async () => {
    const io = fakeIo({ stdin: JSON.stringify(FRIDAY_NIGHT) })
    expect(await main(['compute', '-'], io)).to.equal(0)
    const out = JSON.parse(io.out)
    SlaResultSchema.parse(out) // strict: no field more, none missing
    expect(out.firstResponseDue).to.equal('2026-03-09T04:00:00.000Z')
    expect(out.severitySource).to.equal('field')
  })

  it('needs only ticket.createdTime and defaults now to the current time', async () => {
    const io = fakeIo({ stdin: JSON.stringify({ ticket: { createdTime: '2026-03-09T09:00:00Z' } }), now: Date.parse('2026-03-09T09:30:00Z') })
    expect(await main(['compute'], io)).to.equal(0)
    const out = JSON.parse(io.out)
    expect([out.ticketType, out.team, out.severity, out.severitySource, out.tier]).to.deep.equal(['Technical Support', 'Support', 3, 'default', 'Authorized'])
    expect(out.region).to.equal('UK & EU')
  })

  const bad: [string, string, RegExp][] = [
    ['text that is not JSON', '{"ticket": ', /not valid JSON/],
    ['an empty input', '', /empty/],
    ['a ticket without createdTime', '{"ticket":{"subject":"x"}}', /ticket\.createdTime is required/],
    ['an impossible date', '{"ticket":{"createdTime":"2026-02-30T10:00:00Z"}}', /ticket\.createdTime: not a valid date-time/],
    ['an unparseable now', '{"ticket":{"createdTime":"2026-03-02T10:00:00Z"},"now":"tomorrow"}', /now: not a valid date-time/],
    ['an array', '[1,2]', /one JSON object/],
    ['an unknown status type', '{"ticket":{"createdTime":"2026-03-02T10:00:00Z","statusType":"Pending"}}', /statusType/],
  ]
  for (const [what, stdin, message] of bad) {
    it(`refuses ${what} with one line on stderr and a non-zero exit`, async () => {
      const io = fakeIo({ stdin })
      expect(await main(['compute', '-'], io)).to.not.equal(0)
      expect(io.out).to.equal('')
      expect(io.err.trim().split('\n')).to.have.length(1)
      expect(io.err).to.match(message)
      expect(io.err).to.not.match(/\bat .*\.ts:\d+/) // no stack trace
    })
  }

  it('says what JSON.parse found whole, on one line, with its line and column', async () => {
    // V8 quotes the input's start with its line break ("nope\n"): the message is not cut there
    const word = fakeIo({ stdin: 'nope\n' })
    expect(await main(['compute', '-'], word)).to.equal(1)
    expect(word.err.trim().split('\n')).to.have.length(1)
    expect(word.err).to.contain(`"nope\\n" is not valid JSON`)
    const comma = fakeIo({ stdin: '{\n "ticket": {\n  "createdTime": "2026-03-09T10:00:00Z",\n }\n}\n' })
    expect(await main(['compute', '-'], comma)).to.equal(1)
    expect(comma.err.trim().split('\n')).to.have.length(1)
    expect(comma.err).to.match(/line 4, column 2|line 4 column 2/)
  })

  it('uses another policy with --policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-sla-cli-'))
    try {
      const file = join(dir, 'policy.yaml')
      await writeFile(file, 'commitments:\n  Support:\n    2: { acknowledgement: [1, 2], determination: [3, 4] }\n')
      const io = fakeIo({ stdin: JSON.stringify(FRIDAY_NIGHT) })
      expect(await main(['compute', '-', '--policy', file], io)).to.equal(0)
      expect(JSON.parse(io.out).acknowledgementHours).to.equal(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('reads DESK_SLA_POLICY from the environment', async () => {
    const io = fakeIo({ stdin: JSON.stringify(FRIDAY_NIGHT), env: { DESK_SLA_POLICY: '/nonexistent/policy.yaml' } })
    expect(await main(['compute', '-'], io)).to.equal(1)
    expect(io.err).to.include('/nonexistent/policy.yaml')
    expect(io.err).to.include('cannot read the policy file')
  })
})

describe('cli: desk-sla policy check', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-sla-check-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('accepts the shipped policy', async () => {
    const io = fakeIo()
    expect(await main(['policy', 'check'], io)).to.equal(0)
    expect(io.out).to.match(/policy OK/)
  })

  const broken: [string, string, RegExp][] = [
    ['an unknown region', 'regions:\n  Europe:\n    escalationDesk: x@example.com\n', /:2: regions: unknown region "Europe"/],
    ['negative hours', 'commitments:\n  Support:\n    1: { acknowledgement: [-1, 3], determination: [2, 8] }\n', /:3: commitments\.Support\.1\.acknowledgement\.0: must be at least 0/],
    ['a range whose low end exceeds its high end', 'commitments:\n  Operations:\n    2: { acknowledgement: [18, 12], determination: [24, 48] }\n', /commitments\.Operations\.2\.acknowledgement: the low end of the range exceeds its high end/],
    ['a country in two regions', 'regions:\n  India:\n    subRegions:\n      India:\n        accountManager: pam-india@example.com\n        countries: [IN, DE]\n', /country DE is in two places/],
    ['an unknown time zone', 'regions:\n  MEA:\n    calendar: { timeZone: Mars/Olympus }\n', /:3: regions\.MEA\.calendar\.timeZone: unknown IANA time zone/],
    ['YAML that does not parse', 'commitments: [\n', /not valid YAML/],
    ['an unknown key', 'comitments: {}\n', /unknown key "comitments"/],
  ]
  for (const [what, text, message] of broken) {
    it(`refuses ${what}, naming the file, line and path`, async () => {
      const file = join(dir, `${what.replace(/\W+/g, '-')}.yaml`)
      await writeFile(file, text)
      const io = fakeIo()
      expect(await main(['policy', 'check', file], io)).to.equal(1)
      expect(io.err).to.include(file)
      expect(io.err).to.match(message)
      expect(io.err).to.not.match(/\n\s+at /)
    })
  }

  it('reports every problem of a file, not just the first', async () => {
    const file = join(dir, 'two.yaml')
    await writeFile(file, 'fallbackRegion: Mars\ndefaultTicketType: Nothing\n')
    const io = fakeIo()
    expect(await main(['policy', 'check', file], io)).to.equal(1)
    expect(io.err).to.include('fallbackRegion')
    expect(io.err).to.include('defaultTicketType')
    expect(io.err).to.match(/2 problem/)
  })
})

describe('cli: the installed desk-sla command', () => {
  const bin = join(process.cwd(), 'bin', 'desk-sla.js')

  it('runs compute from the built package as `npx desk-sla` does', async function () {
    this.timeout(30000)
    expect(existsSync(join(process.cwd(), 'dist', 'cli', 'main.js')), 'dist/ is built by `npm ci` (prepare); run `npm run build`').to.equal(true)
    const dir = await mkdtemp(join(tmpdir(), 'desk-sla-bin-'))
    try {
      const file = join(dir, 'ticket.json')
      await writeFile(file, JSON.stringify(FRIDAY_NIGHT))
      const { stdout } = await run(process.execPath, [bin, 'compute', file])
      expect(JSON.parse(stdout).firstResponseDue).to.equal('2026-03-09T04:00:00.000Z')
      const failed = await run(process.execPath, [bin, 'compute', join(dir, 'missing.json')]).catch((e) => e)
      expect(failed.code).to.equal(1)
      expect(failed.stderr.trim().split('\n')).to.have.length(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
