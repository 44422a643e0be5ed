// Differential check for engine refactors: the same random tickets (template lines in EN/DE/FR,
// any separator, HTML with tags, entities and comments, severities, tiers, countries, threads,
// holds) through two checkouts of the engine, every `desk-sla compute` output compared, with the
// escalation's next check and the follow-up cycles the pipeline also reads.
//   git worktree add /tmp/before <commit>
//   node --import tsx scripts/engine-diff.ts /tmp/before . [count] [seed]
//   node --import tsx scripts/engine-diff.ts /tmp/before . corpus
// `corpus`: the labelled corpus of this checkout (test/fixtures/classify, both halves) instead of
// random tickets; then only the ids of dev tickets that differ are shown (the test half is not read).
// Prints the first differences and exits 1 when there are any. A development aid, not a test.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'

const [mode, ...rest] = process.argv.slice(2)
if (mode !== '--emit') {
  const [before, after, count = '20000', seed = '42'] = [mode, ...rest]
  if (!before || !after) {
    console.error('usage: node --import tsx scripts/engine-diff.ts BEFORE_ROOT AFTER_ROOT [count] [seed]')
    process.exit(2)
  }
  const self = fileURLToPath(import.meta.url)
  const emit = (root: string) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--emit', resolve(root), count, seed], { maxBuffer: 1 << 30 }).toString()) as string[]
  const a = emit(before)
  const b = emit(after)
  let differences = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    if (count === 'corpus') {
      const [id, split] = JSON.parse(a[i]!) as [string, string]
      if (differences++ < 20 && split === 'dev') console.log(`dev ticket ${id} differs`)
    } else if (differences++ < 3) console.log(`case ${i}\n  before ${a[i]}\n  after  ${b[i]}`)
  }
  console.log(`${differences} of ${a.length} outputs differ (${a.filter((x) => x.startsWith('ERR')).length} inputs refused before, ${b.filter((x) => x.startsWith('ERR')).length} after)`)
  process.exit(differences === 0 ? 0 : 1)
}

const [rootArg, countArg, seedArg] = rest
const root = rootArg!
const { computeSlaDetail, parseComputeInput } = await import(`${root}/src/engine/compute.ts`)
const { loadPolicy } = await import(`${root}/src/policy/load.ts`)
const { policy } = await loadPolicy({ env: {} })
const labels = Object.values(policy.template.fields).flat() as string[]
const words = ['outage', 'Ausfall', 'panne', 'down', 'log in', 'login', 'feature request', 'Funktionsanfrage', 'incorrect', 'falsch', 'question', 'Frage', 'urgent', 'critical', 'Severity 2', 'Schweregrad: 1', 'Gravité 3', 'Technical Support', 'Payments Renewal', 'Rechnungsänderungen', 'Support technique', 'Straße', 'naïve', '‘quoted’', 'a–b', 'x\u00a0y', 'ß', 'É', 'invoice', 'renewal', 'cancel', 'Kündigung', 'résiliation', 'how do I', 'Wie kann ich']
const seps = [': ', ' : ', ':', ' - ', ' – ', '? ', '', ' ', '\n', '\r\n', '\t', '**: ', ' = ', '：']
const line = fc.tuple(fc.constantFrom('', '• ', '- ', '1. ', '**', '  '), fc.oneof(fc.constantFrom(...labels), fc.constantFrom(...words)), fc.constantFrom(...seps), fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((w) => w.join(' '))).map((p) => p.join(''))
const plain = fc.array(line, { maxLength: 8 }).map((ls) => ls.join('\n'))
const htmlTags = ['<p>', '</p>', '<div>', '</div>', '<br>', '<b>', '</b>', '&nbsp;', '&amp;', '&lt;', '<span style="x">', '</span>', '<li>', '<!-- c -->', '&eacute;']
const html = fc.array(fc.oneof(line, fc.constantFrom(...htmlTags)), { maxLength: 14 }).map((p) => `<div>${p.join('')}</div>`)
const iso = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms).toISOString())
const input = fc.record({
  subject: fc.constantFrom(...words),
  description: fc.oneof(plain, html, fc.constant('')),
  created: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
  country: fc.constantFrom('Germany', 'Deutschland', 'FR', 'United States', 'USA', 'India', 'Japan', 'Australia', 'UAE', 'Atlantis', '', 'Brasilien'),
  state: fc.constantFrom('', 'NY', 'California', 'TX'),
  tier: fc.constantFrom('', 'Premium', 'Advanced', 'Authorized', 'Premier', 'gold'),
  score: fc.constantFrom('', '120', '450', '800', '1200', 'abc'),
  licenses: fc.constantFrom('', '10', '49', '50', '250'),
  sev: fc.constantFrom('', '1', '2', '3', 'Sev 2', 'P1', 'critical', 'Hoch', 'x'),
  type: fc.constantFrom('', 'Technical Support', 'Upgrades', 'Shop', 'nonsense'),
  status: fc.constantFrom('Open', 'On Hold', 'Closed'),
  threads: fc.array(fc.tuple(fc.constantFrom('in', 'out'), fc.integer({ min: 1, max: 200 * 60 })), { maxLength: 4 }),
  hold: fc.option(fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.option(fc.integer({ min: 1, max: 5000 })))),
  nowAfter: fc.integer({ min: 0, max: 300 * 60 }),
})
if (countArg === 'corpus') {
  const { computeInput, loadCorpus } = await import('../bench/classify-corpus.ts')
  const now = Date.parse('2026-03-09T10:00:00.000Z')
  const outputs = loadCorpus().map((t) => JSON.stringify([t.id, t.split, computeSlaDetail(policy, parseComputeInput(computeInput(t)), now).result]))
  process.stdout.write(JSON.stringify(outputs))
} else {
  randomTickets()
}

function randomTickets() {
  const samples = fc.sample(input, { numRuns: Number(countArg), seed: Number(seedArg) })
  const out: string[] = []
  for (const s of samples) {
    const c = s.created
    const cf: Record<string, string> = {}
    if (s.sev) cf.cf_severity = s.sev
    if (s.type) cf.cf_ticket_type = s.type
    const acf: Record<string, string> = {}
    if (s.tier) acf.cf_partner_tier = s.tier
    if (s.score) acf.cf_partner_score = s.score
    if (s.licenses) acf.cf_user_licenses = s.licenses
    const history = s.hold ? [{ statusType: 'On Hold', from: new Date(c + s.hold[0] * 60_000).toISOString(), to: s.hold[1] === null ? null : new Date(c + (s.hold[0] + s.hold[1]) * 60_000).toISOString() }] : []
    const raw = {
      ticket: { id: '1', subject: s.subject, description: s.description, createdTime: new Date(c).toISOString(), statusType: s.status, cf },
      account: { country: s.country, state: s.state, cf: acf },
      threads: s.threads.map(([d, m]) => ({ direction: d, createdTime: new Date(c + m * 60_000).toISOString() })),
      statusHistory: history,
      now: new Date(c + s.nowAfter * 60_000).toISOString(),
    }
    try {
      // the CLI's answer, and what the pipeline reads besides: when to look again, the follow-up cycles
      const d = computeSlaDetail(policy, parseComputeInput(raw), c)
      out.push(JSON.stringify({ ...d.result, nextCheckAt: d.escalation.nextCheckAt, followUps: d.targets?.followUps ?? null }))
    } catch (e) {
      out.push('ERR ' + (e as Error).message)
    }
  }
  process.stdout.write(JSON.stringify(out))
}
