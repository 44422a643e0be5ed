// desk-sla score: the partner value score (DOMAIN.md §7, issue #7) of one partner (JSON in,
// JSON out) or of a spreadsheet export (--csv, one partner a row).
import { parseArgs } from 'node:util'
import { parse as parseCsv } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { EngineError } from '../engine/errors.js'
import { jsonErrorDetail } from './read-input.js'
import type { Policy } from '../engine/policy.js'
import { resolveRegion } from '../engine/region.js'
import {
  developmentOf, FIGURE_FIELDS, parsePartnerFigures, SCORE_PARAMETERS, scorePartner, type PartnerScore,
} from '../engine/score.js'
import { loadPolicy } from '../policy/load.js'

const USAGE = `usage: desk-sla score [FILE|-] [--policy FILE]
       desk-sla score --csv FILE|- [--out FILE] [--policy FILE]

  FILE     one JSON object of a partner's yearly figures (default: stdin)
  --csv    a spreadsheet export: one partner a row, the figures and an accountId as columns
  --out    where the scored CSV goes (default: stdout)
  --policy a policy file merged over the shipped one (default: $DESK_SLA_POLICY)
`

interface Flags { file?: string; csv?: string; out?: string; policy?: string; help: boolean }

function parseFlags(args: string[]): Flags {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        csv: { type: 'string' }, out: { type: 'string' }, policy: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (err) {
    const first = (err as Error).message.split(/\.\s/)[0]
    throw new UsageError(`${first} (try: desk-sla score --help)`)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1) throw new UsageError(`one input file at most, got ${positionals.length}`)
  if (values.csv !== undefined && positionals.length) throw new UsageError('give the CSV file with --csv, not both --csv and a file')
  if (values.out !== undefined && values.csv === undefined) throw new UsageError('--out needs --csv (JSON output goes to stdout)')
  return { file: positionals[0], csv: values.csv, out: values.out, policy: values.policy, help: values.help ?? false }
}

export const runScore: Command = async (args, io) => {
  const flags = parseFlags(args)
  if (flags.help) {
    io.stdout(USAGE)
    return 0
  }
  const { policy } = await loadPolicy({ file: flags.policy, env: io.env })
  if (flags.csv !== undefined) return scoreCsv(policy, io, flags.csv, flags.out)

  const text = !flags.file || flags.file === '-' ? await io.readStdin() : await io.readFile(flags.file)
  const raw = parseJsonObject(text)
  io.stdout(`${JSON.stringify(scoreOne(policy, raw))}\n`)
  return 0
}

