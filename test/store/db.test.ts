import { expect } from 'chai'
import { dbOptionsFromEnv, openDb, type Db } from '../../src/store/db.js'
import { Mutex } from '../../src/store/adapters/mutex.js'
import { isStoreError } from '../../src/store/errors.js'
import { forEachStore } from './helpers.js'

forEachStore(
  'store: query seam',
  (getDb) => {
    before(async () => {
      await getDb().exec('CREATE TABLE seam_probe (id int PRIMARY KEY, note text)')
    })
    afterEach(async () => {
      await getDb().query('DELETE FROM seam_probe')
    })
    const notes = async (db: Db) => (await db.query<{ note: string }>('SELECT note FROM seam_probe ORDER BY id')).rows.map((r) => r.note)

    it('returns rows and counts affected rows the same way on both stores', async () => {
      const db = getDb()
      const inserted = await db.query('INSERT INTO seam_probe (id, note) VALUES ($1, $2), ($3, $4)', [1, 'a', 2, 'b'])
      expect(inserted.rowCount).to.equal(2)
      const updated = await db.query<{ id: number }>('UPDATE seam_probe SET note = note || $1 RETURNING id', ['!'])
      expect(updated.rowCount).to.equal(2)
      expect(updated.rows.map((r) => r.id).sort()).to.deep.equal([1, 2])
      const none = await db.query('DELETE FROM seam_probe WHERE id = 99')
      expect(none.rowCount).to.equal(0)
    })

    it('returns bigint ids and counts as numbers, times as Dates and jsonb as values', async () => {
      const { rows } = await getDb().query<{ big: unknown; n: unknown; t: unknown; j: unknown }>(
        `SELECT 9007199254740991::int8 AS big, count(*) AS n, '2026-03-02T09:00:00Z'::timestamptz AS t, '{"a":[1,"x"]}'::jsonb AS j FROM seam_probe`,
      )
      expect(rows[0].big).to.equal(9007199254740991)
      expect(rows[0].n).to.equal(0)
      expect((rows[0].t as Date).toISOString()).to.equal('2026-03-02T09:00:00.000Z')
      expect(rows[0].j).to.deep.equal({ a: [1, 'x'] })
    })

    it('commits a transaction that finishes', async () => {
      const db = getDb()
      const result = await db.transaction(async (tx) => {
        await tx.query(`INSERT INTO seam_probe VALUES (1, 'kept')`)
        return 'ok'
      })
      expect(result).to.equal('ok')
      expect(await notes(db)).to.deep.equal(['kept'])
    })

    it('rolls back everything of a transaction that throws', async () => {
      const db = getDb()
      const error = await db
        .transaction(async (tx) => {
          await tx.query(`INSERT INTO seam_probe VALUES (1, 'lost')`)
          throw new Error('worker crashed')
        })
        .catch((e: unknown) => e)
      expect((error as Error).message).to.equal('worker crashed')
      expect(await notes(db)).to.deep.equal([])
    })

    it('undoes only the inner part when a nested transaction fails', async () => {
      const db = getDb()
      await db.transaction(async (tx) => {
        await tx.query(`INSERT INTO seam_probe VALUES (1, 'outer')`)
        await tx
          .transaction(async (inner) => {
            await inner.query(`INSERT INTO seam_probe VALUES (2, 'inner')`)
            throw new Error('inner failed')
          })
          .catch(() => {})
        await tx.query(`INSERT INTO seam_probe VALUES (3, 'after')`)
      })
      expect(await notes(db)).to.deep.equal(['outer', 'after'])
    })

    it('keeps concurrent transactions from interleaving their statements', async () => {
      const db = getDb()
      await db.query(`INSERT INTO seam_probe VALUES (1, '0')`)
      // read-modify-write under a row lock: a lost update would show as a final count below 20
      await Promise.all(
        Array.from({ length: 20 }, () =>
          db.transaction(async (tx) => {
            const { rows } = await tx.query<{ note: string }>('SELECT note FROM seam_probe WHERE id = 1 FOR UPDATE')
            await new Promise((r) => setImmediate(r))
            await tx.query('UPDATE seam_probe SET note = $1 WHERE id = 1', [String(Number(rows[0].note) + 1)])
          }),
        ),
      )
      expect(await notes(db)).to.deep.equal(['20'])
    })

    it('refuses to use a transaction handle after its transaction ended', async () => {
      const db = getDb()
      let leaked: Db | undefined
      await db.transaction(async (tx) => {
        leaked = tx
      })
      const error = await leaked!.query('SELECT 1').catch((e: unknown) => e)
      expect(isStoreError(error, 'STORE_CLOSED')).to.equal(true)
    })
  },
  { migrate: false },
)

