// Cron ticks that run once across replicas: every replica tries to insert (job, tick); the one
// whose insert lands runs the tick, the others skip it.
import type { Db } from '../db.js'
import { run, toIso, type Instant, type Sql } from './sql.js'

export function claimTickSql(job: string, tickKey: string, owner: string, now: string): Sql {
  return {
    text: `INSERT INTO job_runs (job, tick_key, owner, claimed_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (job, tick_key) DO NOTHING`,
    values: [job, tickKey, owner, now],
  }
}

export function finishTickSql(job: string, tickKey: string, outcome: string, now: string): Sql {
  return {
    text: 'UPDATE job_runs SET finished_at = $3, outcome = $4 WHERE job = $1 AND tick_key = $2',
    values: [job, tickKey, now, outcome],
  }
}

export function pruneJobRunsSql(before: string): Sql {
  return { text: 'DELETE FROM job_runs WHERE claimed_at < $1', values: [before] }
}

/** true for exactly one caller per (job, tickKey), whichever process it runs in */
export async function claimTick(db: Db, job: string, tickKey: string, owner = '', now: Instant = new Date()): Promise<boolean> {
  return (await run(db, claimTickSql(job, tickKey, owner, toIso(now)))).rowCount === 1
}

export async function finishTick(db: Db, job: string, tickKey: string, outcome: string, now: Instant = new Date()): Promise<void> {
  await run(db, finishTickSql(job, tickKey, outcome, toIso(now)))
}

/** drop tick records older than `before`; returns how many */
export async function pruneJobRuns(db: Db, before: Instant): Promise<number> {
  return (await run(db, pruneJobRunsSql(toIso(before)))).rowCount
}
