// The labelled corpus of test/fixtures/classify/: tickets as partners write them, each labelled
// by hand from DOMAIN.md, split once into a dev half (to tune the policy's words on) and a test
// half (to measure on). Files are YAML lists (*.yaml) or JSON lines (*.jsonl) of one shape.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { z } from 'zod'
import type { ComputeInputRaw } from '../src/engine/input.js'

/** test/fixtures/classify of this checkout, from bench/ or from the bundle under build/bench/. */
export const CORPUS_DIR = corpusDir(dirname(fileURLToPath(import.meta.url)))

function corpusDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'classify')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) throw new Error(`no test/fixtures/classify above ${from}`)
  }
}

export const CorpusTicket = z
  .object({
    id: z.string().min(1),
    split: z.enum(['dev', 'test']),
    language: z.enum(['en', 'de', 'fr']),
    subject: z.string(),
    description: z.string().default(''),
    cf: z.record(z.string(), z.string()).default({}),
    expected: z
      .object({
        severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        ticketType: z.string(),
        clock: z.enum(['24x5', '24x7']),
        exempt: z.boolean().optional(),
      })
      .strict(),
    note: z.string().optional(),
  })
  .strict()
export type CorpusTicket = z.infer<typeof CorpusTicket>

/** Every ticket of the corpus, checked; an id used twice or a bad record stops with its file and index. */
export function loadCorpus(path: string = CORPUS_DIR): CorpusTicket[] {
  const out: CorpusTicket[] = []
  const seen = new Set<string>()
  for (const file of readdirSync(path).sort()) {
    const text = readFileSync(join(path, file), 'utf8')
    const records: unknown[] = file.endsWith('.yaml') ? (parse(text) as unknown[]) : file.endsWith('.jsonl') ? text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown) : []
    records.forEach((record, index) => {
      const parsed = CorpusTicket.safeParse(record)
      if (!parsed.success) throw new Error(`${file}[${index}]: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
      if (seen.has(parsed.data.id)) throw new Error(`${file}[${index}]: id ${parsed.data.id} is used twice`)
      seen.add(parsed.data.id)
      out.push(parsed.data)
    })
  }
  return out
}

const COUNTRY = { en: 'United Kingdom', de: 'Deutschland', fr: 'France' } as const
const CREATED = '2026-03-09T09:00:00.000Z' // a Monday morning: the clock does not depend on the weekday
const NOW = '2026-03-09T10:00:00.000Z'

/** What `desk-sla compute` is given for a corpus ticket (an account in a country of its language). */
export function computeInput(t: CorpusTicket): ComputeInputRaw {
  return {
    ticket: { id: t.id, subject: t.subject, description: t.description, createdTime: CREATED, statusType: 'Open', cf: t.cf },
    account: { country: COUNTRY[t.language], cf: {} },
    now: NOW,
  }
}
