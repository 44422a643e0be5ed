// Entry point when running from source (`node --import tsx src/cli/run.ts …`): tests start
// service processes this way; the installed command is bin/desk-sla.js (compiled dist/).
import { main } from './main.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`desk-sla: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  },
)
