// Reads the policy: the shipped config/policy.yaml, with an admin's file (DESK_SLA_POLICY or
// --policy) merged over it. Every problem is reported with its file, line and path; a policy
// with any problem is refused whole, never half-loaded.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { EngineError } from '../engine/errors.js'
import { consistencyIssues, PolicySchema, type Policy } from '../engine/policy.js'
import { compilePolicy } from '../engine/compiled-policy.js'

export const DEFAULT_POLICY_FILE = fileURLToPath(new URL('../../config/policy.yaml', import.meta.url))

export interface LoadedPolicy {
  policy: Policy
  /** the files it came from, default first */
  source: string
}

export interface PolicyProblem {
  file: string
  line: number | null
  path: string
  message: string
}

interface SourceDoc {
  file: string
  doc: Document
  lines: LineCounter
  value: unknown
}

export class PolicyError extends EngineError {
  constructor(readonly problems: PolicyProblem[], code: 'SLA_POLICY_INVALID' | 'SLA_POLICY_SYNTAX' | 'SLA_POLICY_UNREADABLE') {
    super(code, problems.map(formatProblem).join('; '), { problems })
  }
}

export function formatProblem(p: PolicyProblem): string {
  const where = p.line !== null ? `${p.file}:${p.line}` : p.file
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`
}

async function readSource(file: string): Promise<SourceDoc> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message
    throw new PolicyError([{ file, line: null, path: '', message: `cannot read the policy file (${reason})` }], 'SLA_POLICY_UNREADABLE')
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new PolicyError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? null,
        path: '',
        message: `not valid YAML/JSON: ${e.message.split('\n')[0]}`,
      })),
      'SLA_POLICY_SYNTAX',
    )
  }
  const value = doc.toJS({ maxAliasCount: 100 })
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    throw new PolicyError([{ file, line: 1, path: '', message: 'a policy file must hold a mapping (key: value pairs)' }], 'SLA_POLICY_SYNTAX')
  }
  return { file, doc, lines, value: value ?? {} }
}

/** Objects merge key by key; lists and scalars from the override replace. */
export function mergePolicy(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(override)) out[k] = k in base ? mergePolicy(base[k], v) : v
  return out
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Line of the node at `path` in a document, or of the closest parent that exists. */
function lineOf(src: SourceDoc, path: (string | number)[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = src.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
    const key = n > 0 ? keyNode(src, path.slice(0, n)) : undefined
    const at = key?.range?.[0] ?? node?.range?.[0]
    if (at !== undefined) return src.lines.linePos(at).line
  }
  return null
}

function keyNode(src: SourceDoc, path: (string | number)[]): { range?: [number, number, number] } | undefined {
  const parent = path.length === 1 ? src.doc.contents : src.doc.getIn(path.slice(0, -1), true)
  if (!isMap(parent)) return undefined
  const last = String(path[path.length - 1])
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last)
  return pair?.key as { range?: [number, number, number] } | undefined
}

function hasPath(src: SourceDoc, path: (string | number)[]): boolean {
  let v: unknown = src.value
  for (const p of path) {
    if (!isPlainObject(v) && !Array.isArray(v)) return false
    v = (v as Record<string, unknown>)[p as string]
    if (v === undefined) return false
  }
  return true
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ')
    const last = issue.path[issue.path.length - 1]
    if (issue.path.length === 1 && last === 'regions') return `unknown region ${keys} (regions are ANZ, APAC & Japan, India, MEA, Americas, UK & EU)`
    return `unknown key ${keys}`
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required'
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum} (${issue.message})`
  return issue.message
}

/** Where an issue is: the admin's file when the path is set there, else the default. */
function locate(issue: z.core.$ZodIssue, sources: SourceDoc[]): PolicyProblem {
  const base = issue.path as (string | number)[]
  // an unknown key is best pointed at by the key itself
  const candidates: (string | number)[][] =
    issue.code === 'unrecognized_keys'
      ? [[...base, issue.keys[0]!]]
      : ((issue as { params?: { paths?: (string | number)[][] } }).params?.paths ?? [base])
  for (const src of [...sources].reverse()) {
    const path = candidates.find((p) => hasPath(src, p))
    if (path) return { file: src.file, line: lineOf(src, path), path: base.join('.'), message: describeIssue(issue) }
  }
  const src = sources[sources.length - 1]!
  return { file: src.file, line: lineOf(src, base), path: base.join('.'), message: describeIssue(issue) }
}

/** Validates a merged policy; problems point at the admin's file when the path is set there. */
export function validatePolicy(value: unknown, sources: SourceDoc[]): Policy {
  const parsed = PolicySchema.safeParse(value, { reportInput: true })
  if (!parsed.success) {
    const issues: z.core.$ZodIssue[] = [...parsed.error.issues]
    // The schema stops before cross-field rules when a field is wrong: run them too.
    const said = new Set(issues.map((i) => `${i.path.join('.')}|${i.message}`))
    for (const extra of consistencyIssues(value)) {
      if (!said.has(`${extra.path.join('.')}|${extra.message}`)) issues.push(extra as z.core.$ZodIssue)
    }
    throw new PolicyError(issues.map((issue) => locate(issue, sources)), 'SLA_POLICY_INVALID')
  }
  const policy = deepFreeze(internStrings(parsed.data))
  try {
    compilePolicy(policy) // calendars and matchers must build too
  } catch (err) {
    const e = err as EngineError
    throw new PolicyError([{ file: sources[sources.length - 1]!.file, line: null, path: '', message: e.message }], 'SLA_POLICY_INVALID')
  }
  return policy
}

/**
 * The same values with every string held once in V8's string table. The engine compares policy
 * values (teams, rule kinds, tiers) with its own constants and uses them as keys on every ticket:
 * an interned string compares by identity, one read from a file compares character by character.
 */
function internStrings<T>(value: T): T {
  if (typeof value === 'string') return Object.keys({ [value]: 0 })[0] as T // property names are interned
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = internStrings(value[i])
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) record[key] = internStrings(record[key])
  }
  return value
}

export interface LoadOptions {
  /** an admin's policy file merged over the default */
  file?: string
  env?: Record<string, string | undefined>
  /** use this file instead of the shipped default as the base (tests) */
  baseFile?: string
}

/** Loads and validates the policy. Throws PolicyError listing every problem. */
export async function loadPolicy(opts: LoadOptions = {}): Promise<LoadedPolicy> {
  const envFile = opts.env?.DESK_SLA_POLICY?.trim()
  const file = opts.file ?? (envFile ? envFile : undefined)
  const base = await readSource(opts.baseFile ?? DEFAULT_POLICY_FILE)
  const sources = [base]
  let value = base.value
  if (file) {
    const own = await readSource(file)
    sources.push(own)
    value = mergePolicy(value, own.value)
  }
  const policy = validatePolicy(value, sources)
  return { policy, source: sources.map((s) => s.file).join(' + ') }
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v)
    for (const child of Object.values(v as Record<string, unknown>)) deepFreeze(child)
  }
  return v
}
