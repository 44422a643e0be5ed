// A database that does not answer (issue #17, item 7): start-up against a port that accepts and never
// speaks fails with one line within 10 s; with the inbox table locked, Desk's delivery gets a quick
// 503 (Desk sends it again) instead of a hung request, /readyz says 503, and both recover with the lock.
import { expect } from 'chai'
import { spawn } from 'node:child_process'
import { createServer, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { startService, type RunningService } from '../../src/service.js'
import { openDb, type Db } from '../../src/store/db.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { cleanup, createPgSchema, memoryLogger, NEVER_CRON, onCleanup, postDelivery, REPO_ROOT, secretKey, tempDir, withTimeout } from './helpers.js'

const RECEIVER_DB_TIMEOUT_MS = 1_000

/** a TCP port that accepts connections and never says a word */
async function silentPort(): Promise<{ port: number; accepted: Promise<number> }> {
  const sockets = new Set<Socket>()
  let firstAccept: (at: number) => void
  const accepted = new Promise<number>((resolve) => (firstAccept = resolve))
  const server = createServer((socket) => {
    firstAccept(performance.now())
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  onCleanup('silent port', async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return { port: (server.address() as AddressInfo).port, accepted }
}

describe('a database that does not answer', function () {
  this.timeout(90_000)
  afterEach(cleanup)

  it('fails start-up against a silent database port with one line within 10 s of reaching it, and the process exits', async () => {
    const { port, accepted } = await silentPort()
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `postgres://desk@127.0.0.1:${port}/desk_sla`,
        DESK_SLA_SECRET_KEY: secretKey().env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    onCleanup('serve process', async () => void child.kill('SIGKILL'))
    let stderr = ''
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: performance.now() })))
    const reached = await withTimeout(accepted, 60_000, 'the service to reach the silent port')
    const { code, at } = await withTimeout(exited, 60_000, 'the service to give up and exit')
    expect(code).to.equal(1)
    expect(at - reached).to.be.below(10_000)
    const lines = stderr.trim().split('\n')
    expect(lines, stderr).to.have.length(1)
    expect(lines[0]).to.match(/^desk-sla serve: the database at 127\.0\.0\.1:\d+ did not answer within 5000 ms \(DATABASE_CONNECT_TIMEOUT_MS\) \[STORE_CONNECT_TIMEOUT\]$/)
  })
})

for (const kind of ['pg', 'pglite'] as const) {
  describe(`a locked inbox table [${kind}]`, function () {
    this.timeout(120_000)
    let service: RunningService
    let inst: Installation
    let hook: string
    const webhookSecret = 'hook-secret-0123456789abcdef'

    before(async () => {
      const key = secretKey()
      const store = kind === 'pg' ? { DATABASE_URL: (await createPgSchema('locked')).databaseUrl } : { DATA_DIR: await tempDir('locked') }
      service = await startService(
        {
          ...store,
          DESK_SLA_SECRET_KEY: key.env,
          PORT: '0',
          HOST: '127.0.0.1',
          DISABLE_JOBS: 'true',
          SYNC_CRON: NEVER_CRON,
          RECEIVER_DB_TIMEOUT_MS: String(RECEIVER_DB_TIMEOUT_MS),
        },
        { logger: memoryLogger() },
      )
      onCleanup('service', () => service.close())
      // the worker would take the table's locks too: this test is about the receiver
      await service.inbox.stop()
      inst = await createInstallation(service.ctx.db, key.box, { name: 'Locked org', orgId: '60001234', dataCenter: 'com', clientId: '1000.LOCKED', clientSecret: 's', refreshToken: 'r', webhookSecret })
      hook = `${service.url}/hooks/desk/${inst.id}/${webhookSecret}`
    })
    after(cleanup)

    const event = (ticketId: string) => ({ eventType: 'Ticket_Add', orgId: '60001234', eventTime: String(Date.parse('2026-03-02T09:00:00Z')), payload: { id: ticketId, status: 'Open' } })

    /** holds `LOCK TABLE webhook_inbox` (ACCESS EXCLUSIVE) until the returned release is called */
    async function lockInbox(): Promise<() => Promise<void>> {
      let release!: () => void
      const gate = new Promise<void>((resolve) => (release = resolve))
      let locked!: () => void
      const isLocked = new Promise<void>((resolve) => (locked = resolve))
      const db: Db = kind === 'pg' ? await openPeer() : service.ctx.db
      const holding = db.transaction(async (tx) => {
        await tx.exec('LOCK TABLE webhook_inbox IN ACCESS EXCLUSIVE MODE')
        locked()
        await gate
      })
      await isLocked
      return async () => {
        release()
        await holding
      }
    }
    async function openPeer(): Promise<Db> {
      const peer = await openDb({ databaseUrl: service.config.DATABASE_URL! })
      onCleanup('peer', () => peer.close())
      return peer
    }

    it('refuses a delivery with a quick 503 while the table is locked, says 503 on /readyz, and stores the delivery sent again once the lock is gone', async () => {
      // a first delivery: the receiver knows the installation from here on
      expect((await postDelivery(hook, [event('20001000008000001')])).status).to.equal(200)
      const release = await lockInbox()
      let released = false
      try {
        const started = performance.now()
        const refused = await postDelivery(hook, [event('20001000008000002')])
        const took = performance.now() - started
        expect(refused.status).to.equal(503)
        expect((refused as { body: { error: { code: string } } }).body.error.code).to.equal('WEBHOOK_STORE_BUSY')
        expect(took).to.be.below(5_000)
        const ready = await fetch(`${service.url}/readyz`)
        expect(ready.status).to.equal(503)
        expect(((await ready.json()) as { error: { code: string } }).error.code).to.equal('READY_DATABASE_SLOW')
        await release()
        released = true
        const again = await postDelivery(hook, [event('20001000008000002')])
        expect(again.status).to.equal(200)
        expect((again as { body: { stored: number } }).body.stored).to.equal(1)
        expect((await fetch(`${service.url}/readyz`)).status).to.equal(200)
      } finally {
        if (!released) await release()
      }
    })
  })
}