function parseJsonObject(text: string): Record<string, unknown> {
  if (text.trim() === '') throw new EngineError('SLA_BAD_INPUT', 'no input: expected one JSON object of partner figures')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new EngineError('SLA_BAD_INPUT', `input is not valid JSON: ${jsonErrorDetail(err, text)}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'an array (use --csv for many partners)' : JSON.stringify(value)
    throw new EngineError('SLA_BAD_INPUT', `expected one JSON object of partner figures, got ${what}`)
  }
  return value as Record<string, unknown>
}

// ---- names -------------------------------------------------------------------------------
// "Retention Rate", "retention_rate" and "retentionRate" all name the same figure.

const key = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '')
const CANONICAL = new Map<string, string>(FIGURE_FIELDS.map((f) => [key(f), f]))
const ACCOUNT_ID = 'accountId'
const IDENTITY = new Set(['accountid', 'accountname', 'name', 'id', 'partner', 'partnername'])

function canonicalFigures(raw: Record<string, unknown>): { figures: Record<string, unknown>; ignored: string[] } {
  const figures: Record<string, unknown> = {}
  const from: Record<string, string> = {}
  const ignored: string[] = []
  for (const [name, value] of Object.entries(raw)) {
    const field = CANONICAL.get(key(name))
    if (!field) {
      if (!IDENTITY.has(key(name))) ignored.push(name)
      continue
    }
    if (field in from) {
      throw new EngineError('SLA_BAD_INPUT', `"${from[field]}" and "${name}" both give ${field}`, { field })
    }
    from[field] = name
    figures[field] = value
  }
  return { figures, ignored }
}

// ---- one partner -------------------------------------------------------------------------

export interface ScoreOutput extends PartnerScore {
  region: { name: string; subRegion: string; countryCode: string | null } | null
}

function scoreOne(policy: Policy, raw: Record<string, unknown>): ScoreOutput {
  const { figures: named, ignored } = canonicalFigures(raw)
  const figures = parsePartnerFigures(named)
  const resolved = figures.country ? resolveRegion(policy, figures.country, figures.state) : null
  const development = developmentOf(policy.partnerScore, figures.country, resolved)
  const result = scorePartner(figures, { policy: policy.partnerScore, developed: development.developed })
  const notes = ignored.map((n) => `ignored "${n}": not a score figure`)
  return {
    score: result.score,
    tier: result.tier,
    developedRegion: result.developedRegion,
    breakdown: result.breakdown,
    nextTier: result.nextTier,
    reasons: [development.reason, ...result.reasons, ...notes],
    steps: result.steps,
    meetsAuthorizedBaseline: result.meetsAuthorizedBaseline,
    region: resolved && !resolved.fallback
      ? { name: resolved.region, subRegion: resolved.subRegion, countryCode: resolved.countryCode }
      : null,
  }
}

// ---- a spreadsheet -----------------------------------------------------------------------

const ADDED_COLUMNS = [
  'score', 'tier', 'developedRegion',
  ...SCORE_PARAMETERS.map((p) => `${p}Points`),
  'nextTier', 'pointsNeeded', 'steps', 'reasons',
] as const

function addedValues(s: ScoreOutput): Record<(typeof ADDED_COLUMNS)[number], string> {
  const out: Record<string, string> = {
    score: String(s.score),
    tier: s.tier,
    developedRegion: String(s.developedRegion),
    nextTier: s.nextTier?.tier ?? '',
    pointsNeeded: s.nextTier ? String(s.nextTier.pointsNeeded) : '',
    steps: s.steps.map((st) => st.text).join('; '),
    reasons: s.reasons.join('; '),
  }
  for (const p of SCORE_PARAMETERS) out[`${p}Points`] = String(s.breakdown[p])
  return out as Record<(typeof ADDED_COLUMNS)[number], string>
}

interface CsvRecord { record: string[]; info: { lines: number; empty_lines: number } }

function readCsv(text: string): CsvRecord[] {
  try {
    return parseCsv(text, {
      bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true,
    }) as unknown as CsvRecord[]
  } catch (err) {
    throw new EngineError('SLA_BAD_INPUT', `the CSV cannot be read: ${(err as Error).message.split('\n')[0]}`)
  }
}

async function scoreCsv(policy: Policy, io: CliIo, input: string, out: string | undefined): Promise<number> {
  const text = input === '-' ? await io.readStdin() : await io.readFile(input)
  const records = readCsv(text)
  const head = records[0]
  if (!head) throw new EngineError('SLA_BAD_INPUT', 'the CSV is empty: expected a header row of figure names and an accountId column')
  const header = head.record
  const idColumn = header.findIndex((h) => key(h) === key(ACCOUNT_ID))
  if (idColumn < 0) {
    throw new EngineError('SLA_BAD_INPUT', 'the CSV has no accountId column (also read: "account id", "account_id")')
  }
  // A column already named like an added one (a re-run on scored output) is overwritten in place.
  const columns = [...header]
  const slot = new Map<string, number>()
  for (const c of ADDED_COLUMNS) {
    const at = header.findIndex((h) => key(h) === key(c))
    slot.set(c, at >= 0 ? at : columns.push(c) - 1)
  }

  const rows: string[][] = [columns]
  let bad = 0
  let prev = head.info
  for (const { record, info } of records.slice(1)) {
    const line = prev.lines + 1 + (info.empty_lines - prev.empty_lines)
    prev = info
    const id = record[idColumn] ?? ''
    const where = id ? `line ${line} (account ${id})` : `line ${line}`
    try {
      // fewer fields: the missing trailing figures count as zero; more: the row is misaligned
      if (record.length > header.length) {
        throw new EngineError('SLA_BAD_INPUT', `has ${record.length} fields, the header has ${header.length}`)
      }
      if (!id) throw new EngineError('SLA_BAD_INPUT', 'accountId is empty')
      const raw = Object.fromEntries(header.map((h, i) => [h, record[i] ?? '']))
      const values = addedValues(scoreOne(policy, raw))
      const row = [...record, ...Array<string>(columns.length - record.length).fill('')]
      for (const c of ADDED_COLUMNS) row[slot.get(c)!] = values[c]
      rows.push(row)
    } catch (err) {
      if (!(err instanceof EngineError)) throw err
      bad++
      io.stderr(`desk-sla score: ${where}: ${err.message} [${err.code}]\n`)
    }
  }

  const csv = stringify(rows)
  if (out) await io.writeFile(out, csv)
  else io.stdout(csv)
  const scored = rows.length - 1
  if (bad > 0) io.stderr(`desk-sla score: ${scored} of ${scored + bad} rows scored, ${bad} not (see above)\n`)
  return bad > 0 ? 1 : 0
}
