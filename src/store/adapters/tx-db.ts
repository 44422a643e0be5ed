// The Db handed to a transaction callback: runs on the transaction's connection;
// a nested transaction() becomes a savepoint so the outer work survives an inner failure.
import type { Db, DbKind, QueryResult } from '../types.js'
import { StoreError } from '../errors.js'

export interface TxRunner {
  query<T>(text: string, values?: unknown[]): Promise<QueryResult<T>>
  exec(text: string): Promise<void>
}

export function makeTxDb(kind: DbKind, runner: TxRunner, isOpen: () => boolean): Db {
  let savepoints = 0
  const check = () => {
    if (!isOpen()) throw new StoreError('STORE_CLOSED', 'the transaction has already finished; use it only inside its callback')
  }
  const tx: Db = {
    kind,
    async query<T>(text: string, values?: unknown[]) {
      check()
      return runner.query<T>(text, values)
    },
    async exec(text: string) {
      check()
      await runner.exec(text)
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      check()
      const name = `desk_sla_sp_${++savepoints}`
      await runner.exec(`SAVEPOINT ${name}`)
      try {
        const result = await fn(tx)
        await runner.exec(`RELEASE SAVEPOINT ${name}`)
        return result
      } catch (error) {
        await runner.exec(`ROLLBACK TO SAVEPOINT ${name}`)
        throw error
      }
    },
    async close() {
      throw new StoreError('STORE_CLOSED', 'a transaction handle cannot be closed; close the Db it came from')
    },
  }
  return tx
}
