// What an operator sees of the poll loops (issue 16): each worker's state, last poll and last
// error in /readyz's JSON answer, and as desk_sla_worker_* gauges in /metrics.
import { expect } from 'chai'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Express } from 'express'
import { pollingWorker } from '../../src/pipeline/polling-worker.js'
import type { Db } from '../../src/store/db.js'
import { createApp } from '../../src/web/app.js'
import { createMetrics, createMetricsRouter } from '../../src/web/metrics.js'
import { forEachStore } from '../store/helpers.js'

const TOKEN = 'metrics-token-0123456789abcdef'
const NOW = Date.parse('2026-03-02T14:00:00.000Z')

async function serve(app: Express, fn: (origin: string) => Promise<void>): Promise<void> {
  const server: Server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
}

forEachStore('web: the workers in /readyz and /metrics', (getDb) => {
  // the outbox drained once and failed on its second poll; the inbox never ran
  const outbox = pollingWorker('outbox', async () => Promise.reject(new Error('the database did not answer')), { idleMs: 1, now: () => NOW, onError: () => {} })
  const inbox = pollingWorker('inbox', async () => 0, { idleMs: 1, now: () => NOW, onError: () => {} })
  const workers = () => [inbox.status(), outbox.status()]
  before(async () => {
    await outbox.drain().catch(() => {})
  })

  it("shows each worker's state, last poll and last error in /readyz's answer", async () => {
    await serve(createApp({ db: getDb(), workers }), async (origin) => {
      const res = await fetch(`${origin}/readyz`)
      expect(res.status).to.equal(200)
      const body = (await res.json()) as { status: string; workers: unknown }
      expect(body.status).to.equal('ready')
      expect(body.workers).to.deep.equal([
        { worker: 'inbox', state: 'stopped', lastPollAt: null, lastError: null },
        { worker: 'outbox', state: 'stopped', lastPollAt: new Date(NOW).toISOString(), lastError: { message: 'the database did not answer', at: new Date(NOW).toISOString() } },
      ])
    })
  })

  it('shows them too when the database is not ready', async () => {
    const down = { ...getDb(), query: async () => Promise.reject(new Error('ECONNREFUSED')) } as unknown as Db
    await serve(createApp({ db: down, workers }), async (origin) => {
      const res = await fetch(`${origin}/readyz`)
      expect(res.status).to.equal(503)
      const body = (await res.json()) as { workers: { worker: string }[] }
      expect(body.workers.map((w) => w.worker)).to.deep.equal(['inbox', 'outbox'])
    })
  })

  it('exports each worker’s state, last poll and last error time as gauges', async () => {
    inbox.start()
    while (inbox.status().state !== 'running') await new Promise((resolve) => setImmediate(resolve))
    try {
      await serve(createApp({ db: getDb(), routers: [createMetricsRouter({ db: getDb(), token: TOKEN, now: () => NOW, metrics: createMetrics({ defaultMetrics: false }), workers })] }), async (origin) => {
        const res = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
        const lines = (await res.text()).split('\n')
        const expectLine = (line: string) => expect(lines, line).to.include(line)
        expect(lines.find((l) => l.startsWith('# HELP desk_sla_worker_state'))).to.match(/0 stopped, 1 starting, 2 running, 3 stopping/)
        expectLine('desk_sla_worker_state{worker="inbox"} 2')
        expectLine('desk_sla_worker_state{worker="outbox"} 0')
        expectLine(`desk_sla_worker_last_poll_seconds{worker="outbox"} ${NOW / 1000}`)
        expectLine(`desk_sla_worker_last_error_seconds{worker="outbox"} ${NOW / 1000}`)
        expectLine('desk_sla_worker_last_error_seconds{worker="inbox"} 0')
      })
    } finally {
      await inbox.stop()
    }
  })
})