describe('store: embedded PGlite handle', function () {
  this.timeout(60_000)
  let db: Db
  before(async () => {
    db = await openDb({ dataDir: 'memory://' })
  })
  after(async () => {
    await db.close()
  })

  it('reports the outer handle used inside its own transaction instead of waiting forever', async () => {
    const error = await db.transaction(async () => db.query('SELECT 1')).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_QUERY_OUTSIDE_TRANSACTION')).to.equal(true)
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).to.deep.equal([{ one: 1 }])
  })

  it('refuses queries once closed', async () => {
    const other = await openDb({ dataDir: 'memory://' })
    await other.close()
    const error = await other.query('SELECT 1').catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_CLOSED')).to.equal(true)
  })
})

describe('store: choosing the database from the environment', () => {
  it('uses PostgreSQL when DATABASE_URL is set and PGlite in DATA_DIR otherwise', () => {
    expect(dbOptionsFromEnv({ DATABASE_URL: 'postgres://u@db:5432/sla' })).to.deep.equal({ databaseUrl: 'postgres://u@db:5432/sla', dataDir: undefined })
    expect(dbOptionsFromEnv({ DATA_DIR: '/var/lib/desk-sla' })).to.deep.equal({ databaseUrl: undefined, dataDir: '/var/lib/desk-sla' })
  })

  it('treats empty settings as unset', () => {
    expect(dbOptionsFromEnv({ DATABASE_URL: '', DATA_DIR: ' ' })).to.deep.equal({ databaseUrl: undefined, dataDir: undefined })
  })

  it('reads the PostgreSQL connect and statement timeouts, in milliseconds, and names a bad one', () => {
    expect(dbOptionsFromEnv({ DATABASE_URL: 'postgres://u@db/sla', DATABASE_CONNECT_TIMEOUT_MS: '2500', DATABASE_STATEMENT_TIMEOUT_MS: '0' })).to.deep.equal({
      databaseUrl: 'postgres://u@db/sla',
      dataDir: undefined,
      connectTimeoutMs: 2500,
      statementTimeoutMs: 0,
    })
    expect(() => dbOptionsFromEnv({ DATABASE_CONNECT_TIMEOUT_MS: '5s' })).to.throw(/DATABASE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds/)
  })

  it('refuses a schema name that is not a plain identifier', async () => {
    const error = await openDb({ dataDir: 'memory://', schema: 'x; DROP TABLE installations' }).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_BAD_SCHEMA_NAME')).to.equal(true)
  })
})

describe('store: the embedded connection queue (Mutex)', () => {
  const hold = () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    return { gate, release }
  }

  it('serves an urgent caller before every ordinary one already waiting', async () => {
    const mutex = new Mutex()
    const order: string[] = []
    const first = hold()
    const running = mutex.run(() => first.gate)
    const waiting = [
      mutex.run(async () => void order.push('ordinary 1')),
      mutex.run(async () => void order.push('ordinary 2')),
      mutex.run(async () => void order.push('urgent'), { urgent: true }),
    ]
    first.release()
    await Promise.all([running, ...waiting])
    expect(order).to.deep.equal(['urgent', 'ordinary 1', 'ordinary 2'])
  })

  it('gives up after the wait it was given, with STORE_TIMEOUT, and never runs the given-up work', async () => {
    const mutex = new Mutex()
    const first = hold()
    const running = mutex.run(() => first.gate)
    let ran = false
    const error = await mutex.run(async () => void (ran = true), { urgent: true, waitMs: 20 }).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_TIMEOUT')).to.equal(true)
    first.release()
    await running
    expect(await mutex.run(async () => 'next')).to.equal('next')
    expect(ran).to.equal(false)
  })
})
