import { z } from 'zod'
import { flagString, parseArgs } from './args.js'
import type { Command } from './io.js'
import { UsageError } from './io.js'

const Settings = z.object({
  seconds: z.coerce.number().int().min(5).max(3600),
  timeFactor: z.coerce.number().min(1).max(100_000),
  tickets: z.coerce.number().int().min(1).max(500),
})

/** `desk-sla demo [--seconds N] [--time-factor F] [--tickets N]` (what `npm run demo` runs). */
export const runDemoCommand: Command = async (args, io) => {
  const a = parseArgs(args, { values: ['seconds', 'time-factor', 'tickets'], booleans: ['help'] })
  if (a.flags.help) {
    io.stdout(
      'usage: desk-sla demo [--seconds N] [--time-factor F] [--tickets N]\n\n' +
        'Runs the Desk sandbox and the service side by side on a temporary embedded store, Desk time\n' +
        'accelerated F times (default 600), for N seconds (default 45) with N seeded tickets (default 20).\n',
    )
    return 0
  }
  if (a.positional.length > 0) throw new UsageError('demo takes only --seconds, --time-factor and --tickets')
  const parsed = Settings.safeParse({
    seconds: flagString(a, 'seconds') ?? io.env.DEMO_SECONDS ?? 45,
    timeFactor: flagString(a, 'time-factor') ?? io.env.DEMO_TIME_FACTOR ?? 600,
    tickets: flagString(a, 'tickets') ?? io.env.DEMO_TICKETS ?? 20,
  })
  if (!parsed.success) throw new UsageError(`demo: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  const { runDemo } = await import('../demo/run.js')
  await runDemo({ ...parsed.data, out: (line) => io.stdout(`${line}\n`) })
  return 0
}
