import { UsageError } from './io.js'

export interface ParsedArgs {
  positional: string[]
  flags: Record<string, string | true>
}

/** `--name value`, `--name=value` and boolean `--flag` (listed in `booleans`); `-` is positional. */
export function parseArgs(args: string[], opts: { values?: string[]; booleans?: string[] } = {}): ParsedArgs {
  const values = new Set(opts.values ?? [])
  const booleans = new Set(opts.booleans ?? [])
  const positional: string[] = []
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--') {
      positional.push(...args.slice(i + 1))
      break
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2)
      if (booleans.has(name)) {
        flags[name] = true
      } else if (values.has(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : args[++i]
        if (v === undefined || v === '') throw new UsageError(`--${name} needs a value`)
        flags[name] = v
      } else throw new UsageError(`unknown option --${name}`)
    } else positional.push(a)
  }
  return { positional, flags }
}

export function flagString(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags[name]
  return typeof v === 'string' ? v : undefined
}
