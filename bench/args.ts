// The command line of a benchmark: node's parseArgs, with `--help` and one line on stderr (exit 2)
// for an unknown option or a missing value, instead of parseArgs' stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

/** The options of `npm run bench:NAME -- …`; prints the usage and exits on --help or a bad option. */
export function benchOptions<const O extends Options>(name: string, options: O) {
  const usage = `usage: npm run -s bench:${name} -- ${Object.entries(options)
    .map(([key, o]) => (o.type === 'boolean' ? `[--${key}]` : `[--${key} ${shown(o.default)}]`))
    .join(' ')}`
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '')
    console.error(`bench:${name}: ${message} (${usage})`)
    process.exit(2)
  }
}

/** A default as the usage shows it: a password in a URL starred out, an empty value quoted. */
function shown(value: unknown): string {
  if (value === undefined) return 'VALUE'
  const text = String(value)
  return text === '' ? "''" : text.replace(/(\/\/[^:/@\s]+):[^@/\s]*@/, '$1:***@')
}
