// `npm run bench:classify [-- --json]`: how the classifier does on the labelled corpus
// (test/fixtures/classify/, see bench/classify-corpus.ts), on its test half unless told otherwise:
// accuracy of severity, ticket type and clock (and of all three together), per language,
// severity-1 recall, the severity confusion matrix, and full computations per second over the
// half's tickets. `--json` prints one line:
//   {"accuracy", "severityAccuracy", "typeAccuracy", "clockAccuracy", "perLanguage", "sev1Recall",
//    "confusion", "computesPerSecond", "split", "tickets"}
// Options: --split dev|test|all, --quick (short timing), --errors (the tickets it got wrong; only
// for the dev half: the test half is for measuring, never for choosing words).
// Not a test: nothing here asserts a figure.
import { computeSla, type SlaResult } from '../src/engine/compute.js'
import { loadPolicy } from '../src/policy/load.js'
import { computeInput, loadCorpus, type CorpusTicket } from './classify-corpus.js'
import { benchOptions } from './args.js'

const opts = benchOptions('classify', {
  json: { type: 'boolean', default: false },
  quick: { type: 'boolean', default: false },
  errors: { type: 'boolean', default: false },
  split: { type: 'string', default: 'test' },
})
const split = opts.split
if (split !== 'dev' && split !== 'test' && split !== 'all') {
  console.error('bench:classify: --split must be dev, test or all')
  process.exit(2)
}
if (opts.errors && split !== 'dev') {
  console.error('bench:classify: --errors lists the dev half only (the test half is for measuring)')
  process.exit(2)
}

const { policy } = await loadPolicy({ env: {} })
const tickets = loadCorpus().filter((t) => split === 'all' || t.split === split)
const inputs = tickets.map(computeInput)
const NOW = Date.parse('2026-03-09T10:00:00.000Z')

interface Outcome {
  ticket: CorpusTicket
  result: SlaResult
  severity: boolean
  type: boolean
  clock: boolean
  exempt: boolean
}

const outcomes: Outcome[] = tickets.map((ticket, i) => {
  const result = computeSla(policy, inputs[i], NOW)
  const e = ticket.expected
  const exempt = e.exempt === undefined || result.exempt === e.exempt
  return { ticket, result, severity: result.severity === e.severity, type: result.ticketType === e.ticketType && exempt, clock: result.clock === e.clock, exempt }
})

const share = (items: readonly Outcome[], ok: (o: Outcome) => boolean) => (items.length === 0 ? 0 : round(items.filter(ok).length / items.length, 4))
const allRight = (o: Outcome) => o.severity && o.type && o.clock

function figures(items: readonly Outcome[]) {
  return {
    tickets: items.length,
    accuracy: share(items, allRight),
    severityAccuracy: share(items, (o) => o.severity),
    typeAccuracy: share(items, (o) => o.type),
    clockAccuracy: share(items, (o) => o.clock),
  }
}

const perLanguage = Object.fromEntries((['en', 'de', 'fr'] as const).map((l) => [l, figures(outcomes.filter((o) => o.ticket.language === l))]))
const sev1 = outcomes.filter((o) => o.ticket.expected.severity === 1)
const confusion: Record<string, Record<string, number>> = {}
for (const expected of ['1', '2', '3']) confusion[expected] = { '1': 0, '2': 0, '3': 0 }
for (const o of outcomes) confusion[String(o.ticket.expected.severity)]![String(o.result.severity)]!++

// full computations per second over this half's tickets (input checked, classified, targets, escalation)
let sink = 0
function rate(ms: number): number {
  const t0 = performance.now()
  let n = 0
  do {
    for (let i = 0; i < inputs.length; i++) sink += computeSla(policy, inputs[i], NOW).severity
    n += inputs.length
  } while (performance.now() - t0 < ms)
  return n / ((performance.now() - t0) / 1000)
}
rate(opts.quick ? 50 : 1000)
const rates: number[] = []
for (let r = 0; r < (opts.quick ? 1 : 5); r++) rates.push(rate(opts.quick ? 50 : 800))
rates.sort((a, b) => a - b)
const computesPerSecond = Math.round(rates[rates.length >> 1]!)

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits))
}

const all = figures(outcomes)
const report = {
  accuracy: all.accuracy,
  severityAccuracy: all.severityAccuracy,
  typeAccuracy: all.typeAccuracy,
  clockAccuracy: all.clockAccuracy,
  perLanguage,
  sev1Recall: sev1.length === 0 ? 1 : share(sev1, (o) => o.result.severity === 1),
  confusion,
  computesPerSecond,
  split,
  tickets: outcomes.length,
}

if (opts.json) console.log(JSON.stringify(report))
else {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8)
  const out: string[] = []
  out.push(`desk-sla classifier benchmark — ${split} half of the corpus, ${outcomes.length} tickets`)
  out.push('')
  out.push(`  all three right      ${pct(report.accuracy)}`)
  out.push(`  severity             ${pct(report.severityAccuracy)}   (goal ≥ 95 %)`)
  out.push(`  ticket type          ${pct(report.typeAccuracy)}   (goal ≥ 97 %)`)
  out.push(`  clock                ${pct(report.clockAccuracy)}`)
  // (two decimals: 48 of 49 is 97.96 %, which one decimal would show as the goal's 98.0 %)
  const sev1Right = sev1.filter((o) => o.result.severity === 1).length
  const sev1Met = report.sev1Recall >= 0.98 ? 'met' : 'not met'
  out.push(`  severity-1 recall   ${`${(report.sev1Recall * 100).toFixed(2)} %`.padStart(9)}   (goal ≥ 98 %: ${sev1Met}; ${sev1Right} of ${sev1.length} tickets)`)
  out.push('')
  out.push('  per language         tickets      all  severity     type    clock')
  for (const [l, f] of Object.entries(perLanguage)) {
    out.push(`    ${l}                 ${String(f.tickets).padStart(7)} ${pct(f.accuracy)} ${pct(f.severityAccuracy)} ${pct(f.typeAccuracy)} ${pct(f.clockAccuracy)}`)
  }
  out.push('')
  out.push('  severity: expected (rows) → computed (columns)')
  out.push('              1     2     3')
  for (const e of ['1', '2', '3']) out.push(`    ${e}     ${['1', '2', '3'].map((c) => String(confusion[e]![c]).padStart(5)).join(' ')}`)
  out.push('')
  out.push(`  full computations    ${computesPerSecond.toLocaleString('en-US')} /s (this half's tickets, median of ${rates.length})`)
  if (opts.errors) {
    out.push('')
    for (const o of outcomes.filter((x) => !allRight(x))) {
      const e = o.ticket.expected
      out.push(`  ✗ ${o.ticket.id}: expected ${e.severity}/${e.ticketType}/${e.clock}, got ${o.result.severity}/${o.result.ticketType}/${o.result.clock}${o.exempt ? '' : ' (exempt differs)'}`)
      for (const r of o.result.reasons.filter((x) => /^(severity|type|exempt|24x7)/.test(x))) out.push(`      ${r}`)
    }
  }
  console.log(out.join('\n'))
}
if (sink === 0.5) console.log('') // never true; keeps `sink` observable
