import { createSandbox } from './server.js'

// `npm run sandbox`: starts the Desk sandbox seeded with realistic tickets and prints how to reach it,
// once for people and once as a JSON line for scripts. Env: PORT (0 = any free port), HOST,
// SANDBOX_TICKETS (default 50), SANDBOX_SEED (default 42).

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`${name} must be a non-negative integer, got "${raw}"\n`)
    process.exit(2)
  }
  return n
}

async function main(): Promise<void> {
  const sandbox = await createSandbox({
    port: intEnv('PORT', 0),
    host: process.env.HOST?.trim() || '127.0.0.1',
    seed: { tickets: intEnv('SANDBOX_TICKETS', 50), seed: intEnv('SANDBOX_SEED', 42) },
  })
  const creds = sandbox.credentials()
  process.stdout.write(
    `Desk sandbox listening on ${creds.url} (API ${creds.apiBase}, org ${creds.orgId}, ` +
    `client ${creds.clientId}, ${sandbox.state.tickets.size} tickets; control API at ${creds.url}/sandbox)\n`,
  )
  process.stdout.write(JSON.stringify(creds) + '\n')
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(`sandbox failed to start: ${(err as Error).message}\n`)
  process.exit(1)
})
