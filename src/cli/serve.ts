import type { Command } from './io.js'
import { UsageError } from './io.js'

/** `desk-sla serve` (what `npm start` runs): the service, until SIGTERM or SIGINT. */
export const runServe: Command = async (args, io) => {
  if (args.length > 0) throw new UsageError('serve takes no arguments: configure it with environment variables (see the README)')
  const { startService } = await import('../service.js')
  const service = await startService(io.env)
  io.stderr(`desk-sla listening on ${service.url}\n`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGTERM', stop)
    process.once('SIGINT', stop)
  })
  await service.close()
  return 0
}
