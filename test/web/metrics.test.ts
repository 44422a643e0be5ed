// GET /metrics (issue #6): Prometheus text from prom-client, behind a bearer token; counters
// recorded through `metrics`, queue and ticket gauges read from the store at scrape time.
import { expect } from 'chai'
import express from 'express'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createInstallation } from '../../src/store/repos/installations.js'
import { saveTicketSla } from '../../src/store/repos/ticket-sla.js'
import { createMetrics, createMetricsRouter, type Metrics } from '../../src/web/metrics.js'
import { forEachStore, installationInput, testBox } from '../store/helpers.js'

const TOKEN = 'metrics-token-0123456789abcdef'
const NOW = Date.parse('2026-03-02T14:00:00.000Z')

forEachStore('metrics: GET /metrics', (getDb) => {
  let server: Server
  let origin: string
  let m: Metrics

  before(async () => {
    m = createMetrics({ defaultMetrics: false })
    const app = express()
    app.use(createMetricsRouter({ db: getDb(), token: TOKEN, now: () => NOW, metrics: m }))
    server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('refuses a scrape without the bearer token or with a wrong one', async () => {
    const none = await fetch(`${origin}/metrics`)
    expect(none.status).to.equal(401)
    expect(none.headers.get('www-authenticate')).to.match(/^Bearer/)
    expect((await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).to.equal(401)
    expect((await fetch(`${origin}/metrics`, { headers: { authorization: TOKEN } })).status).to.equal(401)
  })

  it('answers every scrape with 401 when no token is configured', async () => {
    const app = express()
    app.use(createMetricsRouter({ db: getDb(), token: undefined, metrics: m }))
    const s = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => s.once('listening', resolve))
    try {
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/metrics`, { headers: { authorization: 'Bearer anything-at-all-here' } })
      expect(res.status).to.equal(401)
    } finally {
      await new Promise((resolve) => s.close(resolve))
    }
  })

  it('exports events, lag, Desk calls, token refreshes, escalations, breaches and the store gauges in Prometheus text format', async () => {
    const db = getDb()
    const inst = await createInstallation(db, testBox, installationInput())
    await db.query(`INSERT INTO outbox (installation_id, ticket_id, kind, body, status) VALUES ($1, '1', 'patch', '{}', 'dead'), ($1, '2', 'patch', '{}', 'pending')`, [inst.id])
    await db.query(`INSERT INTO webhook_inbox (installation_id, event_key, event_type, ticket_id, event_time, payload, received_at) VALUES ($1, 'k1', 'Ticket_Add', '1', $2, '{}', $2)`, [
      inst.id,
      new Date(NOW - 90_000).toISOString(),
    ])
    for (const [ticketId, level, status] of [['1', 3, 'Breached'], ['2', 0, 'On track']] as const) {
      await saveTicketSla(db, { installationId: inst.id, ticketId, state: { slaStatus: status }, lastWritten: {}, escalationLevel: level, nextCheckAt: null, lastEventTime: null, ticketModifiedTime: null, statusIntervals: [], open: true }, null, new Date(NOW))
    }
    m.eventsReceived(2)
    m.eventRejected('WEBHOOK_BAD_SECRET')
    m.eventProcessed('done', 0.3)
    m.deskCall(200, 'get')
    m.deskCall(429, 'patch')
    m.tokenRefresh('ok')
    m.escalationRaised(3)
    m.breach('firstResponse')

    const res = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(res.status).to.equal(200)
    expect(res.headers.get('content-type')).to.match(/^text\/plain; version=0\.0\.4/)
    const text = await res.text()
    const lines = text.split('\n')
    const expectLine = (line: string) => expect(lines, line).to.include(line)
    expectLine('# TYPE desk_sla_webhook_events_received_total counter')
    expectLine('desk_sla_webhook_events_received_total 2')
    expectLine('desk_sla_webhook_events_rejected_total{reason="WEBHOOK_BAD_SECRET"} 1')
    expectLine('desk_sla_events_processed_total{status="done"} 1')
    expectLine('desk_sla_event_processing_lag_seconds_count 1')
    expectLine('desk_sla_event_processing_lag_seconds_bucket{le="0.5"} 1')
    expectLine('desk_sla_desk_requests_total{status="429",method="PATCH"} 1')
    expectLine('desk_sla_token_refreshes_total{outcome="ok"} 1')
    expectLine('desk_sla_escalations_total{level="3"} 1')
    expectLine('desk_sla_breaches_total{target="firstResponse"} 1')
    expectLine('desk_sla_outbox_depth{status="dead"} 1')
    expectLine('desk_sla_outbox_depth{status="pending"} 1')
    expectLine('desk_sla_inbox_events{status="pending"} 1')
    expectLine('desk_sla_inbox_oldest_pending_seconds 90')
    expectLine('desk_sla_open_tickets_by_escalation_level{level="3"} 1')
    expectLine('desk_sla_open_tickets_by_escalation_level{level="0"} 1')
    expectLine('desk_sla_open_tickets_breached 1')
    expect(text).to.not.contain(TOKEN)
  })
})
