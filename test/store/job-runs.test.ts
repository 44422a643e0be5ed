import { expect } from 'chai'
import { randomUUID } from 'node:crypto'
import { claimTick, finishTick, pruneJobRuns } from '../../src/store/repos/job-runs.js'
import { forEachStore } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')

forEachStore('store: scheduled job ticks', (getDb, env) => {
  // job names are unique per test so tests never see each other's ticks
  const jobName = () => `escalation-sweep-${randomUUID()}`

  it('lets exactly one of two replicas run a tick', async () => {
    const db = getDb()
    const peer = await env().openPeer()
    const job = jobName()
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => claimTick(i % 2 === 0 ? db : peer, job, '2026-03-02T09:00', `replica-${i % 2}`, T0)),
    )
    expect(claims.filter(Boolean)).to.have.length(1)
  })

  it('runs the next tick of the same job, and the same tick of another job', async () => {
    const db = getDb()
    const job = jobName()
    expect(await claimTick(db, job, '2026-03-02T09:00', 'a', T0)).to.equal(true)
    expect(await claimTick(db, job, '2026-03-02T09:00', 'b', T0)).to.equal(false)
    expect(await claimTick(db, job, '2026-03-02T09:01', 'b', T0)).to.equal(true)
    expect(await claimTick(db, jobName(), '2026-03-02T09:00', 'b', T0)).to.equal(true)
  })

  it('records how a tick ended and forgets ticks older than the retention', async () => {
    const db = getDb()
    const job = jobName()
    await claimTick(db, job, 'old', 'a', T0 - 86_400_000)
    await claimTick(db, job, 'new', 'a', T0)
    await finishTick(db, job, 'new', 'ok: 3 tickets', T0 + 1000)
    const { rows } = await db.query<{ outcome: string; finished_at: Date }>('SELECT outcome, finished_at FROM job_runs WHERE job = $1 AND tick_key = $2', [
      job,
      'new',
    ])
    expect(rows[0].outcome).to.equal('ok: 3 tickets')
    expect(rows[0].finished_at.toISOString()).to.equal(new Date(T0 + 1000).toISOString())

    expect(await pruneJobRuns(db, T0 - 3_600_000)).to.be.at.least(1)
    expect(await claimTick(db, job, 'old', 'b', T0)).to.equal(true)
    expect(await claimTick(db, job, 'new', 'b', T0)).to.equal(false)
  })
})
